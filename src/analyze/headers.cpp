// Header lines of printed emails and memos ("From: ...", "Sent: ..."), and sentence splitting.

#include "page_facts.hpp"

#include <algorithm>
#include <cctype>

namespace foia::analyze::detail {

namespace {

char to_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}
bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_space(char c) {
  return c == ' ' || c == '\t';
}

// The canonical field name for a header label, or "" when the label is not a header field.
std::string canonical_field(std::string_view label) {
  std::string lower;
  for (char c : label) {
    lower += to_lower(c);
  }
  static const std::pair<const char*, const char*> k_fields[] = {
      {"from", "From"},       {"sent", "Sent"},  {"date", "Date"},
      {"to", "To"},           {"cc", "Cc"},      {"bcc", "Bcc"},
      {"subject", "Subject"}, {"re", "Subject"}, {"memorandum for", "To"}};
  for (const auto& [name, canonical] : k_fields) {
    if (lower == name) {
      return canonical;
    }
  }
  return {};
}

// The offset of the ':' ending a header label that starts at `begin` ("Subject:"), or npos.
// Labels are short, so only the next few bytes of the line are looked at.
std::size_t label_colon(std::string_view text, std::size_t begin) {
  const std::size_t limit = std::min(text.size(), begin + 16);
  for (std::size_t i = begin; i < limit && text[i] != '\n'; ++i) {
    if (text[i] == ':') {
      return i;
    }
  }
  return std::string_view::npos;
}

bool starts_header(std::string_view text, std::size_t begin) {
  const std::size_t colon = label_colon(text, begin);
  return colon != std::string_view::npos &&
         !canonical_field(text.substr(begin, colon - begin)).empty();
}

// Whether a line starting at `begin` opens a resolution's recital or its resolving clause
// ("WHEREAS, ...; and", "NOW, THEREFORE, BE IT RESOLVED that ..."): each is a statement of its
// own, though only the last ends with a period.
bool starts_recital(std::string_view text, std::size_t begin) {
  const std::string_view line = text.substr(begin, 24);
  return line.starts_with("WHEREAS,") || line.starts_with("Whereas,") ||
         line.starts_with("NOW, THEREFORE") || line.starts_with("Now, therefore") ||
         line.starts_with("BE IT RESOLVED") || line.starts_with("RESOLVED,") ||
         line.starts_with("RESOLVED:") || line.starts_with("RESOLVED THAT") ||
         line.starts_with("RESOLVED that");
}

// Whether only spaces stand between `at` and the start of its line.
bool line_begin_before(std::string_view text, std::size_t at) {
  while (at > 0 && is_space(text[at - 1])) {
    --at;
  }
  return at == 0 || text[at - 1] == '\n';
}

// Whether a line starting at `begin` opens with a speaker's label or a timestamp, as the lines of
// a chat log, a transcript or a message export do ("[10:42:13] jsmith: ...", "10:42 AM ero.duty:
// ...", "05/16/2011 07:52 AM   Brantley: ...", "SUPERVISOR KANE: ...", "[ICE] NO."): each such line
// is a turn of its own.
bool starts_turn(std::string_view text, std::size_t begin) {
  if (begin >= text.size()) {
    return false;
  }
  if (text[begin] == '[') {
    return true;
  }
  if (is_digit(text[begin])) {
    std::size_t at = begin;
    // A time, perhaps after a date ("05/16/2011 07:52 AM", "2011-05-16 07:52").
    const auto time_at = [&](std::size_t from) {
      std::size_t digits = from;
      while (digits < text.size() && is_digit(text[digits])) {
        ++digits;
      }
      return digits > from && digits - from <= 2 && digits + 2 < text.size() &&
             text[digits] == ':' && is_digit(text[digits + 1]);
    };
    if (time_at(begin)) {
      return true;
    }
    while (at < text.size() && at - begin < 10 &&
           (is_digit(text[at]) || text[at] == '/' || text[at] == '-')) {
      ++at;
    }
    if (at - begin < 6 || at >= text.size() || text[at] != ' ') {
      return false;
    }
    while (at < text.size() && text[at] == ' ') {
      ++at;
    }
    return time_at(at);
  }
  // A label of capitals and spaces, or one screen name marked as one by a dot, an underscore or
  // a digit ("ero.duty", "jsmith_2"), then ": ". A plain word is no label: "... no county could
  // / leave: the sheriff ..." is one sentence.
  std::size_t at = begin;
  bool capitals = true;
  bool spaced = false;
  bool marked = false;
  while (at < text.size() && at - begin < 40 && text[at] != ':' && text[at] != '\n') {
    const char c = text[at];
    const bool name_char = (c >= 'a' && c <= 'z') || is_upper(c) || is_digit(c) || c == '.' ||
                           c == '_' || c == '-' || c == '\'';
    if (c == ' ') {
      spaced = true;
    } else if (!name_char) {
      return false;
    }
    capitals = capitals && !(c >= 'a' && c <= 'z');
    marked = marked || c == '.' || c == '_' || is_digit(c);
    if (spaced && !capitals) {
      return false; // neither a label of capitals nor one screen name: running text
    }
    ++at;
  }
  const bool labelled = at < text.size() && text[at] == ':' && at > begin + 1 &&
                        at + 1 < text.size() && (text[at + 1] == ' ' || text[at + 1] == '\n');
  return labelled && (capitals || (!spaced && marked));
}

bool looks_like_time(std::string_view value) {
  for (std::size_t i = 0; i + 2 < value.size(); ++i) {
    if (is_digit(value[i]) && value[i + 1] == ':' && is_digit(value[i + 2])) {
      return true;
    }
  }
  return false;
}

} // namespace

