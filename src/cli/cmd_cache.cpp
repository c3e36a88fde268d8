#include "command.hpp"
#include "exit_status.hpp"
#include "ingest_options.hpp"

#include "foia/ingest/cache.hpp"

#include <chrono>
#include <ctime>
#include <iostream>
#include <memory>
#include <sstream>

namespace foia::cli {

namespace {

std::string utc_time(std::filesystem::file_time_type time) {
  const std::time_t seconds =
      std::chrono::system_clock::to_time_t(std::chrono::file_clock::to_sys(time));
  std::tm parts{};
  ::gmtime_r(&seconds, &parts);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return text;
}

std::string size_text(std::uintmax_t bytes) {
  std::ostringstream text;
  text << bytes << " bytes";
  if (bytes >= 1024 * 1024) {
    text.precision(1);
    text << std::fixed << " (" << static_cast<double>(bytes) / (1024.0 * 1024.0) << " MiB)";
  }
  return text.str();
}

} // namespace

Action setup_cache(CLI::App& command) {
  auto folder = std::make_shared<std::string>();
  command.require_subcommand(1);
  CLI::App* stats = command.add_subcommand("stats", "entries, bytes and dates of the cache");
  CLI::App* clear = command.add_subcommand("clear", "remove every entry of the cache");
  for (CLI::App* sub : {stats, clear}) {
    sub->add_option("--cache", *folder,
                    std::string("cache folder (default: ") + k_cache_default_help + ")");
  }
  command.footer("Example:\n  foia cache stats\n  foia cache clear --cache /scratch/foia-cache\n"
                 "Exit status: 0 done, 1 fatal, 2 usage.");
  return [folder, stats] {
    const std::string path = folder->empty() ? default_cache_folder() : *folder;
    if (path.empty()) {
      throw CLI::ValidationError("no cache folder: pass --cache DIR or set FOIA_CACHE_DIR");
    }
    if (stats->parsed()) {
      const ingest::CacheStats found = ingest::RecordCache::stats(path);
      std::cout << "cache: " << path << "\n"
                << "entries: " << found.entries << ", " << size_text(found.bytes) << "\n";
      if (found.oldest) {
        std::cout << "oldest: " << utc_time(*found.oldest) << "\n"
                  << "newest: " << utc_time(*found.newest) << "\n";
      }
      if (found.temporary_files > 0) {
        std::cout << "unfinished: " << found.temporary_files
                  << " temporary files left by interrupted runs ('foia cache clear' removes "
                     "them)\n";
      }
      return k_exit_ok;
    }
    const ingest::CacheStats removed = ingest::RecordCache::clear(path);
    std::cout << "removed " << removed.entries << " entries, " << size_text(removed.bytes)
              << ", from " << path << "\n";
    return k_exit_ok;
  };
}

} // namespace foia::cli
