#include "progress.hpp"

#include <cstdio>
#include <unistd.h>

namespace foia::cli {

ProgressBar::ProgressBar()
    : m_enabled(::isatty(STDERR_FILENO) == 1), m_started(std::chrono::steady_clock::now()) {}

ProgressBar::~ProgressBar() {
  clear();
}

void ProgressBar::update(int pages_done, int pages_known) {
  if (!m_enabled) {
    return;
  }
  const auto now = std::chrono::steady_clock::now();
  if (m_drawn && now - m_last_draw < std::chrono::milliseconds(200) && pages_done < pages_known) {
    return;
  }
  m_last_draw = now;
  const double seconds = std::chrono::duration<double>(now - m_started).count();
  const double rate = seconds > 0 ? pages_done / seconds : 0;
  constexpr int k_width = 30;
  const int filled = pages_known > 0 ? k_width * pages_done / pages_known : 0;
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.resize(k_width, '.');
  const int left = rate > 0 ? static_cast<int>((pages_known - pages_done) / rate) : 0;
  std::fprintf(stderr, "\r[%s] %d/%d pages  %.1f pages/s  %d:%02d left ", bar.c_str(), pages_done,
               pages_known, rate, left / 60, left % 60);
  std::fflush(stderr);
  m_drawn = true;
}

void ProgressBar::clear() {
  if (m_drawn) {
    std::fprintf(stderr, "\r\033[K");
    std::fflush(stderr);
    m_drawn = false;
  }
}

} // namespace foia::cli
