#include "foia/report/summary.hpp"

#include "date_line.hpp"
#include "foia/report/dates.hpp"
#include "foia/version.hpp"

#include <algorithm>
#include <array>
#include <ostream>
#include <sstream>
#include <streambuf>
#include <cctype>
#include <optional>
#include <stdexcept>
#include <tuple>
#include <utility>

namespace foia::report {

namespace {

using PageKey = std::pair<std::string, int>; // doc, page

/// A date tag, kept for deadlines and for date lines; never the page text.
struct DateMention {
  int page = 0;
  int line = 0;
  std::size_t start = 0;
  std::size_t end = 0;
  std::string value;
  std::string text;
  bool fiscal = false;
  bool inferred = false;
};

struct ExemptionCount {
  long occurrences = 0;
  std::set<PageKey> pages;
};

/// The stamp chosen for a page: the last one on it, since stamps sit at the foot of the page
/// and a page may also quote another page's number in its body.
struct Stamp {
  int line = 0;
  std::size_t start = 0;
  std::string value;
};

/// A line of page text needed after the tags are read, with its byte offset in the page.
struct PageLine {
  std::size_t offset = 0;
  std::string text;
  bool found = false;
};

std::string lowercase(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](char byte) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(byte)));
  });
  return lower;
}

std::string string_field(const Json& extra, const char* key) {
  const auto found = extra.find(key);
  if (found == extra.end() || !found->is_string()) {
    return {};
  }
  return found->get<std::string>();
}

bool bool_field(const Json& extra, const char* key) {
  const auto found = extra.find(key);
  return found != extra.end() && found->is_boolean() && found->get<bool>();
}

std::string trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())) != 0) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())) != 0) {
    text.remove_suffix(1);
  }
  return std::string(text);
}

// The last word of `text`, lowercased ("" when none).
std::string last_word(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0 && std::isalpha(static_cast<unsigned char>(text[end - 1])) == 0) {
    --end;
  }
  std::size_t begin = end;
  while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1])) != 0) {
    --begin;
  }
  return lowercase(text.substr(begin, end - begin));
}

// The first word of `text`, lowercased.
std::string first_word(std::string_view text) {
  std::size_t begin = 0;
  while (begin < text.size() && std::isalpha(static_cast<unsigned char>(text[begin])) == 0) {
    ++begin;
  }
  std::size_t end = begin;
  while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end])) != 0) {
    ++end;
  }
  return lowercase(text.substr(begin, end - begin));
}

bool is_deadline_word(const std::string& word) {
  // "by 2013", "before 2013", "no later than 2013", "until 2013".
  return word == "by" || word == "before" || word == "than" || word == "until";
}

// When a date inside a statement reads as a deadline ("mandatory by 2013", "in FY 2013"),
// its year; otherwise "".
std::string deadline_year(const Citation& statement, const DateMention& date) {
  if (date.page != statement.page || date.start < statement.start || date.end > statement.end ||
      date.inferred || date.value.size() < 4) {
    return {};
  }
  const std::string_view quote = statement.quote;
  const std::size_t offset = std::min(date.start - statement.start, quote.size());
  if (date.fiscal || is_deadline_word(first_word(date.text)) ||
      is_deadline_word(last_word(quote.substr(0, offset)))) {
    return date.value.substr(0, 4);
  }
  return {};
}

std::string page_cite(const Citation& citation) {
  std::string text = "p. " + std::to_string(citation.page);
  if (!citation.bates.empty()) {
    text += ", " + citation.bates;
  }
  return text;
}

Json nullable_count(bool known, int count) {
  return known ? Json(count) : Json(nullptr);
}

