// The analyze stage's driver: normalizes a page, runs every tagger, resolves what needs the
// document's context (inferred years, who is speaking and when), and maps offsets back.

#include "foia/analyze/analyzer.hpp"

#include "detail.hpp"

#include <algorithm>
#include <stdexcept>

namespace foia::analyze {

using detail::Candidate;
using record::Json;

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
};

namespace {

bool overlaps(std::size_t start, std::size_t end, const std::vector<Candidate>& spans) {
  return std::any_of(spans.begin(), spans.end(), [&](const Candidate& span) {
    return start < span.end && span.start < end;
  });
}

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

// A date with a year written in full, as ISO.
struct FoundDate {
  detail::DateMatch match;
  std::string iso;
};

} // namespace

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

const RulePack& Analyzer::rules() const { return m_impl->rules; }

std::vector<record::Tag> Analyzer::tag_page(const record::PageRecord& page,
                                            DocumentContext& context) const {
  const Impl& impl = *m_impl;
  if (context.doc.empty() && context.path.empty()) {
    context.doc = page.doc;
    context.path = page.path;
  }
  const NormalizedText normalized = normalize_text(page.text);
  const std::string_view text = normalized.text;
  std::vector<Candidate> candidates;

  // Stamps first: dates and agencies inside a Bates number ("DHS-SC-012345") are not mentions.
  impl.markers.find_patterns(text, candidates);
  std::vector<Candidate> stamps;
  for (const Candidate& candidate : candidates) {
    if (candidate.kind == "bates") {
      stamps.push_back(candidate);
    }
  }
  impl.markers.find_exemptions(text, candidates);

  const std::vector<detail::HeaderLine> headers = detail::find_header_lines(text);
  for (const detail::HeaderLine& header : headers) {
    if (header.in_email) {
      Json extra = Json::object();
      extra["field_value"] = header.field_value;
      candidates.push_back({"email", header.start, header.end, header.field, std::nullopt, extra});
    }
  }

  std::vector<detail::DateMatch> date_matches = impl.dates.find(text);
  std::erase_if(date_matches, [&](const detail::DateMatch& date) {
    return overlaps(date.start, date.end, stamps);
  });
  std::vector<detail::AgencyMatch> agency_matches = impl.agencies.find(text);
  std::erase_if(agency_matches, [&](const detail::AgencyMatch& agency) {
    return overlaps(agency.start, agency.end, stamps);
  });

  auto date_in = [&](std::size_t begin, std::size_t end) -> const detail::DateMatch* {
    for (const detail::DateMatch& date : date_matches) {
      if (date.start >= begin && date.end <= end && date.year != 0) {
        return &date;
      }
    }
    return nullptr;
  };
  auto agency_in = [&](std::size_t begin, std::size_t end) -> std::string {
    for (const detail::AgencyMatch& agency : agency_matches) {
      if (agency.start >= begin && agency.end <= end) {
        return agency.value;
      }
    }
    return {};
  };
  auto header_agency = [&](const detail::HeaderLine& header) {
    std::string agency = agency_in(header.value_start, header.end);
    return agency.empty() ? impl.agencies.agency_for_domain(header.field_value) : agency;
  };

  // The document's own date: a Sent:/Date: header, else a line that is just a date, else the
  // first full date of the first page.
  if (context.date.empty()) {
    for (const detail::HeaderLine& header : headers) {
      if (header.field == "Sent" || header.field == "Date") {
        if (const detail::DateMatch* date = date_in(header.value_start, header.end)) {
          context.date = detail::iso_date(date->year, date->month, date->day);
          break;
        }
      }
    }
  }
  if (context.date.empty() && context.pages_seen == 0) {
    // A date on a line of its own, or a month or day in the heading (the first five lines).
    const std::size_t heading_end = [&] {
      std::size_t position = 0;
      for (int line = 0; line < 5 && position < text.size(); ++line) {
        position = line_end(text, position) + 1;
      }
      return position;
    }();
    for (const detail::DateMatch& date : date_matches) {
      if (date.year == 0 || date.month == 0) {
        continue;
      }
      const std::string_view line =
          trim(text.substr(line_begin(text, date.start), line_end(text, date.start) - line_begin(text, date.start)));
      if (line.size() <= date.end - date.start + 12 || date.start < heading_end) {
        context.date = detail::iso_date(date.year, date.month, date.day);
        break;
      }
    }
    if (context.date.empty()) {
      for (const detail::DateMatch& date : date_matches) {
        if (date.year != 0 && date.day != 0) {
          context.date = detail::iso_date(date.year, date.month, date.day);
          break;
        }
      }
    }
  }

  // The author: the first From: line, else an agency in the letterhead (the first lines of the
  // first page, not an addressee line).
  if (context.author_agency.empty()) {
    for (const detail::HeaderLine& header : headers) {
      if (header.field == "From") {
        context.author_agency = header_agency(header);
        break;
      }
    }
  }
  if (context.author_agency.empty() && context.pages_seen == 0) {
    // Letterheads run from the department down to the office ("U.S. Department of Homeland
    // Security / U.S. Immigration and Customs Enforcement"): the last agency of the top block is
    // the most specific. The block ends at a blank line or a line of running text.
    int line_number = 0;
    std::size_t position = 0;
    while (position < text.size() && line_number < 8) {
      const std::size_t end = line_end(text, position);
      const std::string_view line = trim(text.substr(position, end - position));
      if (line.empty()) {
        if (!context.author_agency.empty()) {
          break;
        }
      } else {
        ++line_number;
        if (line.size() > 80) {
          break;
        }
        const bool addressee = std::any_of(headers.begin(), headers.end(), [&](const detail::HeaderLine& header) {
          return header.start >= position && header.start < end && header.field != "From";
        });
        if (!addressee) {
          for (const detail::AgencyMatch& agency : agency_matches) {
            if (agency.start >= position && agency.start < end) {
              context.author_agency = agency.value;
            }
          }
        }
      }
      position = end + 1;
    }
  }
  // An email message's signature: an agency that starts one of the last short lines before
  // the next message (or the end of the page).
  auto message_signature = [&](std::size_t at) -> std::string {
    std::size_t message_end = text.size();
    for (const detail::HeaderLine& header : headers) {
      if (header.field == "From" && header.start > at) {
        message_end = header.start;
        break;
      }
    }
    std::size_t position = message_end;
    int lines_seen = 0;
    while (position > at && lines_seen < 4) {
      const std::size_t begin = line_begin(text, position == 0 ? 0 : position - 1);
      const std::string_view line = trim(text.substr(begin, position - begin));
      if (!line.empty()) {
        ++lines_seen;
        if (line.size() <= 60) {
          const auto line_start = static_cast<std::size_t>(line.data() - text.data());
          for (const detail::AgencyMatch& agency : agency_matches) {
            if (agency.start == line_start) {
              return agency.value;
            }
          }
        }
      }
      if (begin == 0) {
        break;
      }
      position = begin - 1;
    }
    return {};
  };
  const bool has_messages = std::any_of(headers.begin(), headers.end(),
                                        [](const detail::HeaderLine& header) { return header.field == "From"; });
  // A signature on this page: the first agency after a closing.
  std::string signature_agency;
  {
    static const RE2 k_closing(R"((?i)\b(?:sincerely|respectfully(?: submitted)?|regards|cordially)\b)");
    re2::StringPiece closing;
    if (RE2::PartialMatch(text, k_closing, &closing)) {
      const auto after = static_cast<std::size_t>(closing.data() - text.data());
      signature_agency = agency_in(after, text.size());
    }
  }

  // Dates: years the text left out come from the message's or document's date.
  std::string last_dated;
  for (const detail::DateMatch& date : date_matches) {
    Json extra = Json::object();
    std::string value;
    bool inferred = false;
    if (date.year == 0) {
      std::string reference = context.message_date.empty() ? context.date : context.message_date;
      for (const detail::HeaderLine& header : headers) {
        if ((header.field == "Sent" || header.field == "Date") && header.start < date.start) {
          if (const detail::DateMatch* sent = date_in(header.value_start, header.end)) {
            reference = detail::iso_date(sent->year, sent->month, sent->day);
          }
        }
      }
      if (reference.empty()) {
        reference = last_dated.empty() ? context.last_date : last_dated;
      }
      const int year = detail::nearest_year(date.month, date.day, reference);
      value = detail::iso_date(year, date.month, date.day);
      inferred = year != 0;
    } else {
      value = detail::iso_date(date.year, date.month, date.day);
      last_dated = value;
    }
    extra["inferred"] = inferred;
    extra["fiscal"] = date.fiscal;
    candidates.push_back({"date", date.start, date.end, value, std::nullopt, extra});
  }
  for (const detail::AgencyMatch& agency : agency_matches) {
    candidates.push_back({"agency", agency.start, agency.end, agency.value, std::nullopt, Json::object()});
  }

  // Stances, sentence by sentence, once the document has named the program.
  const std::vector<detail::Sentence> sentences = detail::split_sentences(text, impl.abbreviations);
  for (const detail::StanceTagger& stance : impl.stances) {
    // "Mandatory" or "voluntary" counts only in a document that has named the program; "opt out"
    // counts anywhere.
    bool seen = std::find(context.topics_seen.begin(), context.topics_seen.end(), stance.kind()) !=
                context.topics_seen.end();
    if (!seen && stance.mentions_topic(text)) {
      context.topics_seen.push_back(stance.kind());
      seen = true;
    }
    for (const detail::Sentence& sentence : sentences) {
      const std::string_view sentence_text = text.substr(sentence.start, sentence.end - sentence.start);
      const detail::StanceResult result = stance.classify(sentence_text);
      if (!result.relevant || (!seen && !result.explicit_leave)) {
        continue;
      }
      // A document that talks about opting out is about the program from here on.
      if (!seen) {
        context.topics_seen.push_back(stance.kind());
        seen = true;
      }
      // Who speaks: an agency the sentence quotes ("ICE said"), else the message's or
      // document's author, else the signature, else the agency the sentence is about.
      std::string speaker;
      std::string subject;
      for (const detail::AgencyMatch& agency : agency_matches) {
        if (agency.start < sentence.start || agency.end > sentence.end) {
          continue;
        }
        if (subject.empty()) {
          subject = agency.value;
        }
        const std::size_t before = agency.start - sentence.start;
        const std::string_view lead = sentence_text.substr(before >= 14 ? before - 14 : 0,
                                                           before >= 14 ? 14 : before);
        if (stance.speech_follows(sentence_text, agency.end - sentence.start) ||
            lead.find("ccording to") != std::string_view::npos) {
          speaker = agency.value;
          break;
        }
      }
      std::string message_agency = context.message_agency;
      std::string message_date = context.message_date;
      for (const detail::HeaderLine& header : headers) {
        if (header.start >= sentence.start) {
          break;
        }
        if (header.field == "From") {
          message_agency = header_agency(header);
        } else if (header.field == "Sent" || header.field == "Date") {
          if (const detail::DateMatch* sent = date_in(header.value_start, header.end)) {
            message_date = detail::iso_date(sent->year, sent->month, sent->day);
          }
        }
      }
      const std::string signed_by = has_messages ? message_signature(sentence.end) : std::string();
      std::string agency = speaker;
      for (const std::string* fallback : std::initializer_list<const std::string*>
           {&message_agency, &signed_by, &context.author_agency, &signature_agency, &subject}) {
        if (agency.empty()) {
          agency = *fallback;
        }
      }
      std::string date = message_date.empty() ? context.date : message_date;
      if (date.empty()) {
        // The nearest full date on the page, preferring one before the sentence.
        const detail::DateMatch* nearest = nullptr;
        for (const detail::DateMatch& candidate : date_matches) {
          if (candidate.year != 0 && (!nearest || candidate.start <= sentence.start)) {
            nearest = &candidate;
          }
        }
        date = nearest ? detail::iso_date(nearest->year, nearest->month, nearest->day) : context.last_date;
      }
      Json extra = Json::object();
      extra["agency"] = agency.empty() ? Json(nullptr) : Json(agency);
      extra["date"] = date.empty() ? Json(nullptr) : Json(date);
      candidates.push_back({stance.kind(), sentence.start, sentence.end, result.value,
                            result.confidence, extra});
    }
  }

  // Carry the last message header and date to the next page.
  for (const detail::HeaderLine& header : headers) {
    if (header.field == "From") {
      context.message_agency = header_agency(header);
    } else if (header.field == "Sent" || (header.field == "Date" && header.in_email)) {
      if (const detail::DateMatch* sent = date_in(header.value_start, header.end)) {
        context.message_date = detail::iso_date(sent->year, sent->month, sent->day);
      }
    }
  }
  if (!last_dated.empty()) {
    context.last_date = last_dated;
  }
  ++context.pages_seen;

  // Back to page offsets, line numbers, and the documented order.
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
    tag.line = 1 + static_cast<int>(std::lower_bound(newlines.begin(), newlines.end(), start) - newlines.begin());
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
