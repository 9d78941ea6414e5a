// The subcommands of `livingwell`. Each returns the process exit code:
// 0 success, 1 failure (one line on stderr saying why).
#pragma once

#include <string>

#include "app/config.h"

namespace lw::cli {

struct UserAddArgs {
  std::string username;
  std::string display_name;
  std::string role;
  std::string team;
  std::string organisation;
};

int RunServe(const Config& config);
int RunMigrate(const Config& config);
int RunDemo(const Config& config);
int RunUserAdd(const Config& config, const UserAddArgs& args);
int RunTokenCreate(const Config& config, const std::string& username, const std::string& label);
int RunAuditVerify(const Config& config);

}  // namespace lw::cli