// The timeline's entries, one per agency (named agencies first, in name order, then the
// unattributed statements), each handed to `emit` as soon as it is built.
template <typename Emit>
void for_each_timeline_entry(const std::vector<Citation>& statements, Emit emit) {
  std::map<std::string, std::vector<const Citation*>> by_agency;
  for (const Citation& statement : statements) {
    by_agency[statement.agency].push_back(&statement);
  }
  const auto entry = [](const std::string& agency, std::vector<const Citation*> entries) {
    std::sort(entries.begin(), entries.end(),
              [](const Citation* a, const Citation* b) { return dated_before(*a, *b); });
    Json list = Json::array();
    for (const Citation* statement : entries) {
      list.push_back(Json{{"id", statement->id},
                          {"date", statement->date.empty() ? Json(nullptr) : Json(statement->date)},
                          {"stance", statement->stance},
                          {"path", record::sanitize_utf8(statement->path)},
                          {"page", statement->page}});
    }
    return Json{{"agency", agency.empty() ? Json(nullptr) : Json(agency)}, {"statements", list}};
  };
  for (const auto& [agency, entries] : by_agency) {
    if (!agency.empty()) {
      emit(entry(agency, entries));
    }
  }
  // Unattributed statements last, so the named agencies lead.
  if (const auto unattributed = by_agency.find(""); unattributed != by_agency.end()) {
    emit(entry("", unattributed->second));
  }
}

} // namespace

struct SummaryBuilder::State {
  Json options;

  // From the records.
  bool records_seen = false;
  int documents = 0;
  int pages = 0;
  int text_pages = 0;
  int ocr_pages = 0;
  std::vector<std::pair<std::string, std::string>> failed_documents;  // path, error
  std::vector<std::tuple<std::string, int, std::string>> page_errors; // path, page, error
  std::vector<std::tuple<std::string, int, std::string>> page_notes;

  // From the tags.
  std::map<std::string, long> tags_by_kind;
  std::map<std::string, ExemptionCount> exemptions;
  std::map<PageKey, Stamp> stamps;
  std::map<std::string, std::string> path_of_doc;
  std::vector<Citation> statements;
  std::map<std::string, std::vector<DateMention>> dates_by_doc;
  std::set<std::tuple<std::string, int, int>> email_date_lines; // doc, page, line

  // Lines to look up in the records: doc, page -> line number -> text.
  std::map<PageKey, std::map<int, PageLine>> wanted_lines;

  void read_page_lines(const record::PageRecord& page);
  std::string bates_of(const std::string& doc, int page) const;
  std::optional<Inconsistency> date_conflict(const std::string& doc,
                                             const std::vector<DateMention>& dates) const;
  Json counts_json(const std::vector<Inconsistency>& inconsistencies) const;
};

SummaryBuilder::SummaryBuilder(Json options) : m_state(std::make_unique<State>()) {
  m_state->options = std::move(options);
}

SummaryBuilder::~SummaryBuilder() = default;

void SummaryBuilder::add_tag(const record::Tag& tag) {
  State& state = *m_state;
  ++state.tags_by_kind[tag.kind];
  state.path_of_doc.try_emplace(tag.doc, tag.path);
  if (tag.kind == "exemption") {
    ExemptionCount& count = state.exemptions[tag.value];
    ++count.occurrences;
    count.pages.emplace(tag.doc, tag.page);
  } else if (tag.kind == "bates") {
    auto [slot, inserted] =
        state.stamps.try_emplace(PageKey{tag.doc, tag.page}, Stamp{tag.line, tag.start, tag.value});
    if (!inserted &&
        std::tie(tag.line, tag.start) > std::tie(slot->second.line, slot->second.start)) {
      slot->second = Stamp{tag.line, tag.start, tag.value};
    }
  } else if (tag.kind == "optout") {
    Citation statement;
    statement.id = statement_id(tag.doc, tag.page, tag.start, tag.end);
    statement.stance = tag.value;
    statement.agency = string_field(tag.extra, "agency");
    statement.date = string_field(tag.extra, "date");
    statement.doc = tag.doc;
    statement.path = tag.path;
    statement.page = tag.page;
    statement.line = tag.line;
    statement.start = tag.start;
    statement.end = tag.end;
    statement.quote = tag.text;
    state.statements.push_back(std::move(statement));
  } else if (tag.kind == "date") {
    DateMention date{tag.page,
                     tag.line,
                     tag.start,
                     tag.end,
                     tag.value,
                     tag.text,
                     bool_field(tag.extra, "fiscal"),
                     bool_field(tag.extra, "inferred")};
    // A date line or a Sent: header: its line is read from the page record when it comes.
    if (!date.inferred && !date.fiscal && date.value.size() >= 7) {
      state.wanted_lines[PageKey{tag.doc, tag.page}][tag.line];
    }
    state.dates_by_doc[tag.doc].push_back(std::move(date));
  } else if (tag.kind == "email") {
    const std::string field = lowercase(tag.value);
    if (field == "sent" || field == "date") {
      state.email_date_lines.emplace(tag.doc, tag.page, tag.line);
    }
  }
}

