// The analyze stage's driver: normalizes a page, runs every tagger, resolves what needs the
// document's context (inferred years, who is speaking and when), and maps offsets back.

#include "foia/analyze/analyzer.hpp"

#include "page_facts.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <stdexcept>

namespace foia::analyze {

using detail::Candidate;
using record::Json;

using detail::first_from;
using detail::iso;
using detail::LazyRegex;
using detail::MessageCursor;
using detail::PageFacts;
using detail::trim;

struct Analyzer::Impl {
  RulePack rules;
  detail::DateTagger dates;
  detail::AgencyTagger agencies;
  detail::MarkerTagger markers;
  std::vector<detail::StanceTagger> stances;
  std::unordered_set<std::string> abbreviations;
  KnownWords known_words; ///< every word of the rules: an OCR-split word joins only into one
  RE2 closing{R"((?i)\b(?:sincerely|respectfully(?: submitted)?|regards|cordially)\b)"};
  /// The page scans that find nothing on most pages, screened together: closings, exemptions,
  /// pattern rules, state names, then each stance's topic names, topic acronyms, triggers and
  /// leave triggers (see the k_ groups).
  detail::Screen screen;

  static constexpr std::size_t k_closings = 0;
  static constexpr std::size_t k_exemptions = 1;
  static constexpr std::size_t k_patterns = 2;
  static constexpr std::size_t k_states = 3;
  static std::size_t k_topic(std::size_t stance) { return 4 + 4 * stance; }
  static std::size_t k_topic_acronyms(std::size_t stance) { return 5 + 4 * stance; }
  static std::size_t k_triggers(std::size_t stance, bool leave_only) {
    return 6 + 4 * stance + (leave_only ? 1 : 0);
  }

  explicit Impl(RulePack pack)
      : rules(std::move(pack)), dates(rules), agencies(rules), markers(rules),
        known_words(rule_words(rules)), screen(k_topic(rules.stances.size())) {
    for (const StanceRule& stance : rules.stances) {
      stances.emplace_back(stance);
    }
    abbreviations.insert(rules.abbreviations.begin(), rules.abbreviations.end());
    screen.add(k_closings, closing);
    markers.add_to(screen, k_exemptions, k_patterns);
    agencies.add_to(screen, k_states);
    for (std::size_t i = 0; i < stances.size(); ++i) {
      stances[i].add_to(screen, k_topic(i), k_topic_acronyms(i), k_triggers(i, false),
                        k_triggers(i, true));
    }
    screen.compile();
  }

  static KnownWords rule_words(const RulePack& rules);

