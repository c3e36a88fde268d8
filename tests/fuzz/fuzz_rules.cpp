// Arbitrary bytes as a user's rule pack (--rules FILE): loaded or rejected with an error naming
// the file, never a crash; a pack that loads must compile and tag a page.
#include "foia/analyze/analyzer.hpp"
#include "foia/analyze/rules.hpp"

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <string>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string path = "/tmp/foia-fuzz-rules-" + std::to_string(::getpid()) + ".json";
  {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  try {
    const foia::analyze::Analyzer analyzer(
        foia::analyze::load_rules(foia::analyze::default_data_dir(), {path}));
    foia::record::DocumentRecord document;
    document.doc = "fuzz";
    foia::analyze::DocumentContext context = foia::analyze::start_document(document);
    foia::record::PageRecord page;
    page.doc = "fuzz";
    page.page = 1;
    page.text = "On August 17, 2010 ICE said a county may opt out. (b)(6) DHS-SC-000101";
    (void)analyzer.tag_page(page, context);
  } catch (const std::exception&) {
  }
  return 0;
}
