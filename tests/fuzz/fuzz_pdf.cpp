// Arbitrary bytes as a PDF through the shipped ingest path (Poppler behind the DocumentSource
// seam): open, read every text layer and word box, render a page at low resolution. In foia this
// runs in a worker process with a timeout; here a crash or sanitizer report is a finding.
#include "foia/ingest/document.hpp"

#include <cstdint>
#include <exception>
#include <fstream>
#include <string>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto source = foia::ingest::make_default_source();
  static const std::string path = "/tmp/foia-fuzz-pdf-" + std::to_string(::getpid()) + ".pdf";
  {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  try {
    const auto document = source->open(path, false);
    const int pages = std::min(document->page_count(), 4);
    for (int index = 0; index < pages; ++index) {
      (void)document->text_layer(index);
      (void)document->word_boxes(index);
      const foia::ingest::Box box = document->page_size(index);
      if (box.width > 0 && box.height > 0 && box.width * box.height < 2'000'000) {
        (void)document->render(index, 10);
      }
    }
  } catch (const std::exception&) {
  }
  return 0;
}
