// The analyze stage's driver: normalizes a page, runs every tagger, resolves what needs the
// document's context (inferred years, who is speaking and when), and maps offsets back.

#include "foia/analyze/analyzer.hpp"

#include "detail.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>

namespace foia::analyze {

using detail::Candidate;
using record::Json;

namespace {
struct PageFacts;
} // namespace

struct Analyzer::Impl {
  RulePack rules;
  detail::DateTagger dates;
  detail::AgencyTagger agencies;
  detail::MarkerTagger markers;
  std::vector<detail::StanceTagger> stances;
  std::unordered_set<std::string> abbreviations;

  explicit Impl(RulePack pack)
      : rules(std::move(pack)), dates(rules), agencies(rules), markers(rules) {
    for (const StanceRule& stance : rules.stances) {
      stances.emplace_back(stance);
    }
    abbreviations.insert(rules.abbreviations.begin(), rules.abbreviations.end());
  }

  /// Stance tags, sentence by sentence, with who said it and when.
  void add_stances(const PageFacts& facts, DocumentContext& context,
                   std::vector<Candidate>& out) const;
};

namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\n')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) {
    text.remove_suffix(1);
  }
  return text;
}

std::size_t line_begin(std::string_view text, std::size_t at) {
  const std::size_t newline = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
  return newline == std::string_view::npos ? 0 : newline + 1;
}

std::size_t line_end(std::string_view text, std::size_t at) {
  const std::size_t newline = text.find('\n', at);
  return newline == std::string_view::npos ? text.size() : newline;
}

std::string iso(const detail::DateMatch& date) {
  return detail::iso_date(date.year, date.month, date.day);
}

// The first match starting at or after `offset`, in a vector sorted by start.
template <typename Match>
typename std::vector<Match>::const_iterator first_from(const std::vector<Match>& matches,
                                                       std::size_t offset) {
  return std::lower_bound(matches.begin(), matches.end(), offset,
                          [](const Match& match, std::size_t at) { return match.start < at; });
}

// Everything the taggers found on one page, in normalized offsets, each list sorted by start.
struct PageFacts {
  std::string_view text;
  std::vector<Candidate> stamps; // Bates stamps: nothing inside one is a date or an agency
  std::vector<detail::HeaderLine> headers;
  std::vector<detail::DateMatch> dates;
  std::vector<detail::AgencyMatch> agencies;
  std::vector<std::string> header_dates;    // per header: its date when a Sent:/Date: line
  std::vector<std::string> header_agencies; // per header: its agency when a From: line
  std::vector<std::size_t> from_offsets;    // where each From: line starts: messages begin there
  std::vector<std::size_t> closings;        // where each "Sincerely,"/"Regards," starts

  // The first full date wholly inside [begin, end), or nullptr.
  const detail::DateMatch* date_in(std::size_t begin, std::size_t end) const {
    for (auto date = first_from(dates, begin); date != dates.end() && date->start < end; ++date) {
      if (date->end <= end && date->year != 0) {
        return &*date;
      }
    }
    return nullptr;
  }
  // The first agency starting inside [begin, end), or nullptr.
  const detail::AgencyMatch* agency_in(std::size_t begin, std::size_t end) const {
    const auto agency = first_from(agencies, begin);
    return agency != agencies.end() && agency->start < end ? &*agency : nullptr;
  }
};

// Drops the matches that overlap a Bates stamp; both lists sorted by start.
template <typename Match>
void drop_inside_stamps(std::vector<Match>& matches, const std::vector<Candidate>& stamps) {
  auto stamp = stamps.begin();
  std::erase_if(matches, [&](const Match& match) {
    while (stamp != stamps.end() && stamp->end <= match.start) {
      ++stamp;
    }
    return stamp != stamps.end() && stamp->start < match.end;
  });
}

// Walks down the page keeping the current email message's From agency and Sent date.
class MessageCursor {
public:
  MessageCursor(const PageFacts& facts, const DocumentContext& context)
      : m_facts(facts), m_agency(context.message_agency), m_date(context.message_date) {}
  /// Takes in every header that starts before `offset` (offsets must not decrease).
  void advance_to(std::size_t offset) {
    while (m_next < m_facts.headers.size() && m_facts.headers[m_next].start < offset) {
      const detail::HeaderLine& header = m_facts.headers[m_next];
      if (header.field == "From") {
        m_agency = m_facts.header_agencies[m_next];
      } else if (!m_facts.header_dates[m_next].empty()) {
        m_date = m_facts.header_dates[m_next];
      }
      ++m_next;
    }
  }
  const std::string& agency() const { return m_agency; }
  const std::string& date() const { return m_date; }

private:
  const PageFacts& m_facts;
  std::size_t m_next = 0;
  std::string m_agency;
  std::string m_date;
};

