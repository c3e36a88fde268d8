#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace foia::ingest {

/// When to run OCR on a PDF page. Images are always OCR'd unless the mode is `never`.
enum class OcrMode {
  automatic, ///< OCR pages whose text layer is missing, junk, or covers little of the page
  always,    ///< OCR every page, ignoring the text layer
  never,     ///< use the text layer only
};

/// "auto", "always", "never".
std::string_view to_string(OcrMode mode);
/// Parses "auto", "always" or "never".
std::optional<OcrMode> ocr_mode_from_string(std::string_view name);

/// Everything that changes what `foia ingest` produces or how long it may take.
struct IngestOptions {
  OcrMode ocr_mode = OcrMode::automatic;
  int dpi = 300; ///< render resolution for OCR
  /// Render a page that is one embedded scan at the scan's own resolution (from 150 dpi up to
  /// `dpi`) instead of at `dpi`: faster on coarse scans, a little less accurate.
  bool own_dpi = false;
  std::string language = "eng";     ///< Tesseract language(s), e.g. "eng+spa"
  int jobs = 0;                     ///< worker processes; 0 means one per core
  double page_timeout_seconds = 90; ///< opening a document, or reading one page, may take this long
  long long max_page_pixels = 80'000'000;    ///< above this the render DPI is lowered for that page
  std::size_t max_page_text_bytes = 1 << 20; ///< text kept per page; the rest is cut with a note
  int max_pages = 20'000; ///< pages read per document; the rest are reported, not read
  std::size_t worker_memory_bytes = std::size_t{3}
                                    << 30; ///< address-space cap per worker; 0 = none
  std::string cache_folder;                ///< incremental-run cache (docs/cache.md); empty: none
};

/// The worker processes (or hashing threads) `options.jobs` asks for: one per core when 0.
int worker_count(const IngestOptions& options);

} // namespace foia::ingest
