#pragma once
// Page records: the contract between the ingest stage and everything after it.
// One JSON line per document, then one per page; see docs/records.md.

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace foia::record {

/// The JSON flavour used for every line we write: keys keep the documented order.
using Json = nlohmann::ordered_json;

/// How a page's text was obtained.
enum class Method { text, ocr, none };

/// "text", "ocr" or "none".
std::string_view to_string(Method method);
/// Parses "text", "ocr" or "none"; std::nullopt for anything else.
std::optional<Method> method_from_string(std::string_view name);

/// PDF document information dictionary entries; empty strings are omitted from JSON.
struct Metadata {
  std::string title;
  std::string author;
  std::string subject;
  std::string creator;
  std::string producer;
  std::string created;  ///< ISO 8601 UTC, e.g. "2010-08-17T15:04:05Z"
  std::string modified; ///< ISO 8601 UTC
};

/// One input file (a PDF or an image) as a whole.
struct DocumentRecord {
  std::string doc;    ///< SHA-256 of the file's bytes, lowercase hex; empty when unreadable
  std::string path;   ///< the path as given on the command line (or found under a folder)
  std::string format; ///< "pdf" or "image"
  int pages = 0;
  bool encrypted = false;
  Metadata metadata;
  std::optional<std::string> error; ///< why the document could not be read
};

/// One page of a document.
struct PageRecord {
  std::string doc;
  std::string path;
  int page = 0; ///< 1-based
  Method method = Method::none;
  std::string text;                 ///< UTF-8
  std::optional<double> confidence; ///< Tesseract mean word confidence 0-100, OCR pages only
  std::optional<std::string> error; ///< why this page failed or was cut short
  std::vector<std::string> notes;   ///< limits applied, e.g. "dpi lowered to 150 (page too large)"
};

/// Serializes to one line of JSON (no trailing newline).
std::string to_json_line(const DocumentRecord& record);
/// Serializes to one line of JSON (no trailing newline).
std::string to_json_line(const PageRecord& record);

/// Counts Unicode code points in UTF-8 text (invalid bytes count one each).
std::size_t count_chars(std::string_view utf8);

/// A record read back from a records file.
struct ParsedRecord {
  std::optional<DocumentRecord> document;
  std::optional<PageRecord> page;
};

/// Parses one records line. Throws std::runtime_error with the reason when the line is not a
/// valid record; callers add the file and line number.
ParsedRecord parse_record_line(std::string_view line);

/// Calls `visit` for each line of page text, split on '\n': its 1-based number (the `line` of a
/// tag), its byte offset in `text`, and its bytes without the newline. Text ending in '\n' has a
/// last, empty line.
void for_each_line(
    std::string_view text,
    const std::function<void(int line_number, std::size_t offset, std::string_view line)>& visit);

/// Replaces invalid UTF-8 sequences with U+FFFD, so JSON output never fails on hostile bytes.
std::string sanitize_utf8(std::string_view bytes);

} // namespace foia::record
