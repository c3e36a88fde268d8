// The document-level reading of a page: its date, its author (letterhead, From: line,
// signature) and the acronyms it defines.

#include "page_facts.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <tuple>
#include <unordered_set>

namespace foia::analyze::detail {

namespace {

// Whether the line starting at `begin` goes on with a sentence the line before it left open:
// "... under 5 U.S.C. 552, / dated February 3, 2011" is a recital, not a "Dated:" line.
bool continues_sentence(std::string_view text, std::size_t begin) {
  std::size_t at = begin;
  while (at > 0 && (text[at - 1] == '\n' || text[at - 1] == ' ')) {
    if (text[at - 1] == '\n' && at >= 2 && text[at - 2] == '\n') {
      return false; // a blank line before it
    }
    --at;
  }
  if (at == 0) {
    return false;
  }
  const char last = text[at - 1];
  return last == ',' || (last >= 'a' && last <= 'z') || (last >= '0' && last <= '9');
}

const RE2& enactment_words() {
  static const LazyRegex k_enactment(
      R"((?im)^\s*(?:passed|adopted|approved|enacted|dated|signed|executed|ordered|subscribed|sworn|given\s+under)\b)");
  return *k_enactment;
}

// The latest full date on a "Date:" line in the signature block under "APPROVED BY:" or
// "SIGNED:": an agreement signed by two parties takes effect on the last signature's date.
const DateMatch* signature_date(std::string_view text, const std::vector<DateMatch>& dates) {
  static const LazyRegex k_block(
      R"((?im)^(\s*(?:approved|signed|agreed(?:\s+to)?|accepted|executed)(?:\s+by)?\s*:\s*)$)");
  static const LazyRegex k_date_label(R"((?i)(?:^|\s)date:\s*$)");
  const auto labelled = [&](const DateMatch& date) {
    const std::size_t from = date.start > 12 ? date.start - 12 : 0;
    return date.year != 0 && date.day != 0 &&
           RE2::PartialMatch(text.substr(from, date.start - from), *k_date_label);
  };
  // Most pages have no "Date:" label: only those that do are searched for a signature block.
  const auto first = std::find_if(dates.begin(), dates.end(), labelled);
  re2::StringPiece block;
  if (first == dates.end() || !RE2::PartialMatch(text.substr(0, first->start), *k_block, &block)) {
    return nullptr;
  }
  const auto block_start = static_cast<std::size_t>(block.data() - text.data());
  const DateMatch* latest = nullptr;
  for (auto date = first; date != dates.end(); ++date) {
    // Within the block: a dozen lines under its label.
    if (std::count(text.begin() + block_start, text.begin() + date->start, '\n') > 12) {
      break;
    }
    if (labelled(*date) &&
        (latest == nullptr || std::tie(date->year, date->month, date->day) >
                                  std::tie(latest->year, latest->month, latest->day))) {
      latest = &*date;
    }
  }
  return latest;
}

// The first full date on a line that opens with an enactment word: "PASSED AND ADOPTED this 6th
// day of September, 2011", "Dated: March 3, 2011", "Signed on ...", a jurat's "SUBSCRIBED AND SWORN
// to before me this 24th day of June, 2011". At the line's start only: "in a letter dated June 14"
// inside a recital names another document's date.
const DateMatch* enactment_date(std::string_view text, const std::vector<DateMatch>& dates) {
  for (const DateMatch& date : dates) {
    if (date.year == 0 || date.day == 0) {
      continue;
    }
    const std::size_t begin = line_begin(text, date.start);
    if (date.start - begin <= 60 &&
        RE2::PartialMatch(text.substr(begin, date.start - begin), enactment_words()) &&
        !continues_sentence(text, begin)) {
      return &date;
    }
    // A court's "Dated: Hadley Falls, New York / September 8, 2011": the place on the label's
    // line, the date opening the next.
    if (begin > 0 && trim(text.substr(begin, date.start - begin)).empty()) {
      const std::size_t label = line_begin(text, begin - 1);
      const std::string_view above = text.substr(label, begin - 1 - label);
      if (above.find(':') != std::string_view::npos &&
          RE2::PartialMatch(above, enactment_words()) && !continues_sentence(text, label)) {
        return &date;
      }
    }
  }
  return signature_date(text, dates);
}
// The result points into `dates`: a temporary vector would leave it dangling.
const DateMatch* enactment_date(std::string_view text, std::vector<DateMatch>&& dates) = delete;

// The words before a document's publication date.
constexpr std::string_view k_publication =
    R"((?i)\b(?:published|released|last\s+modified|last\s+updated|date\s+of\s+issue))";

const RE2& publication_words() {
  static const RE2 k_words(std::string(k_publication) + R"(\b)");
  return k_words;
}

// The first full date right after "Published", "Released", "Last modified" or "Last updated"
// in `text`, or nullptr. Not one a sentence gives another document ("The original PIA,
// published April 2, 2009, stated ..."): the marker after a comma or a word in lower case.
const DateMatch* marked_date(std::string_view text, const std::vector<DateMatch>& dates) {
  static const RE2 k_marker("(" + std::string(k_publication) + R"()\W{0,3}$)");
  // "Printed by order of the Board of Supervisors, April 12, 2012": printed for its publisher,
  // the date it was published.
  static const LazyRegex k_printed_for(
      R"((?i)(?:^|\n)\s*printed\s+by\s+order\s+of\s+[^\n,]{3,60},\s*$)");
  // The marker after a comma or a word in lower case: a sentence's ("The original PIA,
  // published ...", "which was released ..."); "Page last updated:" is a label.
  static const LazyRegex k_in_sentence(R"((?:,|(?:^|[^A-Za-z])[a-z][A-Za-z]*)\s*$)");
  for (const DateMatch& date : dates) {
    if (date.year == 0 || date.day == 0) {
      continue;
    }
    const std::size_t line = line_begin(text, date.start);
    if (RE2::PartialMatch(text.substr(line, date.start - line), *k_printed_for)) {
      return &date;
    }
    const std::size_t from = date.start > 30 ? date.start - 30 : 0;
    re2::StringPiece marker;
    if (RE2::PartialMatch(text.substr(from, date.start - from), k_marker, &marker)) {
      const auto at = static_cast<std::size_t>(marker.data() - text.data());
      const std::size_t begin = line_begin(text, at);
      if (!RE2::PartialMatch(text.substr(begin, at - begin), *k_in_sentence)) {
        return &date;
      }
    }
  }
  return nullptr;
}
const DateMatch* marked_date(std::string_view text, std::vector<DateMatch>&& dates) = delete;

const DateMatch* marked_date(const PageFacts& facts) {
  return marked_date(facts.text, facts.dates);
}

const DateMatch* enactment_date(const PageFacts& facts) {
  return enactment_date(facts.text, facts.dates);
}

// Whether `date` is the date something was done to the document, not the document's own: a
// receipt stamp ("RECEIVED / OCT 22 2010"), an export, a print or a forwarding line ("Export
// generated 12/14/2011", "[media clip -- forwarded by (b)(6) 03/25/2011]"), a clipping
// service's banner ("Daily Media Clips    Wednesday, 03/16/2011"), a fax's transmission line.
// A court's or a form's "Filed" date is the filing's own.
bool handling_date(std::string_view text, const DateMatch& date) {
  static const LazyRegex k_handling(
      R"((?i)\b(?:received|generated|printed|forwarded|compiled|scanned|faxed|clips?)\b)");
  // A fax's transmission line, its sender and addressee on one line ("MAR-07-2011 14:22
  // FROM:LASSITER CO SHERIFF ...   TO:ERO MIAMI   P.1/2"), not an email's header lines.
  static const LazyRegex k_fax_line(R"((?i)\bfrom\s*:[^\n]*\bto\s*:)");
  const std::size_t begin = line_begin(text, date.start);
  if (RE2::PartialMatch(text.substr(begin, date.start - begin), *k_handling) ||
      RE2::PartialMatch(text.substr(begin, line_end(text, date.start) - begin), *k_fax_line)) {
    return true;
  }
  if (begin == 0) {
    return false;
  }
  const std::size_t previous = line_begin(text, begin - 1);
  const std::string_view stamp = trim(text.substr(previous, begin - 1 - previous));
  return !stamp.empty() && stamp.size() <= 12 && RE2::FullMatch(stamp, *k_handling);
}

// Whether `date` is a date line: alone on its line but for a few words ("Date: ..."). Not the
// end of a sentence wrapped onto a line of its own ("... Field Office Director, ICE ERO Buffalo,
// / dated 06/22/2011)"): words in lower case before the date, no label's colon.
bool on_date_line(std::string_view text, const DateMatch& date) {
  const std::size_t begin = line_begin(text, date.start);
  const std::string_view line = trim(text.substr(begin, line_end(text, date.start) - begin));
  if (line.size() > date.end - date.start + 12) {
    return false;
  }
  const std::string_view before = trim(text.substr(begin, date.start - begin));
  return before.empty() || before.front() < 'a' || before.front() > 'z' || before.back() == ':';
}

// Where the page's first `lines` lines end.
std::size_t heading_end(std::string_view text, int lines) {
  std::size_t end = 0;
  for (int line = 0; line < lines && end < text.size(); ++line) {
    end = line_end(text, end) + 1;
  }
  return end;
}

// Whether a revision or drafting word ("Last updated 10/29/2010", "Draft of 02/28/2011",
// "Prepared March 3, 2011", "Rev. 1/21/11", a form's "Submitted:  02/15/2011 21:14") or a
// log's start label ("Start:  01/11/2011 2:47:03 PM") marks `date` as the day its document was
// written.
bool revision_marked(std::string_view text, const DateMatch& date) {
  static const LazyRegex k_revision(
      R"((?i)\b(?:revised|rev|updated|amended|prepared|issued|as of|effective|submitted|draft(?:ed)?(?: of)?)\W*$)");
  static const LazyRegex k_start(
      R"((?i)^\s*(?:start|started|began|begin)(?:\s+(?:date|time))?:\s*$)");
  const std::size_t begin = line_begin(text, date.start);
  const std::string_view before = text.substr(begin, date.start - begin);
  return RE2::PartialMatch(before, *k_revision) || RE2::FullMatch(before, *k_start);
}

// The first full date before `limit` that revision_marked(), or nullptr; or one to the month
// that ends its line ("Inmate Handbook  ·  Rev. 07/2010"), not a citation's "(issued August
// 2010) stated".
const DateMatch* revision_date(const PageFacts& facts, std::size_t limit) {
  const std::string_view text = facts.text;
  for (auto date = facts.dates.begin(); date != facts.dates.end() && date->start < limit; ++date) {
    const bool ends_line =
        trim(text.substr(date->end, line_end(text, date->end) - date->end)).empty();
    if (date->year != 0 && date->month != 0 && (date->day != 0 || ends_line) &&
        revision_marked(text, *date)) {
      return &*date;
    }
  }
  return nullptr;
}

} // namespace

// The document's own date (the steps in page_facts.hpp).
void find_document_date(const PageFacts& facts, DocumentContext& context) {
  for (const std::string& date : facts.header_dates) {
    if (context.date.empty() && !date.empty()) {
      context.date = date;
      context.date_guessed = false;
    }
  }
  if (context.date_guessed) {
    if (const DateMatch* enacted = enactment_date(facts)) {
      context.date = iso(*enacted);
      context.date_guessed = false;
    }
  }
  if (!context.date.empty() || context.pages_seen > 0) {
    return;
  }
  const std::string_view text = facts.text;
  // "Published January 17, 2012", "Last modified: 06/14/2012": the document's own date, wherever
  // on the first page it is printed (a footer, under a print header that has the day it was
  // printed), or on a page read ahead.
  if (const DateMatch* published = marked_date(facts)) {
    context.date = iso(*published);
    return;
  }
  if (!context.published_date.empty()) {
    context.date = context.published_date;
    return;
  }
  // A date line; else a date the heading marks as its draft's or revision's ("Draft of
  // 02/28/2011" under "Hearing: March 8, 2011"); else any date in the heading. A date in the
  // heading's running text ("WHEREAS, ... on May 1, 2009") is some other event's when an
  // enactment line read ahead dates the document.
  auto first_date = [&](auto accept) -> const DateMatch* {
    for (const DateMatch& date : facts.dates) {
      if (date.year != 0 && date.month != 0 && !handling_date(text, date) && accept(date)) {
        return &date;
      }
    }
    return nullptr;
  };
  const std::size_t heading = heading_end(text, 5);
  // A record of an interview, a meeting or a call is dated by it, not by when it was written up
  // ("Date of interview:   November 15, 2011, 10:00 a.m. ..." above "Date prepared:
  // 11/18/2011").
  static const LazyRegex k_event_label(
      R"((?i)(?:^|\s)(?:date\s+of\s+(?:the\s+)?(?:interview|meeting|call|conversation)|(?:interview|meeting|call)\s+date)\s*:\s*$)");
  const std::size_t top = heading_end(text, 15);
  const DateMatch* own = first_date([&](const DateMatch& date) {
    const std::size_t begin = line_begin(text, date.start);
    return date.start < top && date.day != 0 &&
           RE2::PartialMatch(text.substr(begin, date.start - begin), *k_event_label);
  });
  if (own == nullptr) {
    own = first_date([&](const DateMatch& date) { return on_date_line(text, date); });
  }
  if (own == nullptr) {
    own = revision_date(facts, heading_end(text, 15));
  }
  if (own == nullptr && context.enacted_date.empty()) {
    own = first_date([&](const DateMatch& date) { return date.start < heading; });
  }
  if (own != nullptr) {
    context.date = iso(*own);
    return;
  }
  if (!context.enacted_date.empty()) {
    context.date = context.enacted_date;
    return;
  }
  if (const DateMatch* enacted = enactment_date(facts)) {
    context.date = iso(*enacted);
    return;
  }
  for (const DateMatch& date : facts.dates) {
    if (date.year != 0 && date.day != 0 && !handling_date(text, date)) {
      context.date = iso(date);
      context.date_guessed = true;
      return;
    }
  }
}

namespace {

// The ISO date `pick` chooses among `text`'s dates; most pages have no line that `cue` finds
// (an enactment, a publication), and only those that do are searched for dates.
std::string cued_date(std::string_view text, const DateTagger& dates, const RE2& cue,
                      const DateMatch* (*pick)(std::string_view, const std::vector<DateMatch>&)) {
  if (!RE2::PartialMatch(text, cue)) {
    return {};
  }
  const std::vector<DateMatch> found = dates.find(text);
  const DateMatch* picked = pick(text, found);
  return picked ? iso(*picked) : std::string();
}

} // namespace

std::string enacted_date(std::string_view text, const DateTagger& dates) {
  return cued_date(text, dates, enactment_words(), enactment_date);
}

std::string line_key(std::string_view line) {
  std::string key;
  for (const char c : line) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      key += static_cast<char>(c | 0x20);
    }
  }
  return key;
}

