#pragma once
// What the taggers found on one page, and the document-level reading built on it: the
// document's date and author, the current email message, signatures, defined acronyms.
// Internal to the analyze stage.

#include "detail.hpp"

#include "foia/analyze/analyzer.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace foia::analyze::detail {

inline std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\n')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) {
    text.remove_suffix(1);
  }
  return text;
}

// "------------------------------", "- - - - - - - - - - - - - - -": a line drawn across the
// page with one rule character, solid or spaced (a footnote's short rule is not one).
inline bool is_rule_line(std::string_view line) {
  line = trim(line);
  if (line.size() < 30 || std::string_view("-=_*~").find(line.front()) == std::string_view::npos) {
    return false;
  }
  if (line.find_first_not_of(line.front()) == std::string_view::npos) {
    return true;
  }
  for (std::size_t at = 0; at < line.size(); ++at) {
    if (line[at] != (at % 2 == 0 ? line.front() : ' ')) {
      return false;
    }
  }
  return true;
}

inline std::size_t line_begin(std::string_view text, std::size_t at) {
  const std::size_t newline = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
  return newline == std::string_view::npos ? 0 : newline + 1;
}

inline std::size_t line_end(std::string_view text, std::size_t at) {
  const std::size_t newline = text.find('\n', at);
  return newline == std::string_view::npos ? text.size() : newline;
}

inline std::string iso(const DateMatch& date) {
  return iso_date(date.year, date.month, date.day);
}

// The first match starting at or after `offset`, in a vector sorted by start.
template <typename Match>
typename std::vector<Match>::const_iterator first_from(const std::vector<Match>& matches,
                                                       std::size_t offset) {
  return std::lower_bound(matches.begin(), matches.end(), offset,
                          [](const Match& match, std::size_t at) { return match.start < at; });
}

// A document set into a page below a message or a report: an attachment under a rule line, a
// letter with its own letterhead and date line. Its agency ("" for an author who is no agency)
// and date speak for what follows it.
struct Enclosure {
  std::size_t start;
  std::string agency;
  std::string date;
  /// Only a date for what follows ("TUE 9/28/10" heading a log's day): the speaker stays.
  bool dated_only = false;
  /// A timestamped entry whose line names no agency ("02/15/2011 14:05  [b6] (Support - Tier
  /// 2)"): the document's author's, as a ticket's work note is the ticket system's owner's.
  bool authors = false;
  /// A speaker's card ("Representing: self"): what follows is said for its agency, or for
  /// nobody, never for the document's author, though it is the first message.
  bool represents = false;
  /// A row of a numbered table that names its sources: where that table ends (0 for any other
  /// enclosure). Past it, what the cursor knew before the table's first row holds again.
  std::size_t table_end = 0;
};

// Everything the taggers found on one page, in normalized offsets, each list sorted by start.
struct PageFacts {
  std::string_view text;
  bool ocr = false;              // the page's text is OCR's
  std::vector<Candidate> stamps; // Bates stamps: nothing inside one is a date or an agency
  std::vector<HeaderLine> headers;
  std::vector<DateMatch> dates;
  std::vector<AgencyMatch> agencies;
  std::vector<std::string> header_dates;    // per header: its date when a Sent:/Date: line
  std::vector<std::string> header_agencies; // per header: its agency when a From: line
  std::vector<std::size_t> from_offsets;    // where each From: line starts: messages begin there
  std::vector<std::size_t> closings;        // where each "Sincerely,"/"Regards," starts
  std::vector<Enclosure> enclosures;        // documents set into the page (find_enclosures)

