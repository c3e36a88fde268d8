#include "foia/analyze/normalize.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <vector>
#include <optional>

namespace foia::analyze {

namespace {

bool is_ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Folds characters OCR and word processors introduce that NFKC leaves alone.
// Returns 0 to drop the character, or an ASCII replacement, or -1 for "no special folding".
int fold_special(utf8proc_int32_t code_point) {
  switch (code_point) {
  case 0x2018:
  case 0x2019:
  case 0x201A:
  case 0x201B:
  case 0x2032:
  case 0x00B4:
  case 0x0060:
    return '\'';
  case 0x201C:
  case 0x201D:
  case 0x201E:
  case 0x201F:
  case 0x2033:
  case 0x00AB:
  case 0x00BB:
    return '"';
  case 0x2010:
  case 0x2011:
  case 0x2012:
  case 0x2013:
  case 0x2014:
  case 0x2015:
  case 0x2212:
  case 0x00AC: // OCR reads a line-end hyphen as a "not" sign surprisingly often
    return '-';
  case 0x00AD:
  case 0x200B:
  case 0x200C:
  case 0x200D:
  case 0xFEFF:
  case 0x2122:
  case 0x00AE:
  case 0x00A9: // trademark signs OCR reads off letterheads
    return 0;
  case 0x00A0:
  case 0x2007:
  case 0x202F:
  case 0x0009:
    return ' ';
  case 0x2022:
  case 0x25CF:
  case 0x25AA:
  case 0x00B7:
    return '*';
  default:
    return -1;
  }
}

// Appends the consecutive offsets first, first + 1, ... (`count` of them) to `offsets`: the
// resize leaves them unset (SourceOffsets' allocator) and they are written four at a time, one
// vector store and one vector add for four. An insert from a counting iterator, which GCC at -O2
// copies one at a time, cost five instructions an offset, and every plain ASCII byte of a page
// has two.
void append_consecutive(SourceOffsets& offsets, std::uint32_t first, std::size_t count) {
  using Four = std::uint32_t __attribute__((vector_size(16)));
  const std::size_t at = offsets.size();
  offsets.resize(at + count);
  std::uint32_t* out = offsets.data() + at;
  Four next = {first, first + 1, first + 2, first + 3};
  const Four step = {4, 4, 4, 4};
  std::size_t i = 0;
  for (; i + 4 <= count; i += 4) {
    std::memcpy(out + i, &next, sizeof next);
    next += step;
  }
  for (; i < count; ++i) {
    out[i] = first + static_cast<std::uint32_t>(i);
  }
}

// Room for `size` bytes and their offsets.
void reserve(NormalizedText& out, std::size_t size) {
  out.text.reserve(size);
  out.source_start.reserve(size);
  out.source_end.reserve(size);
}

void append(NormalizedText& out, char byte, std::uint32_t begin, std::uint32_t end) {
  out.text.push_back(byte);
  out.source_start.push_back(begin);
  out.source_end.push_back(end);
}

// Appends the plain ASCII bytes [begin, begin + length) of `original`, each its own character.
void append_ascii(NormalizedText& out, const char* original, std::uint32_t begin,
                  std::size_t length) {
  out.text.append(original + begin, length);
  append_consecutive(out.source_start, begin, length);
  append_consecutive(out.source_end, begin + 1, length);
}

// Where the run of plain ASCII bytes (no carriage return or tab) from `position` ends. Eight
// bytes are tested at once while none of them is special: most of any page is such a run.
std::size_t plain_ascii_end(const unsigned char* bytes, std::size_t position, std::size_t size) {
  constexpr std::uint64_t k_ones = 0x0101010101010101U;
  constexpr std::uint64_t k_high = 0x8080808080808080U;
  // Whether a byte of `word` is zero (exact for "any", not for which one).
  const auto has_zero = [](std::uint64_t word) { return ((word - k_ones) & ~word & k_high) != 0; };
  while (position + 8 <= size) {
    std::uint64_t word = 0;
    std::memcpy(&word, bytes + position, 8);
    if ((word & k_high) != 0 || has_zero(word ^ (k_ones * '\r')) ||
        has_zero(word ^ (k_ones * '\t'))) {
      break;
    }
    position += 8;
  }
  while (position < size && bytes[position] < 0x80 && bytes[position] != '\r' &&
         bytes[position] != '\t') {
    ++position;
  }
  return position;
}

// Folds each character on its own: compatibility decomposition (ligatures, full-width forms,
// non-breaking spaces), accents stripped. Per character rather than per string so every output
// byte knows the one input character it came from.
NormalizedText fold_characters(std::string_view original) {
  NormalizedText out;
  reserve(out, original.size());
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(original.data());
  const auto size = static_cast<utf8proc_ssize_t>(original.size());
  utf8proc_ssize_t position = 0;
  while (position < size) {
    const auto begin = static_cast<std::uint32_t>(position);
    const unsigned char lead = bytes[position];
    // Plain ASCII runs, most of any page, are copied as they are.
    const auto run = static_cast<utf8proc_ssize_t>(
        plain_ascii_end(bytes, static_cast<std::size_t>(position), static_cast<std::size_t>(size)));
    if (run > position) {
      append_ascii(out, original.data(), begin, static_cast<std::size_t>(run - position));
      position = run;
      continue;
    }
    if (lead < 0x80) {
      ++position;
      if (lead == '\r') {
        continue;
      }
      append(out, lead == '\t' ? ' ' : static_cast<char>(lead), begin, begin + 1);
      continue;
    }
    utf8proc_int32_t code_point = 0;
    const utf8proc_ssize_t length =
        utf8proc_iterate(bytes + position, size - position, &code_point);
    if (length <= 0) {
      ++position;
      append(out, '?', begin, begin + 1);
      continue;
    }
    position += length;
    const auto end = static_cast<std::uint32_t>(position);
    const int special = fold_special(code_point);
    if (special == 0) {
      continue;
    }
    if (special > 0) {
      append(out, static_cast<char>(special), begin, end);
      continue;
    }
    std::array<utf8proc_int32_t, 16> decomposed{};
    int last_boundclass = 0;
    const utf8proc_ssize_t count = utf8proc_decompose_char(
        code_point, decomposed.data(), static_cast<utf8proc_ssize_t>(decomposed.size()),
        static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK),
        &last_boundclass);
    if (count < 0 || count > static_cast<utf8proc_ssize_t>(decomposed.size())) {
      for (utf8proc_ssize_t i = begin; i < position; ++i) {
        append(out, static_cast<char>(bytes[i]), begin, end);
      }
      continue;
    }
    for (utf8proc_ssize_t i = 0; i < count; ++i) {
      const utf8proc_int32_t folded = decomposed[static_cast<std::size_t>(i)];
      const int again = fold_special(folded);
      if (again == 0) {
        continue;
      }
      if (again > 0) {
        append(out, static_cast<char>(again), begin, end);
        continue;
      }
      std::array<utf8proc_uint8_t, 4> encoded{};
      const utf8proc_ssize_t encoded_length = utf8proc_encode_char(folded, encoded.data());
      for (utf8proc_ssize_t k = 0; k < encoded_length; ++k) {
        append(out, static_cast<char>(encoded[static_cast<std::size_t>(k)]), begin, end);
      }
    }
  }
  return out;
}

// Joins words split at a line end: a letter, '-', optional spaces, a newline, optional spaces,
// then a lowercase letter. "opt-\nout" becomes "optout", which the rules list as a spelling.
// The end of a line-end hyphenation starting at the '-' at `at` (a letter before it; spaces, a
// line break, spaces, then a lowercase letter after it): the offset of that letter, or 0.
std::size_t hyphenation_end(const std::string& text, std::size_t at) {
  if (at == 0 || !is_ascii_letter(text[at - 1])) {
    return 0;
  }
  std::size_t j = at + 1;
  while (j < text.size() && text[j] == ' ') {
    ++j;
  }
  if (j >= text.size() || text[j] != '\n') {
    return 0;
  }
  ++j;
  while (j < text.size() && text[j] == ' ') {
    ++j;
  }
  return j < text.size() && text[j] >= 'a' && text[j] <= 'z' ? j : 0;
}

char lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// The lowercase letter-only words of `text` ("opt-out" gives "opt" and "out"); with
// `capitalised_only`, only those it writes with a capital initial ("Chaumont" gives "chaumont",
// "coming" in lower case nothing).
KnownWords words_of(const std::string& text, bool capitalised_only = false) {
  KnownWords words;
  std::string word;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const char c = i < text.size() ? text[i] : ' ';
    if (is_ascii_letter(c)) {
      word += lower(c);
      continue;
    }
    const char initial = word.empty() ? '\0' : text[i - word.size()];
    if (!word.empty() && (!capitalised_only || (initial >= 'A' && initial <= 'Z'))) {
      words.insert(word);
    }
    word.clear();
  }
  return words;
}

