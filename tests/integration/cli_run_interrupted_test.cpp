// kill -9 in the middle of `foia run`, then the same command again: it completes, leaves no
// staging behind, and writes the same bytes as a run that was never interrupted.
#include "support/pdf_writer.hpp"
#include "support/run_foia.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

namespace foia {
namespace {

namespace fs = std::filesystem;

// Starts `foia run samples/ --out OUT --jobs 1 --cache CACHE -q` and kills it with SIGKILL after
// `delay`.
void run_and_kill(const std::string& out, const std::string& cache,
                  std::chrono::milliseconds delay) {
  const pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    if (std::freopen("/dev/null", "w", stdout) == nullptr ||
        std::freopen("/dev/null", "w", stderr) == nullptr) {
      ::_exit(127);
    }
    std::string binary = FOIA_BINARY;
    std::vector<std::string> words = {binary,   "run", "samples/", "--out", out,
                                      "--jobs", "1",   "--cache",  cache,   "-q"};
    std::vector<char*> argv;
    for (std::string& word : words) {
      argv.push_back(word.data());
    }
    argv.push_back(nullptr);
    ::execv(binary.c_str(), argv.data());
    ::_exit(127);
  }
  std::this_thread::sleep_for(delay);
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
}

TEST(RunInterrupted, KilledRunLeavesNoCompleteLookingFileAndTheRerunMatches) {
  const std::string folder = test::make_temp_dir("foia-kill");
  const std::string clean = folder + "/clean";
  const std::string killed = folder + "/killed";
  // The killed runs store what they finish in a cache, and the rerun reads it back: whatever
  // a kill leaves there must not change the outputs.
  const std::string cache = folder + "/cache";
  ASSERT_EQ(test::run_foia({"run", "samples/", "--out", clean, "--jobs", "1", "--no-cache", "-q"})
                .exit_status,
            0);

  for (const int milliseconds : {300, 900}) {
    run_and_kill(killed, cache, std::chrono::milliseconds(milliseconds));
    // Whatever the moment, either no summary exists yet, or all three files are a finished run's.
    if (fs::exists(killed + "/summary.json")) {
      for (const char* name : {"records.jsonl", "tags.jsonl", "summary.json"}) {
        EXPECT_EQ(test::read_file(killed + "/" + name), test::read_file(clean + "/" + name))
            << name;
      }
    } else {
      EXPECT_FALSE(fs::exists(killed + "/tags.jsonl") && !fs::exists(killed + "/records.jsonl"));
    }
  }

  ASSERT_EQ(
      test::run_foia({"run", "samples/", "--out", killed, "--jobs", "1", "--cache", cache, "-q"})
          .exit_status,
      0);
  for (const char* name : {"records.jsonl", "tags.jsonl", "summary.json"}) {
    EXPECT_EQ(test::read_file(killed + "/" + name), test::read_file(clean + "/" + name)) << name;
  }
  for (const auto& entry : fs::directory_iterator(killed)) {
    EXPECT_EQ(entry.path().filename().string().find(".foia-run.tmp-"), std::string::npos)
        << "staging left behind: " << entry.path();
  }
  fs::remove_all(folder);
}

} // namespace
} // namespace foia
