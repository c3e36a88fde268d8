#pragma once

#include "foia/record/record.hpp"

#include <functional>
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
/// `environment` is set for the run, or unset when its value is empty; `in_child`, when given,
/// runs in the child just before exec (to set resource limits).
RunResult run_foia(const std::vector<std::string>& arguments,
                   const std::map<std::string, std::string>& environment = {},
                   const std::function<void()>& in_child = {});

/// A `foia ingest` run with its standard output parsed into records.
struct IngestRun {
  int exit_status = -1;
  std::string err;
  std::vector<record::DocumentRecord> documents;
  std::vector<record::PageRecord> pages;
};

/// Runs `foia ingest ARGUMENTS... -o -` and parses what it printed.
IngestRun run_ingest(const std::vector<std::string>& arguments);

/// Splits text into lines (without newlines).
std::vector<std::string> split_lines(const std::string& text);

} // namespace foia::test
