#pragma once
// `foia ingest`: inputs in, page records out, in input order, whatever the number of workers.

#include "foia/ingest/document.hpp"
#include "foia/ingest/inputs.hpp"
#include "foia/ingest/options.hpp"

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace foia::ingest {

/// What a run read, for the exit status and the closing line.
struct IngestSummary {
  int documents = 0;
  int failed_documents = 0; ///< document lines with an error and no pages: unreadable
  int capped_documents = 0; ///< document lines with an error whose first pages were read
  int pages = 0;
  int ocr_pages = 0;
  int failed_pages = 0;                  ///< page lines with an error
  int cached_documents = 0;              ///< documents whose records came from the cache
  int cached_pages = 0;                  ///< and their pages
  std::size_t peak_buffered_records = 0; ///< most records held back for ordering at any time
};

/// Where a run's results and messages go. Only `record` is required.
struct IngestCallbacks {
  /// Each record line, in order, without its newline.
  std::function<void(std::string_view line)> record;
  /// Each failure, formatted "PATH: reason" or "PATH (page N): reason", as its record is written.
  std::function<void(std::string_view message)> warning;
  /// Files passed over while walking folders ("PATH: skipped: not a PDF or image").
  std::function<void(std::string_view message)> notice;
  /// Pages finished so far and pages known so far, after each page record.
  std::function<void(int pages_done, int pages_known)> progress;
};

/// The engines the workers use; the defaults are Poppler, Leptonica and Tesseract.
struct Engines {
  std::function<std::unique_ptr<DocumentSource>()> make_source = make_default_source;
  std::function<std::unique_ptr<OcrEngine>(const std::string& language)> make_ocr =
      make_tesseract_engine;
};

/// Reads every input into records. Documents are opened and pages read in separate worker
/// processes (options.jobs of them), so a page that crashes the PDF library or runs past
/// options.page_timeout_seconds costs that page, not the batch: it gets an `error` and a
/// warning, the worker is replaced, and the run goes on. Records go to `sink` as they
/// complete, reordered through a window of a few dozen pages, so memory stays flat however
/// large the batch. With options.cache_folder set, a document already in the cache is not
/// handed to a worker: its records are read back from there (docs/cache.md), and the records
/// of every other document are stored as they are written. Throws only when no worker can be
/// started.
IngestSummary ingest(const std::vector<std::string>& inputs, const IngestOptions& options,
                     const IngestCallbacks& callbacks, const Engines& engines = {});

/// ingest() on files already scanned (and perhaps chosen by select_shard), in the order given;
/// notices about skipped files are the caller's to report.
IngestSummary ingest_files(std::vector<InputFile> files, const IngestOptions& options,
                           const IngestCallbacks& callbacks, const Engines& engines = {});

} // namespace foia::ingest