  // The first full date wholly inside [begin, end), or nullptr.
  const DateMatch* date_in(std::size_t begin, std::size_t end) const {
    for (auto date = first_from(dates, begin); date != dates.end() && date->start < end; ++date) {
      if (date->end <= end && date->year != 0) {
        return &*date;
      }
    }
    return nullptr;
  }
  // The first agency starting inside [begin, end), or nullptr.
  const AgencyMatch* agency_in(std::size_t begin, std::size_t end) const {
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

// Walks down the page keeping the current email message's From agency and Sent date; an
// enclosure is a message of its own, from its letterhead's agency, on its own date.
class MessageCursor {
public:
  MessageCursor(const PageFacts& facts, const DocumentContext& context)
      : m_facts(facts), m_state{.agency = context.message_agency,
                                .date = context.message_date,
                                .message_date = context.message_date,
                                .sender_unknown = context.message_sender_unknown,
                                .messages = context.messages_seen} {}
  /// Takes in every header that starts before `offset` and every enclosure that starts at or
  /// before it (offsets must not decrease).
  void advance_to(std::size_t offset) {
    while (m_enclosure < m_facts.enclosures.size() &&
           m_facts.enclosures[m_enclosure].start <= offset) {
      const Enclosure& enclosure = m_facts.enclosures[m_enclosure++];
      end_table_before(enclosure.start);
      take_headers_before(enclosure.start);
      if (enclosure.table_end != 0 && !m_before_table) {
        m_before_table = m_state;
        m_table_end = enclosure.table_end;
      }
      if (enclosure.dated_only) {
        m_state.date = enclosure.date;
        m_state.date_on_page = true;
        continue;
      }
      m_state.agency = enclosure.agency;
      m_state.sender_unknown = enclosure.agency.empty() && !enclosure.authors;
      m_state.authors = enclosure.authors;
      m_state.represents = enclosure.represents;
      m_state.after_enclosure = true;
      if (!enclosure.date.empty()) {
        m_state.date = enclosure.date;
        m_state.message_date = enclosure.date;
        m_state.date_on_page = true;
      }
      m_state.messages += enclosure.authors ? 0 : 1;
    }
    end_table_before(offset);
    take_headers_before(offset);
  }
  const std::string& agency() const { return m_state.agency; }
  /// The current entry is the document author's (Enclosure::authors), however many messages
  /// came before it.
  bool authors() const { return m_state.authors; }
  /// The current entry is a speaker's card (Enclosure::represents).
  bool represents() const { return m_state.represents; }
  const std::string& date() const { return m_state.date; }
  /// The current message's date: a header's or an enclosure's, not a dated section's, which
  /// ends with its page.
  const std::string& message_date() const { return m_state.message_date; }
  /// The date is a header's on this page, not one carried from an earlier page.
  bool date_on_page() const { return m_state.date_on_page; }
  /// The current memo's From: line names no agency ("FROM: City Attorney"; an email's sender
  /// may still be known by the agencies the message names).
  bool sender_unknown() const { return m_state.sender_unknown; }
  /// From: lines and enclosures passed so far in the document: 1 in its first message.
  int messages() const { return m_state.messages; }

private:
  void end_table_before(std::size_t offset) {
    if (m_before_table && m_table_end <= offset) {
      take_headers_before(m_table_end);
      m_state = std::move(*m_before_table);
      m_before_table.reset();
    }
  }
  void take_headers_before(std::size_t offset) {
    while (m_next < m_facts.headers.size() && m_facts.headers[m_next].start < offset) {
      const HeaderLine& header = m_facts.headers[m_next];
      if (header.field == "From") {
        // A memo's "FROM: (b)(6), Undersheriff" under an enclosure's letterhead is the
        // letterhead's.
        const bool under_letterhead = m_state.after_enclosure && !m_state.agency.empty() &&
                                      m_facts.header_agencies[m_next].empty() && !header.in_email;
        if (!under_letterhead) {
          m_state.agency = m_facts.header_agencies[m_next];
          m_state.sender_unknown = m_state.agency.empty() && !header.in_email;
          m_state.authors = false;
          m_state.represents = false;
          ++m_state.messages;
        }
        m_state.after_enclosure = false;
      } else if (!m_facts.header_dates[m_next].empty()) {
        m_state.date = m_facts.header_dates[m_next];
        m_state.message_date = m_state.date;
        m_state.date_on_page = true;
      }
      ++m_next;
    }
  }

  const PageFacts& m_facts;
  std::size_t m_next = 0;
  std::size_t m_enclosure = 0;
  // What the cursor knows at a point of the page; saved at a numbered table's first row and
  // restored at its end.
  struct State {
    std::string agency;
    std::string date;
    std::string message_date;
    bool date_on_page = false;
    bool sender_unknown = false;
    bool after_enclosure = false; // no From: line since the last enclosure
    bool authors = false;         // the current enclosure is the author's
    bool represents = false;      // the current enclosure is a speaker's card
    int messages = 0;
  };
  State m_state;
  std::optional<State> m_before_table;
  std::size_t m_table_end = 0;
};

/// Sets context.date when unknown: a Sent:/Date: header, else a publication date of the first
/// page or one read ahead, else a date on a line of its own on the first page, else one after a
/// drafting or revision word in its top lines ("Draft of 02/28/2011"), else one in its heading,
/// else an enactment line's date ("PASSED AND ADOPTED this 6th day of September, 2011", "Dated:
/// ...", the last signature's "Date:" under "APPROVED BY:"), else the first page's first full
/// date (which a later page's enactment line replaces).
void find_document_date(const PageFacts& facts, DocumentContext& context);
/// The date of the page's first enactment line ("PASSED AND ADOPTED this 6th day of September,
/// 2011"), or "" when it has none.
std::string enacted_date(std::string_view text, const DateTagger& dates);
/// A line's letters, lower-cased, without its digits, spaces and punctuation: the same running
/// header on every page whatever its page number, its spacing or OCR's quotes.
std::string line_key(std::string_view line);
/// The first full date right after "Published", "Released", "Last modified", "Last updated" or
/// "Date of issue" on the page, or "" when it has none.
std::string published_date(std::string_view text, const DateTagger& dates);
/// Whether the page has a line enacted_date() or published_date() reads.
bool cues_document_date(std::string_view text);
/// A later page's own date: a full date in its top five lines that stands on a line of its own,
/// or in its top eight after a revision word ("Version 2.0  Revised 11/9/10") or a start label
/// opening its line ("Start:  01/11/2011 2:47 PM"), or an enactment line's date; "" when none. It
/// dates that page's statements instead of the document's date.
std::string page_own_date(const PageFacts& facts);
/// A sheriff's office's canonical name ("Merrow County Sheriff's Office").
bool is_sheriff_office(const std::string& agency);
/// "the Sheriff", "The Undersheriff", "the Sheriff's Office", "SHERIFF": a sheriff by title.
bool names_sheriff(std::string_view words);
/// The sheriff's office named last before `at` on the page or on an earlier page, or "".
std::string last_sheriff_office(const PageFacts& facts, std::size_t at,
                                const DocumentContext& context);
/// Whether `line` opens with a speaker's card's field ("Representing: Sonora Wells P.D.", "On
/// behalf of:") or, with `office`, a form's "Office:  ERO Chicago" or "Organization:  Enforcement
/// and Removal Operations, Seattle Field Office" (find_enclosures).
bool opens_speaker_field(std::string_view line, bool office);
/// Whether the text of a line before its date opens a log's row with its entry number and the
/// day it came in ("MI-11-0026    Received: ").
bool opens_log_row(std::string_view before_date);
/// Whether the text of a line before its date is a section's heading with its date in a
/// labelled column ("PART III -- EMPLOYEE SELF-ASSESSMENT      Date submitted: ").
bool heads_dated_column(std::string_view before_date);
/// Whether the page lists sources by number, and the number of the entry that would go on with
/// the list on the next page (0 when it ends on this one).
struct SourceList {
  bool here = false;
  int next = 0;
};
/// A page lists sources when two or more of its numbered entries name an agency as their author
/// ("1.  U.S. Immigration and Customs Enforcement. \"Fact Sheet.\" September 2009.", "3.
/// Secretary of Homeland Security. Letter to ..."): a bibliography, an index of records; or when
/// its first entry is numbered `continued`, going on with the previous page's list.
SourceList read_source_list(const PageFacts& facts, const AgencyTagger& agencies, int continued);
/// The documents set into the page (Enclosure): below a rule line ("-----") that follows a
/// message's body (on the page or an earlier one), with the date its top lines give; a letter's
/// own letterhead and date line further down the page ("AGENCY RESPONSE / STATE OF NEVADA /
/// DEPARTMENT OF PUBLIC SAFETY / February 6, 2012") or at the top of a later page; a date alone
/// at the left of its line below the heading (a dated section); a timestamped entry.
std::vector<Enclosure> find_enclosures(const PageFacts& facts, const AgencyTagger& agencies,
                                       const DocumentContext& context);
/// Sets context.author_agency when unknown: the first From: line's agency, else the letterhead.
void find_author(const PageFacts& facts, const AgencyTagger& agencies, DocumentContext& context);
/// The agency most sentences of the page start with (after a "Q."/"A." label or a bullet), or
/// "" when none does: who an unsigned document is about and, failing all else, speaks for.
std::string sentence_subject_agency(const PageFacts& facts, const std::vector<Sentence>& sentences);
/// Where a transcript's turn starts on the page and whose agency speaks in it ("" for a
/// speaker who is no agency, such as a legislator asking a witness).
struct Turn {
  std::size_t start;
  std::string agency;
  /// A labelled speaker the tags cannot name ("MODERATOR:", "SUPERVISOR KANE:"): the turn
  /// before it ends, and its sentences are attributed as outside a transcript.
  bool unnamed = false;
};
/// The turns that start on the page: a witness's heading ("STATEMENT OF HAROLD ROE, ...,
/// U.S. IMMIGRATION AND CUSTOMS ENFORCEMENT", the heading's last agency) and a
/// speaker's label at a line's start ("Mr. ROE.", "Sheriff DOE.": the witness's agency, or ""
/// for a name no heading gave). Learns the witnesses into the context.
std::vector<Turn> find_turns(const PageFacts& facts, DocumentContext& context);
/// The signature agency of the message holding offset `at`, or "".
std::string message_signature(const PageFacts& facts, std::size_t at);
/// True for "Subject: ...", "Re: ..." lines.
bool starts_with_subject_label(std::string_view sentence);
/// A subject line with a calendar's response to a meeting ("Subject: RE: Declined: SC call"),
/// with that response word blanked: it declines the meeting, not a program. Empty when the
/// sentence is none.
std::string without_meeting_response(std::string_view sentence);
/// Learns a state body's initials the rules know ("VSP" in a document that names Virginia) into
/// the context's acronyms, for add_defined_acronyms to tag. The page's own states are noted
/// first unless `states_noted` says they were.
void learn_state_initials(std::string_view text, const std::vector<AgencyMatch>& agencies,
                          const AgencyTagger& tagger, DocumentContext& context, bool states_noted);
/// Learns "Agency Name (ACR)" definitions into the context and adds the acronym's later mentions.
void add_defined_acronyms(std::string_view text, std::vector<AgencyMatch>& agencies,
                          DocumentContext& context);

} // namespace foia::analyze::detail
