#include "command.hpp"
#include "exit_status.hpp"
#include "progress.hpp"

#include "foia/ingest/ingest.hpp"
#include "foia/record/io.hpp"

#include <iostream>
#include <memory>

namespace foia::cli {

namespace {

struct IngestArguments {
  std::vector<std::string> inputs;
  std::string output = "-";
  std::string ocr_mode = "auto";
  ingest::IngestOptions options;
  bool quiet = false;
};

int run_ingest(const IngestArguments& arguments) {
  ingest::IngestOptions options = arguments.options;
  options.ocr_mode = *ingest::ocr_mode_from_string(arguments.ocr_mode);
  record::OutputFile output(arguments.output);
  ProgressBar progress;
  ingest::IngestCallbacks callbacks;
  callbacks.record = [&output](std::string_view line) { output.write_line(line); };
  callbacks.warning = [&progress](std::string_view message) {
    progress.clear();
    std::cerr << "foia: warning: " << message << '\n';
  };
  callbacks.notice = [&arguments](std::string_view message) {
    if (!arguments.quiet) {
      std::cerr << "foia: notice: " << message << '\n';
    }
  };
  callbacks.progress = [&progress](int done, int known) { progress.update(done, known); };
  const ingest::IngestSummary summary = ingest::ingest(arguments.inputs, options, callbacks);
  output.commit();
  progress.clear();
  if (!arguments.quiet) {
    std::cerr << "foia: ingest: " << summary.documents << " documents, " << summary.pages
              << " pages (" << summary.ocr_pages << " OCR), " << summary.failed_documents
              << " unreadable documents, " << summary.failed_pages << " failed pages\n";
  }
  return summary.failed_documents + summary.failed_pages > 0 ? k_exit_input_errors : k_exit_ok;
}

} // namespace

Action setup_ingest(CLI::App& command) {
  auto arguments = std::make_shared<IngestArguments>();
  command.add_option("inputs", arguments->inputs, "PDF files, images (TIFF, PNG, JPEG) or folders")
      ->required();
  command.add_option("-o,--output", arguments->output, "records file; '-' for standard output")
      ->capture_default_str();
  command.add_option("--ocr", arguments->ocr_mode,
                     "auto: OCR pages whose text layer is missing, junk or thin; always; never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  command.add_option("--dpi", arguments->options.dpi, "render resolution for OCR")
      ->check(CLI::Range(50, 1200))
      ->capture_default_str();
  command.add_option("--lang", arguments->options.language, "Tesseract language(s), e.g. eng+spa")
      ->capture_default_str();
  command.add_option("-j,--jobs", arguments->options.jobs, "worker processes (0: one per core)")
      ->check(CLI::Range(0, 256))
      ->capture_default_str();
  command.add_option("--page-timeout", arguments->options.page_timeout_seconds,
                     "seconds one page (or opening one document) may take")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command.add_option("--max-pages", arguments->options.max_pages, "pages read per document")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command.add_option("--max-page-text", arguments->options.max_page_text_bytes,
                     "bytes of text kept per page")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command.add_option("--max-page-pixels", arguments->options.max_page_pixels,
                     "rendered pixels per page; larger pages are rendered at a lower DPI")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command.add_flag("-q,--quiet", arguments->quiet, "no notices or closing summary on stderr");
  command.footer("Example:\n  foia ingest samples/ -o records.jsonl\n"
                 "  foia ingest scan.tiff memo.pdf --ocr always --jobs 2 | jq -r .text\n"
                 "Exit status: 0 all read, 3 some documents or pages failed (see their "
                 "\"error\"), 1 fatal, 2 usage.");
  return [arguments] { return run_ingest(*arguments); };
}

} // namespace foia::cli
