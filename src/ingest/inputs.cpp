#include "foia/ingest/inputs.hpp"

#include "foia/ingest/options.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace foia::ingest {

namespace fs = std::filesystem;

std::string_view to_string(OcrMode mode) {
  switch (mode) {
  case OcrMode::automatic:
    return "auto";
  case OcrMode::always:
    return "always";
  case OcrMode::never:
    return "never";
  }
  return "auto";
}

std::optional<OcrMode> ocr_mode_from_string(std::string_view name) {
  if (name == "auto") {
    return OcrMode::automatic;
  }
  if (name == "always") {
    return OcrMode::always;
  }
  if (name == "never") {
    return OcrMode::never;
  }
  return std::nullopt;
}

namespace {

std::string lowercase_extension(const std::string& path) {
  std::string extension = fs::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

// Recognises PDFs and images by their first bytes, for files named without a known extension.
InputFormat format_from_content(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  std::string head(1024, '\0');
  file.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(file.gcount()));
  if (head.find("%PDF-") != std::string::npos) {
    return InputFormat::pdf;
  }
  const auto starts_with = [&head](std::string_view magic) { return head.starts_with(magic); };
  if (starts_with("II*\0") || starts_with("MM\0*") || starts_with("\x89PNG") ||
      starts_with("\xFF\xD8\xFF")) {
    return InputFormat::image;
  }
  return InputFormat::unknown;
}

// What a path that is neither a regular file nor a folder is, for messages; empty otherwise.
// Reading a FIFO with no writer would wait forever, and a device may never end.
std::string special_file_kind(const fs::file_status& status) {
  switch (status.type()) {
  case fs::file_type::fifo:
    return "a FIFO";
  case fs::file_type::socket:
    return "a socket";
  case fs::file_type::block:
  case fs::file_type::character:
    return "a device";
  default:
    return {};
  }
}

void walk_folder(const std::string& folder, InputScan& scan) {
  std::vector<std::string> found;
  std::error_code error;
  auto walker = fs::recursive_directory_iterator(
      folder, fs::directory_options::skip_permission_denied, error);
  if (error) {
    scan.notices.push_back(folder + ": cannot read folder: " + error.message());
    return;
  }
  for (auto entry = walker; entry != fs::recursive_directory_iterator();) {
    std::error_code type_error;
    if (entry->is_directory(type_error) && ::access(entry->path().c_str(), R_OK | X_OK) != 0) {
      // skip_permission_denied would pass over it without a word.
      const int reason = errno;
      scan.notices.push_back(entry->path().string() +
                             ": skipped: cannot read folder: " + std::strerror(reason));
      entry.disable_recursion_pending();
    } else if (entry->is_regular_file(type_error)) {
      found.push_back(entry->path().string());
    } else if (entry->is_symlink(type_error) && !entry->is_directory(type_error)) {
      scan.notices.push_back(entry->path().string() + ": skipped: broken link");
    } else if (const std::string kind = special_file_kind(entry->status(type_error));
               !kind.empty()) {
      scan.notices.push_back(entry->path().string() + ": skipped: not a regular file (" + kind +
                             ")");
    }
    entry.increment(error);
    if (error) {
      scan.notices.push_back(folder + ": stopped walking: " + error.message());
      break;
    }
  }
  std::sort(found.begin(), found.end());
  for (std::string& path : found) {
    const InputFormat format = format_from_extension(path);
    if (format == InputFormat::unknown) {
      scan.notices.push_back(path + ": skipped: not a PDF or image");
      continue;
    }
    scan.files.push_back(InputFile{std::move(path), format, {}, {}});
  }
}

} // namespace

InputFormat format_from_extension(const std::string& path) {
  const std::string extension = lowercase_extension(path);
  if (extension == ".pdf") {
    return InputFormat::pdf;
  }
  if (extension == ".tif" || extension == ".tiff" || extension == ".png" || extension == ".jpg" ||
      extension == ".jpeg") {
    return InputFormat::image;
  }
  return InputFormat::unknown;
}

InputScan scan_inputs(const std::vector<std::string>& inputs) {
  InputScan scan;
  for (const std::string& input : inputs) {
    std::error_code error;
    const fs::file_status status = fs::status(input, error);
    if (fs::is_directory(status)) {
      walk_folder(input, scan);
      continue;
    }
    InputFile file{input, format_from_extension(input), {}, {}};
    if (!fs::exists(status)) {
      file.error = "no such file";
    } else if (const std::string kind = special_file_kind(status); !kind.empty()) {
      file.error = "not a regular file (" + kind + ")";
    } else if (file.format == InputFormat::unknown) {
      file.format = format_from_content(input);
      if (file.format == InputFormat::unknown) {
        file.error = "not a PDF or image (TIFF, PNG, JPEG)";
      }
    }
    scan.files.push_back(std::move(file));
  }
  return scan;
}

} // namespace foia::ingest
