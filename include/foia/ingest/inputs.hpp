#pragma once

#include <string>
#include <vector>

namespace foia::ingest {

/// What kind of file an input is, decided by its extension (and first bytes when it has none).
enum class InputFormat { pdf, image, unknown };

/// One file to read, in the order its records will be written.
struct InputFile {
  std::string path;
  InputFormat format = InputFormat::unknown;
  std::string error;  ///< set when the input cannot be read at all (missing, not a PDF or image)
  std::string sha256; ///< hex SHA-256 of the bytes once something has hashed them, else empty
};

/// The files found under the inputs, and what was passed over.
struct InputScan {
  std::vector<InputFile> files;
  std::vector<std::string> notices; ///< "PATH: skipped: not a PDF or image", unreadable folders
};

/// Expands the command-line inputs: files stay in the order given; folders are walked
/// recursively in byte order of their paths, keeping PDFs and images (TIFF, PNG, JPEG) and
/// noting the rest. Symlinked folders are not followed, so a link loop cannot trap the walk.
/// A named file that is missing, or neither a PDF nor an image, is kept with an `error`.
InputScan scan_inputs(const std::vector<std::string>& inputs);

/// Guesses the format from the extension, case-insensitively.
InputFormat format_from_extension(const std::string& path);

} // namespace foia::ingest
