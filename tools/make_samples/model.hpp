#pragma once
// The sample batch as data: documents -> pages -> blocks of text.
//
// Inline markup inside block text:
//   [[LABEL|WIDTH]]  a black redaction box WIDTH points wide; LABEL (an exemption code such as
//                    "(b)(6)") is printed in white inside the box, or beside it when it does not
//                    fit
//   ~                a place where the word may be hyphenated if it falls at the end of a line

#include <string>
#include <vector>

namespace make_samples {

enum class BlockKind {
  letterhead,     ///< centred lines, first one bold and larger; '\n' separates lines
  title,          ///< one centred bold line
  field,          ///< bold label, then a value wrapped at a tab stop (memo and email headers)
  paragraph,      ///< wrapped text followed by a blank line
  bullet,         ///< wrapped text with a bullet and a hanging indent
  lines,          ///< unwrapped lines, '\n' separated, no blank line after (addresses, signatures)
  gap,            ///< vertical space of `amount` lines
  rule,           ///< a horizontal line across the text width
  redacted_lines, ///< a full-width black box `amount` lines tall, exemption code beside it
};

struct Block {
  BlockKind kind;
  std::string text;
  std::string label; ///< field label, or exemption code of a redacted_lines block
  double amount = 0; ///< gap height or redaction height, in lines
};

enum class PageMode {
  text,            ///< drawn as a normal text layer
  scan,            ///< an image of the page only, no text layer
  scan_text_bates, ///< an image of the page, with only the Bates stamp in the text layer
  blank_scan,      ///< an image of an empty sheet (no Bates stamp either)
};

struct Page {
  PageMode mode;
  std::vector<Block> blocks;
  double tilt_degrees = 0; ///< rotation of the content on scanned pages
};

enum class Face { serif, mono };

struct Document {
  std::string file_name;
  std::string title;  ///< PDF metadata title
  std::string author; ///< PDF metadata author
  Face face;
  double font_size;
  std::string bates_prefix; ///< e.g. "ICE FOIA 10-2674." or "DHS-SC-"
  int bates_first;          ///< number stamped on the first page; pages count up from it
  int bates_digits;         ///< zero padding of the number
  std::vector<Page> pages;
};

/// Bates stamp of the page at `page_index` (0-based) of `document`.
std::string bates_stamp(const Document& document, int page_index);

// Small constructors so the document tables read like the documents.
inline Block letterhead(std::string text) {
  return {BlockKind::letterhead, std::move(text), {}, 0};
}
inline Block title(std::string text) {
  return {BlockKind::title, std::move(text), {}, 0};
}
inline Block field(std::string label, std::string value) {
  return {BlockKind::field, std::move(value), std::move(label), 0};
}
inline Block paragraph(std::string text) {
  return {BlockKind::paragraph, std::move(text), {}, 0};
}
inline Block bullet(std::string text) {
  return {BlockKind::bullet, std::move(text), {}, 0};
}
inline Block lines(std::string text) {
  return {BlockKind::lines, std::move(text), {}, 0};
}
inline Block gap(double line_count = 1) {
  return {BlockKind::gap, {}, {}, line_count};
}
inline Block rule() {
  return {BlockKind::rule, {}, {}, 0};
}
inline Block redacted_lines(std::string exemption, double line_count) {
  return {BlockKind::redacted_lines, {}, std::move(exemption), line_count};
}

/// Memos, talking points and emails from federal agencies (ICE, DHS).
std::vector<Document> federal_documents();
/// Letters from the county, the sheriff and the California Department of Justice.
std::vector<Document> local_documents();

} // namespace make_samples
