#pragma once

#include "model.hpp"

#include <filesystem>

namespace make_samples {

/// Writes `document` as `out_dir / document.file_name`, byte-identical on every run;
/// throws std::runtime_error when Cairo reports an error.
void write_pdf(const Document& document, const std::filesystem::path& out_dir);

} // namespace make_samples