// A word OCR split inside a line: letters, '-', one or more spaces (no line break), lowercase
// letters ("Com- munities", "opt- out"). Joined only when the whole word is known, so a
// suspended hyphen ("pre- and post-activation") or a dash between words stays as it is. The
// offset of the second part's first letter, or 0. `page_words` is filled on first use.
std::size_t split_word_end(const std::string& text, std::size_t at, const KnownWords* known,
                           std::optional<KnownWords>& page_words) {
  if (at == 0 || !is_ascii_letter(text[at - 1]) || at + 2 >= text.size() || text[at + 1] != ' ') {
    return 0;
  }
  std::size_t resume = at + 1;
  while (resume < text.size() && text[resume] == ' ') {
    ++resume;
  }
  if (resume >= text.size() || text[resume] < 'a' || text[resume] > 'z' || resume - at > 3) {
    return 0;
  }
  std::size_t begin = at;
  while (begin > 0 && is_ascii_letter(text[begin - 1])) {
    --begin;
  }
  std::size_t end = resume;
  while (end < text.size() && is_ascii_letter(text[end])) {
    ++end;
  }
  // A letter run glued to digits or another hyphen ("287(g)- style", "co-op- ") is no split word.
  if ((begin > 0 &&
       (text[begin - 1] == '-' || (text[begin - 1] >= '0' && text[begin - 1] <= '9'))) ||
      (end < text.size() && (text[end] == '-' || (text[end] >= '0' && text[end] <= '9')))) {
    return 0;
  }
  std::string joined;
  joined.reserve(at - begin + end - resume);
  for (std::size_t i = begin; i < at; ++i) {
    joined += lower(text[i]);
  }
  joined.append(text, resume, end - resume);
  if (known && known->count(joined)) {
    return resume;
  }
  if (!page_words) {
    page_words = words_of(text);
  }
  return page_words->count(joined) ? resume : 0;
}

