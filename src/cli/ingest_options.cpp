#include "ingest_options.hpp"

#include <cstdlib>

namespace foia::cli {

namespace {

std::string environment(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? value : "";
}

} // namespace

std::string default_cache_folder() {
  if (std::string folder = environment("FOIA_CACHE_DIR"); !folder.empty()) {
    return folder;
  }
  // The XDG base directory spec says to ignore a relative XDG_CACHE_HOME.
  if (const std::string xdg = environment("XDG_CACHE_HOME"); xdg.starts_with('/')) {
    return xdg + "/foia";
  }
  if (const std::string home = environment("HOME"); !home.empty()) {
    return home + "/.cache/foia";
  }
  return {};
}

std::string cache_line(const ingest::IngestSummary& summary) {
  return std::to_string(summary.cached_documents) + " documents (" +
         std::to_string(summary.cached_pages) + " pages) from cache";
}

ingest::IngestOptions IngestArguments::resolved(bool cache_by_default) const {
  ingest::IngestOptions resolved_options = options;
  resolved_options.ocr_mode = *ingest::ocr_mode_from_string(ocr_mode);
  resolved_options.cache_folder = cache_folder;
  if (cache_folder.empty() && cache_by_default && !no_cache) {
    resolved_options.cache_folder = default_cache_folder();
  }
  return resolved_options;
}

void add_ingest_options(CLI::App& command, IngestArguments& arguments, bool cache_by_default) {
  command.add_option("inputs", arguments.inputs, "PDF files, images (TIFF, PNG, JPEG) or folders")
      ->required();
  command
      .add_option("--ocr", arguments.ocr_mode,
                  "auto: OCR pages whose text layer is missing, junk or thin; always; never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  command.add_option("--dpi", arguments.options.dpi, "render resolution for OCR")
      ->check(CLI::Range(50, 1200))
      ->capture_default_str();
  command.add_flag("--own-dpi", arguments.options.own_dpi,
                   "render a page that is one embedded scan at its own resolution (150 dpi up to "
                   "--dpi): faster on coarse scans, a little less accurate");
  command.add_option("--lang", arguments.options.language, "Tesseract language(s), e.g. eng+spa")
      ->capture_default_str();
  command
      .add_option("-j,--jobs", arguments.options.jobs,
                  "worker processes (0: one per core); the output is the same for any value")
      ->check(CLI::Range(0, 256))
      ->capture_default_str();
  command
      .add_option("--page-timeout", arguments.options.page_timeout_seconds,
                  "seconds one page (or opening one document) may take")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command.add_option("--max-pages", arguments.options.max_pages, "pages read per document")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command
      .add_option("--max-page-text", arguments.options.max_page_text_bytes,
                  "bytes of text kept per page")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command
      .add_option("--max-page-pixels", arguments.options.max_page_pixels,
                  "rendered pixels per page; larger pages are rendered at a lower DPI")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  CLI::Option* cache = command.add_option(
      "--cache", arguments.cache_folder,
      cache_by_default
          ? std::string("cache folder for reruns (default: ") + k_cache_default_help + ")"
          : std::string("reuse and store records in this cache folder (off by "
                        "default; docs/cache.md)"));
  if (cache_by_default) {
    command.add_flag("--no-cache", arguments.no_cache, "read every document, store nothing")
        ->excludes(cache);
  }
}

} // namespace foia::cli
