// ViewCache: views computed from the store, kept and used again while
// nothing they were read from can have changed (ADR 0013).
//
// Contract: an entry is (key, generation, day, view). `Find` returns the
// view only when the generation and the day given are the ones it was put
// with, so a view read before any change to the store's data
// (StoreTx::DataGeneration moved) or on another day is never returned. A
// caller that has no generation (the store cannot tell) must neither find
// nor put. The cache holds at most `max_entries`; past that it starts
// again empty, which costs only reads.
//
// Thread-safety: every call is safe from any thread; views are shared
// immutable values.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

#include "base/dates.h"

namespace lw {

template <typename View>
class ViewCache {
 public:
  explicit ViewCache(std::size_t max_entries = 4096) : max_entries_(max_entries) {}

  std::shared_ptr<const View> Find(const std::string& key, std::uint64_t generation,
                                   Date day) const {
    std::lock_guard lock(mu_);
    auto it = entries_.find(key);
    if (it == entries_.end() || it->second.generation != generation || it->second.day != day) {
      return nullptr;
    }
    return it->second.view;
  }

  void Put(const std::string& key, std::uint64_t generation, Date day,
           std::shared_ptr<const View> view) {
    std::lock_guard lock(mu_);
    if (entries_.size() >= max_entries_ && !entries_.contains(key)) entries_.clear();
    entries_.insert_or_assign(key, Entry{generation, day, std::move(view)});
  }

  std::size_t size() const {
    std::lock_guard lock(mu_);
    return entries_.size();
  }

 private:
  struct Entry {
    std::uint64_t generation;
    Date day;
    std::shared_ptr<const View> view;
  };
  const std::size_t max_entries_;
  mutable std::mutex mu_;
  std::map<std::string, Entry, std::less<>> entries_;
};

}  // namespace lw