// Appends the bytes [begin, end) of `from` to `out`, with where each came from.
void append_range(NormalizedText& out, const NormalizedText& from, std::size_t begin,
                  std::size_t end) {
  out.text.append(from.text, begin, end - begin);
  out.source_start.insert(out.source_start.end(),
                          from.source_start.begin() + static_cast<std::ptrdiff_t>(begin),
                          from.source_start.begin() + static_cast<std::ptrdiff_t>(end));
  out.source_end.insert(out.source_end.end(),
                        from.source_end.begin() + static_cast<std::ptrdiff_t>(begin),
                        from.source_end.begin() + static_cast<std::ptrdiff_t>(end));
}

// Drops the bytes of each join: at every `separator` where join(text, at) gives the offset to
// resume from (0: none), the bytes [at, resume) go. Stretches between joins are copied in bulk;
// most pages have none or a few.
template <typename Join>
NormalizedText drop_joins(NormalizedText folded, char separator, Join join) {
  const std::string& text = folded.text;
  NormalizedText out;
  std::size_t copied = 0;
  for (std::size_t at = text.find(separator); at != std::string::npos;
       at = text.find(separator, at + 1)) {
    const std::size_t resume = join(text, at);
    if (resume == 0) {
      continue;
    }
    if (copied == 0 && out.text.empty()) {
      reserve(out, text.size());
    }
    append_range(out, folded, copied, at);
    copied = resume;
    at = resume - 1;
  }
  if (copied == 0) {
    return folded;
  }
  append_range(out, folded, copied, text.size());
  return out;
}

NormalizedText join_hyphenated_words(NormalizedText folded, const KnownWords* known) {
  std::optional<KnownWords> page_words;
  return drop_joins(std::move(folded), '-', [&](const std::string& text, std::size_t at) {
    const std::size_t resume = hyphenation_end(text, at);
    return resume != 0 ? resume : split_word_end(text, at, known, page_words);
  });
}

