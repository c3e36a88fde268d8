#pragma once
// `foia grep`: matching tags and page lines, one per line, as grep -n prints them.

#include "foia/report/tag_filter.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace foia::cli {

/// What to search and what to print.
struct GrepOptions {
  std::string pattern;            ///< RE2 syntax; "" matches everything
  std::vector<std::string> paths; ///< folders holding records.jsonl and tags.jsonl, or such files
  bool ignore_case = false;
  std::string only;         ///< "tags", "lines" or "" for both
  report::TagFilter filter; ///< when active, only tags are printed
};

/// Prints `path:page:line: kind value: text` for each tag whose text or value matches, and
/// `path:page:line: text` for each page line that matches, in document order (the records'
/// order; tags of pages not in the records last, sorted). Returns the number of lines printed.
/// Throws CLI::ValidationError for a bad pattern, std::runtime_error for unreadable input.
long grep(const GrepOptions& options, std::ostream& out);

} // namespace foia::cli