std::string published_date(std::string_view text, const DateTagger& dates) {
  return cued_date(text, dates, publication_words(), marked_date);
}

namespace {

// Whether `date` stands in a column of its line, wide gaps between it and the words either side.
bool in_a_column(std::string_view text, const DateMatch& date) {
  const std::size_t begin = line_begin(text, date.start);
  const std::string_view before = text.substr(begin, date.start - begin);
  const std::string_view after = text.substr(date.end, line_end(text, date.end) - date.end);
  return !trim(before).empty() && !trim(after).empty() && before.ends_with("   ") &&
         after.starts_with("   ");
}

} // namespace

bool cues_document_date(std::string_view text) {
  return RE2::PartialMatch(text, enactment_words()) || RE2::PartialMatch(text, publication_words());
}

std::string page_own_date(const PageFacts& facts) {
  const std::string_view text = facts.text;
  // A date alone on its line counts in the top five lines; one after a revision word ("Revision
  // 4 -- Last updated 10/29/2010") a little further down, under a letterhead and a title. So
  // does a date that ends the page's title line ("READOUT - Merrow County SC call, 08/19/2010")
  // or the line right under it ("OFFICE OF THE CITY CLERK - ACTION RECORD / PORT ELLERY CITY
  // COUNCIL - REGULAR MEETING OF APRIL 19, 2011"), or one set apart in a column of the first,
  // as a newspaper's masthead dates its page ("THE LEDGER   Thursday, April 14, 2011   A11").
  // The line under the title counts when its words are capitalised, as a title's are: not
  // "Response to the letter of March 3, 2011".
  const std::size_t heading = heading_end(text, 5);
  const std::size_t title_start = text.find_first_not_of(" \t\n");
  const std::size_t title_end =
      title_start == std::string_view::npos ? 0 : line_end(text, title_start);
  std::size_t subtitle_end = title_end;
  if (title_end + 1 < text.size()) {
    const std::size_t end = line_end(text, title_end + 1);
    const std::string_view line = text.substr(title_end + 1, end - title_end - 1);
    bool capitalised = !trim(line).empty();
    for (std::size_t i = 0; capitalised && i < line.size(); ++i) {
      capitalised = !(line[i] >= 'a' && line[i] <= 'z' && (i == 0 || line[i - 1] == ' '));
    }
    if (capitalised) {
      subtitle_end = end;
    }
  }
  for (auto date = facts.dates.begin(); date != facts.dates.end() && date->start < heading;
       ++date) {
    if (date->year == 0 || date->day == 0) {
      continue;
    }
    const bool in_title = date->end <= title_end;
    const bool ends_line =
        date->end <= subtitle_end &&
        trim(text.substr(date->end, (in_title ? title_end : subtitle_end) - date->end)).empty();
    const bool done_to_page = handling_date(text, *date);
    if (on_date_line(text, *date) || (ends_line && (in_title || !done_to_page)) ||
        (in_title && in_a_column(text, *date) && !done_to_page)) {
      return iso(*date);
    }
  }
  if (const DateMatch* revised = revision_date(facts, heading_end(text, 8))) {
    return iso(*revised);
  }
  // A form's labelled date field among its top lines dates the page it fills ("Date returned:
  // December 20, 2010", "Date completed:  12/21/2010"); not a receipt's ("Date received:").
  static const LazyRegex k_date_field(
      R"((?i)^\s*date(?:\s+(?:returned|completed|signed|submitted|prepared))?\s*:\s*$)");
  const std::size_t form_top = heading_end(text, 10);
  for (auto date = facts.dates.begin(); date != facts.dates.end() && date->start < form_top;
       ++date) {
    const std::size_t begin = line_begin(text, date->start);
    if (date->year != 0 && date->day != 0 &&
        RE2::FullMatch(text.substr(begin, date->start - begin), *k_date_field) &&
        !handling_date(text, *date)) {
      return iso(*date);
    }
  }
  const DateMatch* enacted = enactment_date(facts);
  return enacted ? iso(*enacted) : std::string();
}

// A name broken over lines is one name when nothing else shares its lines ("COUNTY OF MARISOL /
// BOARD OF SUPERVISORS"); with words beside it, it is two letterhead columns run together
// ("... State of California / Attorney General ... DEPARTMENT OF JUSTICE").
namespace {

bool stands_on_its_own_lines(std::string_view text, std::size_t start, std::size_t end) {
  auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  const std::string_view before =
      text.substr(line_begin(text, start), start - line_begin(text, start));
  const std::string_view after = text.substr(end, line_end(text, end) - end);
  return std::none_of(before.begin(), before.end(), is_letter) &&
         std::none_of(after.begin(), after.end(), is_letter);
}

} // namespace

namespace {

// "SANTA FE COUNTY", "County of Marisol", "CITY OF RIVERTON" alone on one of the first lines:
// a local government's letterhead that names none of its agencies. Its name, title-cased, with
// "County of X" as "X County"; or "" when the top lines hold none.
std::string letterhead_government(std::string_view text) {
  static const LazyRegex k_government(
      R"((?i)^\s*(?:(county|city|town|village) of ([a-z][a-z.' ]{1,30}[a-z])|([a-z][a-z.' ]{1,30}[a-z]) (county))\s*$)");
  std::size_t position = 0;
  for (int line = 0; line < 3 && position < text.size();) {
    const std::size_t end = line_end(text, position);
    const std::string_view row = text.substr(position, end - position);
    position = end + 1;
    if (trim(row).empty()) {
      continue;
    }
    ++line;
    std::string kind_before, name_before, name_after, kind_after;
    if (!RE2::FullMatch(row, *k_government, &kind_before, &name_before, &name_after, &kind_after)) {
      continue;
    }
    std::string name =
        kind_before.empty() ? name_after + " " + kind_after
        : kind_before == "county" || kind_before == "County" || kind_before == "COUNTY"
            ? name_before + " " + kind_before
            : kind_before + " of " + name_before;
    bool word_start = true;
    for (char& c : name) {
      if (c >= 'A' && c <= 'Z' && !word_start) {
        c = static_cast<char>(c - 'A' + 'a');
      } else if (c >= 'a' && c <= 'z' && word_start) {
        c = static_cast<char>(c - 'a' + 'A');
      }
      word_start = c == ' ';
    }
    // "City Of Riverton": the joining word stays lowercase.
    if (const std::size_t of = name.find(" Of "); of != std::string::npos) {
      name.replace(of, 4, " of ");
    }
    return name;
  }
  return {};
}

} // namespace

