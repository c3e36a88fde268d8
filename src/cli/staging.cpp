#include "staging.hpp"

#include "foia/record/io.hpp"

#include <algorithm>
#include <iostream>
#include <string>
#include <string_view>

#include <csignal>
#include <unistd.h>

namespace foia::cli {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view k_staging_prefix = ".foia-run.tmp-";

// Staging folders left by runs that were killed (kill -9, power loss): their process is gone.
void remove_abandoned_staging(const fs::path& out) {
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(out, error)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with(k_staging_prefix)) {
      continue;
    }
    const std::string pid = name.substr(k_staging_prefix.size());
    const bool numeric =
        !pid.empty() && pid.size() < 10 &&
        std::all_of(pid.begin(), pid.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool alive = numeric && ::kill(static_cast<pid_t>(std::stol(pid)), 0) == 0;
    if (!alive) {
      std::error_code ignored;
      fs::remove_all(entry.path(), ignored);
    }
  }
}

} // namespace

Staging::Staging(const fs::path& out)
    : m_out(out), m_path(out / (std::string(k_staging_prefix) + std::to_string(::getpid()))) {
  fs::create_directories(out);
  remove_abandoned_staging(out);
  fs::remove_all(m_path);
  fs::create_directories(m_path);
}

Staging::~Staging() {
  std::error_code ignored;
  fs::remove_all(m_path, ignored);
}

void Staging::publish(std::initializer_list<const char*> outputs, const report::Summary& summary,
                      bool quiet) const {
  {
    record::OutputFile summary_file(file("summary.json").string(),
                                    published("summary.json").string());
    report::write_summary(summary, summary_file);
    summary_file.commit();
  }
  fs::remove(m_out / "summary.json");
  fs::remove(m_out / "shard.json");
  for (const char* name : outputs) {
    fs::rename(file(name), m_out / name);
  }
  fs::rename(file("summary.json"), m_out / "summary.json");
  if (!quiet) {
    std::cout << report::human_summary(summary) << "written: " << (m_out / "summary.json").string()
              << ", " << (m_out / "tags.jsonl").string() << ", "
              << (m_out / "records.jsonl").string() << '\n';
  }
}

} // namespace foia::cli
