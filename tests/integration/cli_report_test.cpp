// Drives the foia binary on a hand-written batch: summary, determinism, schema, --fail-on, grep.
#include "exit_status.hpp"
#include "support/pdf_writer.hpp"
#include "support/report_fixture.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>

namespace foia::cli {
namespace {

namespace fs = std::filesystem;

struct Outcome {
  int status = -1;
  std::string out;
};

// Runs a shell command line, returning its exit status and standard output.
Outcome run(const std::string& command) {
  Outcome result;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) {
    return result;
  }
  char buffer[4096];
  std::size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) {
    result.out.append(buffer, got);
  }
  const int status = ::pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::string slurp(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

class ReportCli : public testing::Test {
protected:
  void SetUp() override {
    // A fresh folder: other worktrees on the machine run these tests at the same time.
    m_folder = test::make_temp_dir("foia-report-cli");
    test::secure_communities_batch().write(m_folder);
  }
  void TearDown() override { fs::remove_all(m_folder); }

  std::string foia(const std::string& arguments) const {
    return std::string("cd '") + m_folder.string() + "' && '" + FOIA_BINARY + "' " + arguments;
  }

  fs::path m_folder;
};

TEST_F(ReportCli, WritesTheSameSummaryTwice) {
  ASSERT_EQ(run(foia("report tags.jsonl records.jsonl -o first.json -q")).status, k_exit_ok);
  ASSERT_EQ(run(foia("report tags.jsonl records.jsonl -o second.json -q")).status, k_exit_ok);
  const std::string first = slurp(m_folder / "first.json");
  EXPECT_FALSE(first.empty());
  EXPECT_EQ(first, slurp(m_folder / "second.json"));
  EXPECT_EQ(first, run(foia("report tags.jsonl records.jsonl -q")).out);
  // No temporary file is left beside the output.
  for (const auto& entry : fs::directory_iterator(m_folder)) {
    EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos);
  }
}

TEST_F(ReportCli, SummaryMatchesItsSchema) {
  ASSERT_EQ(run(foia("report tags.jsonl records.jsonl -o summary.json -q")).status, k_exit_ok);
  ASSERT_EQ(run(foia("report tags.jsonl -o tags-only.json -q")).status, k_exit_ok);
  if (!fs::exists("/usr/bin/python3") ||
      run("/usr/bin/python3 -c 'import jsonschema' 2>/dev/null").status != 0) {
    GTEST_SKIP() << "needs /usr/bin/python3 with jsonschema (Debian python3-jsonschema)";
  }
  const std::string schema = std::string(FOIA_SOURCE_DIR) + "/docs/schemas/summary.schema.json";
  for (const char* name : {"summary.json", "tags-only.json"}) {
    const Outcome check =
        run("/usr/bin/python3 " + std::string(FOIA_SOURCE_DIR) + "/tests/schema/validate.py '" +
            schema + "' '" + (m_folder / name).string() + "' --whole 2>&1");
    EXPECT_EQ(check.status, 0) << name << ": " << check.out;
  }
}

TEST_F(ReportCli, FailOnGivesEachDocumentedStatus) {
  const std::string base = "report tags.jsonl records.jsonl -o summary.json -q";
  EXPECT_EQ(run(foia(base)).status, k_exit_ok);
  EXPECT_EQ(run(foia(base + " --fail-on inconsistencies")).status, k_exit_inconsistencies);
  EXPECT_EQ(run(foia(base + " --fail-on errors")).status, k_exit_input_errors);
  EXPECT_EQ(run(foia(base + " --fail-on warnings")).status, k_exit_warnings);
  EXPECT_EQ(run(foia(base + " --fail-on warnings,inconsistencies")).status, k_exit_inconsistencies);
  EXPECT_EQ(run(foia(base + " --fail-on bogus 2>/dev/null")).status, k_exit_usage);
  EXPECT_TRUE(fs::exists(m_folder / "summary.json"));

  // A batch with nothing wrong passes every condition.
  std::ofstream(m_folder / "clean-tags.jsonl") << "";
  EXPECT_EQ(run(foia("report clean-tags.jsonl -o clean.json -q --fail-on inconsistencies "
                     "--fail-on errors --fail-on warnings"))
                .status,
            k_exit_ok);
}

TEST_F(ReportCli, WritesIntoAFifoWithoutReplacingIt) {
  // -o /dev/null must not rename a regular file over /dev/null; a FIFO stands in for it.
  const fs::path fifo = m_folder / "pipe";
  ASSERT_EQ(run("mkfifo '" + fifo.string() + "'").status, 0);
  const Outcome result = run("cat '" + fifo.string() + "' > '" + (m_folder / "copy.json").string() +
                             "' & " + foia("report tags.jsonl -q -o pipe") + "; wait");
  EXPECT_EQ(result.status, k_exit_ok);
  EXPECT_TRUE(fs::is_fifo(fifo));
  EXPECT_EQ(slurp(m_folder / "copy.json"), run(foia("report tags.jsonl -q")).out);
}

TEST_F(ReportCli, BrokenTagsAreFatalAndLeaveNoSummary) {
  std::ofstream(m_folder / "broken.jsonl") << "{\"kind\": \"date\"\n";
  const Outcome result = run(foia("report broken.jsonl -o summary.json 2>&1"));
  EXPECT_EQ(result.status, k_exit_fatal);
  EXPECT_NE(result.out.find("foia: error: broken.jsonl:1: "), std::string::npos) << result.out;
  EXPECT_FALSE(fs::exists(m_folder / "summary.json"));
}

TEST_F(ReportCli, GrepPrintsTagsAndLinesInPageOrder) {
  const Outcome result = run(foia("grep -i 'opt(ing)?[ -]out' ."));
  EXPECT_EQ(result.status, k_exit_ok);
  EXPECT_EQ(result.out,
            "memo-000.pdf:1:3: optout available: Local jurisdictions may opt out of Secure "
            "Communities by written request.\n"
            "memo-000.pdf:1:3: Local jurisdictions may opt out of Secure Communities by written "
            "request.\n"
            "email-004.pdf:2:1: optout unavailable: Secure Communities will be mandatory by 2013; "
            "there is no opt-out.\n"
            "email-004.pdf:2:1: Secure Communities will be mandatory by 2013; there is no "
            "opt-out.\n"
            "letter-010.pdf:1:2: optout unclear: The Sheriff's Department requests to opt out of "
            "Secure Communities.\n"
            "letter-010.pdf:1:2: The Sheriff's Department requests to opt out of Secure "
            "Communities.\n"
            "letter-010.pdf:1:3: optout available: DHS confirmed that opting out is possible for "
            "any county.\n"
            "letter-010.pdf:1:3: DHS confirmed that opting out is possible for any county.\n");
}

TEST_F(ReportCli, GrepFiltersTags) {
  EXPECT_EQ(run(foia("grep '' . --kind optout --agency ice")).out,
            "memo-000.pdf:1:3: optout available: Local jurisdictions may opt out of Secure "
            "Communities by written request.\n"
            "email-004.pdf:2:1: optout unavailable: Secure Communities will be mandatory by 2013; "
            "there is no opt-out.\n");
  EXPECT_EQ(run(foia("grep '' tags.jsonl --stance unavailable --from 2011")).out,
            "memo-007.pdf:1:2: optout unavailable: Participation will be mandatory by 2014 in "
            "every state.\n");
  EXPECT_EQ(run(foia("grep '\\(b\\)\\(7\\)' . --kind exemption")).out,
            "email-004.pdf:2:2: exemption (b)(7)(C): (b)(7)(C)\n");
  const Outcome none = run(foia("grep 'no such words' ."));
  EXPECT_EQ(none.status, k_exit_no_match);
  EXPECT_EQ(none.out, "");
  EXPECT_EQ(run(foia("grep '(' . 2>/dev/null")).status, k_exit_usage);
  EXPECT_EQ(run(foia("grep x . --from 2010-13 2>/dev/null")).status, k_exit_usage);
}

} // namespace
} // namespace foia::cli
