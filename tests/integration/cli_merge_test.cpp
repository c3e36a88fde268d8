// `foia run --shard K/N` and `foia merge` end to end: the merged folder holds the same bytes as
// one run over the whole batch, and an incomplete or mismatched set of shards is refused.
#include "support/pdf_writer.hpp"
#include "support/run_foia.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace foia {
namespace {

namespace fs = std::filesystem;

const char* const k_outputs[] = {"records.jsonl", "tags.jsonl", "summary.json"};

class MergeCli : public ::testing::Test {
protected:
  void SetUp() override {
    m_folder = test::make_temp_dir("foia-merge");
    m_batch = m_folder + "/batch";
    fs::create_directories(m_batch);
    const char* const agencies[] = {"U.S. Immigration and Customs Enforcement",
                                    "Department of Homeland Security",
                                    "Santa Clara County Board of Supervisors"};
    for (int i = 0; i < 9; ++i) {
      test::PdfPage page;
      page.lines = {agencies[i % 3], "", "August " + std::to_string(10 + i) + ", 2010", ""};
      page.lines.push_back(i % 2 == 0 ? "Local jurisdictions may opt out of Secure Communities by "
                                        "written request."
                                      : "Secure Communities will be mandatory nationwide by 2013.");
      for (int line = 0; line < 8; ++line) {
        page.lines.push_back("Memo " + std::to_string(i) + ", paragraph " + std::to_string(line) +
                             " about information sharing. (b)(6)");
      }
      page.lines.push_back("ICE FOIA 10-2674.00012" + std::to_string(10 + i));
      test::PdfPage second = page;
      second.lines.front() = "Continued from page one";
      test::write_file(m_batch + "/memo-" + std::to_string(i) + ".pdf",
                       test::make_pdf(i % 3 == 0 ? std::vector{page, second} : std::vector{page}));
    }
    // A damaged PDF (readable bytes, an error record) and a named file that is missing (no
    // bytes to hash: shard 1 reports it).
    const std::string pdf = test::read_file(m_batch + "/memo-0.pdf");
    test::write_file(m_batch + "/truncated.pdf", pdf.substr(0, 9));
    m_inputs = {m_batch, m_folder + "/missing.pdf"};
  }
  void TearDown() override { fs::remove_all(m_folder); }

  // `foia run` over the batch into FOLDER, with `extra` arguments; returns the exit status.
  int run(const std::string& folder, std::vector<std::string> extra = {}) {
    std::vector<std::string> arguments = {"run"};
    arguments.insert(arguments.end(), m_inputs.begin(), m_inputs.end());
    arguments.insert(arguments.end(), {"--out", folder, "--ocr", "never", "-j", "2", "-q"});
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    if (std::find(extra.begin(), extra.end(), "--cache") == extra.end()) {
      arguments.push_back("--no-cache");
    }
    const test::RunResult result = test::run_foia(arguments);
    EXPECT_TRUE(result.err.find("foia: error") == std::string::npos) << result.err;
    return result.exit_status;
  }

  // The three shard folders of a 3-way split.
  std::vector<std::string> run_shards(std::vector<std::string> extra = {}) {
    std::vector<std::string> folders;
    for (int index = 1; index <= 3; ++index) {
      folders.push_back(m_folder + "/shard-" + std::to_string(index));
      std::vector<std::string> arguments = extra;
      arguments.insert(arguments.end(), {"--shard", std::to_string(index) + "/3"});
      EXPECT_EQ(run(folders.back(), arguments), 0);
    }
    return folders;
  }

  test::RunResult merge(const std::vector<std::string>& folders, const std::string& out,
                        std::vector<std::string> extra = {}) {
    std::vector<std::string> arguments = {"merge"};
    arguments.insert(arguments.end(), folders.begin(), folders.end());
    arguments.insert(arguments.end(), {"--out", out, "-q"});
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    return test::run_foia(arguments);
  }