  /// Stance tags, sentence by sentence, with who said it and when. `matching`: the screen's
  /// groups that match on the page.
  void add_stances(const PageFacts& facts, const detail::WordBytes& words,
                   const std::vector<bool>& matching, DocumentContext& context,
                   std::vector<Candidate>& out) const;
};

namespace {

// Date tags; a year the text left out comes from the current message's or document's date.
void add_dates(const PageFacts& facts, DocumentContext& context, std::vector<Candidate>& out) {
  // "from June 2 to June 4, 2011", "3/28 - 4/15/11": a range's first end takes the year of its
  // last.
  static const LazyRegex k_range(R"((?i)\s*(?:to|through|thru|until|and|-|–|—)\s*)");
  MessageCursor cursor(facts, context);
  std::string last_dated;
  for (auto date = facts.dates.begin(); date != facts.dates.end(); ++date) {
    Json extra = Json::object();
    std::string value;
    bool inferred = false;
    const auto next = date + 1;
    if (date->year == 0 && next != facts.dates.end() && next->year != 0 && next->month != 0 &&
        next->start - date->end <= 12 &&
        RE2::FullMatch(facts.text.substr(date->end, next->start - date->end), *k_range)) {
      value = detail::iso_date(next->year, date->month, date->day);
      inferred = true;
    } else if (date->year == 0) {
      cursor.advance_to(date->start);
      std::string reference = cursor.date().empty() ? context.date : cursor.date();
      if (reference.empty()) {
        reference = last_dated.empty() ? context.last_date : last_dated;
      }
      const int year = detail::nearest_year(date->month, date->day, reference);
      value = detail::iso_date(year, date->month, date->day);
      inferred = year != 0;
    } else {
      value = iso(*date);
      last_dated = value;
    }
    extra["inferred"] = inferred;
    extra["fiscal"] = date->fiscal;
    out.push_back(
        {"date", date->start, date->end, std::move(value), std::nullopt, std::move(extra)});
  }
  if (!last_dated.empty()) {
    context.last_date = last_dated;
  }
}

// Whether a speech verb's subject opens with "the agency" ("The agency's fact sheet", "the
// agency itself"): an agency named before, not a new one.
bool refers_to_agency(std::string_view subject) {
  subject = trim(subject);
  return subject.size() >= 10 && (subject[0] == 'T' || subject[0] == 't') &&
         subject.substr(1, 9) == "he agency" &&
         (subject.size() == 10 || subject[10] == ' ' || subject[10] == '\'');
}

// Whether `before` ends in a word that opens a condition ("if", "unless"), so that what the next
// words say is supposed, not said.
bool after_condition(std::string_view before) {
  static const LazyRegex k_condition(R"((?i)\b(?:if|unless|until|whether|should)\s+$)");
  const std::size_t from = before.size() > 12 ? before.size() - 12 : 0;
  return RE2::PartialMatch(before.substr(from), *k_condition);
}

// "one field office told the Sheriff's Office that it could 'stay out for now'; six days later,
// another told the same office that it 'had no choice'": a sentence whose parts between
// semicolons take opposite positions makes a statement of each part.
// Only sentences holding one of `triggers` (offsets, sorted) are looked at.
std::vector<detail::Sentence> split_opposite_answers(const detail::StanceTagger& stance,
                                                     std::string_view text,
                                                     const std::vector<detail::Sentence>& sentences,
                                                     const std::vector<std::size_t>& triggers,
                                                     bool on_topic) {
  std::vector<detail::Sentence> units;
  units.reserve(sentences.size());
  for (const detail::Sentence& sentence : sentences) {
    const std::string_view sentence_text =
        text.substr(sentence.start, sentence.end - sentence.start);
    const auto trigger = std::lower_bound(triggers.begin(), triggers.end(), sentence.start);
    if (trigger == triggers.end() || *trigger >= sentence.end ||
        sentence_text.find(';') == std::string_view::npos) {
      units.push_back(sentence);
      continue;
    }
    std::vector<detail::Sentence> parts;
    bool available = false;
    bool unavailable = false;
    for (std::size_t begin = sentence.start; begin < sentence.end;) {
      std::size_t end = text.find(';', begin);
      end = end == std::string_view::npos || end >= sentence.end ? sentence.end : end + 1;
      std::size_t first = begin;
      while (first < end && (text[first] == ' ' || text[first] == '\n')) {
        ++first;
      }
      if (first < end) {
        parts.push_back({first, end});
        const detail::StanceResult part =
            stance.classify(text.substr(first, end - first), on_topic);
        available = available || (part.relevant && part.value == "available");
        unavailable = unavailable || (part.relevant && part.value == "unavailable");
      }
      begin = end;
    }
    if (available && unavailable) {
      units.insert(units.end(), parts.begin(), parts.end());
    } else {
      units.push_back(sentence);
    }
  }
  return units;
}

// The stance of a sentence that only takes up the statement before it ("It is not.", "That
// is correct.", "... was told that it could not"), or none.
detail::StanceResult follow_up(detail::FollowUp how, int previous_leaning) {
  detail::StanceResult result;
  int position = 0;
  switch (how) {
  case detail::FollowUp::denies:
    position = -previous_leaning;
    break;
  case detail::FollowUp::affirms:
    position = previous_leaning;
    break;
  case detail::FollowUp::answers_no:
    position = -1;
    break;
  case detail::FollowUp::answers_yes:
    position = 1;
    break;
  case detail::FollowUp::asks:
    result.relevant = true;
    result.value = "unclear";
    result.confidence = 0.5;
    return result;
  case detail::FollowUp::none:
    break;
  }
  if (position == 0) {
    return result;
  }
  result.relevant = true;
  result.value = position > 0 ? "available" : "unavailable";
  result.confidence = 0.6;
  result.leaning = position;
  return result;
}

// Whether the agency at `offset` opens the sentence, after a bullet, a "Q."/"A." label, a
// number such as "(1)" or a table row's ("47   ICE Director, ..."), a year ("* 2010 ICE slide
// ..."), a conjunction, an opening phrase of up to four words set off by a comma and an article
// at most ("So ICE's answer is ...", "- The ICE representative said", "On information and
// belief, ICE has never ..."): it is the sentence's subject.
bool leads_sentence(std::string_view sentence, std::size_t offset) {
  static const LazyRegex k_lead(
      R"((?i)^[\s\-*>]*(?:[QA]\s*[.:]\s*)?(?:\(?\d{1,2}[.)]\s*|\d{1,3}[ \t]{2,})?(?:(?:19|20)\d\d\s+)?(?:(?:so|but|and|then|however|also),?\s+)?(?:(?:\w+\s+){0,3}\w+,\s+)?(?:(?:the|an?)\s+)?$)");
  return offset <= sentence.size() && RE2::FullMatch(sentence.substr(0, offset), *k_lead);
}

// The words naming who spoke a quotation, after its closing quote and a speech verb: in
// "\"... off switch,\" said ICE spokeswoman Elena Marsh", the byte range of "ICE spokeswoman
// Elena Marsh" (to the sentence's end or the next comma); nullopt when the sentence has none.
std::optional<std::pair<std::size_t, std::size_t>> quotation_speaker(std::string_view sentence) {
  static const LazyRegex k_attribution(
      R"([,.?!]["']\s+(?:said|says|added|asked|wrote|explained|told|replied|stated|insisted)\s+([^,.;"]{2,80}))");
  re2::StringPiece name;
  if (!RE2::PartialMatch(sentence, *k_attribution, &name)) {
    return std::nullopt;
  }
  const auto begin = static_cast<std::size_t>(name.data() - sentence.data());
  return std::make_pair(begin, begin + name.size());
}

// Whether the agency at [start, end) of `sentence` is a bracketed label opening it, as inline
// replies are marked ("[ICE] NO, THE COUNTY CANNOT BE TURNED OFF.").
bool labels_reply(std::string_view sentence, std::size_t start, std::size_t end) {
  std::size_t open = 0;
  while (open < sentence.size() && (sentence[open] == ' ' || sentence[open] == '>')) {
    ++open;
  }
  return open + 1 == start && sentence[open] == '[' && end < sentence.size() &&
         sentence[end] == ']';
}

// Whether the sentence is a question quoted whole, after no more than a label
// ('4. "May our agency decline to participate?"', 'Slide 5 | "Can a county say no?"'; curly
// quotes are straight by now): a question someone put to the author, not the author's.
bool quoted_question(std::string_view sentence) {
  while (!sentence.empty() && (sentence.back() == ' ' || sentence.back() == '\n')) {
    sentence.remove_suffix(1);
  }
  const std::size_t open = sentence.find('"');
  if (!sentence.ends_with("?\"") || open + 2 >= sentence.size() ||
      sentence.find('"', open + 1) != sentence.size() - 1) {
    return false;
  }
  // The lead is a label: up to three words, each capitalised ("Slide 5 |", "Q4:", "* ").
  int words = 0;
  for (std::size_t i = 0; i < open; ++i) {
    const bool letter = std::isalpha(static_cast<unsigned char>(sentence[i])) != 0;
    if (letter && (i == 0 || std::isalpha(static_cast<unsigned char>(sentence[i - 1])) == 0) &&
        (++words > 3 || (sentence[i] >= 'a' && sentence[i] <= 'z'))) {
      return false;
    }
  }
  return true;
}

// Whether the agency at `offset` opens a line that introduces a quotation or a paraphrase after
// a colon: "- ICE fact sheet, August 2010: \"If a jurisdiction ...\"", "DHS, in a letter to a
// member of Congress on Sept. 7, 2010: DHS will work with ...".
bool introduces_quote(std::string_view sentence, std::size_t offset) {
  if (!leads_sentence(sentence, offset)) {
    return false;
  }
  const std::size_t colon = sentence.find(':', offset);
  if (colon == std::string_view::npos || colon - offset > 90) {
    return false;
  }
  // A colon after a clause of its own ("ICE is clear: ...") is the agency speaking too; a
  // colon that only ends a time ("10:30") is not one.
  return colon + 1 < sentence.size() && (sentence[colon + 1] == ' ' || sentence[colon + 1] == '\n');
}

// A message answered inline: the quoted message under a reply that says its answers are inline
// ("My answers are inline below, marked [ICE].", "answers inline below in CAPS"), whose
// bracketed or capitalised paragraphs are the reply's sender's, on the reply's date.
struct InlineReply {
  std::size_t begin = 0; // the quoted message: its From: header
  std::size_t end = 0;   // the next From: header, or the page's end
  std::string agency;
  std::string date;
};

std::vector<InlineReply> inline_replies(const PageFacts& facts) {
  static const LazyRegex k_inline(R"((?i)\b(?:in-?line|interleaved)\b)");
  std::vector<InlineReply> replies;
  const std::string_view text = facts.text;
  std::vector<std::size_t> froms; // indices into facts.headers
  for (std::size_t i = 0; i < facts.headers.size(); ++i) {
    if (facts.headers[i].field == "From") {
      froms.push_back(i);
    }
  }
  for (std::size_t m = 0; m + 1 < froms.size(); ++m) {
    const std::size_t begin = facts.headers[froms[m]].start;
    const std::size_t quoted = facts.headers[froms[m + 1]].start;
    if (!RE2::PartialMatch(text.substr(begin, quoted - begin), *k_inline)) {
      continue;
    }
    InlineReply reply;
    reply.begin = quoted;
    reply.end = m + 2 < froms.size() ? facts.headers[froms[m + 2]].start : text.size();
    reply.agency = facts.header_agencies[froms[m]];
    if (reply.agency.empty()) {
      reply.agency = detail::message_signature(facts, begin);
    }
    // Else the last agency the reply names, its sender's signature block as a rule
    // ("Secure Communities, U.S. Immigration and Customs Enforcement").
    if (reply.agency.empty()) {
      for (auto agency = first_from(facts.agencies, begin);
           agency != facts.agencies.end() && agency->end <= quoted; ++agency) {
        reply.agency = agency->value;
      }
    }
    for (std::size_t h = froms[m] + 1; h < froms[m + 1] && reply.date.empty(); ++h) {
      reply.date = facts.header_dates[h];
    }
    replies.push_back(std::move(reply));
  }
  return replies;
}

// Whether the paragraph holding `at` opens with a bracketed label ("[ICE] A letter will be
// accepted ...") or is in capitals ("NO - IT CANNOT BE SWITCHED OFF ..."): an inline answer.
bool marked_as_answer(std::string_view text, std::size_t at) {
  // The paragraph: the lines around `at` up to a blank line, quoted (">") or not.
  const auto blank = [&](std::size_t line) {
    return trim(text.substr(line, detail::line_end(text, line) - line)).find_first_not_of('>') ==
           std::string_view::npos;
  };
  std::size_t begin = detail::line_begin(text, at);
  while (begin > 0 && !blank(detail::line_begin(text, begin - 1))) {
    begin = detail::line_begin(text, begin - 1);
  }
  std::size_t end = detail::line_end(text, at);
  while (end + 1 < text.size() && !blank(end + 1)) {
    end = detail::line_end(text, end + 1);
  }
  const std::string_view paragraph = text.substr(begin, end - begin);
  const std::size_t first = paragraph.find_first_not_of(" \t\n>");
  if (first != std::string_view::npos && paragraph[first] == '[') {
    return true;
  }
  std::size_t capitals = 0;
  for (const char c : paragraph) {
    if (c >= 'a' && c <= 'z') {
      return false;
    }
    capitals += c >= 'A' && c <= 'Z' ? 1U : 0U;
  }
  return capitals >= 12;
}

// Whether a stamp stands where Bates numbers are printed: last on its line, or on one of the
// page's first or last three lines. An identifier inside a table row or a sentence ("WA0010000
// King County   activated 06/2010") only looks like one.
bool in_margin(std::string_view text, const Candidate& stamp) {
  const std::size_t end = detail::line_end(text, stamp.end);
  const std::size_t begin = detail::line_begin(text, stamp.start);
  const std::string_view before = trim(text.substr(begin, stamp.start - begin));
  // A field's value ("ORI: NE0280400", "Number:   CHG0011482") is no stamp, unless the field
  // is the page's Bates number ("Bates No.: DHS-SC-012345").
  if (!before.empty() && before.back() == ':' &&
      before.substr(before.size() - std::min<std::size_t>(before.size(), 12)).find("Bates") ==
          std::string_view::npos) {
    return false;
  }
  if (trim(text.substr(stamp.end, end - stamp.end)).empty()) {
    return true;
  }
  auto lines_between = [&](std::size_t from, std::size_t to) {
    int lines = 0;
    for (std::size_t at = from; at < to; ++at) {
      lines += text[at] == '\n' && at + 1 < to && text[at + 1] != '\n' ? 1 : 0;
    }
    return lines;
  };
  // In a top or bottom line a record number that words go on from ("CHG0011482 (continued)",
  // "INC0098812  Live Scan transmission timeouts") is no stamp.
  static const LazyRegex k_words_after(R"(^ {0,2}[^ ][^\n]*?\b[a-z]{3,})");
  std::string_view after = text.substr(stamp.end, end - stamp.end);
  after = after.substr(0, std::min(after.size(), after.find("   ", 1)));
  if (RE2::PartialMatch(after, *k_words_after)) {
    return false;
  }
  const std::string_view page = trim(text);
  const auto page_start = static_cast<std::size_t>(page.data() - text.data());
  return lines_between(page_start, stamp.start) < 3 ||
         lines_between(end, page_start + page.size()) < 3;
}

// Where the entry holding the line at `at` starts: the line itself, or the bullet it continues
// ("   * Tue 04/05/2011 - Kestrel County. SDDO met ...\n     advised that ..."): the lines
// above it, with no blank line between, indented deeper than that bullet's marker.
std::size_t entry_begin(std::string_view text, std::size_t at) {
  auto indent = [&](std::size_t line) {
    std::size_t end = line;
    while (end < text.size() && text[end] == ' ') {
      ++end;
    }
    return end - line;
  };
  // A bullet, or an entry's number ("1  Mon 10/18/2010 7:52a  ...") or identifier, a table's
  // first column ("VI-01  08/12/2010  3    Email, ...").
  static const LazyRegex k_identifier(R"(^[A-Z]{1,4}-?\d{1,4}[ \t]{2})");
  auto is_marker = [&](std::size_t from) {
    const char c = text[from];
    return c == '-' || c == '*' || c == '>' || (c >= '0' && c <= '9') ||
           (c >= 'A' && c <= 'Z' &&
            RE2::PartialMatch(text.substr(from, std::min<std::size_t>(12, text.size() - from)),
                              *k_identifier));
  };
  const std::size_t own = detail::line_begin(text, at);
  std::size_t depth = indent(own);
  if (own + depth >= text.size() || is_marker(own + depth) || depth == 0) {
    return own;
  }
  std::size_t line = own;
  for (int up = 0; up < 8 && line > 0; ++up) {
    line = detail::line_begin(text, line - 1);
    const std::size_t line_depth = indent(line);
    if (line + line_depth >= text.size() || text[line + line_depth] == '\n') {
      break; // a blank line
    }
    if (line_depth < depth) {
      // A sub-entry's label ("  Description:" under "R-15   Risk   02/22/2011") belongs to
      // the entry above it, indented less again.
      if (is_marker(line + line_depth)) {
        return line;
      }
      if (line_depth == 0) {
        return own;
      }
      depth = line_depth;
    }
  }
  return own;
}

// The date that opens the line `at` is on, after bullets, brackets, an entry's number and spaces
// ("- 3/14: ...", "03/14/2011 -- ...", "(Mon 3/14) ...", "[4] 6/3 OSLTC -- ..."), its year from
// `reference` when it has none; "" when the line opens with no date.
std::string entry_date(const PageFacts& facts, std::size_t at, const std::string& reference) {
  // An identifier may be followed by a one-word column before the date ("R-04   Risk
  // 06/15/2009   Deployment").
  // So may a request's number with its year ("11-0088  02/07/11  Wickersham Ledger").
  static const LazyRegex k_number(
      R"((?:\[\d{1,3}\]|\d{1,3}[.)]|(?:[A-Z]{1,4}-?\d{1,4}(?:[ \t]{2,}[A-Z][a-z]{1,11})?|\d{2}-\d{3,5}|\d{1,3})[ \t]{2})\s*)");
  // A part of the entry labelled with its own date ("  Response (10/15/2010): Superseded."):
  // the indented lines from its label down take that date. So does a dated note under an entry
  // ("   Notes:  02/14/11 jt  No responsive records ...", "           01/27/11 jt  Produced").
  static const LazyRegex k_dated_label(R"(^[ \t]+[A-Z][A-Za-z]{2,20}[ \t]?\($)");
  // A note's label, not a stamp's ("Printed:", "Received:" date the page, not what it says).
  static const LazyRegex k_dated_note(
      R"(^[ \t]+(?:(?:Notes?|Comments?|Remarks?|Action|Update|Reply|Entry|Log):[ \t]+)?$)");
  // So does a heading at the left that ends with its date, over the indented lines under it
  // ("Answer 4 as issued in v1.0 (06/14/2010):" above the retired answer's text).
  static const LazyRegex k_left_heading(R"(^[A-Z][^\n():]{2,60}[ \t]?\($)");
  const std::string_view text = facts.text;
  std::size_t line = detail::line_begin(text, at);
  const std::size_t depth = text.find_first_not_of(' ', line) - line;
  for (int up = 0; up < 8; ++up) {
    const bool indented = text.substr(line).starts_with(' ');
    if (!indented && up == 0) {
      break;
    }
    const auto date = first_from(facts.dates, line);
    const std::size_t end = detail::line_end(text, line);
    if ((up == 0 || text.find_first_not_of(' ', line) - line < depth) &&
        date != facts.dates.end() && date->year != 0 && date->day != 0 && date->start < end) {
      const std::string_view before = text.substr(line, date->start - line);
      const std::string_view after = text.substr(date->end);
      if ((after.starts_with("):") && RE2::FullMatch(before, *k_dated_label)) ||
          (after.starts_with(' ') && RE2::FullMatch(before, *k_dated_note)) ||
          (!indented && up > 0 && after.starts_with("):") &&
           detail::trim(text.substr(date->end + 2, end - date->end - 2)).empty() &&
           RE2::FullMatch(before, *k_left_heading))) {
        return iso(*date);
      }
    }
    if (line == 0 || !indented) {
      break;
    }
    line = detail::line_begin(text, line - 1);
  }
  std::size_t begin = entry_begin(text, at);
  while (begin < text.size() && (text[begin] == ' ' || text[begin] == '-' || text[begin] == '*' ||
                                 text[begin] == '(' || text[begin] == '>')) {
    ++begin;
  }
  re2::StringPiece rest(text.data() + begin, std::min<std::size_t>(32, text.size() - begin));
  const bool numbered = RE2::Consume(&rest, *k_number);
  if (numbered) {
    begin = static_cast<std::size_t>(rest.data() - text.data());
  } else if (begin < text.size() && text[begin] == '[') {
    ++begin;
  }
  // A numbered row may be dated to the month ("  2   Apr. 2009    Ex. 14   ICE, ...").
  const auto date = first_from(facts.dates, begin);
  if (date == facts.dates.end() || date->start > begin + 4 || date->month == 0 ||
      (date->day == 0 && !(numbered && date->year != 0))) {
    return {};
  }
  // A weekday before it ("Mon 3/14") is part of the entry's date; "On October 26, 2010, the
  // Board ..." opens a sentence that tells of a past event.
  static const LazyRegex k_weekday(
      R"((?i)(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s*)");
  if (date->start > begin && !RE2::FullMatch(text.substr(begin, date->start - begin), *k_weekday)) {
    return {};
  }
  const int year =
      date->year != 0 ? date->year : detail::nearest_year(date->month, date->day, reference);
  return year != 0 ? detail::iso_date(year, date->month, date->day) : std::string();
}

// Back to page offsets and line numbers, in the documented order: start, kind, end, value.
std::vector<record::Tag> to_tags(const record::PageRecord& page, const NormalizedText& normalized,
                                 std::vector<Candidate>& candidates) {
  std::vector<std::size_t> newlines;
  for (std::size_t at = page.text.find('\n'); at != std::string::npos;
       at = page.text.find('\n', at + 1)) {
    newlines.push_back(at);
  }
  // The order is decided on page offsets and the candidates' own strings, and the tags are then
  // made in that order: sorting the tags themselves moved every string of each many times.
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  ranges.reserve(candidates.size());
  for (const Candidate& candidate : candidates) {
    ranges.push_back(normalized.to_source(candidate.start, candidate.end));
  }
  std::vector<std::size_t> order(candidates.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    order[i] = i;
  }
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (ranges[a].first != ranges[b].first) {
      return ranges[a].first < ranges[b].first;
    }
    if (candidates[a].kind != candidates[b].kind) {
      return candidates[a].kind < candidates[b].kind;
    }
    if (ranges[a].second != ranges[b].second) {
      return ranges[a].second < ranges[b].second;
    }
    return candidates[a].value < candidates[b].value;
  });
  std::vector<record::Tag> tags;
  tags.reserve(candidates.size());
  for (const std::size_t index : order) {
    Candidate& candidate = candidates[index];
    const auto [start, end] = ranges[index];
    // Made in place, each field once: a Tag made empty and then filled built an empty `extra`
    // for each tag only to drop it.
    tags.push_back({
        .kind = std::move(candidate.kind),
        .doc = page.doc,
        .path = page.path,
        .page = page.page,
        .line = 1 + static_cast<int>(std::lower_bound(newlines.begin(), newlines.end(), start) -
                                     newlines.begin()),
        .start = start,
        .end = end,
        .text = page.text.substr(start, end - start),
        .value = std::move(candidate.value),
        .confidence = candidate.confidence,
        .extra = std::move(candidate.extra),
    });
  }
  return tags;
}

} // namespace

