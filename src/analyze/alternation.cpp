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
      if (m_which->Add(pattern->pattern(), nullptr) < 0) {
        m_which.reset();
        break;
      }
    }
    if (m_which && !m_which->Compile()) {
      m_which.reset();
    }
  }
}

std::vector<std::size_t> Alternation::candidates(std::string_view text, std::size_t start) const {
  std::vector<std::size_t> all(m_each.size());
  for (std::size_t i = 0; i < all.size(); ++i) {
    all[i] = i;
  }
  if (!m_which) {
    return all;
  }
  // The set sees the text from `start` on, so a leading \b there reads as if at the start of the
  // text; that can only add candidates, which the anchored match with full context then rejects.
  std::vector<int> matched;
  RE2::Set::ErrorInfo error{};
  if (!m_which->Match(text.substr(start), &matched, &error)) {
    return error.kind == RE2::Set::kNoError ? std::vector<std::size_t>() : all;
  }
  std::vector<std::size_t> indices(matched.begin(), matched.end());
  std::sort(indices.begin(), indices.end());
  return indices;
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