namespace {

// "TRI-COUNTY IMMIGRANT RIGHTS COALITION", "Ferris & Lowe LLP", "UNITED STATES DISTRICT COURT",
// "The Riverton Gazette" on one of the first three lines, naming no agency: an author who is no
// agency.
bool letterhead_organization(const PageFacts& facts) {
  static const LazyRegex k_organization(
      R"((?i)\b(?:coalition|association|alliance|union|network|project|committee|institute|foundation|society|league|federation|llp|llc|clinic|campaign|court|tribune|herald|gazette|times|journal|chronicle|newspaper)\b)");
  const std::string_view text = facts.text;
  const auto names_organization = [&](std::size_t row_start, std::size_t end) {
    const std::string_view row = trim(text.substr(row_start, end - row_start));
    return !row.empty() && row.size() <= 100 && RE2::PartialMatch(row, *k_organization) &&
           !facts.agency_in(row_start, end) &&
           !(row.size() > 2 && (row[0] | 0x20) == 'c' && (row[1] | 0x20) == 'c');
  };
  std::size_t position = 0;
  for (int line = 0; line < 3 && position < text.size();) {
    const std::size_t end = line_end(text, position);
    const std::size_t row_start = position;
    position = end + 1;
    if (trim(text.substr(row_start, end - row_start)).empty()) {
      continue;
    }
    ++line;
    if (names_organization(row_start, end)) {
      return true;
    }
  }
  // A report's running footer names its publisher: "Prairie Immigrant Justice Project |
  // Locked In | Published January 17, 2012".
  std::size_t end = text.size();
  for (int line = 0; line < 3 && end > 0;) {
    const std::size_t row_start = line_begin(text, end);
    if (!trim(text.substr(row_start, end - row_start)).empty()) {
      ++line;
      if (names_organization(row_start, end) && marked_date(facts)) {
        return true;
      }
    }
    end = row_start > 0 ? row_start - 1 : 0;
  }
  return false;
}

// The first of `named` that is not the parent of another: letterheads and headings name a
// department and its office in either order. "" when `named` is empty.
std::string most_specific(const std::vector<std::string>& named, const AgencyTagger& agencies) {
  for (const std::string& candidate : named) {
    const bool parent = std::any_of(named.begin(), named.end(), [&](const std::string& other) {
      return other != candidate && agencies.is_part_of(other, candidate);
    });
    if (!parent) {
      return candidate;
    }
  }
  return {};
}

} // namespace

namespace {

// "DECLARATION OF HAROLD T. VOSS ... I, Harold T. Voss, declare as follows: 1. I am the Deputy
// Assistant Director for Secure Communities in the Office of Enforcement and Removal Operations
// of U.S. Immigration and Customs Enforcement, a component of DHS": the first agency of the
// declarant's "I am" sentence, or its parent when the sentence names that too (ICE, not its
// office); "" when the page is no declaration.
std::string declarant_agency(const PageFacts& facts, const AgencyTagger& agencies) {
  static const LazyRegex k_declaration(R"(((?:DECLARATION|AFFIDAVIT)\s+OF\s+[A-Z]))");
  static const LazyRegex k_self(R"(((?i)\bI\s+(?:am|serve|have\s+served|have\s+been|work)\b))");
  const std::string_view text = facts.text;
  re2::StringPiece heading;
  if (!RE2::PartialMatch(text, *k_declaration, &heading)) {
    return {};
  }
  const re2::StringPiece rest(heading.data(),
                              text.size() - static_cast<std::size_t>(heading.data() - text.data()));
  re2::StringPiece self;
  if (!RE2::PartialMatch(rest, *k_self, &self)) {
    return {};
  }
  const auto start = static_cast<std::size_t>(self.data() - text.data());
  const std::size_t stop = std::min(text.size(), text.find(". ", start) == std::string_view::npos
                                                     ? text.size()
                                                     : text.find(". ", start));
  std::vector<std::string> named;
  for (auto agency = first_from(facts.agencies, start);
       agency != facts.agencies.end() && agency->start < stop; ++agency) {
    named.push_back(agency->value);
  }
  if (named.empty()) {
    return {};
  }
  for (const std::string& other : named) {
    if (other != named.front() && agencies.is_part_of(named.front(), other)) {
      return other;
    }
  }
  return named.front();
}

// A memorandum of interview reports what its interviewee said: the agency named on its
// "Interviewee:" line or the "Position:" lines under it ("Position:  Unit Chief, ... / U.S.
// Immigration and Customs Enforcement (ICE)"), or "".
std::string interviewee_agency(const PageFacts& facts) {
  static const LazyRegex k_interviewee(
      R"((?im)^[ \t]*((?:interviewee|person interviewed)[ \t]*:))");
  static const LazyRegex k_position(
      R"((?i)^[ \t]*(?:position|title|agency|component|employer)[ \t]*:)");
  const std::string_view text = facts.text;
  re2::StringPiece label;
  if (!RE2::PartialMatch(text, *k_interviewee, &label)) {
    return {};
  }
  // Each line's value: after its label, up to a column's gap ("Interviewee:  (b)(6)
  // Interviewer:  SA (b)(6), FBI" names the interviewer's agency to the right). The lines
  // under the label go on with it when indented deeply or labelled with the position.
  std::size_t begin = static_cast<std::size_t>(label.data() - text.data()) + label.size();
  for (int lines = 0; lines < 4 && begin < text.size(); ++lines) {
    const std::size_t end = line_end(text, begin);
    std::size_t value = text.find_first_not_of(' ', begin);
    if (value == std::string_view::npos || value >= end) {
      break;
    }
    const std::size_t gap = text.find("   ", value);
    const std::size_t value_end = std::min(end, gap);
    if (const auto agency = first_from(facts.agencies, value);
        agency != facts.agencies.end() && agency->start < value_end) {
      return agency->value;
    }
    if (end + 1 >= text.size()) {
      break;
    }
    const std::size_t next_end = line_end(text, end + 1);
    const std::string_view next = text.substr(end + 1, next_end - end - 1);
    const std::size_t indent = next.find_first_not_of(' ');
    if (RE2::PartialMatch(next, *k_position)) {
      begin = end + 1 + next.find(':') + 1;
    } else if (indent >= 8 && indent != std::string_view::npos) {
      begin = end + 1;
    } else {
      break;
    }
  }
  return {};
}

} // namespace

// The author: the first From: line's agency, else the letterhead: the agencies of the top block
// (ended by a blank line, a line of running text or the date line that starts a letter's inside
// address). Letterheads name a department and its office in either order ("U.S. Immigration and
// Customs Enforcement / U.S. Department of Homeland Security"), so the most specific one wins:
// the first that is not the parent of another.
void find_author(const PageFacts& facts, const AgencyTagger& agencies, DocumentContext& context) {
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
  // A declaration or an affidavit is its declarant's, whatever the court's caption above it
  // names: the agency of the sentence that says who the declarant is.
  context.author_agency = declarant_agency(facts, agencies);
  if (context.author_agency.empty()) {
    context.author_agency = interviewee_agency(facts);
  }
  if (!context.author_agency.empty()) {
    return;
  }
  std::vector<std::string> letterhead;
  int line_number = 0;
  std::size_t position = 0;
  bool after_gap = false; // a blank line has followed the letterhead
  while (position < text.size() && line_number < 8) {
    const std::size_t end = line_end(text, position);
    const std::string_view line = trim(text.substr(position, end - position));
    const bool rule = !line.empty() && std::none_of(line.begin(), line.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    });
    if (rule) {
      // "=======": a rule under a title line neither ends the letterhead nor belongs to it.
    } else if (line.empty()) {
      after_gap = !letterhead.empty();
    } else {
      // Past a blank line the letterhead goes on only with an agency's name alone on its line
      // ("U.S. Department of Homeland Security / <address> / (blank) / U.S. Immigration and
      // Customs Enforcement"); an inside address comes after the date line, which ends it.
      if (after_gap) {
        const auto agency = first_from(facts.agencies, position);
        const auto line_start = static_cast<std::size_t>(line.data() - text.data());
        // The name may take several lines of its own ("U.S. Immigration / and Customs /
        // Enforcement").
        if (agency == facts.agencies.end() || agency->start != line_start ||
            (agency->end != line_start + line.size() &&
             !stands_on_its_own_lines(text, agency->start, agency->end))) {
          break;
        }
      }
      ++line_number;
      const auto date = first_from(facts.dates, position);
      const bool date_line = date != facts.dates.end() && date->start < end &&
                             line.size() <= date->end - date->start + 12;
      // Running text ends it; a title bar may be longer ("U.S. Immigration and Customs
      // Enforcement | Kansas City, Missouri | April 21, 2010", "Secure Communities       Slide
      // 1 of 14").
      const bool title_bar =
          line.find(" | ") != std::string_view::npos || line.find("   ") != std::string_view::npos;
      if (line.size() > (title_bar ? 100U : 80U) || date_line) {
        break;
      }
      // An addressee's line: a header other than From, or a field naming whom a report is for
      // ("Prepared for:  ICE Office of Public Affairs").
      static const LazyRegex k_prepared_for(R"(^\s*(?i:prepared\s+for|attn|attention)\s*:)");
      const bool addressee = std::any_of(facts.headers.begin(), facts.headers.end(),
                                         [&](const auto& header) {
                                           return header.start >= position && header.start < end &&
                                                  header.field != "From";
                                         }) ||
                             RE2::PartialMatch(line, *k_prepared_for);
      // A fax's transmission line names its sender and its addressee ("MAR-04-2011 15:22
      // FROM:CULLODEN CO SO JAIL   (706)555-0119   TO:ICE ERO ATL"): the agencies after "TO:"
      // are the addressee's.
      static const LazyRegex k_to(R"((\s(?i:to)\s*:))");
      re2::StringPiece to;
      const std::size_t addressee_from =
          RE2::PartialMatch(text.substr(position, end - position), *k_to, &to)
              ? static_cast<std::size_t>(to.data() - text.data())
              : end;
      for (auto agency = first_from(facts.agencies, position);
           !addressee && agency != facts.agencies.end() && agency->start < addressee_from;
           ++agency) {
        if (agency->end <= end || stands_on_its_own_lines(text, agency->start, agency->end)) {
          letterhead.push_back(agency->value);
        }
      }
    }
    position = end + 1;
  }
  context.author_agency = most_specific(letterhead, agencies);
  if (!context.author_agency.empty()) {
    return;
  }
  if (facts.from_offsets.empty()) {
    context.author_agency = letterhead_government(text);
  }
  context.author_outside = context.author_agency.empty() && letterhead_organization(facts);
}

