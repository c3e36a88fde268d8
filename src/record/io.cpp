#include "foia/record/io.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <stdexcept>

#include <sys/stat.h>
#include <unistd.h>

namespace foia::record {

namespace {

std::runtime_error io_error(const std::string& path, const char* what) {
  return std::runtime_error(path + ": " + what + ": " + std::strerror(errno));
}

} // namespace

OutputFile::OutputFile(std::string path, std::string shown_as)
    : m_path(std::move(path)), m_shown_as(shown_as.empty() ? m_path : std::move(shown_as)) {
  if (m_path == "-") {
    m_file = stdout;
    return;
  }
  // A device or a pipe (-o /dev/null, -o /dev/stdout, a FIFO) is written in place: renaming a
  // temporary file over it would replace /dev/null with a regular file.
  struct stat status {};
  if (::stat(m_path.c_str(), &status) == 0 && !S_ISREG(status.st_mode)) {
    m_file = std::fopen(m_path.c_str(), "wb");
    if (m_file == nullptr) {
      throw io_error(m_shown_as, "cannot open output");
    }
    return;
  }
  m_temp_path = m_path + ".tmp-" + std::to_string(::getpid());
  m_file = std::fopen(m_temp_path.c_str(), "wb");
  if (m_file == nullptr) {
    throw io_error(m_shown_as, "cannot create output file");
  }
}

OutputFile::~OutputFile() {
  if (m_file != nullptr && m_file != stdout) {
    std::fclose(m_file);
  }
  if (!m_committed && !m_temp_path.empty()) {
    std::remove(m_temp_path.c_str());
  }
}

void OutputFile::write(std::string_view bytes) {
  if (std::fwrite(bytes.data(), 1, bytes.size(), m_file) != bytes.size()) {
    throw io_error(m_shown_as, "write failed");
  }
}

void OutputFile::write_line(std::string_view line) {
  write(line);
  write("\n");
}

void OutputFile::commit() {
  if (std::fflush(m_file) != 0) {
    throw io_error(m_shown_as, "write failed");
  }
  if (m_file == stdout) {
    m_committed = true;
    return;
  }
  if (m_temp_path.empty()) {
    const int close_status = std::fclose(m_file);
    m_file = nullptr;
    if (close_status != 0) {
      throw io_error(m_shown_as, "write failed");
    }
    m_committed = true;
    return;
  }
  if (::fsync(::fileno(m_file)) != 0) {
    throw io_error(m_shown_as, "sync failed");
  }
  const int close_status = std::fclose(m_file);
  m_file = nullptr;
  if (close_status != 0) {
    throw io_error(m_shown_as, "write failed");
  }
  if (std::rename(m_temp_path.c_str(), m_path.c_str()) != 0) {
    throw io_error(m_shown_as, "cannot rename output into place");
  }
  m_committed = true;
}

LineReader::LineReader(std::string path) : m_path(std::move(path)) {
  if (m_path == "-") {
    m_stream = &std::cin;
    return;
  }
  auto file = std::make_unique<std::ifstream>(m_path, std::ios::binary);
  if (!*file) {
    throw io_error(m_path, "cannot open");
  }
  m_stream = file.get();
  m_owned = std::move(file);
}

bool LineReader::next(std::string& line) {
  if (!std::getline(*m_stream, line)) {
    return false;
  }
  if (!line.empty() && line.back() == '\r') {
    line.pop_back();
  }
  ++m_line_number;
  return true;
}

} // namespace foia::record