// OCR also splits a word with a bare space ("Homeland Secu rity"). On OCR pages, two letter runs
// with one space between are joined when the joined word, seven letters or more, is one the rules
// know and neither part is: "Secu rity" is joined, "the program" never.
NormalizedText join_spaced_words(NormalizedText folded, const KnownWords& known) {
  std::string left;
  std::string right;
  std::string joined;
  // The letters after the last space looked at: the letters before the next space when it
  // ends them, so each word is read once.
  std::size_t right_begin = 0;
  std::size_t right_end = 0;
  return drop_joins(std::move(folded), ' ',
                    [&](const std::string& text, std::size_t at) -> std::size_t {
                      // The second part starts in lower case, or both are in capitals, as a
                      // letterhead is ("SHER IFF'S OFFICE").
                      const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
                      if (at == 0 || at + 1 >= text.size() || !is_ascii_letter(text[at - 1]) ||
                          !((text[at + 1] >= 'a' && text[at + 1] <= 'z') ||
                            (upper(text[at - 1]) && upper(text[at + 1])))) {
                        return 0;
                      }
                      std::size_t begin = at;
                      if (at == right_end) {
                        begin = right_begin;
                      } else {
                        while (begin > 0 && is_ascii_letter(text[begin - 1])) {
                          --begin;
                        }
                      }
                      std::size_t end = at + 1;
                      while (end < text.size() && is_ascii_letter(text[end])) {
                        ++end;
                      }
                      right_begin = at + 1;
                      right_end = end;
                      if (at - begin < 2 || end - at - 1 < 2 || end - begin - 1 < 7 ||
                          (begin > 0 && !(text[begin - 1] == ' ' || text[begin - 1] == '\n')) ||
                          (end < text.size() && is_ascii_letter(text[end]))) {
                        return 0;
                      }
                      // The parts are spelled out only for a known joined word, as few are.
                      joined.resize(end - begin - 1);
                      for (std::size_t i = begin; i < at; ++i) {
                        joined[i - begin] = lower(text[i]);
                      }
                      for (std::size_t i = at + 1; i < end; ++i) {
                        joined[i - begin - 1] = lower(text[i]);
                      }
                      if (!known.count(joined)) {
                        return 0;
                      }
                      left.assign(joined, 0, at - begin);
                      right.assign(joined, at - begin);
                      if (known.count(left) || known.count(right)) {
                        return 0;
                      }
                      return at + 1;
                    });
}

// Two columns of running text laid out side by side, as `pdftotext -layout` and Poppler's
// physical layout print a newsletter or a report, interleave on every line: the left column's
// words, a gutter of spaces, the right column's. Sentences then run across both. A block of
// lines whose right-hand text starts at one column, after a gutter of three spaces or more, with
// running text on the left, is read as the left column, then the right column (a sentence that
// ends a column goes on at the top of the next).
namespace columns {

constexpr std::size_t k_min_gutter = 3;
constexpr std::size_t k_min_left = 12;   // characters of left-hand text on a two-column line
constexpr std::size_t k_min_column = 25; // the right column starts at least this far in
constexpr int k_min_lines = 4;           // two-column lines a block needs

// One line, measured once: columns are bytes from the line's start.
struct Line {
  std::size_t begin = 0; // offsets in the text; `end` at the newline or the text's end
  std::size_t end = 0;
  std::size_t first_text = 0; // the first non-space column (the line's length when blank)
  std::size_t last_text = 0;  // one past the last non-space column
  int gutters = 0;            // runs of k_min_gutter spaces or more with text on both sides
  std::size_t gutter_end = 0; // where the text after the last gutter starts
  std::size_t left_text = 0;  // non-space characters before that gutter
};

Line measure(std::string_view text, std::size_t begin, std::size_t end) {
  Line line{begin, end, end - begin, 0, 0, 0, 0};
  std::size_t at = begin;
  while (at < end && text[at] == ' ') {
    ++at;
  }
  if (at == end) {
    return line;
  }
  line.first_text = at - begin;
  std::size_t seen = 0; // non-space characters so far
  // Alternate runs of text and of spaces, each read with one loop.
  while (at < end) {
    std::size_t text_end = at;
    while (text_end < end && text[text_end] != ' ') {
      ++text_end;
    }
    seen += text_end - at;
    line.last_text = text_end - begin;
    std::size_t next_text = text_end;
    while (next_text < end && text[next_text] == ' ') {
      ++next_text;
    }
    if (next_text < end && next_text - text_end >= k_min_gutter) {
      ++line.gutters;
      line.gutter_end = next_text - begin;
      line.left_text = seen;
    }
    at = next_text;
  }
  return line;
}

// Whether `line` has left-hand text of its own and its one gutter ending at `column`, where its
// right-hand text starts: a table's rows have several gutters.
bool splits_at(const Line& line, std::size_t column) {
  return line.gutters == 1 && line.gutter_end == column && line.left_text >= k_min_left;
}

// Whether `line` fits a block split at `column`: split there, or text on one side only (a
// short left line, a right-only line, a blank line).
bool fits(const Line& line, std::size_t column) {
  return splits_at(line, column) || line.last_text + 1 <= column || line.first_text >= column;
}

// 0x80 in each byte of `bytes` that is a space, 0 in the others: no byte carries into the next.
std::uint64_t space_bytes(std::uint64_t bytes) {
  constexpr std::uint64_t k_ones = 0x0101010101010101ULL;
  const std::uint64_t differ = bytes ^ (0x20 * k_ones);
  return ~(((differ & (0x7F * k_ones)) + 0x7F * k_ones) | differ) & (0x80 * k_ones);
}

// The first offset from `at` that starts k_min_gutter spaces, or the text's size.
std::size_t next_gutter_spaces(std::string_view text, std::size_t at) {
  static_assert(k_min_gutter == 3, "three shifted loads below");
  // Eight offsets at a time: the bytes from each, from one after and from two after.
  while (at + 10 <= text.size()) {
    std::uint64_t bytes[3];
    for (std::size_t shift = 0; shift < 3; ++shift) {
      std::memcpy(&bytes[shift], text.data() + at + shift, 8);
    }
    if ((space_bytes(bytes[0]) & space_bytes(bytes[1]) & space_bytes(bytes[2])) != 0) {
      break;
    }
    at += 8;
  }
  for (; at + k_min_gutter <= text.size(); ++at) {
    if (text[at] == ' ' && text[at + 1] == ' ' && text[at + 2] == ' ') {
      return at;
    }
  }
  return text.size();
}

// Whether k_min_lines lines or more hold a gutter (a run of k_min_gutter spaces or more with
// text either side, as measure counts them): a block needs that many lines split at one, and
// most pages have fewer, found here at a fraction of the cost of measuring every line.
bool enough_gutter_lines(std::string_view text) {
  int lines = 0;
  for (std::size_t at = next_gutter_spaces(text, 0); at < text.size();
       at = next_gutter_spaces(text, at)) {
    std::size_t begin = at;
    while (begin > 0 && text[begin - 1] == ' ') {
      --begin;
    }
    std::size_t end = at;
    while (end < text.size() && text[end] == ' ') {
      ++end;
    }
    const bool gutter =
        begin > 0 && text[begin - 1] != '\n' && end < text.size() && text[end] != '\n';
    if (!gutter) {
      at = end;
      continue;
    }
    if (++lines >= k_min_lines) {
      return true;
    }
    const std::size_t newline = text.find('\n', end);
    if (newline == std::string_view::npos) {
      break;
    }
    at = newline + 1;
  }
  return false;
}

} // namespace columns

