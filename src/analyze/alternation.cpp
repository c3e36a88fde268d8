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
  m_group_counts.push_back(alone->NumberOfCapturingGroups());
  m_each.push_back(std::move(alone));
}

void Alternation::start_part() {
  m_part_starts.push_back(m_each.size());
}

void Alternation::compile() {
  std::vector<std::size_t> bounds = m_part_starts;
  bounds.push_back(0);
  bounds.push_back(m_each.size());
  std::sort(bounds.begin(), bounds.end());
  bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
  for (std::size_t b = 0; b + 1 < bounds.size(); ++b) {
    Part& part = m_parts.emplace_back();
    part.first = bounds[b];
    part.end = bounds[b + 1];
    std::string source;
    for (std::size_t index = part.first; index < part.end; ++index) {
      source += (source.empty() ? "(?:" : "|(?:") + m_each[index]->pattern() + ")";
    }
    RE2::Options options;
    options.set_log_errors(false);
    options.set_max_mem(256 << 20);
    options.set_never_capture(true);
    part.regex = std::make_unique<RE2>(source, options);
    if (!part.regex->ok()) {
      throw std::runtime_error("patterns do not combine: " + part.regex->error());
    }
    // Of two patterns, one bounded match of the first says which matched, for less than a run
    // of the set.
    if (part.end - part.first > 2) {
      RE2::Options set_options;
      set_options.set_log_errors(false);
      set_options.set_max_mem(64 << 20);
      part.which = std::make_unique<RE2::Set>(set_options, RE2::ANCHOR_START);
      for (std::size_t index = part.first; index < part.end; ++index) {
        if (part.which->Add("\\C(?:" + m_each[index]->pattern() + ")", nullptr) < 0) {
          part.which.reset();
          break;
        }
      }
      if (part.which && !part.which->Compile()) {
        part.which.reset();
      }
    }
  }
}

bool Alternation::next_match(std::string_view text, std::size_t position,
                             const std::vector<KnownMatches>* known, std::vector<Found>& next,
                             std::size_t& part) const {
  // A part's match found from an earlier position stands while it starts at `position` or later:
  // a search from there finds nothing before it, and the same match at its start. Of the parts'
  // matches the leftmost is the next, and of two at one start the earlier part's, whose
  // patterns come first.
  part = m_parts.size();
  for (std::size_t p = 0; p < m_parts.size(); ++p) {
    Found& found = next[p];
    if (known != nullptr && (*known)[p].known) {
      const std::vector<NameFinder::Match>& matches = (*known)[p].matches;
      while (found.known < matches.size() && matches[found.known].start < position) {
        ++found.known;
      }
      found.any = found.known < matches.size();
      if (found.any) {
        found.start = matches[found.known].start;
        found.end = matches[found.known].end;
        found.index = matches[found.known].index;
      }
    } else if (!found.searched || (found.any && found.start < position)) {
      re2::StringPiece whole;
      found.searched = true;
      found.any = m_parts[p].regex->Match(text, position, text.size(), RE2::UNANCHORED, &whole, 1);
      found.start = found.any ? static_cast<std::size_t>(whole.data() - text.data()) : 0;
      found.end = found.start + whole.size();
    }
    if (found.any && (part == m_parts.size() || found.start < next[part].start)) {
      part = p;
    }
  }
  return part < m_parts.size();
}

std::size_t Alternation::first_match(const Part& part, std::string_view text, std::size_t start,
                                     std::size_t end, std::vector<int>& matched) const {
  // The set runs from the byte before `start`, so it sees the context a leading \b or ^ needs;
  // at the text's start there is no such byte, and the patterns are tried in order there.
  if (part.which && start > 0) {
    RE2::Set::ErrorInfo error{};
    if (part.which->Match(text.substr(start - 1), &matched, &error) && !matched.empty()) {
      return part.first +
             static_cast<std::size_t>(*std::min_element(matched.begin(), matched.end()));
    }
  }
  // The first pattern that matches there matches [start, end) exactly; when none before the
  // part's last does, the last is the one.
  for (std::size_t index = part.first; index + 1 < part.end; ++index) {
    if (m_each[index]->Match(text, start, end, RE2::ANCHOR_BOTH, nullptr, 0)) {
      return index;
    }
  }
  return part.end - 1;
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
