#pragma once
// `foia run`'s analysis with the cache: a document whose records and rule packs are those of an
// earlier run gets its tags back from the cache instead of being analyzed again.

#include "foia/analyze/analyzer.hpp"

#include <functional>
#include <string>
#include <string_view>

namespace foia::cli {

/// Writes through `write_line` exactly the tag lines analyze::analyze_records writes for the
/// records file `records_path`, each with the 1-based records line it was made from (for a
/// document whose tags come from the cache, the line of its document record). A document whose
/// record lines (whatever its path) were analyzed before with rule packs of fingerprint `rules_key`
/// gets its tags from the cache in `cache_folder`; the others are analyzed and their tags stored. A
/// bad entry is reported through `warn`, and the document analyzed again. Returns how many
/// documents' tags came from the cache. Throws std::runtime_error naming the file and line on a bad
/// records line.
int analyze_with_cache(
    const std::string& records_path, const analyze::Analyzer& analyzer,
    const std::string& rules_key, const std::string& cache_folder,
    const std::function<void(std::string_view line, long record_line)>& write_line,
    const std::function<void(std::string_view message)>& warn);

} // namespace foia::cli
