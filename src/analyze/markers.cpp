// FOIA exemption codes and pattern rules (Bates stamps and user-defined kinds).

#include "detail.hpp"

#include <stdexcept>

namespace foia::analyze::detail {

namespace {

std::unique_ptr<RE2> compile(const std::string& source, const std::string& what) {
  RE2::Options options;
  options.set_log_errors(false);
  auto regex = std::make_unique<RE2>(source, options);
  if (!regex->ok()) {
    throw std::runtime_error(what + ": not a valid RE2 pattern: " + regex->error());
  }
  return regex;
}

char to_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

} // namespace

std::string collapse_space(std::string_view text) {
  std::string collapsed;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !collapsed.empty();
      continue;
    }
    if (space) {
      collapsed += ' ';
      space = false;
    }
    collapsed += c;
  }
  return collapsed;
}

MarkerTagger::MarkerTagger(const RulePack& rules) {
  // Exemptions are fixed by statute (5 U.S.C. 552(b)(1)-(9)), so they live in code. Each form
  // captures the exemption number and the subparagraph letters.
  m_exemption_patterns.push_back(
      compile(R"((?i)\(\s*b\s*\)\s*\(\s*([1-9])\s*\)((?:\s*\(\s*[a-f]\s*\))*))", "exemption"));
  m_exemption_patterns.push_back(compile(R"(\bb\(([1-9])\)((?:\([a-fA-F]\))*))", "exemption"));
  m_exemption_patterns.push_back(compile(R"(\b[bB]([1-9])(\([a-fA-F]\)|[a-fA-F]?)\b)", "exemption"));
  m_exemption_patterns.push_back(
      compile(R"(\b[Ee]xemptions?\s+([1-9])((?:\s*\([A-Fa-f]\))?)\b)", "exemption"));
  for (std::size_t i = 0; i < rules.patterns.size(); ++i) {
    m_patterns.push_back({rules.patterns[i],
                          compile(rules.patterns[i].regex, "patterns[" + std::to_string(i) + "] (" +
                                                               rules.patterns[i].kind + ")")});
  }
}

void MarkerTagger::find_exemptions(std::string_view text, std::vector<Candidate>& out) const {
  std::vector<std::pair<std::size_t, std::size_t>> claimed;
  for (std::size_t form = 0; form < m_exemption_patterns.size(); ++form) {
    const RE2& regex = *m_exemption_patterns[form];
    re2::StringPiece captures[3];
    std::size_t position = 0;
    while (position < text.size() &&
           regex.Match(text, position, text.size(), RE2::UNANCHORED, captures, 3)) {
      const std::size_t start = static_cast<std::size_t>(captures[0].data() - text.data());
      const std::size_t end = start + captures[0].size();
      position = end > start ? end : start + 1;
      bool overlaps = false;
      for (const auto& [kept_start, kept_end] : claimed) {
        overlaps = overlaps || (start < kept_end && kept_start < end);
      }
      if (overlaps) {
        continue;
      }
      // The short form "b6" needs a word boundary the regex cannot see past: not "b6a1f" hex.
      std::string value = "(b)(";
      value += captures[1].data()[0];
      value += ')';
      for (char c : std::string_view(captures[2].data(), captures[2].size())) {
        if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) {
          value += '(';
          value += to_upper(c);
          value += ')';
        }
      }
      claimed.emplace_back(start, end);
      out.push_back({"exemption", start, end, value, std::nullopt, record::Json::object()});
    }
  }
}

void MarkerTagger::find_patterns(std::string_view text, std::vector<Candidate>& out) const {
  for (const CompiledPattern& pattern : m_patterns) {
    const RE2& regex = *pattern.regex;
    const int groups = std::min(9, regex.NumberOfCapturingGroups());
    re2::StringPiece captures[10];
    std::size_t position = 0;
    while (position < text.size() &&
           regex.Match(text, position, text.size(), RE2::UNANCHORED, captures, groups + 1)) {
      const std::size_t start = static_cast<std::size_t>(captures[0].data() - text.data());
      const std::size_t end = start + captures[0].size();
      position = end > start ? end : start + 1;
      if (end == start) {
        continue;
      }
      std::string value;
      if (!regex.Rewrite(&value, pattern.rule.value, captures, groups + 1)) {
        continue;
      }
      Candidate candidate{pattern.rule.kind, start, end, collapse_space(value), std::nullopt,
                          record::Json::object()};
      if (pattern.rule.confidence >= 0) {
        candidate.confidence = pattern.rule.confidence;
      }
      out.push_back(std::move(candidate));
    }
  }
}

} // namespace foia::analyze::detail
