#include "fail_on.hpp"

#include "exit_status.hpp"

#include <algorithm>

namespace foia::cli {

void add_fail_on_option(CLI::App& command, std::vector<std::string>& conditions) {
  command
      .add_option("--fail-on", conditions,
                  "exit non-zero when the summary has any: inconsistencies (status 4), errors "
                  "(3), warnings (5); repeat or separate with commas")
      ->delimiter(',')
      ->check(CLI::IsMember({"inconsistencies", "errors", "warnings"}));
}

int fail_on_status(const std::vector<std::string>& conditions, const report::Summary& summary) {
  const auto asked = [&conditions](const char* condition) {
    return std::find(conditions.begin(), conditions.end(), condition) != conditions.end();
  };
  if (asked("errors") && summary.errors > 0) {
    return k_exit_input_errors;
  }
  if (asked("inconsistencies") && !summary.explanations.empty()) {
    return k_exit_inconsistencies;
  }
  if (asked("warnings") && summary.warnings > 0) {
    return k_exit_warnings;
  }
  return k_exit_ok;
}

} // namespace foia::cli
