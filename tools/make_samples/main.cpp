// make_samples OUTDIR: writes the synthetic FOIA batch described in samples/README.md.
// The output is deterministic: the same bytes on every run.

#include "model.hpp"
#include "pdf_writer.hpp"

#include <exception>
#include <filesystem>
#include <iostream>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: make_samples OUTDIR\n";
        return 2;
    }
    try {
        const std::filesystem::path out_dir = argv[1];
        std::filesystem::create_directories(out_dir);
        auto documents = make_samples::federal_documents();
        for (auto& document : make_samples::local_documents()) {
            documents.push_back(std::move(document));
        }
        for (const auto& document : documents) {
            make_samples::write_pdf(document, out_dir);
            std::cout << (out_dir / document.file_name).string() << ": " << document.pages.size() << " pages\n";
        }
    } catch (const std::exception& error) {
        std::cerr << "make_samples: error: " << error.what() << '\n';
        return 1;
    }
    return 0;
}
