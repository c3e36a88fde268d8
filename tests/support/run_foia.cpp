#include "support/run_foia.hpp"

#include "support/pdf_writer.hpp"

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <sstream>

#include <sys/wait.h>
#include <unistd.h>

namespace foia::test {

RunResult run_foia(const std::vector<std::string>& arguments,
                   const std::map<std::string, std::string>& environment,
                   const std::function<void()>& in_child) {
  const std::string folder = make_temp_dir("foia-run");
  const std::string out_path = folder + "/out";
  const std::string err_path = folder + "/err";
  const pid_t pid = ::fork();
  if (pid < 0) {
    throw std::runtime_error("fork failed");
  }
  if (pid == 0) {
    if (std::freopen(out_path.c_str(), "w", stdout) == nullptr ||
        std::freopen(err_path.c_str(), "w", stderr) == nullptr ||
        std::freopen("/dev/null", "r", stdin) == nullptr) {
      ::_exit(127);
    }
    for (const auto& [name, value] : environment) {
      if (value.empty()) {
        ::unsetenv(name.c_str());
      } else {
        ::setenv(name.c_str(), value.c_str(), 1);
      }
    }
    if (in_child) {
      in_child();
    }
    std::vector<char*> argv;
    std::string binary = FOIA_BINARY;
    argv.push_back(binary.data());
    std::vector<std::string> copies = arguments;
    for (std::string& argument : copies) {
      argv.push_back(argument.data());
    }
    argv.push_back(nullptr);
    ::execv(binary.c_str(), argv.data());
    ::_exit(127);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  RunResult result;
  result.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = read_file(out_path);
  result.err = read_file(err_path);
  std::filesystem::remove_all(folder);
  return result;
}

IngestRun run_ingest(const std::vector<std::string>& arguments) {
  std::vector<std::string> full = {"ingest"};
  full.insert(full.end(), arguments.begin(), arguments.end());
  full.insert(full.end(), {"-o", "-"});
  const RunResult run = run_foia(full);
  IngestRun out{run.exit_status, run.err, {}, {}};
  for (const std::string& line : split_lines(run.out)) {
    record::ParsedRecord parsed = record::parse_record_line(line);
    if (parsed.document) {
      out.documents.push_back(std::move(*parsed.document));
    } else {
      out.pages.push_back(std::move(*parsed.page));
    }
  }
  return out;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);) {
    lines.push_back(line);
  }
  return lines;
}

} // namespace foia::test