  std::string m_folder;
  std::string m_batch;
  std::vector<std::string> m_inputs;
};

int count_lines_with(const std::string& text, const std::string& needle) {
  int count = 0;
  for (const std::string& line : test::split_lines(text)) {
    count += line.find(needle) != std::string::npos ? 1 : 0;
  }
  return count;
}

TEST_F(MergeCli, ShardsSharingOneCacheMergeToTheSameBytesWhenRunAgain) {
  ASSERT_EQ(run(m_folder + "/whole"), 0);
  const std::string cache = m_folder + "/cache";
  for (int round = 1; round <= 2; ++round) { // the second round reads everything from the cache
    const std::vector<std::string> shards = run_shards({"--cache", cache});
    ASSERT_EQ(merge(shards, m_folder + "/merged").exit_status, 0);
    for (const char* name : k_outputs) {
      EXPECT_EQ(test::read_file(m_folder + "/merged/" + name),
                test::read_file(m_folder + "/whole/" + name))
          << name << ", round " << round;
    }
  }
  EXPECT_TRUE(fs::exists(cache + "/v1")) << "the shards stored their documents";
}

TEST_F(MergeCli, ThreeShardsMergedAreByteIdenticalToOneRun) {
  ASSERT_EQ(run(m_folder + "/whole"), 0);
  const std::vector<std::string> shards = run_shards();

  int documents = 0;
  int non_empty = 0;
  for (const std::string& shard : shards) {
    const std::string records = test::read_file(shard + "/records.jsonl");
    const int shard_documents = count_lines_with(records, R"("kind":"document")");
    documents += shard_documents;
    non_empty += shard_documents > 0 ? 1 : 0;
    EXPECT_TRUE(fs::exists(shard + "/shard.json"));
    EXPECT_EQ(count_lines_with(test::read_file(shard + "/summary.json"),
                               R"("shard": ")" + shard.substr(shard.size() - 1) + "/3\""),
              1)
        << "a shard's summary says which shard it covers";
  }
  EXPECT_EQ(documents, 11);
  EXPECT_GE(non_empty, 2) << "the batch should really be split";
  EXPECT_EQ(count_lines_with(test::read_file(shards[0] + "/records.jsonl"),
                             R"("path":")" + m_folder + R"(/missing.pdf")"),
            1)
      << "a file that cannot be hashed is read (and fails) in shard 1";

  // Any order of the folders; the outputs are those of the whole run, byte for byte.
  const test::RunResult merged =
      merge({shards[2], shards[0], shards[1]}, m_folder + "/merged", {"--fail-on", "errors"});
  EXPECT_EQ(merged.exit_status, 3) << "the broken files are errors, as in one run\n" << merged.err;
  for (const char* name : k_outputs) {
    const std::string whole = test::read_file(m_folder + "/whole/" + name);
    EXPECT_FALSE(whole.empty()) << name;
    EXPECT_EQ(test::read_file(m_folder + "/merged/" + name), whole) << name;
  }
  EXPECT_NE(test::read_file(m_folder + "/merged/tags.jsonl").find(R"("kind":"optout")"),
            std::string::npos);
  int entries = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(m_folder + "/merged")) {
    ++entries;
  }
  EXPECT_EQ(entries, 3) << "no shard.json, no staging folder";
}

TEST_F(MergeCli, ShardJsonAndShardSummaryMatchTheirSchemas) {
  if (std::system("/usr/bin/python3 -c 'import jsonschema' 2>/dev/null") != 0) {
    GTEST_SKIP() << "needs /usr/bin/python3 with jsonschema (Debian python3-jsonschema)";
  }
  const std::string shard = m_folder + "/shard";
  ASSERT_EQ(run(shard, {"--shard", "1/2"}), 0);
  const std::string schemas = std::string(FOIA_SOURCE_DIR) + "/docs/schemas/";
  const std::string validate =
      "/usr/bin/python3 " + std::string(FOIA_SOURCE_DIR) + "/tests/schema/validate.py ";
  EXPECT_EQ(
      std::system(
          (validate + schemas + "shard.schema.json " + shard + "/shard.json --whole").c_str()),
      0);
  EXPECT_EQ(
      std::system(
          (validate + schemas + "summary.schema.json " + shard + "/summary.json --whole").c_str()),
      0);
}

TEST_F(MergeCli, RefusesAMissingRepeatedOrForeignShard) {
  const std::vector<std::string> shards = run_shards();
  const std::string out = m_folder + "/merged";
  const struct {
    std::vector<std::string> folders;
    std::string message;
  } cases[] = {
      {{shards[0], shards[2]}, "missing shard 2/3 (given 2 of 3)"},
      {{shards[0], shards[1], shards[2], shards[1]}, "shard 2/3 given twice"},
      {{shards[0], shards[1], m_batch}, m_batch + ": not a shard output (no shard.json)"},
      {{shards[0], m_folder + "/nowhere"}, m_folder + "/nowhere: no such folder"},
  };
  for (const auto& [folders, message] : cases) {
    const test::RunResult result = merge(folders, out);
    EXPECT_EQ(result.exit_status, 2) << message;
    EXPECT_NE(result.err.find("foia: error: " + message), std::string::npos) << result.err;
    EXPECT_FALSE(fs::exists(out + "/summary.json")) << message;
  }
  // Made by another version of foia: its report code may differ, so its shards may not mix.
  const std::string manifest = test::read_file(shards[1] + "/shard.json");
  const std::string version = R"("version": ")";
  const std::size_t at = manifest.find(version) + version.size();
  test::write_file(shards[1] + "/shard.json",
                   manifest.substr(0, at) + "0.0.1-old" + manifest.substr(manifest.find('"', at)));
  test::RunResult result = merge(shards, out);
  EXPECT_EQ(result.exit_status, 2);
  EXPECT_NE(result.err.find(shards[1] + ": written by foia 0.0.1-old, this is foia "),
            std::string::npos)
      << result.err;
  // A shard.json that is not one is a damaged input: fatal.
  test::write_file(shards[1] + "/shard.json", "{\"format_version\": 1}");
  result = merge(shards, out);
  EXPECT_EQ(result.exit_status, 1);
  EXPECT_NE(result.err.find(shards[1] + "/shard.json: not a shard.json"), std::string::npos)
      << result.err;
  test::write_file(shards[1] + "/shard.json", manifest);

  const test::RunResult into_shard = merge(shards, shards[0]);
  EXPECT_EQ(into_shard.exit_status, 2);
  EXPECT_NE(into_shard.err.find("--out must not be one of the shard folders"), std::string::npos)
      << into_shard.err;
}

