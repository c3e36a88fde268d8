// `foia merge`: shard output folders of `foia run --shard K/N` back into what one `foia run`
// over the whole batch writes. See docs/scale-out.md.
#include "command.hpp"
#include "exit_status.hpp"
#include "fail_on.hpp"
#include "staging.hpp"

#include "foia/record/io.hpp"
#include "foia/record/shards.hpp"
#include "foia/report/summary.hpp"
#include "foia/version.hpp"

#include <filesystem>
#include <iostream>
#include <map>
#include <memory>

namespace foia::cli {

namespace {

namespace fs = std::filesystem;

struct MergeArguments {
  std::vector<std::string> shards;
  std::string out;
  std::vector<std::string> fail_on;
  bool quiet = false;
};

std::string shard_name(const record::ShardManifest& manifest) {
  return std::to_string(manifest.index) + "/" + std::to_string(manifest.count);
}

// Reads FOLDER/shard.json; a folder that is not a shard output is a usage error.
record::ShardOutput read_shard_folder(const std::string& folder) {
  const fs::path path(folder);
  if (!fs::is_directory(path)) {
    throw CLI::ValidationError(folder + ": no such folder");
  }
  if (!fs::exists(path / "shard.json")) {
    throw CLI::ValidationError(folder + ": not a shard output (no shard.json): make shards with "
                                        "'foia run INPUT... --shard K/N --out FOLDER'");
  }
  return record::ShardOutput{record::read_shard_manifest((path / "shard.json").string()),
                             (path / "records.jsonl").string(), (path / "tags.jsonl").string()};
}

// Every shard must come from the same batch, options and foia version, and every shard of
// the batch must be given once.
void check_shard_set(const std::vector<std::string>& folders,
                     const std::vector<record::ShardOutput>& shards) {
  const record::ShardManifest& first = shards.front().manifest;
  std::map<int, std::string> given; // index -> folder
  for (std::size_t i = 0; i < shards.size(); ++i) {
    const record::ShardManifest& manifest = shards[i].manifest;
    const std::string& folder = folders[i];
    if (manifest.foia_version != k_version) {
      throw CLI::ValidationError(folder + ": written by foia " + manifest.foia_version +
                                 ", this is foia " + k_version +
                                 ": merge with the version that made the shards");
    }
    if (manifest.count != first.count) {
      throw CLI::ValidationError(folder + ": shard " + shard_name(manifest) + ", but " +
                                 folders.front() + " is shard " + shard_name(first) +
                                 ": shards of different splits");
    }
    if (manifest.batch_fingerprint != first.batch_fingerprint ||
        manifest.batch_files != first.batch_files) {
      throw CLI::ValidationError(
          folder + ": a shard of a different batch than " + folders.front() +
          " (the input files, their paths or their contents differ; inputs " +
          record::Json(manifest.inputs).dump() + " and " + record::Json(first.inputs).dump() + ")");
    }
    if (manifest.options != first.options) {
      throw CLI::ValidationError(folder + ": run with other options than " + folders.front() +
                                 ": " + manifest.options.dump() + " and " + first.options.dump());
    }
    const auto [slot, added] = given.emplace(manifest.index, folder);
    if (!added) {
      throw CLI::ValidationError("shard " + shard_name(manifest) + " given twice: " + slot->second +
                                 " and " + folder);
    }
  }
  std::string missing;
  for (int index = 1; index <= first.count; ++index) {
    if (given.count(index) == 0) {
      missing +=
          (missing.empty() ? "" : ", ") + std::to_string(index) + "/" + std::to_string(first.count);
    }
  }
  if (!missing.empty()) {
    throw CLI::ValidationError("missing shard " + missing + " (given " +
                               std::to_string(given.size()) + " of " + std::to_string(first.count) +
                               ")");
  }
}

int run_merge(const MergeArguments& arguments) {
  std::vector<record::ShardOutput> shards;
  for (const std::string& folder : arguments.shards) {
    shards.push_back(read_shard_folder(folder));
    std::error_code error;
    if (fs::equivalent(folder, arguments.out, error)) {
      throw CLI::ValidationError(folder + ": --out must not be one of the shard folders");
    }
  }
  check_shard_set(arguments.shards, shards);

  const Staging staging(arguments.out);
  {
    record::OutputFile records(staging.file("records.jsonl").string(),
                               staging.published("records.jsonl").string());
    record::OutputFile tags(staging.file("tags.jsonl").string(),
                            staging.published("tags.jsonl").string());
    record::merge_shards(
        shards, [&records](std::string_view line) { records.write_line(line); },
        [&tags](std::string_view line) { tags.write_line(line); });
    records.commit();
    tags.commit();
  }
  // The summary is rebuilt from the whole batch with the options of the unsharded run, by the
  // same code `foia run` uses, so its bytes are the same.
  const report::Summary summary = report::build_summary(staging.file("tags.jsonl").string(),
                                                        staging.file("records.jsonl").string(),
                                                        shards.front().manifest.options);
  if (!arguments.quiet) {
    std::cout << "merged " << shards.size() << " shards\n";
  }
  staging.publish({"records.jsonl", "tags.jsonl"}, summary, arguments.quiet);
  return fail_on_status(arguments.fail_on, summary);
}

} // namespace

Action setup_merge(CLI::App& command) {
  auto arguments = std::make_shared<MergeArguments>();
  command
      .add_option("shards", arguments->shards,
                  "output folders of 'foia run --shard K/N', one per shard, in any order")
      ->required();
  command
      .add_option("-o,--out", arguments->out,
                  "output folder: records.jsonl, tags.jsonl, summary.json (created)")
      ->required();
  add_fail_on_option(command, arguments->fail_on);
  command.add_flag("-q,--quiet", arguments->quiet, "no human summary on standard output");
  command.footer("Example:\n  foia run batch/ --shard 1/2 --out shard-1/\n"
                 "  foia run batch/ --shard 2/2 --out shard-2/\n"
                 "  foia merge shard-1/ shard-2/ --out out/   # as 'foia run batch/ --out out/'\n"
                 "Exit status: 0 done; with --fail-on: 3 errors, 4 inconsistencies, 5 warnings "
                 "(the lowest that applies); 1 fatal (a shard folder's files are damaged), 2 "
                 "usage (a shard missing or given twice, shards of different batches, options "
                 "or versions, a folder that is not a shard output).");
  return [arguments] { return run_merge(*arguments); };
}

} // namespace foia::cli
