// The incremental-run cache through the executable: reruns, rule changes, moved files, the
// default folder, and `foia cache stats|clear`. Every cache here lives in a temporary folder.
#include "support/pdf_writer.hpp"
#include "support/run_foia.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace foia {
namespace {

namespace fs = std::filesystem;

class CliCacheTest : public ::testing::Test {
protected:
  void SetUp() override {
    m_folder = test::make_temp_dir("foia-cli-cache");
    m_cache = m_folder + "/cache";
  }
  void TearDown() override { fs::remove_all(m_folder); }

  // A two-page text PDF (no OCR needed) at `path`.
  static void write_pdf(const std::string& path) {
    test::PdfPage page;
    for (int i = 0; i < 20; ++i) {
      page.lines.push_back("ICE said participation in Secure Communities is voluntary, line " +
                           std::to_string(i));
    }
    fs::create_directories(fs::path(path).parent_path());
    test::write_file(path, test::make_pdf({page, page}));
  }

  std::string outputs(const std::string& out) const {
    std::string bytes;
    for (const char* name : {"records.jsonl", "tags.jsonl", "summary.json"}) {
      bytes += test::read_file(out + "/" + name) + "\n--\n";
    }
    return bytes;
  }

  std::string m_folder;
  std::string m_cache;
};

TEST_F(CliCacheTest, ARerunGivesTheSameBytesAndNewRulesReuseTheRecords) {
  const auto run = [this](const std::string& out, std::vector<std::string> extra = {}) {
    std::vector<std::string> arguments = {"run", "samples/", "--out",   m_folder + "/" + out,
                                          "-j",  "2",        "--cache", m_cache};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    return test::run_foia(arguments);
  };
  const test::RunResult first = run("first");
  ASSERT_EQ(first.exit_status, 0) << first.err;
  EXPECT_NE(first.out.find("cache: 0 documents (0 pages) from cache, tags of 0 documents from "
                           "cache (" +
                           m_cache + ")"),
            std::string::npos)
      << first.out;
  const test::RunResult second = run("second");
  ASSERT_EQ(second.exit_status, 0) << second.err;
  EXPECT_NE(second.out.find("cache: 7 documents (14 pages) from cache, tags of 7 documents from "
                            "cache"),
            std::string::npos)
      << second.out;
  EXPECT_EQ(outputs(m_folder + "/first"), outputs(m_folder + "/second"));
  const test::RunResult uncached = run("uncached", {"--no-cache"});
  ASSERT_EQ(uncached.exit_status, 2) << "--cache and --no-cache together are a usage error";
  ASSERT_EQ(test::run_foia({"run", "samples/", "--out", m_folder + "/uncached", "--no-cache", "-q"})
                .exit_status,
            0);
  EXPECT_EQ(outputs(m_folder + "/first"), outputs(m_folder + "/uncached"));

  // Another rule pack: no page is read again, but the tags (and summary) follow the rules.
  const std::string rules = m_folder + "/extra.json";
  test::write_file(
      rules,
      R"json({"name": "extra", "patterns": [{"kind": "program", "regex": "287\\(g\\)"}]})json");
  const test::RunResult ruled = run("ruled", {"--rules", rules});
  ASSERT_EQ(ruled.exit_status, 0) << ruled.err;
  EXPECT_NE(ruled.out.find("cache: 7 documents (14 pages) from cache, tags of 0 documents"),
            std::string::npos)
      << ruled.out;
  EXPECT_EQ(test::read_file(m_folder + "/ruled/records.jsonl"),
            test::read_file(m_folder + "/first/records.jsonl"));
  const std::string tags = test::read_file(m_folder + "/ruled/tags.jsonl");
  EXPECT_NE(tags, test::read_file(m_folder + "/first/tags.jsonl"));
  EXPECT_NE(tags.find(R"("kind":"program")"), std::string::npos);
  EXPECT_EQ(test::read_file(m_folder + "/first/summary.json").find("cache"), std::string::npos)
      << "the summary's options do not mention the cache";
}

TEST_F(CliCacheTest, ADamagedTagsEntryIsReportedAndRebuilt) {
  write_pdf(m_folder + "/in/one.pdf");
  write_pdf(m_folder + "/in/two.pdf");
  test::write_file(m_folder + "/in/two.pdf", test::read_file(m_folder + "/in/two.pdf") + "\n");
  const auto run = [this](const std::string& out) {
    return test::run_foia(
        {"run", m_folder + "/in", "--out", m_folder + "/" + out, "--cache", m_cache});
  };
  ASSERT_EQ(run("first").exit_status, 0);
  // The tags entries are those without a document line; damage one.
  std::vector<std::string> tag_entries;
  for (const auto& entry : fs::recursive_directory_iterator(m_cache + "/v1")) {
    if (entry.path().extension() == ".jsonl" &&
        test::read_file(entry.path().string()).find(R"("kind":"document")") == std::string::npos) {
      tag_entries.push_back(entry.path().string());
    }
  }
  ASSERT_EQ(tag_entries.size(), 2u);
  std::string bytes = test::read_file(tag_entries[0]);
  bytes[bytes.find("Secure Communities")] ^= 0x20;
  test::write_file(tag_entries[0], bytes);

  const test::RunResult second = run("second");
  EXPECT_NE(second.err.find(tag_entries[0] + ": bad cache entry for the tags of "),
            std::string::npos)
      << second.err;
  EXPECT_NE(second.err.find("corrupt (checksum mismatch); analyzing the document again"),
            std::string::npos)
      << second.err;
  EXPECT_NE(second.out.find("tags of 1 documents from cache"), std::string::npos) << second.out;
  EXPECT_EQ(outputs(m_folder + "/first"), outputs(m_folder + "/second"));
  const test::RunResult third = run("third");
  EXPECT_EQ(third.err, "");
  EXPECT_NE(third.out.find("tags of 2 documents from cache"), std::string::npos) << third.out;
}

TEST_F(CliCacheTest, TheSameFileAtTwoPathsIsReadOnce) {
  write_pdf(m_folder + "/a/memo.pdf");
  fs::create_directories(m_folder + "/b/c");
  fs::copy_file(m_folder + "/a/memo.pdf", m_folder + "/b/c/copy.pdf");
  const test::RunResult first =
      test::run_foia({"ingest", m_folder + "/a", "--cache", m_cache, "-o", m_folder + "/a.jsonl"});
  ASSERT_EQ(first.exit_status, 0) << first.err;
  EXPECT_NE(first.err.find(", 0 documents (0 pages) from cache"), std::string::npos) << first.err;
  const test::RunResult second = test::run_foia({"ingest", m_folder + "/b", "--cache", m_cache});
  ASSERT_EQ(second.exit_status, 0) << second.err;
  EXPECT_NE(second.err.find(", 1 documents (2 pages) from cache"), std::string::npos) << second.err;
  const test::RunResult fresh = test::run_foia({"ingest", m_folder + "/b", "-q"});
  EXPECT_EQ(second.out, fresh.out);
  EXPECT_NE(second.out.find(m_folder + "/b/c/copy.pdf"), std::string::npos);
  EXPECT_EQ(fresh.err, "") << "foia ingest has no cache unless asked";
}

TEST_F(CliCacheTest, StatsAndClear) {
  write_pdf(m_folder + "/in/one.pdf");
  write_pdf(m_folder + "/in/two.pdf");
  test::write_file(m_folder + "/in/two.pdf", test::read_file(m_folder + "/in/two.pdf") + "\n");
  const std::vector<std::string> stats = {"cache", "stats", "--cache", m_cache};
  EXPECT_NE(test::run_foia(stats).out.find("entries: 0, 0 bytes"), std::string::npos);
  ASSERT_EQ(test::run_foia({"ingest", m_folder + "/in", "--cache", m_cache, "-q"}).exit_status, 0);
  const test::RunResult full = test::run_foia(stats);
  EXPECT_EQ(full.exit_status, 0);
  EXPECT_NE(full.out.find("cache: " + m_cache + "\nentries: 2, "), std::string::npos) << full.out;
  EXPECT_NE(full.out.find("oldest: 20"), std::string::npos) << full.out;

  test::write_file(m_cache + "/keep-me.txt", "not foia's");
  const test::RunResult cleared = test::run_foia({"cache", "clear", "--cache", m_cache});
  EXPECT_EQ(cleared.exit_status, 0);
  EXPECT_NE(cleared.out.find("removed 2 entries"), std::string::npos) << cleared.out;
  EXPECT_NE(test::run_foia(stats).out.find("entries: 0, 0 bytes"), std::string::npos);
  EXPECT_TRUE(fs::exists(m_cache + "/keep-me.txt")) << "only entries are removed";
  const test::RunResult again =
      test::run_foia({"ingest", m_folder + "/in", "--cache", m_cache, "-o", "/dev/null"});
  EXPECT_NE(again.err.find(", 0 documents (0 pages) from cache"), std::string::npos) << again.err;
}

TEST_F(CliCacheTest, RunCachesByDefaultInTheDocumentedPlace) {
  write_pdf(m_folder + "/in/one.pdf");
  const auto run = [this](const std::map<std::string, std::string>& environment,
                          const std::string& option = "") {
    std::vector<std::string> arguments = {"run", m_folder + "/in", "--out", m_folder + "/out"};
    if (!option.empty()) {
      arguments.push_back(option);
    }
    return test::run_foia(arguments, environment).out;
  };
  const std::string chosen = m_folder + "/chosen";
  const std::string xdg = m_folder + "/xdg";
  const std::string home = m_folder + "/home";
  EXPECT_NE(run({{"FOIA_CACHE_DIR", chosen}}).find("(" + chosen + ")"), std::string::npos);
  EXPECT_TRUE(fs::exists(chosen + "/CACHEDIR.TAG"));
  EXPECT_NE(run({{"FOIA_CACHE_DIR", ""}, {"XDG_CACHE_HOME", xdg}}).find("(" + xdg + "/foia)"),
            std::string::npos);
  const std::string from_home =
      run({{"FOIA_CACHE_DIR", ""}, {"XDG_CACHE_HOME", ""}, {"HOME", home}});
  EXPECT_NE(from_home.find("(" + home + "/.cache/foia)"), std::string::npos) << from_home;

  const std::string off = run({{"FOIA_CACHE_DIR", m_folder + "/unused"}}, "--no-cache");
  EXPECT_EQ(off.find("cache:"), std::string::npos) << off;
  EXPECT_FALSE(fs::exists(m_folder + "/unused"));
  const test::RunResult stats = test::run_foia({"cache", "stats"}, {{"FOIA_CACHE_DIR", chosen}});
  // One entry for the document's records, one for its tags.
  EXPECT_NE(stats.out.find("cache: " + chosen + "\nentries: 2,"), std::string::npos) << stats.out;
}

} // namespace
} // namespace foia
