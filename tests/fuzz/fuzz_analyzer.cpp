// Arbitrary bytes as the text of a page: the analyzer must not crash, hang or loop, and every
// tag's offsets must point at its own text inside the page.
#include "foia/analyze/analyzer.hpp"
#include "foia/analyze/rules.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const foia::analyze::Analyzer analyzer(
      foia::analyze::load_rules(foia::analyze::default_data_dir(), {}));
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  foia::record::DocumentRecord document;
  document.doc = "fuzz";
  document.path = "fuzz.pdf";
  document.pages = 2;
  foia::analyze::DocumentContext context = foia::analyze::start_document(document);
  // The same text twice, as two pages, so per-document state (dates, authors) is exercised.
  for (int number = 1; number <= 2; ++number) {
    foia::record::PageRecord page;
    page.doc = document.doc;
    page.path = document.path;
    page.page = number;
    page.method = foia::record::Method::ocr;
    page.text = bytes;
    for (const foia::record::Tag& tag : analyzer.tag_page(page, context)) {
      if (tag.start > tag.end || tag.end > page.text.size() ||
          page.text.compare(tag.start, tag.end - tag.start, tag.text) != 0 || tag.line < 1) {
        std::abort();
      }
      (void)foia::record::to_json_line(tag);
    }
  }
  return 0;
}
