#pragma once
// `foia report`: tags (and page records) in, summary.json out. See docs/summary.md.

#include "foia/record/io.hpp"
#include "foia/record/record.hpp"
#include "foia/record/tag.hpp"
#include "foia/report/inconsistencies.hpp"

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace foia::report {

/// The summary format's version; bumped when a key changes meaning or disappears.
inline constexpr int k_schema_version = 1;

/// A finished summary and the figures a caller needs for its exit status and closing lines.
struct Summary {
  /// summary.json with the two members that grow with the batch, `statements` and `timeline`,
  /// left null: they are made from `citations` one element at a time when written.
  Json head;
  std::vector<Citation> citations; ///< the statements, in document order
  int documents = 0;
  int pages = 0;
  int ocr_pages = 0;
  int statements = 0;
  int errors = 0;   ///< unreadable documents and failed pages
  int warnings = 0; ///< pages read with a limit applied (their `notes`), plus every error
  std::vector<std::string> explanations; ///< one per inconsistency, in summary order

  /// The whole summary.json document, built in memory (for tests and small batches; writing
  /// goes through write_summary, which never holds it all).
  Json to_json() const;
};

/// Builds a summary from a stream of tags and then, optionally, a stream of page records.
/// Memory grows with the number of tags, documents and failures, never with page text: of the
/// records it keeps counts and the few lines needed to find each document's date line.
class SummaryBuilder {
public:
  /// `options` is copied to the summary's "options" object as given.
  explicit SummaryBuilder(Json options);
  ~SummaryBuilder();
  SummaryBuilder(const SummaryBuilder&) = delete;
  SummaryBuilder& operator=(const SummaryBuilder&) = delete;

  /// Adds one tag. A page's tags must come before the page's record (all tags first, as
  /// `foia report` reads them, or page by page, as `foia run` makes them); a date tag that comes
  /// after its page cannot be checked against the page's text for date conflicts.
  void add_tag(const record::Tag& tag);
  /// Adds one document or page record.
  void add_record(const record::ParsedRecord& record);
  /// Assembles the summary; the builder is spent afterwards.
  Summary finish();

private:
  struct State;
  std::unique_ptr<State> m_state;
};

/// Reads a tags file and an optional records file ("" for none; "-" is standard input for one
/// of them) into a summary. Throws std::runtime_error "PATH:LINE: reason" on a malformed line,
/// or naming the path when a file cannot be read.
Summary build_summary(const std::string& tags_path, const std::string& records_path, Json options);

/// The summary as written to summary.json: two-space indented JSON and a final newline.
std::string to_text(const Summary& summary);

/// Writes to_text(summary) to `output` without building the whole document: statements and
/// timeline entries are formatted one at a time. Throws std::runtime_error naming the file on a
/// write error.
void write_summary(const Summary& summary, record::OutputFile& output);

/// A few lines for people: documents, pages, OCR pages, failures, statements, inconsistencies,
/// and each inconsistency's explanation.
std::string human_summary(const Summary& summary);

} // namespace foia::report
