#pragma once

#include "model.hpp"

namespace make_samples {

/// `page_count` pages in ten-page documents named bench-text-NNNN.pdf (text layer) or
/// bench-scan-NNNN.pdf (image only, tilted and speckled): the same pages in the same order
/// either way, so a scan's truth is its text twin.
std::vector<Document> bench_documents(int page_count, bool scanned);

} // namespace make_samples
