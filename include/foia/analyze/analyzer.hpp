#pragma once
// The analyze stage: page records in, tags out. See docs/tags.md for the tag format.

#include "foia/analyze/rules.hpp"
#include "foia/record/io.hpp"
#include "foia/record/record.hpp"
#include "foia/record/tag.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace foia::analyze {

/// What the analyzer knows about the document whose pages it is reading. Created per document
/// line, updated by every page (pages arrive in order), reset at the next document.
struct DocumentContext {
  std::string doc;
  std::string path;
  /// The document's own date (ISO, day precision when known): its first date line or email
  /// Sent:/Date: header. Resolves "Aug. 7" and dates opt-out statements.
  std::string date;
  /// `date` is only the first page's first full date (no date line or header named it): an
  /// enactment line on a later page ("PASSED AND ADOPTED this 6th day of ...") replaces it.
  bool date_guessed = false;
  /// The author agency (canonical) from the letterhead, the memo/email From: line or signature.
  std::string author_agency;
  /// The letterhead names an author who is no agency (a coalition, a law firm, a newspaper, a
  /// court): its sentences are nobody's the tags can name unless an agency is their subject.
  bool author_outside = false;
  /// The current email message's From agency and Sent date (a thread has several messages).
  std::string message_agency;
  std::string message_date;
  /// The current memo's From: line names a sender who is no agency ("FROM: City Attorney"):
  /// that sender, not an agency the sentence mentions, is speaking.
  bool message_sender_unknown = false;
  /// From: lines on earlier pages: the document's author writes the first message only; a
  /// forwarded or quoted message is its own sender's.
  int messages_seen = 0;
  /// A transcript's witnesses, from headings such as "STATEMENT OF JANE ROE, DIRECTOR, U.S.
  /// IMMIGRATION AND CUSTOMS ENFORCEMENT": surname in capitals, agency ("" when none).
  std::vector<std::pair<std::string, std::string>> witnesses;
  /// The document is a deposition or interview transcript ("DEPOSITION OF DANIEL HOLLOWAY"):
  /// its "Q." turns are the examiner's, its "A." turns the witness's, whose agency is the first
  /// one an answer names (`witness_agency`, "" until then).
  bool deposition = false;
  std::string witness_agency;
  /// The document is a transcript whose turns open with a speaker's label in capitals ("ICE
  /// PANELIST:", "SHERIFF VOSS:", "MODERATOR:").
  bool labelled_transcript = false;
  /// The page lists sources by number ("1.  U.S. Immigration and Customs Enforcement. \"Secure
  /// Communities: Fact Sheet.\" September 2009."): each entry's annotation is its source's, on
  /// the date the entry cites; and the number of the entry that would go on with the list on the
  /// next page, 0 when none would (detail::read_source_list).
  bool source_list = false;
  int source_list_next = 0;
  /// The transcript's current turn ("Mr. ROE." at a line's start, or a witness's heading):
  /// whether one has begun, and its speaker's agency ("" for a speaker who is no agency).
  bool in_turn = false;
  std::string turn_agency;
  /// When no author is known: the agency the document's sentences most often start with (an
  /// unsigned FAQ answering "ICE does not need ..."), the speaker of statements naming none.
  std::string subject_agency;
  /// The last date seen anywhere in the document, a fallback when nothing better is known.
  std::string last_date;
  /// Stance kinds whose topic the document has mentioned so far, or mentions in the pages read
  /// ahead (Analyzer::read_ahead).
  std::vector<std::string> topics_seen;
  /// The date of the first enactment line ("PASSED AND ADOPTED this 6th day of September,
  /// 2011") in the pages read ahead: it dates a document with no date line or header of its own
  /// from its first page on. "" when none.
  std::string enacted_date;
  /// The first date a page read ahead says the document was published or last modified on
  /// ("Last modified: 06/14/2012" in a web page's footer): it dates the document from its first
  /// page on, over the day a print header says it was printed. "" when none.
  std::string published_date;
  /// Running headers and footers: the first or last line of two or more pages read ahead
  /// ("Locked In: Secure Communities in Kansas, 2009-2011   14"), as detail::line_key gives
  /// them. Such a line is a title, never a statement.
  std::vector<std::string> running_lines;
  /// Acronyms the document defined for an agency ("Washington State Patrol (WSP)"): acronym,
  /// canonical value. Later mentions of the acronym in the document are that agency.
  std::vector<std::pair<std::string, std::string>> defined_acronyms;
  /// State bodies the document named by an agency's state form ("California Department of
  /// Justice" for DOJ): agency value, the state's. Its bare name or acronym later is the
  /// state's, unless the document names the federal agency as such (`federal_named`).
  std::vector<std::pair<std::string, std::string>> state_forms;
  std::vector<std::string> federal_named;
  /// The last sheriff's office the document named on earlier pages ("Merrow County Sheriff's
  /// Office"): the one "the Sheriff", "the Undersheriff" or "the Sheriff's Office" speaks for.
  std::string sheriff_office;
  /// States the document names, so far.
  std::vector<std::string> states_named;
  int pages_seen = 0;
};

