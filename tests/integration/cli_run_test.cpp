// `foia run` end to end on a real public FOIA release from the shared corpus (skipped when absent).
#include "exit_status.hpp"
#include "support/pdf_writer.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>

namespace foia::cli {
namespace {

namespace fs = std::filesystem;

int shell(const std::string& command, std::string* out = nullptr) {
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) {
    return -1;
  }
  char buffer[4096];
  std::size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) {
    if (out != nullptr) {
      out->append(buffer, got);
    }
  }
  const int status = ::pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string slurp(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

TEST(RunCli, WritesThreeFilesTheSameForAnyJobsAndMatchingTheStages) {
  const fs::path input =
      fs::path(FOIA_SHARED_CORPUS) / "real" / "chicago_pd_foia_15-3569_cover_letter.pdf";
  if (!fs::exists(input)) {
    GTEST_SKIP() << "shared corpus absent: " << input;
  }
  // A fresh folder: other worktrees on the machine run this test at the same time.
  const fs::path folder = test::make_temp_dir("foia-run-cli");
  const std::string foia = std::string("'") + FOIA_BINARY + "'";
  const std::string in = "'" + input.string() + "'";
  std::string human;
  ASSERT_EQ(
      shell(foia + " run " + in + " --out '" + (folder / "one").string() + "' -j 1 --no-cache",
            &human),
      k_exit_ok);
  EXPECT_NE(human.find("documents: 1 (0 unreadable)"), std::string::npos) << human;
  EXPECT_NE(human.find("inconsistencies: "), std::string::npos) << human;
  ASSERT_EQ(
      shell(foia + " run " + in + " --out '" + (folder / "two").string() + "' -j 2 -q --no-cache"),
      k_exit_ok);
  for (const char* name : {"records.jsonl", "tags.jsonl", "summary.json"}) {
    EXPECT_FALSE(slurp(folder / "one" / name).empty()) << name;
    EXPECT_EQ(slurp(folder / "one" / name), slurp(folder / "two" / name)) << name;
  }
  // Nothing but the three outputs is left in the folder (no staging directory).
  int entries = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder / "one")) {
    ++entries;
  }
  EXPECT_EQ(entries, 3);
  // run's tags are what `foia analyze` makes of run's records.
  ASSERT_EQ(shell(foia + " analyze '" + (folder / "one" / "records.jsonl").string() + "' -q -o '" +
                  (folder / "analyzed.jsonl").string() + "'"),
            k_exit_ok);
  EXPECT_EQ(slurp(folder / "analyzed.jsonl"), slurp(folder / "one" / "tags.jsonl"));
  // The summary passes its schema.
  if (shell("/usr/bin/python3 -c 'import jsonschema' 2>/dev/null") == 0) {
    std::string check;
    EXPECT_EQ(
        shell("/usr/bin/python3 -c 'import json, sys, jsonschema; "
              "jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])), "
              "cls=jsonschema.Draft202012Validator)' '" +
                  std::string(FOIA_SOURCE_DIR) + "/docs/schemas/summary.schema.json' '" +
                  (folder / "one" / "summary.json").string() + "' 2>&1",
              &check),
        0)
        << check;
  }
  // A bad rules file fails before any reading, leaving no outputs.
  std::ofstream(folder / "bad-rules.json") << "{ not json";
  EXPECT_EQ(shell(foia + " run " + in + " --out '" + (folder / "three").string() +
                  "' --no-cache --rules '" + (folder / "bad-rules.json").string() +
                  "' -q 2>/dev/null"),
            k_exit_fatal);
  EXPECT_FALSE(fs::exists(folder / "three" / "summary.json"));
  fs::remove_all(folder);
}

} // namespace
} // namespace foia::cli
