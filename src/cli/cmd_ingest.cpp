#include "command.hpp"
#include "exit_status.hpp"
#include "ingest_options.hpp"
#include "progress.hpp"

#include "foia/ingest/ingest.hpp"
#include "foia/record/io.hpp"

#include <iostream>
#include <memory>

namespace foia::cli {

namespace {

struct IngestCommandArguments {
  IngestArguments ingest;
  std::string output = "-";
  bool quiet = false;
};

int run_ingest(const IngestCommandArguments& arguments) {
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
  const ingest::IngestOptions options = arguments.ingest.resolved();
  const ingest::IngestSummary summary = ingest::ingest(arguments.ingest.inputs, options, callbacks);
  output.commit();
  progress.clear();
  if (!arguments.quiet) {
    std::cerr << "foia: ingest: " << summary.documents << " documents, " << summary.pages
              << " pages (" << summary.ocr_pages << " OCR), " << summary.failed_documents
              << " unreadable documents, " << summary.failed_pages << " failed pages";
    if (summary.capped_documents > 0) {
      std::cerr << ", " << summary.capped_documents << " documents read in part (--max-pages)";
    }
    if (!options.cache_folder.empty()) {
      std::cerr << ", " << cache_line(summary);
    }
    std::cerr << '\n';
  }
  // A document cut at --max-pages has an error too: `report --fail-on errors` counts it alike.
  const int errors = summary.failed_documents + summary.capped_documents + summary.failed_pages;
  return errors > 0 ? k_exit_input_errors : k_exit_ok;
}

} // namespace

Action setup_ingest(CLI::App& command) {
  auto arguments = std::make_shared<IngestCommandArguments>();
  add_ingest_options(command, arguments->ingest);
  command.add_option("-o,--output", arguments->output, "records file; '-' for standard output")
      ->capture_default_str();
  command.add_flag("-q,--quiet", arguments->quiet, "no notices or closing summary on stderr");
  command.footer("Example:\n  foia ingest samples/ -o records.jsonl\n"
                 "  foia ingest scan.tiff memo.pdf --ocr always --jobs 2 | jq -r .text\n"
                 "Exit status: 0 all read, 3 some documents or pages failed (see their "
                 "\"error\"), 1 fatal, 2 usage.");
  return [arguments] { return run_ingest(*arguments); };
}

} // namespace foia::cli