std::vector<HeaderLine> find_header_lines(std::string_view text) {
  std::vector<HeaderLine> headers;
  std::size_t line_start = 0;
  while (line_start < text.size()) {
    std::size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) {
      line_end = text.size();
    }
    // Quoted replies prefix header lines with '>' ("> From: ...").
    std::size_t begin = line_start;
    while (begin < line_end && (is_space(text[begin]) || text[begin] == '>')) {
      ++begin;
    }
    const std::size_t colon = label_colon(text, begin);
    if (colon != std::string_view::npos) {
      const std::string field = canonical_field(text.substr(begin, colon - begin));
      if (!field.empty()) {
        std::size_t value_start = colon + 1;
        while (value_start < line_end && is_space(text[value_start])) {
          ++value_start;
        }
        std::size_t value_end = line_end;
        while (value_end > value_start && is_space(text[value_end - 1])) {
          --value_end;
        }
        headers.push_back({begin, value_end, value_start, field,
                           collapse_space(text.substr(value_start, value_end - value_start)),
                           false});
      }
    }
    line_start = line_end + 1;
  }
  // Group headers on consecutive lines (allowing one line between) into blocks; a block is an
  // email when it has a Sent: line, an address, or a Date: with a time.
  std::size_t block_begin = 0;
  while (block_begin < headers.size()) {
    std::size_t block_end = block_begin + 1;
    while (block_end < headers.size()) {
      const std::string_view gap = text.substr(
          headers[block_end - 1].end, headers[block_end].start - headers[block_end - 1].end);
      if (std::count(gap.begin(), gap.end(), '\n') > 2) {
        break;
      }
      ++block_end;
    }
    bool email = false;
    bool has_from_or_sent = false;
    for (std::size_t i = block_begin; i < block_end; ++i) {
      const HeaderLine& header = headers[i];
      email = email || header.field == "Sent" ||
              header.field_value.find('@') != std::string::npos ||
              (header.field == "Date" && looks_like_time(header.field_value));
      has_from_or_sent = has_from_or_sent || header.field == "From" || header.field == "Sent";
    }
    if (email && has_from_or_sent && block_end - block_begin >= 2) {
      for (std::size_t i = block_begin; i < block_end; ++i) {
        headers[i].in_email = true;
      }
    }
    block_begin = block_end;
  }
  return headers;
}

