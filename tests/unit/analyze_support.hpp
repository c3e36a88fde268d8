#pragma once
// Shared by the analyze tests: one Analyzer over the repository's rule packs, and helpers that
// tag a single page of text.

#include "foia/analyze/analyzer.hpp"

#include <string>
#include <vector>

namespace foia::analyze::testing {

inline const Analyzer& repository_analyzer() {
  static const Analyzer analyzer(load_rules(std::filesystem::path(FOIA_SOURCE_DIR) / "data"));
  return analyzer;
}

/// Tags `text` as page 1 of a fresh document.
inline std::vector<record::Tag> tag_text(const std::string& text) {
  record::PageRecord page;
  page.doc = "0123";
  page.path = "test.pdf";
  page.page = 1;
  page.method = record::Method::text;
  page.text = text;
  DocumentContext context;
  return repository_analyzer().tag_page(page, context);
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

} // namespace foia::analyze::testing
