#include "ingest_options.hpp"

namespace foia::cli {

ingest::IngestOptions IngestArguments::resolved() const {
  ingest::IngestOptions resolved_options = options;
  resolved_options.ocr_mode = *ingest::ocr_mode_from_string(ocr_mode);
  return resolved_options;
}

void add_ingest_options(CLI::App& command, IngestArguments& arguments) {
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
}

} // namespace foia::cli
