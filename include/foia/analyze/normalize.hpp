#pragma once
// Text normalization for matching, with a map back to the original bytes so every tag's
// start/end/text still point into the page text as ingest wrote it.

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace foia::analyze {

/// Page text prepared for matching: NFKC-style compatibility folding (ligatures such as "ﬁ"
/// become "fi"), accents stripped, curly quotes and Unicode dashes folded to ASCII, soft hyphens
/// and carriage returns dropped, and words hyphenated at line ends joined ("manda-\ntory" becomes
/// "mandatory"). Line breaks are kept, so line-oriented rules (email headers) still work.
struct NormalizedText {
  std::string text;
  /// For each byte of `text`: the original byte offset where its source character starts...
  std::vector<std::uint32_t> source_start;
  /// ...and one past where it ends.
  std::vector<std::uint32_t> source_end;

  /// Maps a byte range [begin, end) of `text` to the original text's byte range.
  std::pair<std::size_t, std::size_t> to_source(std::size_t begin, std::size_t end) const;
};

/// Normalizes `original` (UTF-8; invalid bytes become '?'). Never throws on bad input.
NormalizedText normalize_text(std::string_view original);

} // namespace foia::analyze