// The document's own date: a Sent:/Date: header, else a date on a line of its own or in the
// heading of the first page, else the first page's first full date.
void find_document_date(const PageFacts& facts, DocumentContext& context) {
  for (const std::string& date : facts.header_dates) {
    if (context.date.empty() && !date.empty()) {
      context.date = date;
    }
  }
  if (!context.date.empty() || context.pages_seen > 0) {
    return;
  }
  const std::string_view text = facts.text;
  std::size_t heading_end = 0;
  for (int line = 0; line < 5 && heading_end < text.size(); ++line) {
    heading_end = line_end(text, heading_end) + 1;
  }
  for (const detail::DateMatch& date : facts.dates) {
    if (date.year == 0 || date.month == 0) {
      continue;
    }
    const std::size_t begin = line_begin(text, date.start);
    const std::string_view line = trim(text.substr(begin, line_end(text, date.start) - begin));
    if (line.size() <= date.end - date.start + 12 || date.start < heading_end) {
      context.date = iso(date);
      return;
    }
  }
  for (const detail::DateMatch& date : facts.dates) {
    if (date.year != 0 && date.day != 0) {
      context.date = iso(date);
      return;
    }
  }
}

// A name broken over lines is one name when nothing else shares its lines ("COUNTY OF MARISOL /
// BOARD OF SUPERVISORS"); with words beside it, it is two letterhead columns run together
// ("... State of California / Attorney General ... DEPARTMENT OF JUSTICE").
bool stands_on_its_own_lines(std::string_view text, std::size_t start, std::size_t end) {
  auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  const std::string_view before =
      text.substr(line_begin(text, start), start - line_begin(text, start));
  const std::string_view after = text.substr(end, line_end(text, end) - end);
  return std::none_of(before.begin(), before.end(), is_letter) &&
         std::none_of(after.begin(), after.end(), is_letter);
}

// The author: the first From: line's agency, else the letterhead: the agencies of the top block
// (ended by a blank line, a line of running text or the date line that starts a letter's inside
// address). Letterheads name a department and its office in either order ("U.S. Immigration and
// Customs Enforcement / U.S. Department of Homeland Security"), so the most specific one wins:
// the first that is not the parent of another.
void find_author(const PageFacts& facts, const detail::AgencyTagger& agencies,
                 DocumentContext& context) {
  for (std::size_t i = 0; i < facts.headers.size() && context.author_agency.empty(); ++i) {
    if (facts.headers[i].field == "From") {
      context.author_agency = facts.header_agencies[i];
      break;
    }
  }
  if (!context.author_agency.empty() || context.pages_seen > 0) {
    return;
  }
  const std::string_view text = facts.text;
  std::vector<std::string> letterhead;
  int line_number = 0;
  std::size_t position = 0;
  while (position < text.size() && line_number < 8) {
    const std::size_t end = line_end(text, position);
    const std::string_view line = trim(text.substr(position, end - position));
    if (line.empty()) {
      if (!letterhead.empty()) {
        break;
      }
    } else {
      ++line_number;
      const auto date = first_from(facts.dates, position);
      const bool date_line = date != facts.dates.end() && date->start < end &&
                             line.size() <= date->end - date->start + 12;
      if (line.size() > 80 || date_line) {
        break;
      }
      const bool addressee =
          std::any_of(facts.headers.begin(), facts.headers.end(), [&](const auto& header) {
            return header.start >= position && header.start < end && header.field != "From";
          });
      for (auto agency = first_from(facts.agencies, position);
           !addressee && agency != facts.agencies.end() && agency->start < end; ++agency) {
        if (agency->end <= end || stands_on_its_own_lines(text, agency->start, agency->end)) {
          letterhead.push_back(agency->value);
        }
      }
    }
    position = end + 1;
  }
  for (const std::string& candidate : letterhead) {
    const bool parent =
        std::any_of(letterhead.begin(), letterhead.end(), [&](const std::string& other) {
          return other != candidate && agencies.is_part_of(other, candidate);
        });
    if (!parent) {
      context.author_agency = candidate;
      return;
    }
  }
}