namespace {

// How many '>' quote the line starting at `begin` ("> > From: ..." is 2): a sentence does not
// go on from a reply's text into the message it quotes ("... (b)(6) wrote:\n> Before I ...").
int quote_depth(std::string_view text, std::size_t begin) {
  int depth = 0;
  for (std::size_t at = begin; at < text.size() && (text[at] == '>' || is_space(text[at])); ++at) {
    depth += text[at] == '>' ? 1 : 0;
  }
  return depth;
}

// A message's header line in an export: its number, its date and time, and its sender or
// addressee ("#5   09/10/2010 09:30:18   Outgoing   To: \"ERO PHX\"").
bool message_header_line(std::string_view line) {
  std::size_t at = 0;
  if (at < line.size() && line[at] == '#') {
    ++at;
    while (at < line.size() && is_digit(line[at])) {
      ++at;
    }
    while (at < line.size() && line[at] == ' ') {
      ++at;
    }
  }
  return starts_turn(line, at) && (line.find(" To:") != std::string_view::npos ||
                                   line.find(" From:") != std::string_view::npos);
}

// Whether the word at `at` is OCR's "l" for a capital I that opens a sentence: "l", "lf", "ls",
// "lt", "ln" ("lf the letter has anything wrong", "l live in Merribel County", "ls it true").
bool ocr_capital_i(std::string_view text, std::size_t at) {
  if (text[at] != 'l') {
    return false;
  }
  std::size_t end = at + 1;
  while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) {
    ++end;
  }
  const std::string_view word = text.substr(at, end - at);
  return word == "l" || word == "lf" || word == "ls" || word == "lt" || word == "ln";
}

} // namespace

