// FOIA exemption codes and pattern rules (Bates stamps and user-defined kinds).

#include "detail.hpp"

#include <algorithm>
#include <stdexcept>

namespace foia::analyze::detail {

namespace {

char to_upper(char c) {
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

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
  // captures the exemption number and the subparagraph letters. A subparagraph sits on the same
  // line; a lowercase "(b)" after a code is the next code ("(b)(5)(b)(6)"), a capital "(B)" is a
  // subparagraph ("(b)(7)(B)"), as printed on redactions.
  m_exemptions.add(R"(\(\s*[bB]\s*\)\s*\(\s*([1-9])\s*\)((?:[ ]?\([ ]?(?:[ac-fAC-F]|B)[ ]?\))*))",
                   "exemption");
  m_exemptions.add(R"(\bb\(([1-9])\)((?:\((?:[ac-fAC-F]|B)\))*))", "exemption");
  m_exemptions.add(R"(\b[bB]([1-9])(\([a-fA-F]\)|[a-fA-F]?)\b)", "exemption");
  m_exemptions.add(R"(\b[Ee]xemptions?\s+([1-9])((?:\s*\([A-Fa-f]\))?)\b)", "exemption");
  m_exemptions.compile();
  // One pass per kind: patterns of one kind compete for the text, different kinds do not.
  for (std::size_t i = 0; i < rules.patterns.size(); ++i) {
    const PatternRule& rule = rules.patterns[i];
    auto same_kind = std::find_if(m_kinds.begin(), m_kinds.end(),
                                  [&](const KindPatterns& kind) { return kind.kind == rule.kind; });
    if (same_kind == m_kinds.end()) {
      m_kinds.push_back({rule.kind, {}, std::make_unique<Alternation>()});
      same_kind = m_kinds.end() - 1;
    }
    same_kind->rules.push_back(rule);
    same_kind->patterns->add(rule.regex, "patterns[" + std::to_string(i) + "] (" + rule.kind + ")");
  }
  for (KindPatterns& kind : m_kinds) {
    kind.patterns->compile();
  }
}

void MarkerTagger::find_exemptions(std::string_view text, std::vector<Candidate>& out) const {
  m_exemptions.for_each(text, [&](std::size_t, const re2::StringPiece* captures) {
    const auto start = static_cast<std::size_t>(captures[0].data() - text.data());
    const std::size_t end = start + captures[0].size();
    // A subsection glued to a section's number cites the statute or a rule ("5 U.S.C.
    // 552(b)(5)", "Fed. R. Civ. P. 12(b)(1)"); a redaction's code stands on its own.
    if (start > 0 && is_digit(text[start - 1])) {
      return true;
    }
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
    out.push_back({"exemption", start, end, value, std::nullopt, record::Json::object()});
    return true;
  });
}

void MarkerTagger::add_to(Screen& screen, std::size_t exemptions, std::size_t patterns) const {
  if (const RE2* regex = m_exemptions.regex()) {
    screen.add(exemptions, *regex);
  }
  for (const KindPatterns& kind : m_kinds) {
    if (const RE2* regex = kind.patterns->regex()) {
      screen.add(patterns, *regex);
    }
  }
}

void MarkerTagger::find_patterns(std::string_view text, std::vector<Candidate>& out) const {
  for (const KindPatterns& kind : m_kinds) {
    kind.patterns->for_each(text, [&](std::size_t index, const re2::StringPiece* captures) {
      const auto start = static_cast<std::size_t>(captures[0].data() - text.data());
      const std::size_t end = start + captures[0].size();
      std::string value;
      if (end == start ||
          !kind.patterns->rewrite(value, kind.rules[index].value, index, captures)) {
        return false;
      }
      Candidate candidate{
          kind.kind, start, end, collapse_space(value), std::nullopt, record::Json::object()};
      if (kind.rules[index].confidence >= 0) {
        candidate.confidence = kind.rules[index].confidence;
      }
      out.push_back(std::move(candidate));
      return true;
    });
  }
}

} // namespace foia::analyze::detail