/// Starts the context for a document line.
DocumentContext start_document(const record::DocumentRecord& document);

/// Tags pages. Build once (compiles every RE2 pattern) and reuse: tag_page is const and
/// thread-safe, all per-document state lives in the DocumentContext.
class Analyzer {
public:
  /// Compiles the rules; throws std::runtime_error naming the pack and pattern that is not valid
  /// RE2.
  explicit Analyzer(RulePack rules);
  ~Analyzer();
  Analyzer(Analyzer&&) noexcept;
  Analyzer& operator=(Analyzer&&) noexcept;

  /// Every tag on one page, ordered by start offset, then kind, then end. Updates `context`
  /// (document date, author, message headers). Never throws on odd text.
  std::vector<record::Tag> tag_page(const record::PageRecord& page, DocumentContext& context) const;

  /// Reads a document's first pages before any is tagged, for what a later page says about the
  /// whole document: a stance kind's topic named only on page 3, an enactment line on the last
  /// page. Sets `topics_seen`, `enacted_date`, `published_date` and `running_lines` in `context`;
  /// never throws on odd text.
  void read_ahead(const std::vector<record::PageRecord>& pages, DocumentContext& context) const;

  /// The merged rules this analyzer was built from.
  const RulePack& rules() const;

private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

/// Counts from one analyze run.
struct AnalyzeSummary {
  long documents = 0;
  long pages = 0;
  long tags = 0;
};

/// Where tags go, each with the 1-based records line of the page it was found on.
using TagSink = std::function<void(const record::Tag& tag, long record_line)>;

/// Tags page records in input order, a document at a time: a document's first pages (up to
/// k_read_ahead_pages, or k_read_ahead_bytes of text) are held and read ahead
/// (Analyzer::read_ahead) before the first is tagged; later pages are tagged as they come, so
/// memory is bounded whatever the size of the document.
class DocumentTagger {
public:
  static constexpr std::size_t k_read_ahead_pages = 64;
  static constexpr std::size_t k_read_ahead_bytes = 4 << 20;

  DocumentTagger(const Analyzer& analyzer, TagSink sink);
  /// A document line: finishes the document before and starts this one.
  void start(const record::DocumentRecord& document);
  /// A page line read from `record_line`; a page whose document line is missing (a sharded or
  /// hand-made file) starts a document of its own.
  void add(record::PageRecord page, long record_line);
  /// Tags the pages still held: call after the last line of a document or of the input.
  void finish();
  /// Tags handed to the sink so far.
  long tags() const { return m_tags; }

private:
  void tag(const record::PageRecord& page, long record_line);

  const Analyzer& m_analyzer;
  TagSink m_sink;
  DocumentContext m_context;
  std::vector<record::PageRecord> m_held;
  std::vector<long> m_held_lines;
  std::size_t m_held_bytes = 0;
  bool m_reading_ahead = true; ///< false once the held pages have been tagged
  long m_tags = 0;
};

/// Streams a records file through a DocumentTagger, handing each tag to `sink`, so memory does
/// not grow with the input. Throws std::runtime_error "FILE:LINE: reason" on a malformed line.
AnalyzeSummary analyze_records(record::LineReader& input, const Analyzer& analyzer,
                               const TagSink& sink);

} // namespace foia::analyze
