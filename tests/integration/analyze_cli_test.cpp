// Drives the real `foia analyze` binary: output, errors and exit statuses, rule packs, schema.

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>

namespace {

namespace fs = std::filesystem;

struct CliRun {
  int status = -1;
  std::string output; // stdout and stderr together
};

CliRun run(const std::string& arguments) {
  const std::string command = std::string(FOIA_BINARY) + " " + arguments + " 2>&1";
  CliRun result;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) {
    return result;
  }
  std::array<char, 4096> buffer{};
  std::size_t read = 0;
  while ((read = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
    result.output.append(buffer.data(), read);
  }
  const int status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::string read_file(const fs::path& path) {
  std::ifstream stream(path);
  std::stringstream contents;
  contents << stream.rdbuf();
  return contents.str();
}

class AnalyzeCli : public ::testing::Test {
protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() /
            ("foia-analyze-test-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }
  fs::path write(const std::string& name, const std::string& contents) {
    const fs::path path = m_dir / name;
    std::ofstream(path) << contents;
    return path;
  }
  fs::path m_dir;
};

const std::string k_records =
    R"({"kind":"document","doc":"abc","path":"memo.pdf","format":"pdf","pages":1,"encrypted":false,"metadata":{},"error":null})"
    "\n"
    R"({"kind":"page","doc":"abc","path":"memo.pdf","page":1,"method":"text","confidence":null,"chars":10,"error":null,"notes":[],"text":"U.S. Immigration and Customs Enforcement\n\nAugust 17, 2010\n\nLocal jurisdictions may opt out of Secure Communities. (b)(6)\nICE FOIA 10-2674.0001234"})"
    "\n";

const fs::path k_eval = fs::path(FOIA_SOURCE_DIR) / "tests" / "eval";

TEST_F(AnalyzeCli, WritesOneTagPerLine) {
  const fs::path records = write("records.jsonl", k_records);
  const CliRun result =
      run("analyze -q " + records.string() + " -o " + (m_dir / "tags.jsonl").string());
  ASSERT_EQ(result.status, 0) << result.output;
  const std::string tags = read_file(m_dir / "tags.jsonl");
  EXPECT_NE(tags.find(R"("kind":"optout")"), std::string::npos) << tags;
  EXPECT_NE(tags.find(R"("value":"available","confidence")"), std::string::npos) << tags;
  EXPECT_NE(tags.find(R"("agency":"ICE","date":"2010-08-17")"), std::string::npos) << tags;
  EXPECT_NE(tags.find(R"("kind":"bates")"), std::string::npos) << tags;
}

TEST_F(AnalyzeCli, ReadsStandardInputAndIsDeterministic) {
  const fs::path records = write("records.jsonl", k_records);
  const CliRun first = run("analyze -q - < " + records.string());
  const CliRun second = run("analyze -q " + records.string() + " -o -");
  ASSERT_EQ(first.status, 0) << first.output;
  EXPECT_EQ(first.output, second.output);
  EXPECT_FALSE(first.output.empty());
}

TEST_F(AnalyzeCli, RejectsAMalformedLineNamingFileAndLine) {
  const fs::path records = write("broken.jsonl", k_records + "{\"kind\":\"page\",\"doc\":\n");
  const CliRun result =
      run("analyze -q " + records.string() + " -o " + (m_dir / "tags.jsonl").string());
  EXPECT_EQ(result.status, 1);
  EXPECT_NE(result.output.find("broken.jsonl:3:"), std::string::npos) << result.output;
  EXPECT_FALSE(fs::exists(m_dir / "tags.jsonl")); // no half-written output
}

TEST_F(AnalyzeCli, RejectsAnInvalidRulesFileNamingIt) {
  const fs::path records = write("records.jsonl", k_records);
  const fs::path rules =
      write("bad.json", R"({"name": "bad", "patterns": [{"kind": "x", "regex": "(unclosed"}]})");
  CliRun result = run("analyze -q " + records.string() + " --rules " + rules.string());
  EXPECT_EQ(result.status, 1);
  EXPECT_NE(result.output.find("patterns[0]"), std::string::npos) << result.output;

  const fs::path typo = write("typo.json", R"({"name": "typo", "agencys": []})");
  result = run("analyze -q " + records.string() + " --rules " + typo.string());
  EXPECT_EQ(result.status, 1);
  EXPECT_NE(result.output.find("typo.json: agencys: unknown key"), std::string::npos)
      << result.output;

  const fs::path not_json = write("notjson.json", "{ nope");
  result = run("analyze -q " + records.string() + " --rules " + not_json.string());
  EXPECT_EQ(result.status, 1);
  EXPECT_NE(result.output.find("notjson.json"), std::string::npos) << result.output;
}

TEST_F(AnalyzeCli, AddsATopicFromARulesFile) {
  const fs::path records = write(
      "records.jsonl",
      R"({"kind":"page","doc":"d","path":"a.pdf","page":1,"method":"text","text":"The county signed a 287(g) agreement and honors ICE detainers. Honoring detainers is voluntary."})"
      "\n");
  const fs::path example = fs::path(FOIA_SOURCE_DIR) / "docs" / "examples" / "detainers.json";
  const CliRun result = run("analyze -q " + records.string() + " --rules " + example.string());
  ASSERT_EQ(result.status, 0) << result.output;
  EXPECT_NE(result.output.find(R"("kind":"program","doc":"d")"), std::string::npos)
      << result.output;
  EXPECT_NE(result.output.find(R"x("value":"287(g)")x"), std::string::npos) << result.output;
  EXPECT_NE(result.output.find(R"("kind":"detainer")"), std::string::npos) << result.output;
}

TEST_F(AnalyzeCli, OutputMatchesTheJsonSchema) {
  if (!fs::exists("/usr/bin/python3")) {
    GTEST_SKIP() << "no /usr/bin/python3";
  }
  const fs::path tags = m_dir / "tags.jsonl";
  CliRun result =
      run("analyze -q " + (k_eval / "dev" / "records.jsonl").string() + " -o " + tags.string());
  ASSERT_EQ(result.status, 0) << result.output;
  const std::string command =
      "/usr/bin/python3 " +
      (fs::path(FOIA_SOURCE_DIR) / "tests" / "schema" / "validate.py").string() + " " +
      (fs::path(FOIA_SOURCE_DIR) / "docs" / "schemas" / "tags.schema.json").string() + " " +
      tags.string() + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::array<char, 4096> buffer{};
  std::string output;
  std::size_t read = 0;
  while ((read = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
    output.append(buffer.data(), read);
  }
  const int status = pclose(pipe);
  EXPECT_EQ(WEXITSTATUS(status), 0) << output;
}

} // namespace