void SummaryBuilder::State::read_page_lines(const record::PageRecord& page) {
  const auto wanted = wanted_lines.find(PageKey{page.doc, page.page});
  if (wanted == wanted_lines.end()) {
    return;
  }
  record::for_each_line(
      page.text, [&wanted](int line_number, std::size_t offset, std::string_view text) {
        if (const auto line = wanted->second.find(line_number); line != wanted->second.end()) {
          line->second = PageLine{offset, std::string(text), true};
        }
      });
}

void SummaryBuilder::add_record(const record::ParsedRecord& parsed) {
  State& state = *m_state;
  state.records_seen = true;
  if (parsed.document) {
    const record::DocumentRecord& document = *parsed.document;
    ++state.documents;
    if (document.error) {
      state.failed_documents.emplace_back(document.path, *document.error);
    }
    return;
  }
  if (!parsed.page) {
    return;
  }
  const record::PageRecord& page = *parsed.page;
  ++state.pages;
  if (page.method == record::Method::ocr) {
    ++state.ocr_pages;
  } else if (page.method == record::Method::text) {
    ++state.text_pages;
  }
  if (page.error) {
    state.page_errors.emplace_back(page.path, page.page, *page.error);
  }
  for (const std::string& note : page.notes) {
    state.page_notes.emplace_back(page.path, page.page, note);
  }
  state.read_page_lines(page);
}

std::string SummaryBuilder::State::bates_of(const std::string& doc, int page) const {
  const auto stamp = stamps.find(PageKey{doc, page});
  return stamp == stamps.end() ? std::string() : stamp->second.value;
}

// A document whose own date line names a day that none of its email Sent: headers does: a memo
// dated before the email it prints, or a header altered or mistyped. Needs the records, since
// only the page text tells a date line from a date in a sentence.
std::optional<Inconsistency>
SummaryBuilder::State::date_conflict(const std::string& doc,
                                     const std::vector<DateMention>& dates) const {
  std::vector<Citation> date_lines;
  std::vector<Citation> sent;
  for (const DateMention& date : dates) {
    const auto page_lines = wanted_lines.find(PageKey{doc, date.page});
    if (page_lines == wanted_lines.end()) {
      continue;
    }
    const auto line = page_lines->second.find(date.line);
    if (line == page_lines->second.end() || !line->second.found) {
      continue;
    }
    Citation citation;
    citation.date = date.value;
    citation.doc = doc;
    citation.path = path_of_doc.at(doc);
    citation.page = date.page;
    citation.line = date.line;
    citation.start = date.start;
    citation.end = date.end;
    citation.bates = bates_of(doc, date.page);
    citation.quote = trim(line->second.text);
    const bool header = email_date_lines.count({doc, date.page, date.line}) > 0 ||
                        is_sent_line(date.text) || is_sent_line(line->second.text);
    if (header) {
      sent.push_back(std::move(citation));
    } else if (date.start >= line->second.offset &&
               is_date_line(line->second.text, date.start - line->second.offset,
                            date.end - line->second.offset)) {
      date_lines.push_back(std::move(citation));
    }
  }
  if (date_lines.empty() || sent.empty()) {
    return std::nullopt;
  }
  std::sort(sent.begin(), sent.end(), cited_before);
  const Citation document_date =
      *std::min_element(date_lines.begin(), date_lines.end(), cited_before);
  for (const Citation& header : sent) {
    if (compatible(header.date, document_date.date)) {
      return std::nullopt;
    }
  }

  Inconsistency conflict;
  conflict.kind = "date-conflict";
  conflict.statements.push_back(document_date);
  conflict.explanation = document_date.path + " is dated " + document_date.date + " (" +
                         page_cite(document_date) + ") but its email headers give ";
  Json sent_dates = Json::array();
  for (const Citation& header : sent) {
    if (std::find(sent_dates.begin(), sent_dates.end(), header.date) != sent_dates.end()) {
      continue;
    }
    // A long thread can carry many send dates; three make the point.
    if (sent_dates.size() < 3) {
      conflict.explanation +=
          (sent_dates.empty() ? "" : ", ") + header.date + " (" + page_cite(header) + ")";
      conflict.statements.push_back(header);
    }
    sent_dates.push_back(header.date);
  }
  std::set<std::string> agencies;
  for (const Citation& statement : statements) {
    if (statement.doc == doc && !statement.agency.empty()) {
      agencies.insert(statement.agency);
    }
  }
  conflict.agencies.assign(agencies.begin(), agencies.end());
  conflict.details["document_date"] = document_date.date;
  conflict.details["sent_dates"] = sent_dates;
  return conflict;
}