KnownWords Analyzer::Impl::rule_words(const RulePack& rules) {
  KnownWords words;
  // Each run of letters in `phrase`, lowercased, of `shortest` letters or more.
  const auto add = [&words](std::string_view phrase, std::size_t shortest = 1) {
    std::string word;
    for (std::size_t i = 0; i <= phrase.size(); ++i) {
      const char c = i < phrase.size() ? phrase[i] : ' ';
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      } else if (!word.empty()) {
        if (word.size() >= shortest) {
          words.insert(word);
        }
        word.clear();
      }
    }
  };
  const auto add_all = [&add](const std::vector<std::string>& phrases) {
    for (const std::string& phrase : phrases) {
      add(phrase);
    }
  };
  for (const auto& [month, number] : rules.months) {
    add(month);
  }
  add_all(rules.states);
  for (const AgencyRule& agency : rules.agencies) {
    add_all(agency.names);
    add_all(agency.acronyms);
  }
  for (const StateInitials& body : rules.state_initials) {
    add(body.initials);
    add_all(body.names);
  }
  // The words a pattern spells out ("Commission", "Jury"); its syntax's letter runs ("i" of
  // "(?i:", "b" of "\b", "A" and "Z" of "[A-Z]") are shorter than four letters.
  for (const AgencyPattern& pattern : rules.agency_patterns) {
    add(pattern.regex, 4);
  }
  for (const StanceRule& stance : rules.stances) {
    for (const auto* list : {&stance.topic,
                             &stance.leave,
                             &stance.leave_if_program,
                             &stance.program,
                             &stance.permission,
                             &stance.permission_after,
                             &stance.obligation,
                             &stance.obligation_modal,
                             &stance.voluntary,
                             &stance.request,
                             &stance.volition,
                             &stance.request_verbs,
                             &stance.procedure,
                             &stance.grant,
                             &stance.denial,
                             &stance.negators,
                             &stance.decision,
                             &stance.consent,
                             &stance.condition,
                             &stance.leave_from,
                             &stance.separate,
                             &stance.records,
                             &stance.jurisdictions,
                             &stance.speech_verbs,
                             &stance.speech_before,
                             &stance.participation,
                             &stance.retraction,
                             &stance.question,
                             &stance.contrast,
                             &stance.concessive,
                             &stance.clause_breaks,
                             &stance.block,
                             &stance.expectation,
                             &stance.futility,
                             &stance.status,
                             &stance.delays,
                             &stance.outside_speakers,
                             &stance.denials,
                             &stance.affirmations,
                             &stance.restatements,
                             &stance.people}) {
      add_all(*list);
    }
  }
  // The grammar the stance reader counts on that no rule lists: "cannot", which it reads as
  // "can not", and the auxiliaries "n't" is split from ("cann0t", "d0esn't" on OCR pages).
  for (const char* word :
       {"cannot", "do",      "does", "doesn", "did",  "didn",  "don", "is",    "isn",
        "was",    "wasn",    "are",  "aren",  "were", "weren", "won", "would", "wouldn",
        "couldn", "shouldn", "has",  "hasn",  "have", "haven", "had", "hadn"}) {
    words.insert(word);
  }
  return words;
}

