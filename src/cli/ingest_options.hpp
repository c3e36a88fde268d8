#pragma once
// The inputs and options that `ingest` and `run` share, declared once.

#include "foia/ingest/ingest.hpp"
#include "foia/ingest/options.hpp"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace foia::cli {

struct IngestArguments {
  std::vector<std::string> inputs;
  std::string ocr_mode = "auto";
  ingest::IngestOptions options;
  std::string cache_folder; ///< --cache
  bool no_cache = false;    ///< --no-cache (`run` only, where the cache is on by default)

  /// `options` with the parsed OCR mode and the cache folder: --cache, else, when
  /// `cache_by_default` and no --no-cache, default_cache_folder().
  ingest::IngestOptions resolved(bool cache_by_default = false) const;
};

/// Declares INPUT... and the OCR, resolution, worker, limit and --cache options on `command`;
/// with `cache_by_default`, --no-cache as well.
void add_ingest_options(CLI::App& command, IngestArguments& arguments,
                        bool cache_by_default = false);

/// $FOIA_CACHE_DIR, else $XDG_CACHE_HOME/foia, else $HOME/.cache/foia; empty when none is set.
std::string default_cache_folder();

/// "12 documents (340 pages) from cache", for the closing lines of `ingest` and `run`.
std::string cache_line(const ingest::IngestSummary& summary);

/// How --cache's help names the default folder.
inline constexpr const char* k_cache_default_help =
    "$FOIA_CACHE_DIR, else $XDG_CACHE_HOME/foia, else ~/.cache/foia";

} // namespace foia::cli
