#include "detail.hpp"

#include <algorithm>
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
  if (m_each.size() > 1) {
    RE2::Options set_options;
    set_options.set_log_errors(false);
    set_options.set_max_mem(64 << 20);
    m_which = std::make_unique<RE2::Set>(set_options, RE2::ANCHOR_START);
    for (const auto& pattern : m_each) {
      if (m_which->Add("\\C(?:" + pattern->pattern() + ")", nullptr) < 0) {
        m_which.reset();
        break;
      }
    }
    if (m_which && !m_which->Compile()) {
      m_which.reset();
    }
  }
}

std::size_t Alternation::first_match(std::string_view text, std::size_t start, std::size_t end,
                                     std::vector<int>& matched) const {
  // The set runs from the byte before `start`, so it sees the context a leading \b or ^ needs;
  // at the text's start there is no such byte, and the patterns are tried in order there.
  if (m_which && start > 0) {
    RE2::Set::ErrorInfo error{};
    if (m_which->Match(text.substr(start - 1), &matched, &error) && !matched.empty()) {
      return static_cast<std::size_t>(*std::min_element(matched.begin(), matched.end()));
    }
  }
  // The first pattern that matches there matches [start, end) exactly; when none before the
  // last does, the last is the one.
  for (std::size_t index = 0; index + 1 < m_each.size(); ++index) {
    if (m_each[index]->Match(text, start, end, RE2::ANCHOR_BOTH, nullptr, 0)) {
      return index;
    }
  }
  return m_each.size() - 1;
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