void Analyzer::Impl::add_stances(const PageFacts& facts, const detail::WordBytes& words,
                                 const std::vector<bool>& matching, DocumentContext& context,
                                 std::vector<Candidate>& out) const {
  const std::string_view text = facts.text;
  // In an email thread the sender and the message's signature speak before the thread's first
  // author; in a letter or memo the letterhead speaks before a signature.
  const bool thread =
      !context.message_agency.empty() || !context.message_date.empty() ||
      context.message_sender_unknown ||
      std::any_of(facts.enclosures.begin(), facts.enclosures.end(),
                  [](const detail::Enclosure& enclosure) { return !enclosure.dated_only; }) ||
      std::any_of(facts.headers.begin(), facts.headers.end(),
                  [](const detail::HeaderLine& header) { return header.field == "From"; });
  // Split only when something reads the sentences: most pages hold no stance trigger.
  std::optional<std::vector<detail::Sentence>> split;
  const auto sentences = [&]() -> const std::vector<detail::Sentence>& {
    if (!split) {
      split = detail::split_sentences(text, abbreviations, !facts.ocr);
    }
    return *split;
  };
  // A later page with a date line of its own (a revised version, an enactment) speaks then.
  const std::string page_date = context.pages_seen > 0 ? detail::page_own_date(facts) : "";
  if (context.author_agency.empty() && context.subject_agency.empty() && !thread) {
    context.subject_agency = detail::sentence_subject_agency(facts, sentences());
  }
  const std::vector<detail::Turn> turns = detail::find_turns(facts, context);
  const std::vector<InlineReply> replies = inline_replies(facts);
  for (std::size_t index = 0; index < stances.size(); ++index) {
    const detail::StanceTagger& stance = stances[index];
    const auto trigger_offsets = [&](bool leave_only) {
      return matching[k_triggers(index, leave_only)] ? stance.trigger_offsets(words, leave_only)
                                                     : std::vector<std::size_t>();
    };
    // "Mandatory" or "voluntary" counts only in a document that has named the program; "opt out"
    // counts anywhere, and from then on the document is about the program.
    bool seen = std::find(context.topics_seen.begin(), context.topics_seen.end(), stance.kind()) !=
                context.topics_seen.end();
    // The screen has read the page for the topic's names and acronyms: a scan for the one it
    // found absent would find nothing.
    if (!seen && (matching[k_topic(index)] || matching[k_topic_acronyms(index)]) &&
        stance.mentions_topic(text, matching[k_topic(index)], matching[k_topic_acronyms(index)])) {
      context.topics_seen.push_back(stance.kind());
      seen = true;
    }
    MessageCursor cursor(facts, context);
    // The transcript's turn at each sentence, from the one the page began in.
    bool in_turn = context.in_turn;
    const std::string* turn_agency = &context.turn_agency;
    auto next_turn = turns.begin();
    // Before the document names the program only sentences that say "opt out" count: those
    // alone are classified until one does.
    std::vector<std::size_t> triggers = trigger_offsets(!seen);
    // No sentence without a trigger is classified, and one that is not classified only answers
    // a statement before it: without triggers the page makes no statement.
    if (triggers.empty()) {
      continue;
    }
    auto next_trigger = triggers.begin();
    // The statement the previous sentence made, which the next may answer or deny: its value
    // and leaning (detail::StanceResult::leaning).
    std::string previous_value;
    int previous_leaning = 0;
    for (const detail::Sentence& sentence :
         split_opposite_answers(stance, text, sentences(), triggers, seen)) {
      while (next_trigger != triggers.end() && *next_trigger < sentence.start) {
        ++next_trigger;
      }
      const bool triggered = next_trigger != triggers.end() && *next_trigger < sentence.end;
      const std::string_view sentence_text =
          text.substr(sentence.start, sentence.end - sentence.start);
      // A running header or footer ("Locked In: Secure Communities in Kansas, 2009-2011  14")
      // is the document's title on every page, not a statement.
      if (triggered && !context.running_lines.empty() &&
          std::find(context.running_lines.begin(), context.running_lines.end(),
                    detail::line_key(sentence_text)) != context.running_lines.end()) {
        previous_value.clear();
        continue;
      }
      detail::StanceResult result;
      if (triggered) {
        const std::string meeting = detail::without_meeting_response(sentence_text);
        result = stance.classify(meeting.empty() ? sentence_text : meeting, seen);
        // A subject line about leaving is a title: it asserts nothing, it is unclear ("Re:
        // Authority of a county to discontinue participation", "SUBJECT: Local Requests to Be
        // Left Out of Secure Communities").
        if (result.relevant && detail::starts_with_subject_label(sentence_text)) {
          result.value = "unclear";
          result.confidence = 0.5;
        }
        if (!seen && !result.explicit_leave) {
          result.relevant = false;
        }
      }
      // A question after a statement that takes no position asks the same again ("whether
      // Alder County can opt out. Can we?").
      if (!result.relevant && !previous_value.empty()) {
        const detail::FollowUp how = stance.follow_up(sentence_text);
        if (how != detail::FollowUp::asks || previous_value != "unclear") {
          result = follow_up(how, previous_leaning);
        }
      }
      previous_value = result.relevant ? result.value : "";
      previous_leaning = result.leaning;
      if (!result.relevant) {
        continue;
      }
      if (!seen) {
        context.topics_seen.push_back(stance.kind());
        seen = true;
        triggers = trigger_offsets(false);
        next_trigger = std::upper_bound(triggers.begin(), triggers.end(), sentence.start);
      }
      // Who speaks: an agency the sentence quotes ("ICE said", "according to ICE"), else the
      // message's sender or signature, else the document's author, else the letter's
      // signature, else the agency the sentence is about.
      std::string speaker;
      std::string subject;
      std::size_t subject_start = 0;
      for (auto agency = first_from(facts.agencies, sentence.start);
           agency != facts.agencies.end() && agency->end <= sentence.end; ++agency) {
        if (subject.empty()) {
          subject = agency->value;
          subject_start = agency->start;
        }
        // "if ICE maintains that ...": a condition's speaker says nothing here.
        if (after_condition(sentence_text.substr(0, agency->start - sentence.start))) {
          continue;
        }
        if (stance.speech_follows(sentence_text, agency->end - sentence.start) ||
            stance.speech_precedes(sentence_text, agency->start - sentence.start) ||
            introduces_quote(sentence_text, agency->start - sentence.start) ||
            labels_reply(sentence_text, agency->start - sentence.start,
                         agency->end - sentence.start)) {
          speaker = agency->value;
          break;
        }
      }
      // "An official at ICE's Burlington office told my deputy chief that ...": an agency in the
      // subject of the speech verb speaks; "Some of the advocates at the hearing said that ..."
      // is someone who is no agency, whom the tags cannot name, even when what they report is
      // an agency's ("Plaintiffs' complaint alleges that ICE told ...").
      bool nobody = false;
      const auto agency_in = [&](std::size_t begin, std::size_t end) {
        std::string found;
        for (auto agency = first_from(facts.agencies, begin);
             agency != facts.agencies.end() && agency->end <= end; ++agency) {
          found = agency->value;
        }
        return found;
      };
      std::size_t verb_end = 0;
      if (const auto said_by = stance.speech_subject(sentence_text, &verb_end)) {
        const std::size_t begin = sentence.start + said_by->first;
        const std::size_t end = sentence.start + said_by->second;
        // "the Secretary of Homeland Security wrote ...": an official's title speaks for the
        // agency.
        std::string in_subject = agency_in(begin, end);
        // "Sheriff Tolliver said ICE officials told a room of sheriffs that ...": speech reported
        // inside speech is the inner speaker's, when an agency names it right after the verb;
        // not what someone who is no agency alleges ("Plaintiffs' complaint alleges that ICE
        // told ...").
        const std::string_view reported =
            stance.names_outside_speaker(text.substr(begin, end - begin))
                ? std::string_view()
                : sentence_text.substr(verb_end);
        const std::size_t skip = reported.find_first_not_of(" \n");
        const std::size_t that =
            skip != std::string_view::npos && reported.substr(skip).starts_with("that ") ? skip + 5
                                                                                         : 0;
        if (const auto inner = stance.speech_subject(reported.substr(that));
            inner && reported.substr(that, inner->first).find_first_not_of(" \n") ==
                         std::string_view::npos) {
          const std::size_t inner_begin = sentence.start + verb_end + that + inner->first;
          if (std::string inner_agency =
                  agency_in(inner_begin, sentence.start + verb_end + that + inner->second);
              !inner_agency.empty()) {
            speaker = inner_agency;
            in_subject = std::move(inner_agency);
          }
        }
        if (in_subject.empty()) {
          bool generic = false;
          in_subject = agencies.agency_for_title(text.substr(begin, end - begin), &generic);
          // A title that names no agency ("the Secretary's letter") is that agency's only in a
          // document by it or one of its parts, or on a page that names one: a State's
          // Secretary of Public Safety writes letters too.
          const auto belongs = [&](const std::string& agency) {
            return agencies.is_part_of(agency, in_subject);
          };
          if (generic && !belongs(context.author_agency) &&
              std::none_of(
                  facts.agencies.begin(), facts.agencies.end(),
                  [&](const detail::AgencyMatch& named) { return belongs(named.value); })) {
            in_subject.clear();
          }
        }
        // "ICE says that a county cannot opt out. The agency's fact sheet from 2009 stated
        // ...": "the agency" is the one named last before it.
        if (in_subject.empty() && refers_to_agency(text.substr(begin, end - begin))) {
          const auto named = first_from(facts.agencies, begin);
          if (named != facts.agencies.begin()) {
            in_subject = std::prev(named)->value;
          }
        }
        if (!in_subject.empty() && speaker.empty()) {
          speaker = in_subject;
        }
        // "The Undersheriff told the Association ...", "Witnesses from the Sheriff's Office
        // told ...": the sheriff's office the document named last.
        const std::string sheriff =
            in_subject.empty() && detail::names_sheriff(text.substr(begin, end - begin))
                ? detail::last_sheriff_office(facts, sentence.start, context)
                : std::string();
        if (!sheriff.empty() && speaker.empty()) {
          speaker = sheriff;
        } else if (in_subject.empty() &&
                   stance.names_outside_speaker(text.substr(begin, end - begin))) {
          nobody = true;
          speaker.clear();
        }
      }
      // "'..., and there's no off switch,' said ICE spokeswoman Elena Marsh": a quotation's
      // speaker named after it; "... why can't Brannock?" asked Ines Carvajal of the Keystone
      // Immigrant Rights Network" is someone who is no agency.
      if (const auto quoted_by = quotation_speaker(sentence_text); quoted_by && !nobody) {
        const std::string in_name =
            agency_in(sentence.start + quoted_by->first, sentence.start + quoted_by->second);
        speaker = in_name;
        nobody = in_name.empty();
      }
      if (speaker.empty() && quoted_question(sentence_text)) {
        nobody = true;
      }
      // An author who is no agency speaks for nobody the tags can name; an agency that is the
      // sentence's subject speaks for itself.
      const bool subject_leads =
          !subject.empty() && leads_sentence(sentence_text, subject_start - sentence.start);
      cursor.advance_to(sentence.start);
      for (; next_turn != turns.end() && next_turn->start <= sentence.start; ++next_turn) {
        in_turn = !next_turn->unnamed;
        turn_agency = &next_turn->agency;
      }
      const std::string signed_by = detail::message_signature(facts, sentence.start);
      std::string agency = speaker;
      // A memo from a sender who is no agency ("FROM: City Attorney") under no agency's
      // letterhead and signed by none is that sender's: nobody the tags can name.
      const std::string none;
      const bool unknown_sender = thread && cursor.sender_unknown();
      // The author wrote the first message, and the entries marked as the author's (a ticket's
      // work notes, a phone's sent messages); a later one (a reply quoted below, a forwarded
      // message) whose sender names no agency is its own sender's.
      const bool authors_message =
          (cursor.messages() <= 1 && !cursor.represents()) || cursor.authors();
      const bool outside = context.author_outside;
      // An agency that leads the sentence speaks for itself on a speaker's card or a form an
      // office fills ("Office:  ERO Chicago ... The Illinois State Police asked us ..."); the
      // card's or the office's agency for the rest ("I told the sheriffs", "We told ICE").
      const std::string& enclosed =
          cursor.represents() && subject_leads ? subject : cursor.agency();
      const std::array<const std::string*, 4> fallbacks =
          thread
              ? std::array<const std::string*, 4>{&enclosed, &signed_by,
                                                  authors_message ? &context.author_agency : &none,
                                                  unknown_sender ? &none : &subject}
              : std::array<const std::string*, 4>{&context.author_agency, &signed_by,
                                                  outside && !subject_leads ? &none : &subject,
                                                  outside ? &none : &context.subject_agency};
      // In a transcript the turn's speaker talks: a witness's agency, else (a legislator's
      // question) the agency the sentence is about, or nobody.
      // "FBI PANELIST: ... Nobody at CJIS has a way ...": the speaker's own office, when the
      // sentence names it.
      if (in_turn && agency.empty()) {
        agency = turn_agency->empty() ? subject : *turn_agency;
        for (auto named = first_from(facts.agencies, sentence.start);
             !turn_agency->empty() && named != facts.agencies.end() && named->end <= sentence.end;
             ++named) {
          if (named->value != *turn_agency && agencies.is_part_of(named->value, *turn_agency)) {
            agency = named->value;
            break;
          }
        }
      }
      for (const std::string* fallback : fallbacks) {
        if (agency.empty() && !in_turn && !nobody) {
          agency = *fallback;
        }
      }
      const InlineReply* reply = nullptr;
      for (const InlineReply& candidate : replies) {
        if (candidate.begin <= sentence.start && sentence.start < candidate.end &&
            marked_as_answer(text, sentence.start)) {
          reply = &candidate;
        }
      }
      if (reply != nullptr && speaker.empty() && !reply->agency.empty()) {
        agency = reply->agency;
      }
      // When: a date that opens the sentence's line or bullet, as a log's or a weekly report's
      // entries are dated ("- 3/14: the Sheriff asked ..."); else the message's or document's date,
      // else the nearest full date before the sentence on the page (or the first after it),
      // else the last date of earlier pages.
      const std::string& reference = cursor.date().empty() ? context.date : cursor.date();
      std::string date = entry_date(facts, sentence.start, reference);
      // A sentence run on from a page's running head or a table's header row into an entry
      // ("SC RAID LOG v14 ... p. 2 / ----- / I-03  Issue  01/18/2011 ... / Description: PSP
      // asked whether ...") is the entry's its stance words are in, the first below its first
      // line. Not one a wrapped line happens to open ("... On / January 10, 2012, the council
      // adopted ..."): the words above the entry must end without a letter, digit or comma.
      if (date.empty()) {
        // The sentence's stance words, looked up afresh: `triggers` is recomputed once the
        // document is found to be about the program.
        const std::size_t first_line = detail::line_begin(text, sentence.start);
        auto word = std::lower_bound(triggers.begin(), triggers.end(), sentence.start);
        while (word != triggers.end() && *word < sentence.end &&
               detail::line_begin(text, *word) == first_line) {
          ++word;
        }
        if (word != triggers.end() && *word < sentence.end) {
          const std::size_t entry = entry_begin(text, *word);
          const std::string_view above =
              entry > sentence.start
                  ? detail::trim(text.substr(sentence.start, entry - sentence.start))
                  : std::string_view();
          if (!above.empty() && !std::isalnum(static_cast<unsigned char>(above.back())) &&
              above.back() != ',') {
            date = entry_date(facts, *word, reference);
          }
        }
      }
      if (date.empty() && reply != nullptr) {
        date = reply->date;
      }
      if (date.empty()) {
        // A later page's own date line starts another document (an attachment, a readout)
        // unless a header on the page has dated a message since.
        date = !cursor.date().empty() && (cursor.date_on_page() || page_date.empty())
                   ? cursor.date()
               : !page_date.empty() ? page_date
                                    : context.date;
      }
      if (date.empty()) {
        const detail::DateMatch* nearest = nullptr;
        for (auto candidate = first_from(facts.dates, sentence.start);
             candidate != facts.dates.begin();) {
          --candidate;
          if (candidate->year != 0) {
            nearest = &*candidate;
            break;
          }
        }
        for (auto candidate = first_from(facts.dates, sentence.start);
             !nearest && candidate != facts.dates.end(); ++candidate) {
          if (candidate->year != 0) {
            nearest = &*candidate;
          }
        }
        date = nearest ? iso(*nearest) : context.last_date;
      }
      Json extra = Json::object();
      extra["agency"] = agency.empty() ? Json(nullptr) : Json(agency);
      extra["date"] = date.empty() ? Json(nullptr) : Json(date);
      out.push_back(
          {stance.kind(), sentence.start, sentence.end, result.value, result.confidence, extra});
    }
  }
  // The last turn goes on onto the next page.
  if (!turns.empty()) {
    context.in_turn = !turns.back().unnamed;
    context.turn_agency = turns.back().agency;
  }
}