bool is_sheriff_office(const std::string& agency) {
  return agency.ends_with("Sheriff's Office") || agency.ends_with("Sheriff's Department");
}

bool names_sheriff(std::string_view words) {
  static const LazyRegex k_sheriff(R"(\b(?:Sheriff|Undersheriff|SHERIFF|UNDERSHERIFF)\b)");
  return RE2::PartialMatch(words, *k_sheriff);
}

std::string last_sheriff_office(const PageFacts& facts, std::size_t at,
                                const DocumentContext& context) {
  // Else the sheriff of the county whose body the page names ("BEXLEY COUNTY BOARD OF
  // SUPERVISORS": "Bexley County Sheriff's Office").
  std::string county;
  for (auto agency = first_from(facts.agencies, at); agency != facts.agencies.begin();) {
    --agency;
    if (is_sheriff_office(agency->value)) {
      return agency->value;
    }
    if (const std::size_t end = agency->value.find(" County ");
        county.empty() && end != std::string::npos) {
      county = agency->value.substr(0, end + 7);
    }
  }
  if (!context.sheriff_office.empty() || county.empty()) {
    return context.sheriff_office;
  }
  return county + " Sheriff's Office";
}

namespace {

// Who the words in [begin, end) name as speaking: the first agency they name, else a sheriff's
// office by title ("SHERIFF VOSS", "(Sheriff's Office - Jail Records)"), else "".
std::string speaker_named(const PageFacts& facts, std::size_t begin, std::size_t end,
                          const DocumentContext& context) {
  if (const AgencyMatch* named = facts.agency_in(begin, end)) {
    return named->value;
  }
  return names_sheriff(facts.text.substr(begin, end - begin))
             ? last_sheriff_office(facts, begin, context)
             : std::string();
}

// Where the block of lines right above the line at `position` starts (after its indentation),
// or `position` when a blank line, the page's top or another post's timestamp line (`stamp`) is
// right above it.
std::size_t posted_block(std::string_view text, std::size_t position, const RE2& stamp) {
  std::size_t start = position;
  while (start > 0) {
    const std::size_t above = line_begin(text, start - 1);
    const std::string_view line = trim(text.substr(above, start - 1 - above));
    if (line.empty() || RE2::PartialMatch(line, stamp)) {
      break;
    }
    start = above;
  }
  while (start < position && (text[start] == ' ' || text[start] == '\t')) {
    ++start;
  }
  return start;
}

// Whether an agency's name fills the line it starts (a letterhead's line, perhaps broken over
// several, "STATE OF NEVADA / DEPARTMENT OF PUBLIC SAFETY" among them).
bool fills_its_line(std::string_view text, const AgencyMatch& agency) {
  static const LazyRegex k_state_of(R"((?i)(?:state|commonwealth) of)");
  const std::size_t begin = line_begin(text, agency.start);
  const std::string_view before = trim(text.substr(begin, agency.start - begin));
  const std::string_view after =
      trim(text.substr(agency.end, line_end(text, agency.end) - agency.end));
  return (before.empty() || RE2::FullMatch(before, *k_state_of)) && after.empty();
}

// The letterhead right above the line at `position`: where it starts and its most specific
// agency, "" when the short lines above it (names, an address) name none. A line of running
// text, a blank line above the letterhead or a rule ("--- Forwarded letter ---") ends it.
std::pair<std::size_t, std::string>
letterhead_above(const PageFacts& facts, const AgencyTagger& agencies, std::size_t position) {
  const std::string_view text = facts.text;
  std::vector<std::string> named;
  std::size_t start = position;
  std::size_t above = position;
  for (int lines = 0; above > 0 && lines < 6;) {
    above = line_begin(text, above - 1);
    const std::size_t above_end = line_end(text, above);
    const std::string_view row = trim(text.substr(above, above_end - above));
    if (row.empty() && named.empty()) {
      continue;
    }
    // An address and a telephone number may share a line, set apart by spaces.
    const std::size_t longest = row.find("   ") != std::string_view::npos ? 100U : 60U;
    if (row.empty() || row.size() > longest || row.back() == '.' || row.back() == ',' ||
        row.substr(0, 3) == "---") {
      break;
    }
    ++lines;
    const auto agency = first_from(facts.agencies, above);
    if (agency != facts.agencies.end() && agency->start < above_end &&
        fills_its_line(text, *agency)) {
      named.insert(named.begin(), agency->value);
      start = above;
    }
  }
  return {start, most_specific(named, agencies)};
}

// The agency that fills one of the last five lines above `position` with words, the
// signature of the message an attachment is sent with ("(b)(6) / Contractor Support, Secure
// Communities PMO / U.S. Immigration and Customs Enforcement"), or "".
std::string signature_above(const PageFacts& facts, std::size_t position) {
  const std::string_view text = facts.text;
  std::size_t line = position;
  for (int lines = 0; lines < 5 && line > 0;) {
    line = line_begin(text, line - 1);
    const std::size_t end = line_end(text, line);
    if (trim(text.substr(line, end - line)).empty()) {
      continue;
    }
    if (std::any_of(facts.headers.begin(), facts.headers.end(), [&](const HeaderLine& header) {
          return header.start >= line && header.start < end;
        })) {
      break; // the message's headers: it has no body to sign
    }
    ++lines;
    for (auto agency = first_from(facts.agencies, line);
         agency != facts.agencies.end() && agency->start < end; ++agency) {
      if (fills_its_line(text, *agency)) {
        return agency->value;
      }
    }
  }
  return {};
}

// Whether the text of a line before its date is a label `pattern` matches whole. Each such
// label ends in the pattern's colon: text without one is not asked the regex.
bool labels_date(std::string_view before_date, const RE2& pattern) {
  return before_date.find(':') != std::string_view::npos && RE2::FullMatch(before_date, pattern);
}

} // namespace

bool opens_speaker_field(std::string_view line, bool office) {
  // Every field's word opens with an "r" or an "o" after the line's spaces (RE2's \s, and no
  // other byte folds to either): a line that opens otherwise, nearly every line, is not asked
  // either regex, a call of about a thousand instructions.
  std::size_t first = 0;
  while (first < line.size() && (line[first] == ' ' || line[first] == '\t' || line[first] == '\n' ||
                                 line[first] == '\f' || line[first] == '\r')) {
    ++first;
  }
  if (first == line.size() || ((line[first] | 0x20) != 'r' && (line[first] | 0x20) != 'o')) {
    return false;
  }
  static const LazyRegex k_representing(R"((?i)^\s*(?:representing|on behalf of)\s*:)");
  static const LazyRegex k_office_field(R"((?i)^\s*(?:office|organization)\s*:)");
  return RE2::PartialMatch(line, *k_representing) ||
         (office && RE2::PartialMatch(line, *k_office_field));
}

bool opens_log_row(std::string_view before_date) {
  static const LazyRegex k_logged(
      R"(\s*[A-Z][A-Za-z]*-?[0-9][0-9-]*\s{2,}(?i:received|opened|logged|date)\s*:\s*)");
  return labels_date(before_date, *k_logged);
}

bool heads_dated_column(std::string_view before_date) {
  // A heading ("PART III: STAFF RESPONSE"), not a row of labels whose values stand apart
  // ("Prepared by:      (b)(6)      Date prepared: 11/18/2011").
  static const LazyRegex k_dated_heading(
      R"(\s*[A-Z](?:[^\n:]|:[ ]?[^ \n:])*?\S {3,}(?i:date)(?: [a-z]+)?:\s*)");
  return labels_date(before_date, *k_dated_heading);
}

namespace {

// A list of sources' entry: "3.  Secretary of Homeland Security. Letter to the Honorable ...",
// "11. U.S. Department of Homeland Security, Office of Inspector General. Announcement ...": a
// number at the left margin, then its author's name, every word capitalised (or a joining
// word), up to the period that ends it. `author_end` is `author` where the entry opens with
// anything else (a title in quotes, "Senate Bill 1127, 2011 session"); nullopt when the line at
// `position` opens no numbered entry.
struct SourceEntry {
  int number;
  std::size_t author;
  std::size_t author_end;
};

std::optional<SourceEntry> source_entry(std::string_view text, std::size_t position,
                                        std::size_t end) {
  static const LazyRegex k_entry(R"(^ ?(\d{1,3})\. {1,4}(\S))");
  // Nearly every line opens with no digit at its margin: those are not asked the regex.
  const std::size_t digit = position + (position < end && text[position] == ' ' ? 1 : 0);
  int number = 0;
  re2::StringPiece first;
  if (digit >= end || !is_digit(text[digit]) ||
      !RE2::PartialMatch(text.substr(position, end - position), *k_entry, &number, &first)) {
    return std::nullopt;
  }
  const auto begin = static_cast<std::size_t>(first.data() - text.data());
  static const std::unordered_set<std::string_view> k_joining = {"of", "and", "for",
                                                                 "on", "the", "&"};
  std::size_t word = begin;
  for (std::size_t at = begin; at < end && at < begin + 100; ++at) {
    const char c = text[at];
    if (c != ' ' && c != ',' && c != '.') {
      continue;
    }
    const std::string_view token = text.substr(word, at - word);
    // The name's last word ends in a period after a small letter ("Enforcement."), not an
    // initial's ("U.S.").
    if (c == '.' && at > word && std::islower(static_cast<unsigned char>(text[at - 1])) &&
        (at + 1 == end || text[at + 1] == ' ')) {
      return SourceEntry{number, begin, at};
    }
    const bool name_word = token.empty() || std::isupper(static_cast<unsigned char>(token[0])) ||
                           k_joining.count(token) != 0;
    if (!name_word) {
      break;
    }
    word = at + 1;
  }
  return SourceEntry{number, begin, begin};
}

// The agency that wrote an entry: the most specific one its author's name holds when one opens
// it, else the one an official's title there names ("Secretary of Homeland Security"). Unless
// `named_only`, an agency that opens an entry with no such name ("U.S. Immigration and Customs
// Enforcement, Secure Communities program office. Letter ...") wrote it, whatever words follow.
std::string entry_agency(const PageFacts& facts, const AgencyTagger& agencies,
                         const SourceEntry& entry, std::size_t end, bool named_only) {
  const AgencyMatch* lead = facts.agency_in(entry.author, end);
  const bool leads = lead != nullptr && lead->start == entry.author;
  if (entry.author_end == entry.author) {
    return leads && !named_only ? lead->value : std::string();
  }
  if (!leads) {
    return agencies.agency_for_title(
        facts.text.substr(entry.author, entry.author_end - entry.author));
  }
  std::vector<std::string> named;
  for (auto agency = first_from(facts.agencies, entry.author);
       agency != facts.agencies.end() && agency->end <= entry.author_end; ++agency) {
    named.push_back(agency->value);
  }
  return most_specific(named, agencies);
}

} // namespace