NormalizedText reflow_columns(NormalizedText folded) {
  const std::string_view text = folded.text;
  if (!columns::enough_gutter_lines(text)) {
    return folded;
  }
  std::vector<columns::Line> lines;
  for (std::size_t begin = 0; begin <= text.size();) {
    const std::size_t newline = text.find('\n', begin);
    const std::size_t end = newline == std::string_view::npos ? text.size() : newline;
    lines.push_back(columns::measure(text, begin, end));
    if (newline == std::string_view::npos) {
      break;
    }
    begin = newline + 1;
  }
  // Blocks: [first, last) of lines and the column they split at.
  struct Block {
    std::size_t first, last, column;
  };
  std::vector<Block> blocks;
  for (std::size_t i = 0; i < lines.size();) {
    const std::size_t column = lines[i].gutter_end;
    if (column < columns::k_min_column || !columns::splits_at(lines[i], column)) {
      ++i;
      continue;
    }
    std::size_t last = i;
    int split = 0;
    while (last < lines.size() && columns::fits(lines[last], column)) {
      split += columns::splits_at(lines[last], column) ? 1 : 0;
      ++last;
    }
    if (split < columns::k_min_lines) {
      ++i;
      continue;
    }
    blocks.push_back({i, last, column});
    i = last;
  }
  if (blocks.empty()) {
    return folded;
  }
  NormalizedText out;
  reserve(out, text.size());
  const auto copy = [&](std::size_t begin, std::size_t end) {
    append_range(out, folded, begin, end);
  };
  // A newline standing for the one that ends `line`.
  const auto newline_of = [&](const columns::Line& line) {
    const std::size_t at = line.end < text.size() ? line.end : line.end - 1;
    out.text.push_back('\n');
    out.source_start.push_back(folded.source_start[at]);
    out.source_end.push_back(folded.source_end[at]);
  };
  std::size_t copied = 0;
  for (const Block& block : blocks) {
    copy(copied, lines[block.first].begin);
    for (std::size_t side = 0; side < 2; ++side) {
      for (std::size_t k = block.first; k < block.last; ++k) {
        const columns::Line& line = lines[k];
        const std::size_t split = std::min(line.end, line.begin + block.column);
        if (side == 0) {
          std::size_t left_end = split; // without the gutter
          while (left_end > line.begin && text[left_end - 1] == ' ') {
            --left_end;
          }
          copy(line.begin, left_end);
        } else {
          copy(split, line.end);
        }
        newline_of(line);
      }
    }
    const columns::Line& last = lines[block.last - 1];
    copied = last.end < text.size() ? last.end + 1 : last.end;
  }
  copy(copied, text.size());
  return out;
}

