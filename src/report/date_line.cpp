#include "date_line.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace foia::report {

namespace {

constexpr std::array<std::string_view, 22> k_label_words = {
    "date",     "dated",  "on",       "as",     "of",  "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "mon", "tue",    "tues",    "wed",
    "thu",      "thur",   "thurs",    "fri",    "sat", "sun"};

bool only_label_words(std::string_view text) {
  std::string word;
  const auto word_ok = [&word] {
    const bool known = word.empty() || std::find(k_label_words.begin(), k_label_words.end(),
                                                 word) != k_label_words.end();
    word.clear();
    return known;
  };
  for (const char byte : text) {
    const auto code = static_cast<unsigned char>(byte);
    if (std::isalnum(code) != 0) {
      word += static_cast<char>(std::tolower(code));
    } else if (!word_ok()) {
      return false;
    }
  }
  return word_ok();
}

std::string_view trim_left(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())) != 0) {
    text.remove_prefix(1);
  }
  return text;
}

} // namespace

bool is_date_line(std::string_view line, std::size_t date_start, std::size_t date_end) {
  date_start = std::min(date_start, line.size());
  date_end = std::clamp(date_end, date_start, line.size());
  return only_label_words(line.substr(0, date_start)) && only_label_words(line.substr(date_end));
}

bool is_sent_line(std::string_view line) {
  const std::string_view text = trim_left(line);
  if (text.size() < 5) {
    return false;
  }
  std::string head(text.substr(0, 5));
  std::transform(head.begin(), head.end(), head.begin(), [](char byte) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(byte)));
  });
  return head == "sent:";
}

} // namespace foia::report
