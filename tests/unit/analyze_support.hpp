#pragma once
// Shared by the analyze tests: one Analyzer over the repository's rule packs, and helpers that
// tag a single page of text.

#include "foia/analyze/analyzer.hpp"

#include <random>
#include <string>
#include <vector>

namespace foia::analyze::testing {

inline const Analyzer& repository_analyzer() {
  static const Analyzer analyzer(load_rules(std::filesystem::path(FOIA_SOURCE_DIR) / "data"));
  return analyzer;
}

/// Tags each of `pages` in turn as pages 1, 2, ... of one document, as `foia analyze` does
/// (reading the first pages ahead), read by `method`; all their tags.
inline std::vector<record::Tag> tag_pages(const std::vector<std::string>& pages,
                                          record::Method method = record::Method::text) {
  std::vector<record::Tag> tags;
  DocumentTagger tagger(repository_analyzer(),
                        [&tags](const record::Tag& tag, long) { tags.push_back(tag); });
  record::DocumentRecord document;
  document.doc = "0123";
  document.path = "test.pdf";
  tagger.start(document);
  for (std::size_t i = 0; i < pages.size(); ++i) {
    record::PageRecord page;
    page.doc = document.doc;
    page.path = document.path;
    page.page = static_cast<int>(i + 1);
    page.method = method;
    page.text = pages[i];
    tagger.add(std::move(page), static_cast<long>(i + 2));
  }
  tagger.finish();
  return tags;
}

/// Tags `text` as page 1 of a fresh document.
inline std::vector<record::Tag> tag_text(const std::string& text) {
  return tag_pages({text});
}

/// The values of the tags of one kind, in page order.
inline std::vector<std::string> values_of(const std::vector<record::Tag>& tags,
                                          const std::string& kind) {
  std::vector<std::string> values;
  for (const record::Tag& tag : tags) {
    if (tag.kind == kind) {
      values.push_back(tag.value);
    }
  }
  return values;
}

inline std::vector<std::string> tag_values(const std::string& text, const std::string& kind) {
  return values_of(tag_text(text), kind);
}

/// Fewer than `most` of `pieces`, drawn from `random`: the random texts the finder tests hold a
/// finder to its regex on.
inline std::string random_text(const std::vector<std::string>& pieces, unsigned most,
                               std::mt19937& random) {
  std::string text;
  const auto length = random() % most;
  for (std::mt19937::result_type i = 0; i < length; ++i) {
    text += pieces[random() % pieces.size()];
  }
  return text;
}

} // namespace foia::analyze::testing
