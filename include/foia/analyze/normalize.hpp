#pragma once
// Text normalization for matching, with a map back to the original bytes so every tag's
// start/end/text still point into the page text as ingest wrote it.

#include <cstdint>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace foia::analyze {

/// std::allocator, except that a new element is left as it is rather than zeroed: an offset
/// array is resized and then written whole, and the zero fill of every offset (two a byte of
/// page text) would be a second pass over it.
template <typename T> struct UninitializedAllocator : std::allocator<T> {
  template <typename U> struct rebind { using other = UninitializedAllocator<U>; };
  UninitializedAllocator() = default;
  template <typename U> UninitializedAllocator(const UninitializedAllocator<U>&) noexcept {}
  template <typename U> void construct(U* at) noexcept { ::new (static_cast<void*>(at)) U; }
  template <typename U, typename... Args> void construct(U* at, Args&&... args) {
    ::new (static_cast<void*>(at)) U(std::forward<Args>(args)...);
  }
};

/// Offsets into a page's original text, one for each byte of its normalized text.
using SourceOffsets = std::vector<std::uint32_t, UninitializedAllocator<std::uint32_t>>;

/// Page text prepared for matching: NFKC-style compatibility folding (ligatures such as "ﬁ"
/// become "fi"), accents stripped, curly quotes and Unicode dashes folded to ASCII, soft hyphens
/// and carriage returns dropped, and words hyphenated at line ends joined ("manda-\ntory" becomes
/// "mandatory"), or inside a line when the joined word is known ("manda- tory"). Line breaks are
/// kept, so line-oriented rules (email headers) still work. Two columns of running text printed
/// side by side (a layout-preserving text layer of a newsletter) are read one after the other:
/// a block of four lines or more with one gutter of three spaces or more at one place, twelve
/// characters of text or more before it, and the right column 25 characters in or further; a
/// table's rows, with several gutters, stay as they are.
struct NormalizedText {
  std::string text;
  /// For each byte of `text`: the original byte offset where its source character starts...
  SourceOffsets source_start;
  /// ...and one past where it ends.
  SourceOffsets source_end;

  /// Maps a byte range [begin, end) of `text` to the original text's byte range.
  std::pair<std::size_t, std::size_t> to_source(std::size_t begin, std::size_t end) const;
};

/// Lowercase words the rules know ("mandatory", "communities"): a word OCR split inside a line
/// ("manda- tory") is joined only when the joined word is one of these or is used elsewhere on
/// the page.
using KnownWords = std::unordered_set<std::string>;

/// Normalizes `original` (UTF-8; invalid bytes become '?'). Never throws on bad input.
/// Besides line-end hyphenation, joins a word split by a hyphen and spaces inside a line ("Com-
/// munities", "opt- out") when the joined word is in `known` or appears unsplit on the page;
/// hyphens without a space after them ("opt-out", "follow-up") are left alone. `ocr`: the page
/// was read by OCR, which also splits words with a bare space ("Secu rity"): two letter runs
/// joined by one space become one word when the joined word (seven letters or more) is in `known`
/// and neither part is; and letters and digits that look alike are put right, byte for byte: in
/// a word that is then one of `known` ("C0mmunities", "lCE", "lmmigration"), and in a number
/// that has a real digit ("May l6, 2O11").
NormalizedText normalize_text(std::string_view original, const KnownWords* known = nullptr,
                              bool ocr = false);

} // namespace foia::analyze