Json SummaryBuilder::State::counts_json(const std::vector<Inconsistency>& inconsistencies) const {
  Json counts;
  counts["documents"] = nullable_count(records_seen, documents);
  counts["pages"] = nullable_count(records_seen, pages);
  counts["text_pages"] = nullable_count(records_seen, text_pages);
  counts["ocr_pages"] = nullable_count(records_seen, ocr_pages);

  auto failed = failed_documents;
  std::sort(failed.begin(), failed.end());
  Json failed_json = Json::array();
  for (const auto& [path, error] : failed) {
    failed_json.push_back(
        Json{{"path", record::sanitize_utf8(path)}, {"error", record::sanitize_utf8(error)}});
  }
  counts["failed_documents"] = failed_json;

  const auto page_list = [](auto entries, const char* what) {
    std::sort(entries.begin(), entries.end());
    Json list = Json::array();
    for (const auto& [path, page, message] : entries) {
      list.push_back(Json{{"path", record::sanitize_utf8(path)},
                          {"page", page},
                          {what, record::sanitize_utf8(message)}});
    }
    return list;
  };
  counts["page_errors"] = page_list(page_errors, "error");
  counts["page_notes"] = page_list(page_notes, "note");

  Json tags = Json::object();
  for (const auto& [kind, count] : tags_by_kind) {
    tags[kind] = count;
  }
  counts["tags"] = tags;

  Json exemption_list = Json::array();
  for (const auto& [code, count] : exemptions) {
    exemption_list.push_back(Json{{"code", record::sanitize_utf8(code)},
                                  {"occurrences", count.occurrences},
                                  {"pages", count.pages.size()}});
  }
  counts["exemptions"] = exemption_list;

  // Bates range of each document: the stamp of its first and last stamped page.
  std::map<std::string, std::vector<std::pair<int, std::string>>> stamps_by_doc;
  for (const auto& [key, stamp] : stamps) {
    stamps_by_doc[key.first].emplace_back(key.second, stamp.value);
  }
  std::vector<std::pair<std::string, Json>> bates_ranges;
  for (const auto& [doc, pages_stamped] : stamps_by_doc) {
    const std::string& path = path_of_doc.at(doc);
    Json range;
    range["path"] = record::sanitize_utf8(path);
    range["first"] = record::sanitize_utf8(pages_stamped.front().second);
    range["first_page"] = pages_stamped.front().first;
    range["last"] = record::sanitize_utf8(pages_stamped.back().second);
    range["last_page"] = pages_stamped.back().first;
    range["stamped_pages"] = pages_stamped.size();
    bates_ranges.emplace_back(path + '\0' + doc, std::move(range));
  }
  std::sort(bates_ranges.begin(), bates_ranges.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  Json bates = Json::array();
  for (auto& entry : bates_ranges) {
    bates.push_back(std::move(entry.second));
  }
  counts["bates"] = bates;

  std::map<std::string, long> stances{{k_available, 0}, {k_unavailable, 0}, {"unclear", 0}};
  for (const Citation& statement : statements) {
    ++stances[statement.stance];
  }
  Json stance_counts = Json::object();
  for (const auto& [stance, count] : stances) {
    stance_counts[stance] = count;
  }
  counts["statements"] = stance_counts;

  std::map<std::string, long> kinds{{"self-contradiction", 0},
                                    {"reversal", 0},
                                    {"cross-agency", 0},
                                    {"deadline-conflict", 0},
                                    {"date-conflict", 0}};
  for (const Inconsistency& inconsistency : inconsistencies) {
    ++kinds[inconsistency.kind];
  }
  Json kind_counts = Json::object();
  for (const auto& [kind, count] : kinds) {
    kind_counts[kind] = count;
  }
  counts["inconsistencies"] = kind_counts;
  return counts;
}

Summary SummaryBuilder::finish() {
  State& state = *m_state;
  for (Citation& statement : state.statements) {
    statement.bates = state.bates_of(statement.doc, statement.page);
    const auto dates = state.dates_by_doc.find(statement.doc);
    if (dates == state.dates_by_doc.end()) {
      continue;
    }
    const DateMention* first_deadline = nullptr;
    for (const DateMention& date : dates->second) {
      if (!deadline_year(statement, date).empty() &&
          (first_deadline == nullptr || date.start < first_deadline->start)) {
        first_deadline = &date;
      }
    }
    if (first_deadline != nullptr) {
      statement.deadline = deadline_year(statement, *first_deadline);
    }
  }
  std::sort(state.statements.begin(), state.statements.end(), cited_before);

  std::vector<Inconsistency> inconsistencies = find_statement_inconsistencies(state.statements);
  for (const auto& [doc, dates] : state.dates_by_doc) {
    if (auto conflict = state.date_conflict(doc, dates)) {
      inconsistencies.push_back(std::move(*conflict));
    }
  }
  std::stable_sort(inconsistencies.begin(), inconsistencies.end(), listed_before);

  Summary summary;
  summary.documents = state.documents;
  summary.pages = state.pages;
  summary.ocr_pages = state.ocr_pages;
  summary.statements = static_cast<int>(state.statements.size());
  summary.errors = static_cast<int>(state.failed_documents.size() + state.page_errors.size());
  summary.warnings = summary.errors + static_cast<int>(state.page_notes.size());

  Json& head = summary.head;
  head["schema_version"] = k_schema_version;
  head["tool"] = Json{{"name", "foia"}, {"version", k_version}};
  head["options"] = state.options.is_object() ? state.options : Json::object();
  head["counts"] = state.counts_json(inconsistencies);
  // Placeholders, so the keys keep their places: the arrays are made from `citations`.
  head["statements"] = nullptr;
  head["timeline"] = nullptr;
  Json inconsistency_list = Json::array();
  for (const Inconsistency& inconsistency : inconsistencies) {
    inconsistency_list.push_back(to_json(inconsistency));
    summary.explanations.push_back(inconsistency.explanation);
  }
  head["inconsistencies"] = inconsistency_list;
  summary.citations = std::move(state.statements);
  return summary;
}

Json Summary::to_json() const {
  Json json = head;
  Json& statement_list = json["statements"] = Json::array();
  for (const Citation& citation : citations) {
    statement_list.push_back(report::to_json(citation));
  }
  Json& timeline = json["timeline"] = Json::array();
  for_each_timeline_entry(citations,
                          [&timeline](Json entry) { timeline.push_back(std::move(entry)); });
  return json;
}

Summary build_summary(const std::string& tags_path, const std::string& records_path, Json options) {
  SummaryBuilder builder(std::move(options));
  std::string line;
  record::LineReader tags(tags_path);
  while (tags.next(line)) {
    if (line.empty()) {
      continue;
    }
    builder.add_tag(tags.parse(line, record::parse_tag_line));
  }
  if (!records_path.empty()) {
    record::LineReader records(records_path);
    while (records.next(line)) {
      if (line.empty()) {
        continue;
      }
      builder.add_record(records.parse(line, record::parse_record_line));
    }
  }
  return builder.finish();
}

namespace {

// Hands an ostream's bytes to an OutputFile in blocks, so a large summary is never one string.
class OutputFileBuffer : public std::streambuf {
public:
  explicit OutputFileBuffer(record::OutputFile& output) : m_output(output) {
    setp(m_block.data(), m_block.data() + m_block.size());
  }
  ~OutputFileBuffer() override = default;
  OutputFileBuffer(const OutputFileBuffer&) = delete;
  OutputFileBuffer& operator=(const OutputFileBuffer&) = delete;

  void flush_block() {
    m_output.write(std::string_view(pbase(), static_cast<std::size_t>(pptr() - pbase())));
    setp(m_block.data(), m_block.data() + m_block.size());
  }

protected:
  int_type overflow(int_type byte) override {
    flush_block();
    if (!traits_type::eq_int_type(byte, traits_type::eof())) {
      sputc(traits_type::to_char_type(byte));
    }
    return traits_type::not_eof(byte);
  }
  int sync() override {
    flush_block();
    return 0;
  }

private:
  record::OutputFile& m_output;
  std::array<char, 1 << 16> m_block{};
};

// `value` as dump(2) writes it `depth` levels deep: every line after the first indented more.
void write_nested(std::ostream& stream, const Json& value, int depth) {
  const std::string text = value.dump(2);
  const std::string indent(static_cast<std::size_t>(2 * depth), ' ');
  std::size_t from = 0;
  for (std::size_t newline = text.find('\n'); newline != std::string::npos;
       newline = text.find('\n', from)) {
    stream.write(text.data() + from, static_cast<std::streamsize>(newline + 1 - from));
    stream << indent;
    from = newline + 1;
  }
  stream.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
}

// The summary as Json::dump(2) would write summary.to_json(), plus a final newline, with the
// statements and timeline formatted one element at a time.
void write_text(const Summary& summary, std::ostream& stream) {
  const char* separator = "{\n";
  for (const auto& [key, value] : summary.head.items()) {
    stream << separator << "  " << Json(key).dump() << ": ";
    separator = ",\n";
    if (key != "statements" && key != "timeline") {
      write_nested(stream, value, 1);
      continue;
    }
    bool any = false;
    const auto element = [&stream, &any](const Json& entry) {
      stream << (any ? ",\n    " : "[\n    ");
      any = true;
      write_nested(stream, entry, 2);
    };
    if (key == "statements") {
      for (const Citation& citation : summary.citations) {
        element(to_json(citation));
      }
    } else {
      for_each_timeline_entry(summary.citations, element);
    }
    stream << (any ? "\n  ]" : "[]");
  }
  stream << "\n}\n";
}

} // namespace

std::string to_text(const Summary& summary) {
  std::ostringstream stream;
  write_text(summary, stream);
  return stream.str();
}

void write_summary(const Summary& summary, record::OutputFile& output) {
  OutputFileBuffer buffer(output);
  std::ostream stream(&buffer);
  // Write errors surface as exceptions from OutputFile::write; let them through.
  stream.exceptions(std::ios::badbit);
  write_text(summary, stream);
  buffer.flush_block();
}

std::string human_summary(const Summary& summary) {
  const Json& counts = summary.head.at("counts");
  std::string text;
  if (!counts.at("documents").is_null()) {
    text += "documents: " + std::to_string(summary.documents) + " (" +
            std::to_string(counts.at("failed_documents").size()) +
            " unreadable), pages: " + std::to_string(summary.pages) + " (" +
            std::to_string(summary.ocr_pages) + " OCR, " +
            std::to_string(counts.at("page_errors").size()) + " failed)\n";
  }
  const Json& stances = counts.at("statements");
  text += "statements: " + std::to_string(summary.statements) + " (" +
          stances.at(k_available).dump() + " available, " + stances.at(k_unavailable).dump() +
          " unavailable, " + stances.at("unclear").dump() + " unclear)\n";
  text += "inconsistencies: " + std::to_string(summary.explanations.size()) + "\n";
  for (const std::string& explanation : summary.explanations) {
    text += "  - " + explanation + "\n";
  }
  return text;
}

} // namespace foia::report
