#pragma once
// `--fail-on inconsistencies|errors|warnings`, shared by `foia report` and `foia run`.

#include "foia/report/summary.hpp"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace foia::cli {

/// Declares `--fail-on` on `command`, storing the chosen conditions in `conditions`.
void add_fail_on_option(CLI::App& command, std::vector<std::string>& conditions);

/// The exit status for a finished summary: for each condition asked for and found, its status
/// (errors 3, inconsistencies 4, warnings 5); the lowest of them, or 0 when none trips.
int fail_on_status(const std::vector<std::string>& conditions, const report::Summary& summary);

} // namespace foia::cli