DocumentContext start_document(const record::DocumentRecord& document) {
  DocumentContext context;
  context.doc = document.doc;
  context.path = document.path;
  return context;
}

Analyzer::Analyzer(RulePack rules) : m_impl(std::make_unique<Impl>(std::move(rules))) {}
Analyzer::~Analyzer() = default;
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;

void Analyzer::read_ahead(const std::vector<record::PageRecord>& pages,
                          DocumentContext& context) const {
  const Impl& impl = *m_impl;
  // The page text as it stands: normalizing every page twice would cost more than the rare
  // page that names the program only as OCR split it ("Secure Com- munities"), which tag_page
  // still finds when it reaches that page.
  std::vector<std::string> edges; // each page's first and last lines' keys
  for (const record::PageRecord& page : pages) {
    const std::string_view text = trim(page.text);
    const std::size_t first_end = std::min(text.find('\n'), text.size());
    const std::size_t last_begin =
        text.rfind('\n') == std::string_view::npos ? 0 : text.rfind('\n') + 1;
    std::string first = detail::line_key(text.substr(0, first_end));
    std::string last = detail::line_key(text.substr(last_begin));
    for (std::string* key : {&first, &last}) {
      // A short line ("NOTES", "Page") is too common to mean anything.
      if (key->size() < 12) {
        continue;
      }
      if (std::find(edges.begin(), edges.end(), *key) != edges.end() &&
          std::find(context.running_lines.begin(), context.running_lines.end(), *key) ==
              context.running_lines.end()) {
        context.running_lines.push_back(*key);
      }
    }
    if (first != last) {
      edges.push_back(std::move(first));
    }
    edges.push_back(std::move(last));
    for (const detail::StanceTagger& stance : impl.stances) {
      const bool seen = std::find(context.topics_seen.begin(), context.topics_seen.end(),
                                  stance.kind()) != context.topics_seen.end();
      if (!seen && stance.mentions_topic(page.text)) {
        context.topics_seen.push_back(stance.kind());
      }
    }
    // An OCR'd page's dates are read in its normalized text ("March l5, 20ll"), which only a
    // page with an enactment or a publication line needs.
    std::string ocr_text;
    if (page.method == record::Method::ocr &&
        (context.enacted_date.empty() || context.published_date.empty()) &&
        detail::cues_document_date(page.text)) {
      ocr_text = normalize_text(page.text, &impl.known_words, true).text;
    }
    const std::string_view dated = ocr_text.empty() ? std::string_view(page.text) : ocr_text;
    if (context.enacted_date.empty()) {
      context.enacted_date = detail::enacted_date(dated, impl.dates);
    }
    if (context.published_date.empty()) {
      context.published_date = detail::published_date(dated, impl.dates);
    }
  }
}