SourceList read_source_list(const PageFacts& facts, const AgencyTagger& agencies, int continued) {
  const std::string_view text = facts.text;
  int by_agencies = 0;
  int first = 0;
  int last = 0;
  for (std::size_t position = 0; position < text.size();) {
    const std::size_t end = line_end(text, position);
    if (const auto entry = source_entry(text, position, end)) {
      first = first == 0 ? entry->number : first;
      last = entry->number;
      by_agencies += entry_agency(facts, agencies, *entry, end, true).empty() ? 0 : 1;
    } else if (last != 0 && position < end && text[position] != ' ') {
      last = -1; // a line at the margin after the list: it ends on this page
    }
    position = end + 1;
  }
  const bool here = by_agencies >= 2 || (continued != 0 && first == continued);
  return {here, here && last > 0 ? last + 1 : 0};
}

// Where the value of a Q&A export's attendee field starts, after the field's colon and space:
// an asker's organisation on the question's row beside its "From:" ("Q2  10:24 AM  From: (b)(6)
// Org: Redbud County Sheriff's Office", "Affiliation:"), or an answerer after the answer's
// status ("Status: Answered (text)   By: (b)(6) (ERO Dallas)"). npos when the line holds none:
// a letter's "Organization: Center for ..." or a signature's "By: /s/ ..." is no such field.
std::size_t attendee_field(std::string_view line) {
  // Every field's row holds "From:" or "Status:": lines with neither are not asked the regex.
  if (line.find("From:") == std::string_view::npos &&
      line.find("Status:") == std::string_view::npos) {
    return std::string_view::npos;
  }
  static const LazyRegex k_field(
      R"((From:.*\S {2,}(?:Org|Organization|Affiliation):(?: |$)|Status:.*\S {2,}By:(?: |$)))");
  re2::StringPiece match;
  if (!RE2::PartialMatch(line, *k_field, &match)) {
    return std::string_view::npos;
  }
  return static_cast<std::size_t>(match.data() - line.data()) + match.size();
}

// Where the quotation that the line [position, end) labels ends, or 0 when it labels none: an
// indented line of its own ending in a colon ("   OSP CJIS manager:", "   Speaker from the floor
// (no card), to applause:") above a quotation indented deeper. The quotation ends at the first
// line indented no deeper than its label (the next label, or the author's own text), else at the
// page's end.
std::size_t labelled_quotation_end(std::string_view text, std::size_t position, std::size_t end) {
  // A label is indented and ends in its colon: the line's first two bytes and its last one
  // turn away nearly every line.
  std::size_t last = end;
  while (last > position && (text[last - 1] == ' ' || text[last - 1] == '\r')) {
    --last;
  }
  if (end - position < 5 || text[position] != ' ' || text[position + 1] != ' ' ||
      last == position || text[last - 1] != ':') {
    return 0;
  }
  const std::string_view line = text.substr(position, end - position);
  const std::size_t indent = line.find_first_not_of(' ');
  const std::string_view label = trim(line);
  // A label on the page's last line labels nothing.
  if (label.size() < 3 || label.size() > 70 ||
      !std::isupper(static_cast<unsigned char>(label.front())) || end >= text.size()) {
    return 0;
  }
  std::size_t below = end + 1;
  while (below < text.size() && text[below] == '\n') {
    ++below;
  }
  // The text is normalized: OCR's curly quotes are straight ones here.
  const std::string_view quote = text.substr(below, line_end(text, below) - below);
  const std::size_t quote_indent = quote.find_first_not_of(' ');
  if (quote_indent == std::string_view::npos || quote_indent <= indent ||
      quote[quote_indent] != '"') {
    return 0;
  }
  for (; below < text.size(); below = line_end(text, below) + 1) {
    const std::string_view next = text.substr(below, line_end(text, below) - below);
    if (const std::size_t at = next.find_first_not_of(' ');
        at != std::string_view::npos && at <= indent) {
      return below;
    }
  }
  return text.size();
}

