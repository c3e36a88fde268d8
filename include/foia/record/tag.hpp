#pragma once
// Tags: the contract between the analyze stage and the report stage.
// One JSON line per tag; see docs/tags.md.

#include "foia/record/record.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace foia::record {

/// One finding on one page. Offsets are bytes into the page record's `text`.
struct Tag {
  std::string
      kind; ///< "date", "agency", "optout", "exemption", "bates", "email", or a rule pack's own
  std::string doc; ///< SHA-256 of the document
  std::string path;
  int page = 0;          ///< 1-based
  int line = 0;          ///< 1-based line within the page text
  std::size_t start = 0; ///< byte offset of the match in the page text
  std::size_t end = 0;   ///< byte offset one past the match
  std::string text;      ///< the matched text exactly as it stands in the page
  std::string value;     ///< normalized value (ISO date, canonical agency, stance, ...)
  std::optional<double> confidence;
  /// Kind-specific fields (optout: "agency", "date"; date: "inferred", "fiscal";
  /// email: "field_value"), written after the common ones in key order.
  Json extra = Json::object();
};

/// Serializes to one line of JSON (no trailing newline).
std::string to_json_line(const Tag& tag);
/// Parses one tags line; throws std::runtime_error with the reason when it is not a valid tag.
Tag parse_tag_line(std::string_view line);

} // namespace foia::record
