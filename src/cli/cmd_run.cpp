#include "command.hpp"
#include "exit_status.hpp"
#include "fail_on.hpp"
#include "ingest_options.hpp"
#include "progress.hpp"
#include "rules_options.hpp"
#include "staging.hpp"
#include "tags_cache.hpp"

#include "foia/analyze/analyzer.hpp"
#include "foia/ingest/ingest.hpp"
#include "foia/ingest/shard.hpp"
#include "foia/record/io.hpp"
#include "foia/record/shards.hpp"
#include "foia/report/summary.hpp"
#include "foia/version.hpp"

#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <stdexcept>

namespace foia::cli {

namespace {

namespace fs = std::filesystem;

struct RunArguments {
  IngestArguments ingest;
  std::string out;
  RulesArguments rules;
  std::string shard; ///< "K/N", or empty for the whole batch
  std::vector<std::string> fail_on;
  bool quiet = false;
};

// What `foia merge` needs to put the shards back together (docs/scale-out.md).
void write_shard_manifest(const Staging& staging, const RunArguments& arguments,
                          const ingest::Shard& shard, const ingest::ShardSelection& selection,
                          const report::Json& batch_options, const record::ShardIndexer& index) {
  record::ShardManifest manifest;
  manifest.index = shard.index;
  manifest.count = shard.count;
  manifest.foia_version = k_version;
  manifest.inputs = arguments.ingest.inputs;
  manifest.batch_files = selection.batch_files;
  manifest.batch_fingerprint = selection.batch_fingerprint;
  manifest.options = batch_options;
  const std::vector<std::size_t>& tags = index.tags_per_document();
  if (tags.size() != selection.positions.size()) {
    throw std::logic_error("shard index: " + std::to_string(tags.size()) + " documents written, " +
                           std::to_string(selection.positions.size()) + " selected");
  }
  for (std::size_t i = 0; i < tags.size(); ++i) {
    manifest.documents.push_back(record::ShardDocument{selection.positions[i], tags[i]});
  }
  record::OutputFile file(staging.file("shard.json").string(),
                          staging.published("shard.json").string());
  file.write(record::to_text(manifest));
  file.commit();
}

report::Json options_json(const RunArguments& arguments, const analyze::Analyzer& analyzer) {
  report::Json options;
  options["command"] = "run";
  options["ocr"] = arguments.ingest.ocr_mode;
  options["dpi"] = arguments.ingest.options.dpi;
  if (arguments.ingest.options.own_dpi) { // only when given, so default summaries stay as they were
    options["own_dpi"] = true;
  }
  options["lang"] = arguments.ingest.options.language;
  options["page_timeout"] = arguments.ingest.options.page_timeout_seconds;
  options["max_pages"] = arguments.ingest.options.max_pages;
  options["max_page_text"] = arguments.ingest.options.max_page_text_bytes;
  options["max_page_pixels"] = arguments.ingest.options.max_page_pixels;
  options["rule_packs"] = analyzer.rules().pack_names;
  return options;
}

int run_run(const RunArguments& arguments) {
  const ingest::IngestOptions options = arguments.ingest.resolved(true);
  // Rules first: a bad rules file should fail before hours of OCR, not after.
  const analyze::Analyzer analyzer(arguments.rules.load());
  const report::Json batch_options = options_json(arguments, analyzer);

  const Staging staging(arguments.out);

  std::vector<ingest::InputFile> files = ingest::scan_inputs(arguments.ingest.inputs).files;
  std::optional<ingest::Shard> shard;
  ingest::ShardSelection selection;
  if (!arguments.shard.empty()) {
    shard = ingest::parse_shard(arguments.shard);
    selection = ingest::select_shard(std::move(files), *shard, ingest::worker_count(options));
    files = std::move(selection.files);
  }
  record::ShardIndexer shard_index;

  // 1. ingest -> records.jsonl
  ProgressBar progress;
  ingest::IngestSummary ingested;
  {
    record::OutputFile records(staging.file("records.jsonl").string(),
                               staging.published("records.jsonl").string());
    ingest::IngestCallbacks callbacks;
    callbacks.record = [&](std::string_view line) {
      records.write_line(line);
      if (shard) {
        shard_index.add_record_line(line);
      }
    };
    callbacks.warning = [&progress](std::string_view message) {
      progress.clear();
      std::cerr << "foia: warning: " << message << '\n';
    };
    callbacks.progress = [&progress](int done, int known) { progress.update(done, known); };
    ingested = ingest::ingest_files(std::move(files), options, callbacks);
    records.commit();
  }
  progress.clear();

  // 2. analyze -> tags.jsonl, read back through the same function `foia analyze` uses, so
  //    `foia run` and `foia ingest | foia analyze` give the same tags; with the cache, a
  //    document analyzed before with the same records and rules gets its tags from there.
  int cached_tags = 0;
  {
    record::OutputFile tags(staging.file("tags.jsonl").string(),
                            staging.published("tags.jsonl").string());
    const auto write_tag = [&](std::string_view line, long record_line) {
      tags.write_line(line);
      if (shard) {
        shard_index.add_tag(record_line);
      }
    };
    if (options.cache_folder.empty()) {
      record::LineReader records(staging.file("records.jsonl").string());
      analyze::analyze_records(records, analyzer, [&](const record::Tag& tag, long record_line) {
        write_tag(record::to_json_line(tag), record_line);
      });
    } else {
      cached_tags = analyze_with_cache(
          staging.file("records.jsonl").string(), analyzer, arguments.rules.fingerprint(),
          options.cache_folder, write_tag,
          [](std::string_view message) { std::cerr << "foia: warning: " << message << '\n'; });
    }
    tags.commit();
  }

  // 3. report -> summary.json; a shard's summary says it covers one shard.
  report::Json summary_options = batch_options;
  if (shard) {
    summary_options["shard"] = ingest::to_string(*shard);
  }
  const report::Summary summary =
      report::build_summary(staging.file("tags.jsonl").string(),
                            staging.file("records.jsonl").string(), std::move(summary_options));
  // Move into place, the summary last: it exists only when the others are complete and match.
  if (shard) {
    write_shard_manifest(staging, arguments, *shard, selection, batch_options, shard_index);
    if (!arguments.quiet) {
      std::cout << "shard " << ingest::to_string(*shard) << ": " << selection.positions.size()
                << " of " << selection.batch_files
                << " documents; join the shards with 'foia merge'\n";
    }
    staging.publish({"records.jsonl", "tags.jsonl", "shard.json"}, summary, arguments.quiet);
  } else {
    staging.publish({"records.jsonl", "tags.jsonl"}, summary, arguments.quiet);
  }
  if (!arguments.quiet && !options.cache_folder.empty()) {
    std::cout << "cache: " << cache_line(ingested) << ", tags of " << cached_tags
              << " documents from cache (" << options.cache_folder << ")\n";
  }
  return fail_on_status(arguments.fail_on, summary);
}

} // namespace

Action setup_run(CLI::App& command) {
  auto arguments = std::make_shared<RunArguments>();
  add_ingest_options(command, arguments->ingest, true);
  command
      .add_option("-o,--out", arguments->out,
                  "output folder: records.jsonl, tags.jsonl, summary.json (created)")
      ->required();
  add_rules_options(command, arguments->rules);
  command
      .add_option("--shard", arguments->shard,
                  "read only shard K of N (1-based): the documents whose SHA-256 falls in it; "
                  "join the shard folders with 'foia merge'")
      ->type_name("K/N")
      ->check(
          [](const std::string& text) {
            try {
              ingest::parse_shard(text);
              return std::string();
            } catch (const std::invalid_argument& error) {
              return std::string(error.what());
            }
          },
          "K/N");
  add_fail_on_option(command, arguments->fail_on);
  command.add_flag("-q,--quiet", arguments->quiet, "no human summary on standard output");
  command.footer(
      "Example:\n  foia run foia-batch/ --out out/\n"
      "  foia run foia-batch/ --out out/ --fail-on inconsistencies\n"
      "  foia grep '' out/ --kind optout --agency ICE\n"
      "  foia run batch/ --shard 2/4 --out shard-2/  # then: foia merge shard-*/ --out out/\n"
      "Exit status: 0 done; with --fail-on: 3 errors, 4 inconsistencies, 5 warnings "
      "(the lowest that applies); 1 fatal, 2 usage.");
  return [arguments] { return run_run(*arguments); };
}

} // namespace foia::cli
