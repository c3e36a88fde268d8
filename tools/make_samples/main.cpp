// make_samples OUTDIR: writes the synthetic FOIA batch described in samples/README.md.
// make_samples --bench PAGES OUTDIR: writes PAGES text-layer pages and the same PAGES as scans,
// for bench/run.sh. The output is deterministic: the same bytes on every run.

#include "bench_batch.hpp"
#include "model.hpp"
#include "pdf_writer.hpp"

#include <exception>
#include <filesystem>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
  const bool bench = argc == 4 && std::string(argv[1]) == "--bench";
  if (argc != 2 && !bench) {
    std::cerr << "usage: make_samples OUTDIR\n       make_samples --bench PAGES OUTDIR\n";
    return 2;
  }
  try {
    const std::filesystem::path out_dir = argv[argc - 1];
    std::filesystem::create_directories(out_dir);
    std::vector<make_samples::Document> documents;
    if (bench) {
      const int pages = std::stoi(argv[2]);
      documents = make_samples::bench_documents(pages, false);
      for (auto& document : make_samples::bench_documents(pages, true)) {
        documents.push_back(std::move(document));
      }
    } else {
      documents = make_samples::federal_documents();
      for (auto& document : make_samples::local_documents()) {
        documents.push_back(std::move(document));
      }
    }
    for (const auto& document : documents) {
      make_samples::write_pdf(document, out_dir);
      std::cout << (out_dir / document.file_name).string() << ": " << document.pages.size()
                << " pages\n";
    }
  } catch (const std::exception& error) {
    std::cerr << "make_samples: error: " << error.what() << '\n';
    return 1;
  }
  return 0;
}
