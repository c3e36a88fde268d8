#pragma once
// Hostile inputs generated on the fly: damaged and malicious PDFs, and images whose headers lie.
// Each returns the file's bytes; nothing here is copied from a real corpus.

#include <cstdint>
#include <string>

namespace foia::test {

/// "%PDF-1.7" then `size` pseudo-random bytes (deterministic for a seed).
std::string random_bytes_behind_pdf_header(std::size_t size, std::uint32_t seed);

/// `pdf` with every cross-reference offset and startxref pointing past the end of the file.
std::string with_broken_xref(const std::string& pdf);

/// A PDF of `pages` text pages, each a full page of words (so `--ocr auto` uses the layer).
std::string many_pages_pdf(int pages);

/// A one-page PDF whose page holds one line of text, with a nest of arrays and dictionaries
/// `depth` levels deep in its catalog and its content stream, and also in its page dictionary
/// (before /Contents) when `in_page_dictionary`.
std::string deeply_nested_pdf(int depth, bool in_page_dictionary);

/// A PDF whose page tree's Kids point back at the tree itself (directly and through a child).
std::string looping_page_tree_pdf();

/// A letter page drawing one gray image of width x height pixels, a Flate stream of zeros that
/// decompresses to width * height bytes (gigabytes) from a file of a few megabytes.
std::string flate_bomb_pdf(int width, int height);

/// A little-endian gray TIFF whose header claims width x height and a strip at `strip_offset`
/// (past the end of the file when it is large), followed by only a few bytes of pixels.
std::string lying_tiff(std::uint32_t width, std::uint32_t height, std::uint32_t strip_offset);

/// A real small PNG (written by Leptonica) whose IHDR is rewritten to claim width x height,
/// with a correct CRC, so only the missing pixel data gives it away.
std::string lying_png(std::uint32_t width, std::uint32_t height);

/// A real small JPEG (written by Leptonica) whose frame header claims width x height.
std::string lying_jpeg(std::uint16_t width, std::uint16_t height);

} // namespace foia::test
