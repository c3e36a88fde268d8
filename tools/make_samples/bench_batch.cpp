// A larger batch for bench/: the sample pages cycled into documents of ten pages, written twice,
// once with a text layer and once as photocopied scans of the very same pages. The text twin's
// text layer is the truth against which OCR of the scan twin is scored.

#include "bench_batch.hpp"

#include <cstdio>

namespace make_samples {

std::vector<Document> bench_documents(int page_count, bool scanned) {
  std::vector<Page> pool;
  std::vector<Document> samples = federal_documents();
  for (auto& document : local_documents()) {
    samples.push_back(std::move(document));
  }
  for (const Document& document : samples) {
    for (const Page& page : document.pages) {
      if (page.mode != PageMode::blank_scan) {
        pool.push_back(page);
      }
    }
  }

  constexpr int k_pages_per_document = 10;
  std::vector<Document> documents;
  for (int first = 0; first < page_count; first += k_pages_per_document) {
    const int number = first / k_pages_per_document + 1;
    char file_name[64];
    std::snprintf(file_name, sizeof file_name, "bench-%s-%04d.pdf", scanned ? "scan" : "text",
                  number);
    const Document& model = samples[static_cast<std::size_t>(number) % samples.size()];
    Document document{file_name,
                      "Benchmark batch " + std::to_string(number),
                      model.author,
                      model.face,
                      model.font_size,
                      "BENCH-",
                      first + 1,
                      6,
                      {}};
    for (int i = first; i < page_count && i < first + k_pages_per_document; ++i) {
      Page page = pool[static_cast<std::size_t>(i) % pool.size()];
      page.mode = scanned ? PageMode::scan : PageMode::text;
      page.tilt_degrees = scanned ? (i % 2 == 0 ? 0.7 : -0.9) : 0.0;
      document.pages.push_back(std::move(page));
    }
    documents.push_back(std::move(document));
  }
  return documents;
}

} // namespace make_samples
