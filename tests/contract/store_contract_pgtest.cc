// The store contract suite run on PostgreSQL: a fresh database on the
// throwaway test cluster for every test (tests/pg/).
#include "contract/store_contract.h"

namespace lw::contract {
namespace {

INSTANTIATE_TEST_SUITE_P(Backends, StoreContract, ::testing::Values("postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace lw::contract