std::vector<Enclosure> find_enclosures(const PageFacts& facts, const AgencyTagger& agencies,
                                       const DocumentContext& context) {
  static const LazyRegex k_time(R"(^,?\s+\d{1,2}:\d{2}\b)");
  // A log's short column after a row's date ("05/16/2011  MT   Phone    Marbury PD, Chief ...",
  // "01/06/2010   Ex. 20   ERO field office, reply ...").
  static const LazyRegex k_short_column(R"(^ {2,}[A-Za-z.-]{1,8}(?: \d{1,3})? {2,}\S)");
  static const std::string k_row_number = R"(#?\d{1,4}[.)]?\s+)";
  static const RE2 k_entry_number(R"(\s*(?:)" + k_row_number + ")?");
  // A numbered table row whose next column, past a gap, names its source (" 2  09/15/2009  ERO
  // Denver letter to a Colorado sheriff (C-3.1b)").
  static const RE2 k_numbered(R"(\s*)" + k_row_number);
  static const LazyRegex k_wide_column(R"(^ {2,}[A-Z])");
  static const LazyRegex k_posted(R"(^[^\n]{6,30}? at \d{1,2}:\d{2})");
  // A coded excerpt's heading ("Exc. 04   R-03   Interview 01/17/2012   Attributed: Sheriff,
  // Quenemo County Sheriff's Office", "... Role only: police chief, city under 10,000").
  static const LazyRegex k_attributed(
      R"((?i) {2,}(?:attributed(?: by [a-z ,]{1,30})?|role only)\s*:([^\n]*))");
  static const LazyRegex k_prepared_by(
      R"((?i)\b((?:prepared|issued|compiled|submitted) by|witness:|respondent:))");
  const std::string_view text = facts.text;
  const bool after_message = context.messages_seen > 0;
  const bool later_page = context.pages_seen > 0;
  std::vector<Enclosure> found;
  const auto header_on_line = [&](std::size_t begin, std::size_t end) {
    return std::any_of(facts.headers.begin(), facts.headers.end(), [&](const HeaderLine& header) {
      return header.start >= begin && header.start < end;
    });
  };
  // The value of the first agency named on the line [begin, end), or nullptr.
  const auto agency_on_line = [&](std::size_t begin, std::size_t end) -> const std::string* {
    const auto agency = first_from(facts.agencies, begin);
    return agency != facts.agencies.end() && agency->start < end ? &agency->value : nullptr;
  };
  // Where the table of numbered rows that name their sources ends: the first line after its
  // first row that starts at the left margin with anything but a row's number ("Totals: 10
  // selected ..."), else the page's end; 0 before any such row.
  std::size_t table_end = 0;
  // Where the first line from `from` that `ends` holds starts (a line that opens at the margin,
  // the next entry), else the page's end.
  const auto first_line_from = [&](std::size_t from, const auto& ends) {
    for (std::size_t below = from; below < text.size(); below = line_end(text, below) + 1) {
      if (ends(below)) {
        return below;
      }
    }
    return text.size();
  };
  // A nonblank line that opens at the left margin.
  const auto at_margin = [&](std::size_t line) { return text[line] != ' ' && text[line] != '\n'; };
  // A coded excerpt's heading: the date before its attribution label and where the label ends,
  // or no date.
  const auto excerpt_heading = [&](std::size_t position, std::string_view line) {
    re2::StringPiece attributed;
    // The label's colon first: most lines have none, and are not asked the regex.
    if (line.find(':') == std::string_view::npos ||
        !RE2::PartialMatch(line, *k_attributed, &attributed)) {
      return std::pair<const DateMatch*, std::size_t>{nullptr, 0};
    }
    const auto label_end = static_cast<std::size_t>(attributed.data() - text.data());
    return std::pair{facts.date_in(position, label_end), label_end};
  };
  int line_number = 0;
  for (std::size_t position = 0; position < text.size(); ++line_number) {
    const std::size_t end = line_end(text, position);
    const std::string_view line = text.substr(position, end - position);
    const std::size_t next = end + 1;
    if (is_rule_line(line) &&
        (after_message || (!facts.from_offsets.empty() && facts.from_offsets.front() < position))) {
      // An attachment's title block: the letterhead of its top three lines and the first full
      // date of its top eight. A rule above a forwarded message's headers is the headers'
      // business.
      std::vector<std::string> named;
      std::string prepared_by;
      std::string date;
      bool revised = false;
      bool prepared_dated = false;
      std::size_t top = next;
      bool forwarded = false;
      for (int lines = 0; top < text.size() && lines < 8;) {
        const std::size_t top_end = line_end(text, top);
        if (!trim(text.substr(top, top_end - top)).empty()) {
          if (lines == 0 && header_on_line(top, top_end)) {
            forwarded = true;
            break;
          }
          ++lines;
          for (auto agency = first_from(facts.agencies, top);
               lines <= 3 && agency != facts.agencies.end() && agency->start < top_end; ++agency) {
            if (fills_its_line(text, *agency)) {
              named.push_back(agency->value);
            }
          }
          // "Prepared by the OSBI CJIS Unit", a hearing's "Witness:  Deputy Director, U.S.
          // Immigration and Customs Enforcement": the agency that wrote an untitled attachment,
          // or answers in it.
          re2::StringPiece by;
          const bool prepared =
              RE2::PartialMatch(text.substr(top, top_end - top), *k_prepared_by, &by);
          if (prepared) {
            const auto author =
                first_from(facts.agencies, static_cast<std::size_t>(by.data() - text.data()));
            if (author != facts.agencies.end() && author->start < top_end) {
              prepared_by = author->value;
            }
          }
          // Its first full date, unless a later one is marked as the day it was written ("Meeting
          // of December 9, 2010 / Rev. 1/21/11") or dates its "Prepared by:" line (an event's
          // "Date/location: October 14, 2010" above "Prepared by: Lt. ...  Date: 10/22/2010").
          const DateMatch* dated = facts.date_in(top, top_end);
          if (dated != nullptr && dated->month != 0 && dated->day != 0 && !prepared_dated) {
            const bool marked = revision_marked(text, *dated) || prepared;
            prepared_dated = prepared;
            if (date.empty() || (!revised && marked)) {
              date = iso(*dated);
              revised = marked;
            }
          }
        }
        top = top_end + 1;
      }
      if (!forwarded && top > next) {
        std::string author = most_specific(named, agencies);
        if (author.empty()) {
          author = prepared_by.empty() ? signature_above(facts, position) : prepared_by;
        }
        found.push_back({next, std::move(author), date});
      }
    } else if (const std::string* spoken_for = agency_on_line(position, end);
               opens_speaker_field(line, spoken_for != nullptr)) {
      // A speaker's card or a sign-in sheet's entry ("Representing: Sonora Wells P.D. (Lt.)"):
      // what follows is said for that agency; for "self", for nobody the tags can name. So is
      // what a form's first person says under its "Office:  ERO Chicago" ("I told the sheriffs
      // ..."): the office's, not the document's author's.
      found.push_back(
          {position, spoken_for ? *spoken_for : std::string(), std::string(), false, false, true});
    } else if (const auto [excerpt_date, label_end] = excerpt_heading(position, line);
               excerpt_date != nullptr) {
      // A dated excerpt attributed to a speaker: what it quotes was said for the agency its
      // attribution names, else for nobody the tags can name, on the excerpt's date.
      const AgencyMatch* agency = facts.agency_in(label_end, end);
      found.push_back({.start = position,
                       .agency = agency != nullptr ? agency->value : std::string(),
                       .date = excerpt_date->day != 0 ? iso(*excerpt_date) : std::string(),
                       .represents = true});
    } else if (const auto entry =
                   context.source_list ? source_entry(text, position, end) : std::nullopt) {
      // An entry of a list of sources: its annotation says what its author said (nobody the
      // tags can name, when no agency wrote it), on the date the entry cites, until the next
      // entry or the first line at the margin that opens none.
      const auto opens_entry = [&](std::size_t line) {
        return source_entry(text, line, line_end(text, line)).has_value();
      };
      const std::size_t entry_end = first_line_from(
          next, [&](std::size_t line) { return at_margin(line) || opens_entry(line); });
      if (table_end < entry_end) {
        table_end = first_line_from(
            next, [&](std::size_t line) { return at_margin(line) && !opens_entry(line); });
      }
      const DateMatch* cited = nullptr;
      for (auto date = first_from(facts.dates, entry->author);
           date != facts.dates.end() && date->start < entry_end; ++date) {
        if (date->year != 0 && (cited == nullptr || (cited->month == 0 && date->month != 0))) {
          cited = &*date;
        }
      }
      found.push_back({.start = position,
                       .agency = entry_agency(facts, agencies, *entry, end, false),
                       .date = cited != nullptr ? iso(*cited) : std::string(),
                       .represents = true,
                       .table_end = table_end});
    } else if (const auto field = attendee_field(line); field != std::string_view::npos) {
      // A Q&A export's asker and answerer ("Q2  10:24 AM  From: (b)(6)   Org: Redbud County
      // Sheriff's Office", "Status: Answered (text)   By: (b)(6) (ERO Dallas)"): what follows is
      // said for the agency the field names; a blank "Org:", for nobody the tags can name.
      // It speaks up to the next blank line, where the export's own text goes on.
      const AgencyMatch* named = facts.agency_in(position + field, end);
      const std::size_t blank = text.find("\n\n", end);
      found.push_back({.start = position,
                       .agency = named != nullptr ? named->value : std::string(),
                       .represents = true,
                       .table_end = blank == std::string_view::npos ? text.size() : blank + 1});
    } else if (const std::size_t quoted_until = labelled_quotation_end(text, position, end);
               quoted_until != 0) {
      // A labelled quotation in notes of what was said ("OSP CJIS manager:" above "We send every
      // set of prints ..."): the label's agency speaks, or a sheriff's office by title, or
      // someone the tags cannot name; after the quotations, what was known before them.
      found.push_back({.start = position,
                       .agency = speaker_named(facts, position, end, context),
                       .represents = true,
                       .table_end = quoted_until});
    } else if (!header_on_line(position, end)) {
      const DateMatch* dated = facts.date_in(position, end);
      if (dated == nullptr || dated->month == 0 || dated->day == 0) {
        position = next;
        continue;
      }
      // A log's row opened by its entry number and the day it came in ("MI-11-0026    Received:
      // 10/14/2010 15:10    Outlet: ..."): that day dates the entry, whoever speaks in it.
      if (opens_log_row(text.substr(position, dated->start - position))) {
        found.push_back({position, "", iso(*dated), true});
        position = next;
        continue;
      }
      // A post's or a comment's timestamp under it ("November 15, 2010 at 10:02am  ·  Like"):
      // the block above is its poster's, named where it opens ("Brasher County Sheriff's
      // Office  Lots of you have asked ...", "(b)(6)  So we're stuck ..."), on that date.
      const bool posted =
          trim(text.substr(position, dated->start - position)).empty() &&
          RE2::PartialMatch(text.substr(dated->start, end - dated->start), *k_posted);
      const std::size_t block = posted ? posted_block(text, position, *k_posted) : position;
      const auto poster = first_from(facts.agencies, block);
      const bool named = poster != facts.agencies.end() && poster->start == block;
      if (block != position && (named || text.substr(block).starts_with("(b)("))) {
        found.push_back({block, named ? poster->value : std::string(), iso(*dated)});
      } else if (on_date_line(text, *dated)) {
        // A letter further down the page: its date line right under a letterhead. Else a date
        // alone at the left of its line below the heading ("TUE 9/28/10" heading a log's day)
        // dates what follows; one set to the right is a letter's or a notice's own date.
        const auto [start, agency] = (later_page || line_number >= 8)
                                         ? letterhead_above(facts, agencies, position)
                                         : std::pair<std::size_t, std::string>{position, ""};
        if (!agency.empty()) {
          found.push_back({start, agency, iso(*dated)});
        } else if (line_number >= 5 && dated->start - position <= 4) {
          found.push_back({position, "", iso(*dated), true});
        }
      } else if (line_number >= 5 &&
                 heads_dated_column(text.substr(position, dated->start - position))) {
        // A section's heading with its date in a labelled column to its right ("PART III --
        // EMPLOYEE SELF-ASSESSMENT      Date submitted: 10/07/2011", "STAFF RESPONSE      Date:
        // 3/4/11     By: Lt. (b)(6)"): the date of what follows.
        found.push_back({position, "", iso(*dated), true});
      } else if (const std::string_view before = text.substr(position, dated->start - position),
                 after = text.substr(dated->end, end - dated->end);
                 line_number >= 5 && RE2::FullMatch(before, k_entry_number)) {
        // A timestamped entry below the heading, its time right after its date ("06/10/2011
        // 08:51  (b)(6) (BOT Interfaces & Integration)", "#3   09/09/2010 07:48:31   Outgoing"):
        // its author's agency, a sheriff's office by title, or nobody the tags can name; but a
        // work note by a group named in parentheses ("[b6] (CJIS Support - Tier 2)") and a
        // message sent to someone ("Outgoing   To: ...", a phone's or an account's own) are the
        // document's author's.
        static const LazyRegex k_group(R"(\([A-Z][^()\n]{1,60}\))");
        static const LazyRegex k_direction(R"(^\s+\w*\s*(To|From):)");
        const bool timed = text.substr(dated->start, dated->end - dated->start).find(':') !=
                               std::string_view::npos ||
                           RE2::PartialMatch(after, *k_time) ||
                           RE2::PartialMatch(after, *k_short_column);
        // Untimed, a numbered row is an entry in a table whose rows name their sources first,
        // from the first that names an agency there (" 2  09/15/2009  ERO Denver letter to a
        // Colorado sheriff"; not a docket's "9   07/22/2011  REPLY AFFIRMATION, w/ Exhibit G (DHS
        // letter of ..."): that agency's, or nobody's the tags can name.
        const bool numbered_row = !timed && RE2::FullMatch(before, k_numbered) &&
                                  RE2::PartialMatch(after, *k_wide_column);
        const std::size_t column = numbered_row ? dated->end + after.find_first_not_of(' ') : end;
        const AgencyMatch* source = numbered_row ? facts.agency_in(column, end) : nullptr;
        const bool sourced = source != nullptr && source->start == column;
        const bool in_table = numbered_row && position < table_end;
        if (sourced && !in_table) {
          // After the table its sources speak no more: what was known before it holds again.
          table_end = first_line_from(
              next, [&](std::size_t line) { return at_margin(line) && !is_digit(text[line]); });
        }
        if (sourced || in_table) {
          found.push_back({.start = position,
                           .agency = sourced ? source->value : std::string(),
                           .date = iso(*dated),
                           .table_end = table_end});
        } else if (timed) {
          re2::StringPiece direction;
          RE2::PartialMatch(after, *k_direction, &direction);
          std::string agency =
              direction == "To" ? std::string() : speaker_named(facts, dated->end, end, context);
          const bool authors =
              agency.empty() && (direction == "To" || RE2::PartialMatch(after, *k_group));
          found.push_back({position, std::move(agency), iso(*dated), false, authors});
        }
      }
    }
    position = next;
  }
  // A post's block is found from the timestamp under it, after the enclosures above it.
  std::stable_sort(found.begin(), found.end(),
                   [](const Enclosure& a, const Enclosure& b) { return a.start < b.start; });
  return found;
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
  // An enclosure is a message of its own.
  for (const Enclosure& enclosure : facts.enclosures) {
    if (enclosure.dated_only || enclosure.table_end != 0) {
      continue;
    }
    if (enclosure.start <= at) {
      message_begin = std::max(message_begin, enclosure.start);
    } else {
      message_end = std::min(message_end, enclosure.start);
    }
  }
  const auto closing =
      std::lower_bound(facts.closings.begin(), facts.closings.end(), message_begin);
  // Agencies on a "cc:" line, or on the lines of its list under it with no blank line
  // between ("cc:  Wexley County Board of Commissioners / Wexley County State's Attorney"),
  // get copies: they do not sign.
  const auto copied = [&](const AgencyMatch& agency) {
    std::size_t begin = line_begin(text, agency.start);
    for (int up = 0; up < 6; ++up) {
      const std::string_view line = trim(text.substr(begin, line_end(text, begin) - begin));
      if (line.empty()) {
        return false;
      }
      if (line.size() >= 3 && (line[0] == 'c' || line[0] == 'C') &&
          (line[1] == 'c' || line[1] == 'C') && (line[2] == ':' || line[2] == ' ')) {
        return true;
      }
      // Only an indented line goes on with the list above it.
      if (begin == 0 || text[begin] != ' ') {
        return false;
      }
      begin = line_begin(text, begin - 1);
    }
    return false;
  };
  if (closing != facts.closings.end() && *closing < message_end) {
    for (auto agency = first_from(facts.agencies, *closing);
         agency != facts.agencies.end() && agency->start < message_end; ++agency) {
      if (!copied(*agency)) {
        return agency->value;
      }
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
      // "Kentucky State Police | 1266 Louisville Road, Frankfort, KY 40601": the agency's part.
      const std::size_t part = std::min(line.size(), line.find(" | "));
      if (part <= 60 && agency != facts.agencies.end() && agency->start == line_start &&
          !copied(*agency)) {
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

namespace {

// The agency a speaker introduces himself with in the first sentences of his turn, from
// `begin`: "NAME, AGENCY" or "NAME, TITLE, AGENCY" as a sentence of its own, perhaps with a
// subdivision after the agency ("JULIA BRANDT, TAMBER COUNTY STATE'S ATTORNEY'S OFFICE, CIVIL
// DIVISION."), or "". Not a third party named in a sentence that goes on ("DIRECTOR ANN WU,
// ICE, WROTE TO US").
std::string introduced_agency(const PageFacts& facts, std::size_t begin) {
  static const LazyRegex k_introduction(
      R"((?:^[\s>]*|[.:?!]\s+)[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){1,3},(?: [^,.\n]{2,40},)?\s+$)");
  static const LazyRegex k_sentence_end(
      R"(^(?:,[A-Za-z ]{0,30}(?i:division|unit|section|branch|bureau))?\.)");
  const std::string_view text = facts.text;
  const std::size_t limit = std::min(text.size(), begin + 240);
  for (auto agency = first_from(facts.agencies, begin);
       agency != facts.agencies.end() && agency->start < limit; ++agency) {
    if (RE2::PartialMatch(text.substr(agency->end, 60), *k_sentence_end) &&
        RE2::PartialMatch(text.substr(begin, agency->start - begin), *k_introduction)) {
      return agency->value;
    }
  }
  return {};
}

// Whether `line`'s first word (after spaces and a line number) is one a turn's heading or label
// starts with.
bool may_open_turn(std::string_view line) {
  std::size_t at = 0;
  while (at < line.size() && (line[at] == ' ' || (line[at] >= '0' && line[at] <= '9'))) {
    ++at;
  }
  std::size_t end = at;
  while (end < line.size() &&
         ((line[end] >= 'a' && line[end] <= 'z') || (line[end] >= 'A' && line[end] <= 'Z'))) {
    ++end;
  }
  static const std::unordered_set<std::string_view> k_first_words = {"PREPARED",   "STATEMENT",
                                                                     "TESTIMONY",  "REMARKS",
                                                                     "VIDEOTAPED", "VIDEO",
                                                                     "ORAL",       "TRANSCRIBED",
                                                                     "DEPOSITION", "EXAMINATION",
                                                                     "INTERVIEW",  "SWORN",
                                                                     "Q",          "A",
                                                                     "Mr",         "Ms",
                                                                     "Mrs",        "Dr",
                                                                     "Sheriff",    "Chief",
                                                                     "Chairman",   "Chairwoman",
                                                                     "Chair",      "Senator",
                                                                     "Director",   "Commissioner",
                                                                     "Judge",      "Representative",
                                                                     "Secretary",  "Governor",
                                                                     "Mayor"};
  return end > at && k_first_words.count(line.substr(at, end - at)) != 0;
}

} // namespace

std::vector<Turn> find_turns(const PageFacts& facts, DocumentContext& context) {
  static const LazyRegex k_heading(
      R"(^\s*(?:PREPARED\s+)?(?:STATEMENT|TESTIMONY|REMARKS)\s+OF\s+(?:THE\s+)?(?:HON(?:ORABLE|\.)\s+)?([A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*)* [A-Z][A-Z'-]*[A-Z])\s*(?:,|$))");
  static const LazyRegex k_label(
      R"(^\s*(?:Mr|Ms|Mrs|Dr|Sheriff|Chief|Chairman|Chairwoman|Chair|Senator|Director|Commissioner|Judge|Representative|Secretary|Governor|Mayor)\.?\s+((?:[A-Z][A-Z'-]+\s)?[A-Z][A-Z'-]+)\.\s)");
  static const LazyRegex k_deposition(
      R"(^\s*(?:\d{1,2}\s+)?(?:(?:VIDEOTAPED|VIDEO|ORAL|TRANSCRIBED)\s+)?(?:DEPOSITION|EXAMINATION|INTERVIEW|SWORN\s+STATEMENT)\s+OF\s+[A-Z])");
  // "15     Q.  Mr. Holloway, ...", "A.  I do.": a question or answer label after the line number.
  static const LazyRegex k_question_answer(R"(^\s*(?:\d{1,2}\s+)?([QA])[.:]\s)");
  // "ICE PANELIST: Thank you.", "SHERIFF VOSS: Madam Chair, ...": a speaker's label in
  // capitals, in a document that says it is a transcript; not a memo's or a form's field
  // ("TO:", "SUBJECT:", "ANSWER:"). After a timecode, with an affiliation after a comma and
  // cues in parentheses: "[18:02:36] SGT. ANNE FARLEY, TOLLIVER COUNTY SHERIFF'S OFFICE (SOT):".
  // Realtime captions mark each change of speaker with ">>", labelled or not (">> MEMBER
  // OKAFOR: THANK YOU.", ">> SO MOVED.").
  static const LazyRegex k_speaker_label(
      R"(^\s*(?:>> *)?(?:\[\d{1,2}:\d{2}(?::\d{2})?\] +)?)"
      R"(([A-Z][A-Z'.-]*(?: [A-Z][A-Z'.-]*){0,3}(?:, [A-Z][A-Z'.-]*(?: [A-Z][A-Z'.-]*){0,5})?))"
      R"((?: \([^)\n]{0,100}\)){0,2}: +\S)");
  static const LazyRegex k_transcript(R"((?i)\b(?:transcript|transcribed|verbatim)\b)");
  static const std::unordered_set<std::string_view> k_fields = {
      "TO",      "FROM",     "CC",       "BCC",      "RE",
      "SUBJECT", "DATE",     "SENT",     "ATTN",     "NOTE",
      "NOTES",   "ANSWER",   "RESPONSE", "QUESTION", "SUMMARY",
      "ACTION",  "STATUS",   "TOTAL",    "Q",        "A",
      "COMMENT", "COMMENTS", "PURPOSE",  "ISSUE",    "PUBLIC COMMENT",
      "CHYRON",  "GRAPHIC"};
  const std::string_view text = facts.text;
  const auto speaker_label = [&](std::string_view line, std::string& label) {
    return line.find(':') != std::string_view::npos &&
           RE2::PartialMatch(line, *k_speaker_label, &label) && k_fields.count(label) == 0;
  };
  if (!context.labelled_transcript && !context.deposition && context.pages_seen == 0 &&
      RE2::PartialMatch(text, *k_transcript)) {
    int labels = 0;
    for (std::size_t position = 0; position < text.size() && labels < 2;) {
      const std::size_t end = line_end(text, position);
      std::string label;
      labels += speaker_label(text.substr(position, end - position), label) ? 1 : 0;
      position = end + 1;
    }
    context.labelled_transcript = labels >= 2;
  }
  std::vector<Turn> turns;
  for (std::size_t position = 0; position < text.size();) {
    const std::size_t end = line_end(text, position);
    const std::string_view line = text.substr(position, end - position);
    std::string name;
    if (std::string label; context.labelled_transcript && speaker_label(line, label)) {
      // The label's agency speaks ("ICE PANELIST"), or a sheriff's office ("SHERIFF VOSS"),
      // or the one the speaker introduces himself with ("CHIEF DEPUTY STANEK: THANK YOU. ROB
      // STANEK, CHIEF DEPUTY, TAMBER COUNTY SHERIFF'S OFFICE."); any other speaker is one the
      // tags cannot name.
      const std::size_t label_end = position + line.find(label) + label.size();
      std::string agency = speaker_named(facts, position, label_end, context);
      if (agency.empty()) {
        agency = introduced_agency(facts, label_end);
      }
      const bool unnamed = agency.empty();
      turns.push_back({position, std::move(agency), unnamed});
      position = end + 1;
      continue;
    }
    if (context.labelled_transcript && trim(line).starts_with(">>")) {
      std::string agency = introduced_agency(facts, position);
      const bool unnamed = agency.empty();
      turns.push_back({position, std::move(agency), unnamed});
      position = end + 1;
      continue;
    }
    // Nearly every line opens with a word none of the patterns can start with: those are not
    // run on it.
    if (!may_open_turn(line)) {
      position = end + 1;
      continue;
    }
    if (!context.deposition && RE2::PartialMatch(line, *k_deposition)) {
      context.deposition = true;
    } else if (std::string label;
               context.deposition && RE2::PartialMatch(line, *k_question_answer, &label)) {
      if (label == "A" && context.witness_agency.empty()) {
        if (const AgencyMatch* employer = facts.agency_in(position, end)) {
          context.witness_agency = employer->value;
        }
      }
      turns.push_back({position, label == "A" ? context.witness_agency : std::string()});
    } else if (RE2::PartialMatch(line, *k_heading, &name)) {
      // The heading runs to the next blank line; its most specific agency is the witness's.
      std::size_t block_end = end;
      while (block_end < text.size() &&
             !trim(text.substr(block_end + 1, line_end(text, block_end + 1) - block_end - 1))
                  .empty()) {
        block_end = line_end(text, block_end + 1);
      }
      // "NAME, TITLE, OFFICE, AGENCY": the organisation the witness speaks for comes last.
      std::string witness;
      for (auto agency = first_from(facts.agencies, position);
           agency != facts.agencies.end() && agency->start < block_end; ++agency) {
        witness = agency->value;
      }
      const std::size_t space = name.rfind(' ');
      const std::string surname = space == std::string::npos ? name : name.substr(space + 1);
      if (context.witnesses.size() < 64) {
        context.witnesses.emplace_back(surname, witness);
      }
      turns.push_back({position, witness});
    } else if (RE2::PartialMatch(line, *k_label, &name)) {
      const std::size_t space = name.rfind(' ');
      const std::string surname = space == std::string::npos ? name : name.substr(space + 1);
      std::string agency;
      for (const auto& [witness, witness_agency] : context.witnesses) {
        if (witness == surname) {
          agency = witness_agency;
        }
      }
      turns.push_back({position, agency});
    }
    position = end + 1;
  }
  return turns;
}

std::string sentence_subject_agency(const PageFacts& facts,
                                    const std::vector<Sentence>& sentences) {
  std::vector<std::pair<std::string, int>> counts; // in order of first appearance
  for (const Sentence& sentence : sentences) {
    std::size_t at = sentence.start;
    const std::string_view text = facts.text;
    while (at < sentence.end &&
           (text[at] == ' ' || text[at] == '\n' || text[at] == '-' || text[at] == '*')) {
      ++at;
    }
    // "A. ICE, in consultation with ...": an answer's label.
    if (at + 2 < sentence.end && text[at] >= 'A' && text[at] <= 'Z' && text[at + 1] == '.' &&
        text[at + 2] == ' ') {
      at += 3;
    }
    const auto agency = first_from(facts.agencies, at);
    if (agency == facts.agencies.end() || agency->start != at || agency->end >= sentence.end) {
      continue;
    }
    const auto found = std::find_if(counts.begin(), counts.end(), [&](const auto& entry) {
      return entry.first == agency->value;
    });
    if (found == counts.end()) {
      counts.emplace_back(agency->value, 1);
    } else {
      ++found->second;
    }
  }
  const auto best =
      std::max_element(counts.begin(), counts.end(),
                       [](const auto& a, const auto& b) { return a.second < b.second; });
  return best == counts.end() ? std::string() : best->first;
}

bool starts_with_subject_label(std::string_view sentence) {
  static const LazyRegex k_label(R"((?i)^\s*(?:subject|re|subj)\s*:)");
  return RE2::PartialMatch(sentence, *k_label);
}

std::string without_meeting_response(std::string_view sentence) {
  static const LazyRegex k_response(
      R"((?i)^(\s*(?:subject|subj)\s*:\s*(?:(?:re|fw|fwd)\s*:\s*)*)(?:declined|accepted|tentative|canceled|cancelled)\s*:)");
  re2::StringPiece prefix;
  if (!RE2::PartialMatch(sentence, *k_response, &prefix)) {
    return {};
  }
  std::string blanked(sentence);
  const std::size_t word_end = blanked.find(':', prefix.size());
  std::fill(blanked.begin() + static_cast<std::ptrdiff_t>(prefix.size()),
            blanked.begin() + static_cast<std::ptrdiff_t>(word_end), ' ');
  return blanked;
}

namespace {

bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Whether `word` stands in `text` as a word of its own: no letter or digit glued to either side.
bool holds_word(std::string_view text, std::string_view word) {
  for (std::size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + 1)) {
    const std::size_t end = at + word.size();
    if ((at == 0 || !is_word_byte(text[at - 1])) &&
        (end == text.size() || !is_word_byte(text[end]))) {
      return true;
    }
  }
  return false;
}

} // namespace

// Documents define acronyms for the agencies they name, "Washington State Patrol (WSP)", and use
// them from then on. Learns such definitions into the context and tags the acronym's mentions
// (whole words, as written, the definition's own included) that no rule matched.
namespace {

// Whether the line holding `at` is a table's row: three or more columns set apart by runs of
// spaces ("USP COLEMAN II      COLEMAN      FL   Federal"), where a code names no agency.
bool in_table_row(std::string_view text, std::size_t at) {
  const std::size_t begin = line_begin(text, at);
  const std::string_view line = trim(text.substr(begin, line_end(text, at) - begin));
  int gaps = 0;
  for (std::size_t i = line.find("   "); i != std::string_view::npos;
       i = line.find("   ", line.find_first_not_of(' ', i))) {
    ++gaps;
  }
  return gaps >= 2;
}

// The offset of the first capital A-Z at or after `at`, or the text's size. Eight bytes at a
// time: capitals are a few bytes in a hundred of running text, and a byte-by-byte search for them
// cost more than the rest of learn_state_initials.
std::size_t next_capital(std::string_view text, std::size_t at) {
  constexpr std::uint64_t k_ones = 0x0101010101010101ULL;
  while (at + 8 <= text.size()) {
    std::uint64_t bytes = 0;
    std::memcpy(&bytes, text.data() + at, 8);
    // Each byte's low seven bits plus 0x3F reach 0x80 from 'A' on, plus 0x25 from '[' on; no
    // byte carries into the next. Bytes from 0x80 (UTF-8) are no capitals.
    const std::uint64_t low = bytes & (0x7F * k_ones);
    const std::uint64_t capitals =
        (low + 0x3F * k_ones) & ~(low + 0x25 * k_ones) & ~bytes & (0x80 * k_ones);
    if (capitals != 0) {
      break;
    }
    at += 8;
  }
  while (at < text.size() && !(text[at] >= 'A' && text[at] <= 'Z')) {
    ++at;
  }
  return at;
}

} // namespace

void learn_state_initials(std::string_view text, const std::vector<AgencyMatch>& agencies,
                          const AgencyTagger& tagger, DocumentContext& context, bool states_noted) {
  auto agency = agencies.begin();
  for (std::size_t at = next_capital(text, 0); at < text.size(); at = next_capital(text, at)) {
    if (at > 0 && is_word_byte(text[at - 1])) {
      ++at;
      continue;
    }
    std::size_t end = at;
    while (end < text.size() && text[end] >= 'A' && text[end] <= 'Z') {
      ++end;
    }
    const std::string_view word = text.substr(at, end - at);
    const std::size_t start = at;
    at = end;
    if (word.size() < 3 || word.size() > 6 || (end < text.size() && is_word_byte(text[end])) ||
        tagger.state_initials_of(word) == nullptr) {
      continue;
    }
    while (agency != agencies.end() && agency->end <= start) {
      ++agency;
    }
    const bool tagged = agency != agencies.end() && agency->start <= start;
    const bool known = std::any_of(context.defined_acronyms.begin(), context.defined_acronyms.end(),
                                   [&](const auto& entry) { return entry.first == word; });
    if (tagged || known || context.defined_acronyms.size() >= 64 || in_table_row(text, start)) {
      continue;
    }
    if (!states_noted) {
      tagger.note_states(text, context.states_named);
      states_noted = true;
    }
    if (std::string body = tagger.state_body_by_initials(word, text, start, context.states_named);
        !body.empty()) {
      context.defined_acronyms.emplace_back(std::string(word), std::move(body));
    }
  }
}

namespace {

// Whether `acronym` can abbreviate `name`: its letters in order among the name's, the first a
// word's initial ("SLED" for "South Carolina Law Enforcement Division", "CADOJ" for "California
// Department of Justice"); not a transcript's cue after a name ("SHERIFF'S OFFICE (SOT)").
bool abbreviates(std::string_view name, std::string_view acronym) {
  const auto upper = [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; };
  std::size_t at = 0;
  while (at < name.size() &&
         (upper(name[at]) != acronym.front() || (at > 0 && is_word_byte(name[at - 1])))) {
    ++at;
  }
  for (const char letter : acronym) {
    if (letter == '&') {
      continue;
    }
    while (at < name.size() && upper(name[at]) != letter) {
      ++at;
    }
    if (at == name.size()) {
      return false;
    }
    ++at;
  }
  return true;
}

} // namespace

void add_defined_acronyms(std::string_view text, std::vector<AgencyMatch>& agencies,
                          DocumentContext& context) {
  for (const AgencyMatch& agency : agencies) {
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
                     [](char c) { return (c >= 'A' && c <= 'Z') || c == '&'; }) ||
        !abbreviates(text.substr(agency.start, agency.end - agency.start), acronym)) {
      continue;
    }
    const bool known = std::any_of(context.defined_acronyms.begin(), context.defined_acronyms.end(),
                                   [&](const auto& entry) { return entry.first == acronym; });
    if (!known && context.defined_acronyms.size() < 64) {
      context.defined_acronyms.emplace_back(std::string(acronym), agency.value);
    }
  }
  // Documents also use an agency's initials without defining them ("The Washington State Patrol
  // confirmed ... WSP staff asked"): the capitalised words of a named agency of three or more
  // words, when the page holds those initials as a word of their own.
  // Each distinct initials are looked for once: a page names the same few agencies many times.
  std::vector<std::pair<std::string, bool>> initials_seen;
  for (const AgencyMatch& agency : agencies) {
    std::string initials = capital_initials(agency.value);
    if (initials.size() < 3 || initials.size() > 6 ||
        initials == agency.value.substr(0, initials.size())) {
      continue;
    }
    const auto on_page = [&](const std::string& word) {
      auto seen = std::find_if(initials_seen.begin(), initials_seen.end(),
                               [&](const auto& entry) { return entry.first == word; });
      if (seen == initials_seen.end()) {
        initials_seen.emplace_back(word, holds_word(text, word));
        seen = initials_seen.end() - 1;
      }
      return seen->second;
    };
    // A state body goes by its initials without the state's too: the "Minnesota Bureau of
    // Criminal Apprehension" is the "BCA".
    if (!on_page(initials)) {
      if (initials.size() < 4 || !on_page(initials.substr(1))) {
        continue;
      }
      initials.erase(0, 1);
    }
    const bool known = std::any_of(context.defined_acronyms.begin(), context.defined_acronyms.end(),
                                   [&](const auto& entry) { return entry.first == initials; });
    if (!known && context.defined_acronyms.size() < 64) {
      context.defined_acronyms.emplace_back(initials, agency.value);
    }
  }
  // "the Washington State Patrol in Olympia ... The State Patrol has told us": a State's body by
  // its name without the State's, after "the", on a page that names it whole.
  for (const AgencyMatch& agency : agencies) {
    for (const std::string& state : context.states_named) {
      if (agency.value.size() <= state.size() + 1 || !agency.value.starts_with(state) ||
          agency.value[state.size()] != ' ') {
        continue;
      }
      const std::string body = agency.value.substr(state.size() + 1);
      const bool known =
          std::any_of(context.defined_acronyms.begin(), context.defined_acronyms.end(),
                      [&](const auto& entry) { return entry.first == body; });
      // Once learned, not looked for again: a page names the same body many times.
      if (!known && context.defined_acronyms.size() < 64 && body.find(' ') != std::string::npos &&
          (text.find("the " + body) != std::string_view::npos ||
           text.find("The " + body) != std::string_view::npos)) {
        context.defined_acronyms.emplace_back(body, agency.value);
      }
      break;
    }
  }
  if (context.defined_acronyms.empty()) {
    return;
  }
  std::vector<AgencyMatch> found;
  for (const auto& [acronym, value] : context.defined_acronyms) {
    for (std::size_t at = text.find(acronym); at != std::string_view::npos;
         at = text.find(acronym, at + 1)) {
      const std::size_t end = at + acronym.size();
      // "WCSO-ICE correspondence": joined to another acronym by a hyphen, not to a number.
      const bool joined =
          end + 1 < text.size() && text[end] == '-' && text[end + 1] >= 'A' && text[end + 1] <= 'Z';
      if ((at > 0 && (is_word_byte(text[at - 1]) || text[at - 1] == '-' || text[at - 1] == '.')) ||
          (end < text.size() && (is_word_byte(text[end]) || (text[end] == '-' && !joined)))) {
        continue;
      }
      // A rule's reading of the same letters gives way to the document's: after "the California
      // Department of Justice (DOJ)", "DOJ" is the state's, the "(DOJ)" too.
      const auto same = std::find_if(agencies.begin(), agencies.end(), [&](const AgencyMatch& a) {
        return a.start == at && a.end == end;
      });
      if (same != agencies.end()) {
        same->value = value;
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
              [](const AgencyMatch& a, const AgencyMatch& b) { return a.start < b.start; });
  }
}

} // namespace foia::analyze::detail