const RulePack& Analyzer::rules() const {
  return m_impl->rules;
}

std::vector<record::Tag> Analyzer::tag_page(const record::PageRecord& page,
                                            DocumentContext& context) const {
  const Impl& impl = *m_impl;
  if (context.doc.empty() && context.path.empty()) {
    context.doc = page.doc;
    context.path = page.path;
  }
  const NormalizedText normalized =
      normalize_text(page.text, &impl.known_words, page.method == record::Method::ocr);
  PageFacts facts;
  facts.text = normalized.text;
  facts.ocr = page.method == record::Method::ocr;
  const std::string_view text = facts.text;
  std::vector<Candidate> candidates;

  const std::vector<bool> matching = impl.screen.matching(text);
  if (matching[Impl::k_patterns]) {
    impl.markers.find_patterns(text, candidates);
  }
  // A stamp is a token of its own: "CV-2011-00389" in the docket number "D-1119-CV-2011-00389"
  // is none, nor is what follows a number a space before, as a citation's reporter and page
  // ("2011 WL 2654321") or a message's routing after its number ("00912 SC0400000") do.
  auto follows_number = [&](std::size_t start) {
    std::size_t at = start;
    if (at < 2 || text[at - 1] != ' ' || !detail::is_digit(text[at - 2])) {
      return false;
    }
    for (at -= 2; at > 0 && detail::is_digit(text[at - 1]); --at) {
    }
    return at == 0 || text[at - 1] == ' ' || text[at - 1] == '\n' || text[at - 1] == ',';
  };
  std::erase_if(candidates, [&](const Candidate& candidate) {
    return candidate.kind == "bates" &&
           ((candidate.start > 0 &&
             std::string_view("-/.").find(text[candidate.start - 1]) != std::string_view::npos) ||
            follows_number(candidate.start) || !in_margin(text, candidate));
  });
  for (const Candidate& candidate : candidates) {
    if (candidate.kind == "bates") {
      facts.stamps.push_back(candidate);
    }
  }
  // Non-overlapping and sorted, so the sweep in drop_inside_stamps sees each once.
  std::sort(facts.stamps.begin(), facts.stamps.end(),
            [](const Candidate& a, const Candidate& b) { return a.start < b.start; });
  if (matching[Impl::k_exemptions]) {
    impl.markers.find_exemptions(text, candidates);
  }
  facts.headers = detail::find_header_lines(text);
  facts.dates = impl.dates.find(text);
  detail::drop_inside_stamps(facts.dates, facts.stamps);
  // The agency names and the stance triggers read the page's runs of word bytes.
  const detail::WordBytes words(text);
  facts.agencies = impl.agencies.find(words);
  // The states a document's first pages name, where its letterhead and heading name them: a
  // later page's "TBI" is Tennessee's. A later page's own states are read only when it holds
  // initials to resolve (learn_state_initials).
  const bool note_states = matching[Impl::k_states] && context.pages_seen < 3;
  if (note_states) {
    impl.agencies.note_states(text, context.states_named);
  }
  // A page the screen finds no state on has none to note later.
  detail::learn_state_initials(text, facts.agencies, impl.agencies, context,
                               note_states || !matching[Impl::k_states]);
  detail::add_defined_acronyms(text, facts.agencies, context);
  impl.agencies.drop_units_of_others(text, facts.agencies);
  impl.agencies.prefer_state_forms(text, facts.agencies, context);
  detail::drop_inside_stamps(facts.agencies, facts.stamps);
  for (const detail::HeaderLine& header : facts.headers) {
    std::string date;
    std::string agency;
    if (header.field == "Sent" || header.field == "Date") {
      if (const detail::DateMatch* found = facts.date_in(header.value_start, header.end)) {
        date = iso(*found);
      }
    } else if (header.field == "From") {
      const detail::AgencyMatch* found = facts.agency_in(header.value_start, header.end);
      agency = found ? found->value : impl.agencies.agency_for_domain(header.field_value);
    }
    facts.header_dates.push_back(std::move(date));
    facts.header_agencies.push_back(std::move(agency));
    if (header.in_email) {
      Json extra = Json::object();
      extra["field_value"] = header.field_value;
      candidates.push_back({"email", header.start, header.end, header.field, std::nullopt, extra});
    }
  }

  for (const detail::HeaderLine& header : facts.headers) {
    if (header.field == "From") {
      facts.from_offsets.push_back(header.start);
    }
  }
  const detail::SourceList list =
      detail::read_source_list(facts, impl.agencies, context.source_list_next);
  context.source_list = list.here;
  context.source_list_next = list.next;
  facts.enclosures = detail::find_enclosures(facts, impl.agencies, context);
  if (matching[Impl::k_closings]) {
    re2::StringPiece closing;
    std::size_t position = 0;
    while (position < text.size() &&
           impl.closing.Match(text, position, text.size(), RE2::UNANCHORED, &closing, 1)) {
      const auto start = static_cast<std::size_t>(closing.data() - text.data());
      facts.closings.push_back(start);
      position = start + closing.size();
    }
  }
  detail::find_document_date(facts, context);
  detail::find_author(facts, impl.agencies, context);
  add_dates(facts, context, candidates);
  for (const detail::AgencyMatch& agency : facts.agencies) {
    candidates.push_back(
        {"agency", agency.start, agency.end, agency.value, std::nullopt, Json::object()});
  }
  impl.add_stances(facts, words, matching, context, candidates);

  // Carry the last message header to the next page.
  MessageCursor cursor(facts, context);
  cursor.advance_to(text.size());
  context.message_agency = cursor.agency();
  context.message_date = cursor.message_date();
  context.message_sender_unknown = cursor.sender_unknown();
  context.messages_seen = cursor.messages();
  for (const detail::AgencyMatch& agency : facts.agencies) {
    if (detail::is_sheriff_office(agency.value)) {
      context.sheriff_office = agency.value;
    }
  }
  ++context.pages_seen;
  return to_tags(page, normalized, candidates);
}

