#include "detail.hpp"

#include <stdexcept>

namespace foia::analyze::detail {

void Alternation::add(const std::string& pattern, const std::string& what) {
  RE2::Options options;
  options.set_log_errors(false);
  auto alone = std::make_unique<RE2>(pattern, options);
  if (!alone->ok()) {
    throw std::runtime_error(what + ": not a valid RE2 pattern: " + alone->error());
  }
  m_source += (m_source.empty() ? "(?:" : "|(?:") + pattern + ")";
  m_group_counts.push_back(alone->NumberOfCapturingGroups());
  m_each.push_back(std::move(alone));
}

void Alternation::compile() {
  if (m_each.empty()) {
    return;
  }
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(256 << 20);
  options.set_never_capture(true);
  m_regex = std::make_unique<RE2>(m_source, options);
  if (!m_regex->ok()) {
    throw std::runtime_error("patterns do not combine: " + m_regex->error());
  }
}

bool Alternation::rewrite(std::string& out, std::string_view rewrite, std::size_t index,
                          const re2::StringPiece* groups) const {
  out.clear();
  for (std::size_t i = 0; i < rewrite.size(); ++i) {
    const char c = rewrite[i];
    if (c != '\\' || i + 1 >= rewrite.size()) {
      out += c;
      continue;
    }
    const char next = rewrite[++i];
    if (next == '\\') {
      out += '\\';
    } else if (next >= '0' && next <= '9') {
      const int group = next - '0';
      if (group > m_group_counts[index]) {
        return false;
      }
      out.append(groups[group].data(), groups[group].size());
    } else {
      return false;
    }
  }
  return true;
}

} // namespace foia::analyze::detail