// OCR confuses letters and digits that look alike: "C0mmunities", "0pt out", "lCE", "FBl" in
// words, "May l6, 2O11" in numbers. On OCR pages a run of letters and look-alike digits is
// repaired when the repaired word is one the rules know; a run of digits and look-alike letters
// (at least one real digit) becomes digits. One byte for one, so offsets do not move.
// What a byte is to repair_look_alikes, looked up once instead of compared several times.
namespace byte_kinds {

constexpr unsigned char k_letter = 1;
constexpr unsigned char k_digit = 2;
constexpr unsigned char k_look_alike_digit = 4; // '0', '1', '|'
constexpr unsigned char k_capital = 8;
constexpr unsigned char k_bar = 16;
constexpr unsigned char k_word = k_letter | k_digit | k_bar; // what a run is made of

constexpr std::array<unsigned char, 256> k_classes = [] {
  std::array<unsigned char, 256> classes{};
  for (int c = 'a'; c <= 'z'; ++c) {
    classes[static_cast<std::size_t>(c)] = k_letter;
  }
  for (int c = 'A'; c <= 'Z'; ++c) {
    classes[static_cast<std::size_t>(c)] = k_letter | k_capital;
  }
  for (int c = '0'; c <= '9'; ++c) {
    classes[static_cast<std::size_t>(c)] = k_digit;
  }
  classes['0'] |= k_look_alike_digit;
  classes['1'] |= k_look_alike_digit;
  classes['|'] = k_look_alike_digit | k_bar;
  return classes;
}();

unsigned char class_of(char c) {
  return k_classes[static_cast<unsigned char>(c)];
}

} // namespace byte_kinds