// The signature of the message holding offset `at` (on a page without From: lines, the page):
// the first agency after a closing ("Sincerely,", "Regards,"), else an agency that starts one of
// the message's last four short lines.
std::string message_signature(const PageFacts& facts, std::size_t at) {
  const std::string_view text = facts.text;
  std::size_t message_begin = 0;
  std::size_t message_end = text.size();
  const auto next_header =
      std::upper_bound(facts.from_offsets.begin(), facts.from_offsets.end(), at);
  if (next_header != facts.from_offsets.end()) {
    message_end = *next_header;
  }
  if (next_header != facts.from_offsets.begin()) {
    message_begin = *(next_header - 1);
  }
  const auto closing =
      std::lower_bound(facts.closings.begin(), facts.closings.end(), message_begin);
  if (closing != facts.closings.end() && *closing < message_end) {
    if (const detail::AgencyMatch* agency = facts.agency_in(*closing, message_end)) {
      return agency->value;
    }
  }
  std::size_t position = message_end;
  int lines_seen = 0;
  while (position > message_begin && lines_seen < 4) {
    const std::size_t begin = line_begin(text, position - 1);
    const std::string_view line = trim(text.substr(begin, position - begin));
    if (!line.empty()) {
      ++lines_seen;
      const auto line_start = static_cast<std::size_t>(line.data() - text.data());
      const auto agency = first_from(facts.agencies, line_start);
      if (line.size() <= 60 && agency != facts.agencies.end() && agency->start == line_start) {
        return agency->value;
      }
    }
    if (begin == 0) {
      break;
    }
    position = begin - 1;
  }
  return {};
}

bool starts_with_subject_label(std::string_view sentence) {
  static const RE2 k_label(R"((?i)^\s*(?:subject|re|subj)\s*:)");
  return RE2::PartialMatch(sentence, k_label);
}

bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Documents define acronyms for the agencies they name, "Washington State Patrol (WSP)", and use
// them from then on. Learns such definitions into the context and tags the acronym's later
// mentions (whole words, as written) that no rule matched.
void add_defined_acronyms(std::string_view text, std::vector<detail::AgencyMatch>& agencies,
                          DocumentContext& context) {
  std::vector<std::size_t> definitions; // the "(WSP)" itself is part of the name's mention
  for (const detail::AgencyMatch& agency : agencies) {
    std::size_t at = agency.end;
    while (at < text.size() && text[at] == ' ') {
      ++at;
    }
    if (at >= text.size() || text[at] != '(') {
      continue;
    }
    const std::size_t close = text.find(')', at);
    if (close == std::string_view::npos || close - at < 3 || close - at > 9) {
      continue;
    }
    const std::string_view acronym = text.substr(at + 1, close - at - 1);
    if (!std::all_of(acronym.begin(), acronym.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || c == '&'; })) {
      continue;
    }
    definitions.push_back(at + 1);
    const bool known = std::any_of(context.defined_acronyms.begin(), context.defined_acronyms.end(),
                                   [&](const auto& entry) { return entry.first == acronym; });
    if (!known && context.defined_acronyms.size() < 64) {
      context.defined_acronyms.emplace_back(std::string(acronym), agency.value);
    }
  }
  if (context.defined_acronyms.empty()) {
    return;
  }
  std::vector<detail::AgencyMatch> found;
  for (const auto& [acronym, value] : context.defined_acronyms) {
    for (std::size_t at = text.find(acronym); at != std::string_view::npos;
         at = text.find(acronym, at + 1)) {
      const std::size_t end = at + acronym.size();
      if ((at > 0 && (is_word_byte(text[at - 1]) || text[at - 1] == '-' || text[at - 1] == '.')) ||
          (end < text.size() && (is_word_byte(text[end]) || text[end] == '-'))) {
        continue;
      }
      if (std::find(definitions.begin(), definitions.end(), at) != definitions.end()) {
        continue;
      }
      const auto next = first_from(agencies, at);
      const bool covered = (next != agencies.end() && next->start < end) ||
                           (next != agencies.begin() && std::prev(next)->end > at);
      if (!covered) {
        found.push_back({at, end, value});
      }
    }
  }
  if (!found.empty()) {
    agencies.insert(agencies.end(), found.begin(), found.end());
    std::sort(agencies.begin(), agencies.end(),
              [](const detail::AgencyMatch& a, const detail::AgencyMatch& b) {
                return a.start < b.start;
              });
  }
}

