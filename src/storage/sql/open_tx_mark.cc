#include "storage/sql/open_tx_mark.h"

#include <algorithm>
#include <vector>

namespace lw::sql {
namespace {

thread_local std::vector<const Store*> tls_open_stores;

}  // namespace

OpenTxMark::OpenTxMark(const Store* store) : store_(store) { tls_open_stores.push_back(store); }

OpenTxMark::~OpenTxMark() { std::erase(tls_open_stores, store_); }

bool OpenTxMark::IsOpen(const Store* store) {
  return std::ranges::find(tls_open_stores, store) != tls_open_stores.end();
}

}  // namespace lw::sql
