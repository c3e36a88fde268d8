#pragma once

#include <chrono>
#include <string>

namespace foia::cli {

/// A one-line progress bar on stderr: pages done, pages per second, time left. Silent when
/// stderr is not a terminal, so logs and CI output stay clean; no colour either way.
class ProgressBar {
public:
  ProgressBar();
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  /// Redraws at most a few times a second.
  void update(int pages_done, int pages_known);
  /// Erases the bar so the next message starts on a clean line.
  void clear();

private:
  bool m_enabled = false;
  bool m_drawn = false;
  std::chrono::steady_clock::time_point m_started;
  std::chrono::steady_clock::time_point m_last_draw;
};

} // namespace foia::cli