DocumentTagger::DocumentTagger(const Analyzer& analyzer, TagSink sink)
    : m_analyzer(analyzer), m_sink(std::move(sink)) {}

void DocumentTagger::start(const record::DocumentRecord& document) {
  finish();
  m_context = start_document(document);
  m_reading_ahead = true;
}

void DocumentTagger::add(record::PageRecord page, long record_line) {
  if (page.doc != m_context.doc || page.path != m_context.path) {
    finish();
    m_context = DocumentContext{};
    m_context.doc = page.doc;
    m_context.path = page.path;
    m_reading_ahead = true;
  }
  if (!m_reading_ahead) {
    tag(page, record_line);
    return;
  }
  m_held_bytes += page.text.size();
  m_held.push_back(std::move(page));
  m_held_lines.push_back(record_line);
  if (m_held.size() >= k_read_ahead_pages || m_held_bytes >= k_read_ahead_bytes) {
    finish();
  }
}

void DocumentTagger::finish() {
  if (m_reading_ahead && !m_held.empty()) {
    m_analyzer.read_ahead(m_held, m_context);
    for (std::size_t i = 0; i < m_held.size(); ++i) {
      tag(m_held[i], m_held_lines[i]);
    }
    m_reading_ahead = false;
  }
  m_held.clear();
  m_held_lines.clear();
  m_held_bytes = 0;
}

void DocumentTagger::tag(const record::PageRecord& page, long record_line) {
  for (const record::Tag& found : m_analyzer.tag_page(page, m_context)) {
    m_sink(found, record_line);
    ++m_tags;
  }
}

AnalyzeSummary analyze_records(record::LineReader& input, const Analyzer& analyzer,
                               const TagSink& sink) {
  AnalyzeSummary summary;
  DocumentTagger tagger(analyzer, sink);
  std::string line;
  while (input.next(line)) {
    if (trim(line).empty()) {
      continue;
    }
    record::ParsedRecord parsed = input.parse(line, record::parse_record_line);
    if (parsed.document) {
      tagger.start(*parsed.document);
      ++summary.documents;
    } else if (parsed.page) {
      tagger.add(std::move(*parsed.page), input.line_number());
      ++summary.pages;
    }
  }
  tagger.finish();
  summary.tags = tagger.tags();
  return summary;
}

} // namespace foia::analyze