// Date tags; a year the text left out comes from the current message's or document's date.
void add_dates(const PageFacts& facts, DocumentContext& context, std::vector<Candidate>& out) {
  MessageCursor cursor(facts, context);
  std::string last_dated;
  for (const detail::DateMatch& date : facts.dates) {
    Json extra = Json::object();
    std::string value;
    bool inferred = false;
    if (date.year == 0) {
      cursor.advance_to(date.start);
      std::string reference = cursor.date().empty() ? context.date : cursor.date();
      if (reference.empty()) {
        reference = last_dated.empty() ? context.last_date : last_dated;
      }
      const int year = detail::nearest_year(date.month, date.day, reference);
      value = detail::iso_date(year, date.month, date.day);
      inferred = year != 0;
    } else {
      value = iso(date);
      last_dated = value;
    }
    extra["inferred"] = inferred;
    extra["fiscal"] = date.fiscal;
    out.push_back({"date", date.start, date.end, std::move(value), std::nullopt, std::move(extra)});
  }
  if (!last_dated.empty()) {
    context.last_date = last_dated;
  }
}

// Back to page offsets and line numbers, in the documented order: start, kind, end, value.
std::vector<record::Tag> to_tags(const record::PageRecord& page, const NormalizedText& normalized,
                                 std::vector<Candidate>& candidates) {
  std::vector<std::size_t> newlines;
  for (std::size_t i = 0; i < page.text.size(); ++i) {
    if (page.text[i] == '\n') {
      newlines.push_back(i);
    }
  }
  std::vector<record::Tag> tags;
  tags.reserve(candidates.size());
  for (Candidate& candidate : candidates) {
    const auto [start, end] = normalized.to_source(candidate.start, candidate.end);
    record::Tag tag;
    tag.kind = std::move(candidate.kind);
    tag.doc = page.doc;
    tag.path = page.path;
    tag.page = page.page;
    tag.line = 1 + static_cast<int>(std::lower_bound(newlines.begin(), newlines.end(), start) -
                                    newlines.begin());
    tag.start = start;
    tag.end = end;
    tag.text = page.text.substr(start, end - start);
    tag.value = std::move(candidate.value);
    tag.confidence = candidate.confidence;
    tag.extra = std::move(candidate.extra);
    tags.push_back(std::move(tag));
  }
  std::sort(tags.begin(), tags.end(), [](const record::Tag& a, const record::Tag& b) {
    if (a.start != b.start) {
      return a.start < b.start;
    }
    if (a.kind != b.kind) {
      return a.kind < b.kind;
    }
    if (a.end != b.end) {
      return a.end < b.end;
    }
    return a.value < b.value;
  });
  return tags;
}

} // namespace