TEST_F(MergeCli, MoreShardsThanDocumentsLeavesSomeEmptyAndStillMerges) {
  m_inputs = {m_batch + "/memo-4.pdf", m_folder + "/missing.pdf"};
  ASSERT_EQ(run(m_folder + "/whole"), 0);
  std::vector<std::string> shards;
  int empty = 0;
  for (int index = 1; index <= 5; ++index) {
    shards.push_back(m_folder + "/shard-" + std::to_string(index));
    ASSERT_EQ(run(shards.back(), {"--shard", std::to_string(index) + "/5"}), 0);
    empty += test::read_file(shards.back() + "/records.jsonl").empty() ? 1 : 0;
  }
  EXPECT_GE(empty, 3);
  ASSERT_EQ(merge(shards, m_folder + "/merged").exit_status, 0);
  for (const char* name : k_outputs) {
    EXPECT_EQ(test::read_file(m_folder + "/merged/" + name),
              test::read_file(m_folder + "/whole/" + name))
        << name;
  }
}

TEST_F(MergeCli, RefusesShardsOfOtherOptionsOrAnotherBatch) {
  const std::vector<std::string> shards = run_shards();
  const std::string other_options = m_folder + "/dpi-200";
  ASSERT_EQ(run(other_options, {"--shard", "2/3", "--dpi", "200"}), 0);
  test::RunResult result = merge({shards[0], other_options, shards[2]}, m_folder + "/merged");
  EXPECT_EQ(result.exit_status, 2);
  EXPECT_NE(result.err.find(other_options + ": run with other options than " + shards[0]),
            std::string::npos)
      << result.err;

  test::write_file(m_batch + "/memo-1.pdf", test::read_file(m_batch + "/memo-2.pdf"));
  const std::string changed = m_folder + "/changed";
  ASSERT_EQ(run(changed, {"--shard", "2/3"}), 0);
  result = merge({shards[0], changed, shards[2]}, m_folder + "/merged");
  EXPECT_EQ(result.exit_status, 2);
  EXPECT_NE(result.err.find(changed + ": a shard of a different batch than " + shards[0]),
            std::string::npos)
      << result.err;
}

TEST_F(MergeCli, ADamagedShardIsFatalAndLeavesNoOutputs) {
  const std::vector<std::string> shards = run_shards();
  // Drop the last tag of a shard that has tags.
  for (const std::string& shard : shards) {
    const std::string tags = test::read_file(shard + "/tags.jsonl");
    if (tags.empty()) {
      continue;
    }
    const std::size_t last = tags.rfind('\n', tags.size() - 2);
    test::write_file(shard + "/tags.jsonl",
                     last == std::string::npos ? "" : tags.substr(0, last + 1));
    const test::RunResult result = merge(shards, m_folder + "/merged");
    EXPECT_EQ(result.exit_status, 1);
    EXPECT_NE(result.err.find("foia: error: " + shard + "/tags.jsonl:"), std::string::npos)
        << result.err;
    EXPECT_NE(result.err.find("ends early"), std::string::npos) << result.err;
    EXPECT_TRUE(fs::is_empty(m_folder + "/merged")) << "nothing half-written";
    return;
  }
  FAIL() << "no shard has tags";
}

TEST_F(MergeCli, ShardValuesOutsideOneToNAreUsageErrors) {
  for (const char* shard : {"0/3", "4/3", "3", "1/0", "x/3"}) {
    const test::RunResult result =
        test::run_foia({"run", m_batch, "--out", m_folder + "/out", "--shard", shard, "-q"});
    EXPECT_EQ(result.exit_status, 2) << shard;
    EXPECT_NE(result.err.find("1 <= K <= N"), std::string::npos) << result.err;
  }
  EXPECT_FALSE(fs::exists(m_folder + "/out"));
}

TEST_F(MergeCli, AWholeRunIntoAShardFolderRemovesItsShardJson) {
  const std::string folder = m_folder + "/reused";
  ASSERT_EQ(run(folder, {"--shard", "1/2"}), 0);
  ASSERT_TRUE(fs::exists(folder + "/shard.json"));
  ASSERT_EQ(run(folder), 0);
  EXPECT_FALSE(fs::exists(folder + "/shard.json"))
      << "a stale shard.json would let merge take a whole run for a shard";
}

} // namespace
} // namespace foia
