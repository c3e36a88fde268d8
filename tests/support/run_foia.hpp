#pragma once

#include <map>
#include <string>
#include <vector>

namespace foia::test {

/// What running the foia executable produced.
struct RunResult {
  int exit_status = -1;
  std::string out; ///< standard output
  std::string err; ///< standard error
};

/// Runs the built foia binary with `arguments` (no shell), capturing both streams. Each entry of
/// `environment` is set for the run, or unset when its value is empty.
RunResult run_foia(const std::vector<std::string>& arguments,
                   const std::map<std::string, std::string>& environment = {});

/// Splits text into lines (without newlines).
std::vector<std::string> split_lines(const std::string& text);

} // namespace foia::test