void repair_look_alikes(std::string& text, const KnownWords& known) {
  using namespace byte_kinds;
  const auto is_look_alike_digit = [](char c) { return c == '0' || c == '1' || c == '|'; };
  const auto is_look_alike_letter = [](char c) { return c == 'l' || c == 'I' || c == 'O'; };
  const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  std::string repaired;
  std::string key;
  for (std::size_t at = 0; at < text.size();) {
    if ((class_of(text[at]) & k_word) == 0) {
      ++at;
      continue;
    }
    std::size_t end = at;
    unsigned char kinds = 0; // every kind of byte in the run
    while (end < text.size() && (class_of(text[end]) & k_word) != 0) {
      kinds |= class_of(text[end]);
      ++end;
    }
    const std::string_view run(text.data() + at, end - at);
    // Most runs are lowercase letters only, counted without looking at each again.
    int letters = static_cast<int>(run.size());
    int digits = 0;      // real digits
    int look_alikes = 0; // '0', '1', '|' among letters
    int capitals = 0;
    if ((kinds & (k_digit | k_bar | k_capital)) != 0) {
      letters = 0;
      for (const char c : run) {
        const unsigned char kind = class_of(c);
        letters += kind & k_letter;
        digits += (kind & k_digit) != 0 ? 1 : 0;
        look_alikes += (kind & k_look_alike_digit) != 0 ? 1 : 0;
        capitals += (kind & k_capital) != 0 ? 1 : 0;
      }
    }
    // Digits with look-alike letters: "l6", "2O11", "3l"; before an ordinal's ending too
    // ("l2th day of July").
    const bool ordinal = run.size() > 3 && (run.ends_with("st") || run.ends_with("nd") ||
                                            run.ends_with("rd") || run.ends_with("th"));
    const std::string_view number = ordinal ? run.substr(0, run.size() - 2) : run;
    if (digits > 0 && letters > (ordinal ? 2 : 0) &&
        std::all_of(number.begin(), number.end(),
                    [&](char c) { return is_digit(c) || is_look_alike_letter(c); })) {
      for (std::size_t i = at; i < at + number.size(); ++i) {
        text[i] = text[i] == 'O' ? '0' : text[i] == 'l' || text[i] == 'I' ? '1' : text[i];
      }
      at = end;
      continue;
    }
    // Look-alike letters alone as a slash date's part, a digit across the slash: the month of
    // "ll/0l/20l0", the day of "10/ll/2010".
    if (run.size() <= 2 && letters == static_cast<int>(run.size()) &&
        std::all_of(run.begin(), run.end(), is_look_alike_letter) &&
        ((end + 1 < text.size() && text[end] == '/' && is_digit(text[end + 1])) ||
         (at >= 2 && text[at - 1] == '/' && is_digit(text[at - 2])))) {
      for (std::size_t i = at; i < end; ++i) {
        text[i] = text[i] == 'O' ? '0' : '1';
      }
      at = end;
      continue;
    }
    // Letters with look-alike digits ("C0mmunities", "0pt"), or capitals with a lowercase "l"
    // for an "I" ("lCE", "FBl").
    // Two bytes, a capital and a zero, are a capital word too: "N0", "T0", "0F".
    const bool capital_word =
        (capitals >= 2 || (run.size() == 2 && capitals == 1 && look_alikes == 1)) &&
        std::all_of(run.begin(), run.end(), [](char c) {
          return (c >= 'A' && c <= 'Z') || c == 'l' || c == '0' || c == '1' || c == '|';
        });
    // Two bytes, a letter and a zero, too: "0f", "t0", "n0".
    const bool mixed = (letters >= 2 || (run.size() == 2 && letters == 1)) && look_alikes > 0 &&
                       digits == look_alikes && std::all_of(run.begin(), run.end(), [&](char c) {
                         return is_ascii_letter(c) || is_look_alike_digit(c);
                       });
    // A capital "I" read as "l" at a word's start: "lmmigration", "lnvestigation".
    if (run.size() >= 4 && run[0] == 'l' && letters == static_cast<int>(run.size())) {
      key.assign(1, 'i');
      for (std::size_t i = 1; i < run.size(); ++i) {
        key += lower(run[i]);
      }
      if (known.count(key) && !known.count("l" + key.substr(1))) {
        text[at] = 'I';
      }
      at = end;
      continue;
    }
    if (!mixed && !(capital_word && run.find_first_of("l0") != std::string_view::npos)) {
      at = end;
      continue;
    }
    repaired.assign(run);
    for (char& c : repaired) {
      if (c == '0') {
        // A zero is as tall as a capital: one that starts a word was an "O" ("0ct. 5").
        c = capital_word || &c == &repaired.front() ? 'O' : 'o';
      } else if (c == '1' || c == '|' || (capital_word && c == 'l')) {
        c = capital_word ? 'I' : 'l';
      }
    }
    key.clear();
    for (const char c : repaired) {
      key += lower(c);
    }
    // A word of three capitals or more whose only look-alikes are zeros and small "l"s is a
    // name in capitals, known or not: "CADD0 SPRINGS", "MARRlSH C0UNTY".
    const bool name_in_capitals =
        capital_word && capitals >= 3 && run.find_first_of("1|") == std::string_view::npos;
    if (name_in_capitals || known.count(key)) {
      text.replace(at, end - at, repaired);
    }
    at = end;
  }
}

// A box drawn around text ("|  FACT: The Court has no vote on it.   |"): each line's two
// borders are blanks, so the sentences inside run on from line to line. A table's row, with
// bars between its cells, keeps them.
void blank_box_borders(std::string& text) {
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find('\n', begin);
    end = end == std::string::npos ? text.size() : end;
    const std::size_t first = text.find_first_not_of(' ', begin);
    std::size_t last = end;
    while (last > begin && text[last - 1] == ' ') {
      --last;
    }
    if (first < last && last - first > 2 && text[first] == '|' && text[last - 1] == '|' &&
        text.find('|', first + 1) == last - 1) {
      text[first] = ' ';
      text[last - 1] = ' ';
    }
    begin = end + 1;
  }
}

// Whether `word` is a known word with an inflection's ending: "exempting" when "exempt" is
// known.
bool known_with_ending(const KnownWords& known, const std::string& word) {
  for (const std::string_view ending : {"ing", "ed", "s"}) {
    if (word.size() > ending.size() + 3 && word.ends_with(ending) &&
        known.count(word.substr(0, word.size() - ending.size())) != 0) {
      return true;
    }
  }
  return false;
}

