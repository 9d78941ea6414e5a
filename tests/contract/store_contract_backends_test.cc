// The store contract suite run on the stores that need nothing outside the
// process: memory and SQLite. PostgreSQL: store_contract_pgtest.cc.
#include "contract/introductions_contract.h"
#include "contract/store_contract.h"

namespace lw::contract {
namespace store_contract_backends_test {
namespace {

INSTANTIATE_TEST_SUITE_P(Backends, StoreContract, ::testing::Values("memory", "sqlite"),
                         [](const auto& info) { return info.param; });
INSTANTIATE_TEST_SUITE_P(Backends, IntroductionsContract, ::testing::Values("memory", "sqlite"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace store_contract_backends_test
}  // namespace lw::contract
