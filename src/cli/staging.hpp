#pragma once
// The output folder of `foia run` and `foia merge`: files are written in a staging folder beside
// the outputs and moved into place together, so an interrupted command leaves the previous
// outputs or none, never a partial file.

#include "foia/report/summary.hpp"

#include <filesystem>
#include <initializer_list>

namespace foia::cli {

/// A folder `OUT/.foia-run.tmp-PID` where outputs are written under their final names.
/// Creating it removes staging folders of runs whose process is gone (kill -9, power loss);
/// destroying it removes it with whatever it still holds.
class Staging {
public:
  /// Creates OUT and the staging folder; throws std::filesystem::filesystem_error on failure.
  explicit Staging(const std::filesystem::path& out);
  ~Staging();
  Staging(const Staging&) = delete;
  Staging& operator=(const Staging&) = delete;

  /// Where the output `name` is written before it is published.
  std::filesystem::path file(const char* name) const { return m_path / name; }
  /// Where the output `name` ends up: the name its write errors give.
  std::filesystem::path published(const char* name) const { return m_out / name; }

  /// Writes `summary` as summary.json, then moves the staged `outputs` and summary.json last
  /// into OUT, after removing OUT/summary.json and OUT/shard.json (so neither ever sits beside
  /// outputs it does not describe). Unless `quiet`, prints the human summary and the files
  /// written on standard output.
  void publish(std::initializer_list<const char*> outputs, const report::Summary& summary,
               bool quiet) const;

private:
  std::filesystem::path m_out;
  std::filesystem::path m_path;
};

} // namespace foia::cli