// OCR reads an "m" as "rn" ("Secure Cornrnunities", "prograrn", "rnay", "Departrnent"): a
// word no rule knows that one knows with some or all of its "rn"s read as "m" (up to three;
// "Governrnent" has one real "rn"). A name is known when the page spells it so elsewhere, with
// its capital ("Chaurnont" beside "Chaumont"; not "Corning" beside "coming"). A known word's
// inflection is known ("exernpting": "exempt"; "turning" stays). The "m" spans the source's two
// bytes.
NormalizedText repair_rn(NormalizedText folded, const KnownWords& known) {
  const std::string& text = folded.text;
  NormalizedText out;
  std::size_t copied = 0;
  std::string key;
  std::string candidate;
  std::optional<KnownWords> page_names;
  std::vector<std::size_t> pairs; // where each "rn" of the word starts, within it
  for (std::size_t at = text.find('n', 1); at != std::string::npos; at = text.find('n', at + 1)) {
    if (text[at - 1] != 'r' && text[at - 1] != 'R') {
      continue;
    }
    std::size_t begin = at - 1;
    while (begin > 0 && is_ascii_letter(text[begin - 1])) {
      --begin;
    }
    std::size_t end = at + 1;
    while (end < text.size() && is_ascii_letter(text[end])) {
      ++end;
    }
    key.clear();
    pairs.clear();
    for (std::size_t i = begin; i < end; ++i) {
      key += lower(text[i]);
      if (i + 1 < end && lower(text[i]) == 'r' && text[i + 1] == 'n') {
        pairs.push_back(i - begin);
      }
    }
    at = end;
    if (pairs.size() > 3 || known.count(key) || known_with_ending(known, key)) {
      continue;
    }
    // Every "rn" read as "m" first, then the other choices in descending order of their mask.
    unsigned chosen = 0;
    for (unsigned mask = (1u << pairs.size()) - 1; mask != 0 && chosen == 0; --mask) {
      candidate.clear();
      std::size_t pair = 0;
      for (std::size_t i = 0; i < key.size(); ++i) {
        const bool at_pair = pair < pairs.size() && pairs[pair] == i;
        if (at_pair && ((mask >> pair) & 1u) != 0) {
          candidate += 'm';
          ++i;
        } else {
          candidate += key[i];
        }
        pair += at_pair ? 1 : 0;
      }
      bool spelled = known.count(candidate) != 0 || known_with_ending(known, candidate);
      if (!spelled && text[begin] >= 'A' && text[begin] <= 'Z') {
        if (!page_names) {
          page_names = words_of(text, true);
        }
        spelled = page_names->count(candidate) != 0;
      }
      chosen = spelled ? mask : 0;
    }
    if (chosen == 0) {
      continue;
    }
    if (copied == 0 && out.text.empty()) {
      reserve(out, text.size());
    }
    append_range(out, folded, copied, begin);
    std::size_t pair = 0;
    for (std::size_t i = begin; i < end; ++i) {
      const bool at_pair = pair < pairs.size() && pairs[pair] == i - begin;
      if (at_pair && ((chosen >> pair) & 1u) != 0) {
        append(out, text[i] == 'R' ? 'M' : 'm', folded.source_start[i], folded.source_end[i + 1]);
        ++i;
      } else {
        append_range(out, folded, i, i + 1);
      }
      pair += at_pair ? 1 : 0;
    }
    copied = end;
  }
  if (copied == 0) {
    return folded;
  }
  append_range(out, folded, copied, text.size());
  return out;
}

} // namespace

std::pair<std::size_t, std::size_t> NormalizedText::to_source(std::size_t begin,
                                                              std::size_t end) const {
  if (text.empty()) {
    return {0, 0};
  }
  if (begin >= text.size()) {
    return {source_end.back(), source_end.back()};
  }
  if (end <= begin) {
    return {source_start[begin], source_start[begin]};
  }
  if (end > text.size()) {
    end = text.size();
  }
  // Reflowed columns put later bytes before earlier ones: the range is the smallest that holds
  // every source byte of [begin, end).
  std::size_t first = source_start[begin];
  std::size_t last = source_end[end - 1];
  for (std::size_t i = begin; i < end; ++i) {
    first = std::min<std::size_t>(first, source_start[i]);
    last = std::max<std::size_t>(last, source_end[i]);
  }
  return {first, last};
}

NormalizedText normalize_text(std::string_view original, const KnownWords* known, bool ocr) {
  NormalizedText folded = reflow_columns(fold_characters(original));
  if (folded.text.find('|') != std::string::npos) {
    blank_box_borders(folded.text);
  }
  if (ocr && known) {
    repair_look_alikes(folded.text, *known);
  }
  NormalizedText joined = join_hyphenated_words(std::move(folded), known);
  // Not one conditional expression: its lvalue branch would copy the text and both offset
  // arrays. "rn" is read as "m" in the joined words: "Horne-/land" is "Homeland".
  if (ocr && known) {
    return join_spaced_words(repair_rn(std::move(joined), *known), *known);
  }
  return joined;
}

} // namespace foia::analyze