std::vector<Sentence> split_sentences(std::string_view text,
                                      const std::unordered_set<std::string>& abbreviations,
                                      bool typed) {
  std::vector<Sentence> sentences;
  std::size_t start = 0;
  auto emit = [&](std::size_t end) {
    std::size_t begin = start;
    while (begin < end && (is_space(text[begin]) || text[begin] == '\n' || text[begin] == '>')) {
      ++begin;
    }
    std::size_t finish = end;
    while (finish > begin && (is_space(text[finish - 1]) || text[finish - 1] == '\n')) {
      --finish;
    }
    if (finish > begin) {
      sentences.push_back({begin, finish});
    }
    start = end;
  };
  // Only a line break or a sentence's closing mark can end a sentence: the bytes between are
  // passed over by table.
  static constexpr std::array<bool, 256> k_may_end = [] {
    std::array<bool, 256> table{};
    table['\n'] = table['.'] = table['?'] = table['!'] = true;
    return table;
  }();
  std::size_t line_start = 0; // of the line the loop is in: it stops at every line break
  for (std::size_t i = 0; i < text.size(); ++i) {
    while (i < text.size() && !k_may_end[static_cast<unsigned char>(text[i])]) {
      ++i;
    }
    if (i == text.size()) {
      break;
    }
    const char c = text[i];
    if (c == '\n') {
      const std::size_t line_begin = line_start;
      line_start = i + 1;
      // A blank line, or a next line that starts a header, bullet or numbered item.
      std::size_t next = i + 1;
      while (next < text.size() && is_space(text[next])) {
        ++next;
      }
      if (next >= text.size()) {
        continue;
      }
      // A quoted reply's lines start with '>': "> From: ..." is a header, ">" alone a blank line.
      std::size_t quoted = next;
      while (quoted < text.size() && (text[quoted] == '>' || is_space(text[quoted]))) {
        ++quoted;
      }
      // "-- stated or implied ...": a dash at a line's start goes on with the sentence; a single
      // hyphen is a bullet.
      const bool bullet = text[next] == '*' ||
                          (text[next] == '-' && (next + 1 >= text.size() || text[next + 1] != '-'));
      bool boundary = text[next] == '\n' || bullet ||
                      (quoted > next && (quoted >= text.size() || text[quoted] == '\n'));
      if (!boundary) {
        // A header line starts here, or the line just ended was one: the sentence ends.
        std::size_t this_line = line_begin;
        while (this_line < i && (is_space(text[this_line]) || text[this_line] == '>')) {
          ++this_line;
        }
        // So does a message's timestamped header line, and a rule drawn across the page, above
        // a table or a document set in.
        boundary =
            message_header_line(text.substr(this_line, i - this_line)) ||
            starts_header(text, quoted) || starts_header(text, this_line) ||
            starts_recital(text, next) || starts_turn(text, quoted) ||
            is_rule_line(text.substr(line_begin, i - line_begin)) ||
            is_rule_line(text.substr(next, std::min(text.find('\n', next), text.size()) - next)) ||
            quote_depth(text, line_begin) != quote_depth(text, i + 1);
        // A dated note's label ("Notes:  02/14/11 jt  No responsive records.").
        std::size_t label = next;
        while (label < text.size() && label - next < 20 &&
               ((text[label] >= 'a' && text[label] <= 'z') ||
                (text[label] >= 'A' && text[label] <= 'Z'))) {
          ++label;
        }
        std::size_t dated = label + 1;
        while (dated < text.size() && text[dated] == ' ') {
          ++dated;
        }
        boundary = boundary || (label > next + 2 && text[next] >= 'A' && text[next] <= 'Z' &&
                                label < text.size() && text[label] == ':' && dated > label + 1 &&
                                dated + 2 < text.size() && is_digit(text[dated]) &&
                                (text[dated + 1] == '/' || text[dated + 2] == '/'));
        if (is_digit(text[next])) {
          std::size_t after = next;
          while (after < text.size() && is_digit(text[after])) {
            ++after;
          }
          // A request's number with its year ("11-0088  02/07/11").
          const std::size_t number_end = after;
          if (after + 1 < text.size() && text[after] == '-' && is_digit(text[after + 1])) {
            ++after;
            while (after < text.size() && is_digit(text[after])) {
              ++after;
            }
          }
          // "12. ...", "3) ...", and a table's numbered row, its number set off by a column's
          // spaces before a date ("6    07/08/2011  VERIFIED ANSWER ..."); not a transcript's
          // line numbers ("20     Q.  In 2010, could a county ... / 21  decline to be").
          std::size_t column = after;
          while (column < text.size() && text[column] == ' ') {
            ++column;
          }
          boundary = boundary ||
                     (number_end == after && after < text.size() &&
                      (text[after] == '.' || text[after] == ')') && after + 1 < text.size() &&
                      text[after + 1] == ' ') ||
                     (number_end - next <= 4 && after - next <= 8 && column - after >= 2 &&
                      column + 2 < text.size() && is_digit(text[column]) &&
                      (text[column + 1] == '/' || text[column + 2] == '/' ||
                       text[column + 1] == '-' || text[column + 2] == '-'));
        }
      }
      if (boundary) {
        emit(i);
      }
      continue;
    }
    if (c != '.' && c != '?' && c != '!') {
      continue;
    }
    std::size_t after = i + 1;
    while (after < text.size() && (text[after] == '"' || text[after] == '\'' ||
                                   text[after] == ')' || text[after] == ']')) {
      ++after;
    }
    // A footnote's number after the full stop: "... not to be activated.(4) Senior officials",
    // "... in Secure Communities.^52 The message", "... Communities.52 The message" (after a
    // word: "1.52" is a number).
    const bool after_word = i > 0 && !is_digit(text[i - 1]);
    if (after < text.size() && after_word &&
        (text[after] == '^' || (c == '.' && is_digit(text[after])))) {
      std::size_t digits = after + (text[after] == '^' ? 1 : 0);
      const std::size_t first = digits;
      while (digits < text.size() && is_digit(text[digits]) && digits - first < 3) {
        ++digits;
      }
      if (digits > first && digits < text.size() &&
          (is_space(text[digits]) || text[digits] == '\n')) {
        after = digits;
      }
    } else if (after + 2 < text.size() && (text[after] == '(' || text[after] == '[') &&
               is_digit(text[after + 1])) {
      std::size_t close = after + 1;
      while (close < text.size() && is_digit(text[close]) && close - after < 4) {
        ++close;
      }
      if (close < text.size() && (text[close] == ')' || text[close] == ']')) {
        after = close + 1;
      }
    }
    // A bracket's run that ends where the next opens, as tracked changes print them
    // ("... the request.][Inserted: Secure Communities ..."), ends the sentence too.
    const bool next_bracket =
        after > i + 1 && text[after - 1] == ']' && after < text.size() && text[after] == '[';
    if (after < text.size() && !is_space(text[after]) && text[after] != '\n' && !next_bracket) {
      continue;
    }
    std::size_t next = after;
    bool line_opening = false;
    while (next < text.size() &&
           (is_space(text[next]) || text[next] == '\n' ||
            (text[next] == '>' && (line_opening || line_begin_before(text, next))))) {
      line_opening = text[next] == '>' || (line_opening && is_space(text[next]));
      ++next;
    }
    // A message typed in lower case ("saw the DHS letter. says we can get out") starts its
    // sentences in lower case too (not on OCR's pages, where a full stop may be a speck): after a
    // question or a full stop that ends a word of three letters or more, on the same line, in a
    // sentence that began in lower case ("ICE mgmt. and said" goes on). Not after a quotation's
    // close ("Can my agency opt out?" as follows) or at a line's end, where a column's
    // abbreviation may end ("1120 SW Topeka Blvd. / department asked KBI").
    const auto began_in_lower_case = [&] {
      std::size_t opening = start;
      while (opening < i && !std::isalpha(static_cast<unsigned char>(text[opening]))) {
        ++opening;
      }
      return opening < i && text[opening] >= 'a' && text[opening] <= 'z';
    };
    const bool lower_start =
        typed && next < text.size() && text[next] >= 'a' && text[next] <= 'z' && after == i + 1 &&
        text.substr(after, next - after).find('\n') == std::string_view::npos &&
        began_in_lower_case();
    if (next < text.size() && !lower_start && !(!typed && ocr_capital_i(text, next)) &&
        !(is_upper(text[next]) || is_digit(text[next]) || text[next] == '"' || text[next] == '(' ||
          text[next] == '*' || text[next] == '-' || next_bracket)) {
      continue;
    }
    if (c == '.') {
      // Not after an initial ("U.S.", "J. Smith") or a known abbreviation ("Dept.", "No.").
      std::size_t word_start = i;
      while (word_start > 0 && ((text[word_start - 1] >= 'a' && text[word_start - 1] <= 'z') ||
                                (text[word_start - 1] >= 'A' && text[word_start - 1] <= 'Z'))) {
        --word_start;
      }
      const std::size_t length = i - word_start;
      if ((length == 1 && is_upper(text[word_start])) || (lower_start && length < 3)) {
        continue;
      }
      std::string word;
      for (std::size_t k = word_start; k < i; ++k) {
        word += to_lower(text[k]);
      }
      // A lowercase "no." before no number is the word: "was told no. Tran said" ends. ("No.
      // Every county ..." stays one with the answer it opens.)
      const bool the_word =
          word == "no" && text[word_start] == 'n' && next < text.size() && !is_digit(text[next]);
      if (abbreviations.count(word) && !the_word) {
        continue;
      }
      // "Q8.", "A7." at a line's start label what follows.
      std::size_t label_start = i;
      while (label_start > 0 && is_digit(text[label_start - 1])) {
        --label_start;
      }
      if (label_start < i && label_start > 0 &&
          (text[label_start - 1] == 'Q' || text[label_start - 1] == 'A') &&
          line_begin_before(text, label_start - 1)) {
        continue;
      }
    }
    emit(after);
  }
  emit(text.size());
  return sentences;
}

} // namespace foia::analyze::detail
