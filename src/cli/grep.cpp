#include "grep.hpp"

#include "foia/record/io.hpp"
#include "foia/record/record.hpp"
#include "foia/record/tag.hpp"
#include "foia/report/dates.hpp"

#include <CLI/CLI.hpp>
#include <re2/re2.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <tuple>

namespace foia::cli {

namespace {

namespace fs = std::filesystem;

struct Inputs {
  std::vector<std::string> records;
  std::vector<std::string> tags;
};

// A records file starts with a document or page line; anything else is taken for tags.
bool looks_like_records(const std::string& path) {
  record::LineReader reader(path);
  std::string line;
  while (reader.next(line)) {
    if (line.empty()) {
      continue;
    }
    try {
      const auto json = record::Json::parse(line);
      const std::string kind = json.value("kind", "");
      return kind == "document" || kind == "page";
    } catch (const record::Json::exception&) {
      return false;
    }
  }
  return false;
}

Inputs find_inputs(const std::vector<std::string>& paths) {
  Inputs inputs;
  for (const std::string& path : paths) {
    if (fs::is_directory(path)) {
      const fs::path records = fs::path(path) / "records.jsonl";
      const fs::path tags = fs::path(path) / "tags.jsonl";
      if (!fs::exists(records) && !fs::exists(tags)) {
        throw std::runtime_error(path + ": holds neither records.jsonl nor tags.jsonl");
      }
      if (fs::exists(records)) {
        inputs.records.push_back(records.string());
      }
      if (fs::exists(tags)) {
        inputs.tags.push_back(tags.string());
      }
    } else if (looks_like_records(path)) {
      inputs.records.push_back(path);
    } else {
      inputs.tags.push_back(path);
    }
  }
  return inputs;
}

// One output line per match, so a sentence broken across lines is joined.
std::string one_line(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  std::replace(text.begin(), text.end(), '\r', ' ');
  return record::sanitize_utf8(text);
}

std::string tag_line(const record::Tag& tag) {
  return tag.path + ":" + std::to_string(tag.page) + ":" + std::to_string(tag.line) + ": " +
         tag.kind + " " + one_line(tag.value) + ": " + one_line(tag.text);
}

using PageKey = std::pair<std::string, int>; // doc, page

} // namespace

long grep(const GrepOptions& options, std::ostream& out) {
  RE2::Options regex_options;
  regex_options.set_case_sensitive(!options.ignore_case);
  regex_options.set_log_errors(false);
  const RE2 regex(options.pattern, regex_options);
  if (!regex.ok()) {
    throw CLI::ValidationError("bad pattern: " + regex.error());
  }
  const bool want_tags = options.only != "lines";
  const bool want_lines = options.only != "tags" && !options.filter.active();
  const Inputs inputs = find_inputs(options.paths);

  // Matching tags wait for their page's lines, so each page prints in line order. They are what
  // will be printed anyway, so keeping them costs no more than the output.
  std::map<PageKey, std::vector<record::Tag>> tags_by_page;
  if (want_tags) {
    std::string line;
    for (const std::string& path : inputs.tags) {
      record::LineReader reader(path);
      while (reader.next(line)) {
        if (line.empty()) {
          continue;
        }
        record::Tag tag = reader.parse(line, record::parse_tag_line);
        if (options.filter.keeps(tag) &&
            (RE2::PartialMatch(tag.text, regex) || RE2::PartialMatch(tag.value, regex))) {
          tags_by_page[PageKey{tag.doc, tag.page}].push_back(std::move(tag));
        }
      }
    }
  }
  for (auto& [page, tags] : tags_by_page) {
    std::sort(tags.begin(), tags.end(), [](const record::Tag& a, const record::Tag& b) {
      return std::tie(a.line, a.start, a.end, a.kind) < std::tie(b.line, b.start, b.end, b.kind);
    });
  }

  long printed = 0;
  const auto print = [&out, &printed](const std::string& text) {
    out << text << '\n';
    ++printed;
  };
  std::string line;
  for (const std::string& path : inputs.records) {
    record::LineReader reader(path);
    while (reader.next(line)) {
      if (line.empty()) {
        continue;
      }
      const record::ParsedRecord parsed = reader.parse(line, record::parse_record_line);
      if (!parsed.page) {
        continue;
      }
      const record::PageRecord& page = *parsed.page;
      const auto page_tags = tags_by_page.find(PageKey{page.doc, page.page});
      const std::vector<record::Tag> no_tags;
      const std::vector<record::Tag>& tags =
          page_tags == tags_by_page.end() ? no_tags : page_tags->second;
      auto next_tag = tags.begin();
      record::for_each_line(page.text, [&](int line_number, std::size_t, std::string_view text) {
        for (; next_tag != tags.end() && next_tag->line <= line_number; ++next_tag) {
          print(tag_line(*next_tag));
        }
        if (want_lines && RE2::PartialMatch(text, regex)) {
          print(page.path + ":" + std::to_string(page.page) + ":" + std::to_string(line_number) +
                ": " + one_line(std::string(text)));
        }
      });
      for (; next_tag != tags.end(); ++next_tag) {
        print(tag_line(*next_tag));
      }
      if (page_tags != tags_by_page.end()) {
        tags_by_page.erase(page_tags);
      }
    }
  }

  // Tags whose page is in no records file given: by path, page and line.
  std::vector<const record::Tag*> leftover;
  for (const auto& [page, tags] : tags_by_page) {
    for (const record::Tag& tag : tags) {
      leftover.push_back(&tag);
    }
  }
  std::sort(leftover.begin(), leftover.end(), [](const record::Tag* a, const record::Tag* b) {
    return std::tie(a->path, a->page, a->line, a->start, a->end, a->kind, a->doc) <
           std::tie(b->path, b->page, b->line, b->start, b->end, b->kind, b->doc);
  });
  for (const record::Tag* tag : leftover) {
    print(tag_line(*tag));
  }
  return printed;
}

} // namespace foia::cli