void Analyzer::Impl::add_stances(const PageFacts& facts, DocumentContext& context,
                                 std::vector<Candidate>& out) const {
  const std::string_view text = facts.text;
  // In an email thread the sender and the message's signature speak before the thread's first
  // author; in a letter or memo the letterhead speaks before a signature.
  const bool thread =
      !context.message_agency.empty() || !context.message_date.empty() ||
      std::any_of(facts.headers.begin(), facts.headers.end(),
                  [](const detail::HeaderLine& header) { return header.field == "From"; });
  const std::vector<detail::Sentence> sentences = detail::split_sentences(text, abbreviations);
  for (const detail::StanceTagger& stance : stances) {
    // "Mandatory" or "voluntary" counts only in a document that has named the program; "opt out"
    // counts anywhere, and from then on the document is about the program.
    bool seen = std::find(context.topics_seen.begin(), context.topics_seen.end(), stance.kind()) !=
                context.topics_seen.end();
    if (!seen && stance.mentions_topic(text)) {
      context.topics_seen.push_back(stance.kind());
      seen = true;
    }
    MessageCursor cursor(facts, context);
    const std::vector<std::size_t> triggers = stance.trigger_offsets(text);
    auto next_trigger = triggers.begin();
    for (const detail::Sentence& sentence : sentences) {
      while (next_trigger != triggers.end() && *next_trigger < sentence.start) {
        ++next_trigger;
      }
      if (next_trigger == triggers.end() || *next_trigger >= sentence.end) {
        continue;
      }
      const std::string_view sentence_text =
          text.substr(sentence.start, sentence.end - sentence.start);
      const detail::StanceResult result = stance.classify(sentence_text);
      if (!result.relevant || (!seen && !result.explicit_leave)) {
        continue;
      }
      // A subject line that only names the matter ("SUBJECT: Jurisdictions Requesting Not to
      // Participate") is a title, not a statement; one that asks or names opting out is.
      if (result.value == "unclear" && !result.explicit_leave && !result.question &&
          starts_with_subject_label(sentence_text)) {
        continue;
      }
      if (!seen) {
        context.topics_seen.push_back(stance.kind());
        seen = true;
      }
      // Who speaks: an agency the sentence quotes ("ICE said", "according to ICE"), else the
      // message's sender or signature, else the document's author, else the letter's
      // signature, else the agency the sentence is about.
      std::string speaker;
      std::string subject;
      for (auto agency = first_from(facts.agencies, sentence.start);
           agency != facts.agencies.end() && agency->end <= sentence.end; ++agency) {
        if (subject.empty()) {
          subject = agency->value;
        }
        if (stance.speech_follows(sentence_text, agency->end - sentence.start) ||
            stance.speech_precedes(sentence_text, agency->start - sentence.start)) {
          speaker = agency->value;
          break;
        }
      }
      cursor.advance_to(sentence.start);
      const std::string signed_by = message_signature(facts, sentence.start);
      std::string agency = speaker;
      const std::array<const std::string*, 4> fallbacks =
          thread ? std::array<const std::string*, 4>{&cursor.agency(), &signed_by,
                                                     &context.author_agency, &subject}
                 : std::array<const std::string*, 4>{&context.author_agency, &signed_by, &subject,
                                                     &subject};
      for (const std::string* fallback : fallbacks) {
        if (agency.empty()) {
          agency = *fallback;
        }
      }
      // When: the message's or document's date, else the nearest full date before the
      // sentence on the page (or the first after it), else the last date of earlier pages.
      std::string date = cursor.date().empty() ? context.date : cursor.date();
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
  const NormalizedText normalized = normalize_text(page.text);
  PageFacts facts;
  facts.text = normalized.text;
  const std::string_view text = facts.text;
  std::vector<Candidate> candidates;

  impl.markers.find_patterns(text, candidates);
  for (const Candidate& candidate : candidates) {
    if (candidate.kind == "bates") {
      facts.stamps.push_back(candidate);
    }
  }
  // Non-overlapping and sorted, so the sweep in drop_inside_stamps sees each once.
  std::sort(facts.stamps.begin(), facts.stamps.end(),
            [](const Candidate& a, const Candidate& b) { return a.start < b.start; });
  impl.markers.find_exemptions(text, candidates);
  facts.headers = detail::find_header_lines(text);
  facts.dates = impl.dates.find(text);
  drop_inside_stamps(facts.dates, facts.stamps);
  facts.agencies = impl.agencies.find(text);
  add_defined_acronyms(text, facts.agencies, context);
  drop_inside_stamps(facts.agencies, facts.stamps);
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
  {
    static const RE2 k_closing(
        R"((?i)\b(?:sincerely|respectfully(?: submitted)?|regards|cordially)\b)");
    re2::StringPiece closing;
    std::size_t position = 0;
    while (position < text.size() &&
           k_closing.Match(text, position, text.size(), RE2::UNANCHORED, &closing, 1)) {
      const auto start = static_cast<std::size_t>(closing.data() - text.data());
      facts.closings.push_back(start);
      position = start + closing.size();
    }
  }
  find_document_date(facts, context);
  find_author(facts, impl.agencies, context);
  add_dates(facts, context, candidates);
  for (const detail::AgencyMatch& agency : facts.agencies) {
    candidates.push_back(
        {"agency", agency.start, agency.end, agency.value, std::nullopt, Json::object()});
  }
  impl.add_stances(facts, context, candidates);

  // Carry the last message header to the next page.
  MessageCursor cursor(facts, context);
  cursor.advance_to(text.size());
  context.message_agency = cursor.agency();
  context.message_date = cursor.date();
  ++context.pages_seen;
  return to_tags(page, normalized, candidates);
}

AnalyzeSummary analyze_records(record::LineReader& input, const Analyzer& analyzer,
                               const std::function<void(const record::Tag&)>& sink) {
  AnalyzeSummary summary;
  DocumentContext context;
  std::string line;
  while (input.next(line)) {
    if (trim(line).empty()) {
      continue;
    }
    record::ParsedRecord parsed;
    try {
      parsed = record::parse_record_line(line);
    } catch (const std::exception& error) {
      throw std::runtime_error(input.path() + ":" + std::to_string(input.line_number()) + ": " +
                               error.what());
    }
    if (parsed.document) {
      context = start_document(*parsed.document);
      ++summary.documents;
      continue;
    }
    if (!parsed.page) {
      continue;
    }
    // A page whose document line is missing (a sharded or hand-made file) starts its own context.
    if (parsed.page->doc != context.doc || parsed.page->path != context.path) {
      context = DocumentContext{};
    }
    for (const record::Tag& tag : analyzer.tag_page(*parsed.page, context)) {
      sink(tag);
      ++summary.tags;
    }
    ++summary.pages;
  }
  return summary;
}

} // namespace foia::analyze
