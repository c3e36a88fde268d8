#pragma once
// The inputs and options that `ingest` and `run` share, declared once.

#include "foia/ingest/options.hpp"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace foia::cli {

struct IngestArguments {
  std::vector<std::string> inputs;
  std::string ocr_mode = "auto";
  ingest::IngestOptions options;

  /// `options` with the parsed OCR mode.
  ingest::IngestOptions resolved() const;
};

/// Declares INPUT... and the OCR, resolution, worker and limit options on `command`.
void add_ingest_options(CLI::App& command, IngestArguments& arguments);

} // namespace foia::cli
