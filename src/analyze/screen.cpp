#include "detail.hpp"

namespace foia::analyze::detail {

void Screen::add(std::size_t group, const RE2& regex) {
  if (!m_set) {
    RE2::Options options;
    options.set_log_errors(false);
    options.set_max_mem(64 << 20);
    m_set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  }
  // The set holds every regex with default options, so only a regex that differs from them in
  // case sensitivity alone can join it, its case carried by an inline flag.
  const RE2::Options& own = regex.options();
  const RE2::Options defaults;
  const bool carried = own.encoding() == defaults.encoding() &&
                       own.posix_syntax() == defaults.posix_syntax() &&
                       own.literal() == defaults.literal() &&
                       own.never_nl() == defaults.never_nl() && own.dot_nl() == defaults.dot_nl();
  if (!regex.ok() || !carried ||
      m_set->Add((own.case_sensitive() ? "(?:" : "(?i:") + regex.pattern() + ")", nullptr) < 0) {
    m_unscreened[group] = true;
    return;
  }
  m_group_of.push_back(group);
}

void Screen::compile() {
  if (m_set && !m_set->Compile()) {
    m_set.reset();
  }
}

std::vector<bool> Screen::matching(std::string_view text) const {
  if (!m_set) {
    return std::vector<bool>(m_unscreened.size(), true);
  }
  std::vector<bool> groups = m_unscreened;
  std::vector<int> matched;
  RE2::Set::ErrorInfo error{};
  if (!m_set->Match(text, &matched, &error) && error.kind != RE2::Set::kNoError) {
    return std::vector<bool>(m_unscreened.size(), true);
  }
  for (const int pattern : matched) {
    groups[m_group_of[static_cast<std::size_t>(pattern)]] = true;
  }
  return groups;
}

} // namespace foia::analyze::detail
