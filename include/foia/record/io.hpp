#pragma once
// File plumbing shared by every stage: atomic outputs and line-numbered inputs.

#include <cstdio>
#include <istream>
#include <memory>
#include <stdexcept>
#include <string>

namespace foia::record {

/// An output file that only appears under its final name once complete. Writes go to
/// "NAME.tmp-PID" beside it; commit() flushes, fsyncs and renames. If the object is destroyed
/// without commit() (an exception, a usage error), the temporary file is removed. The path "-"
/// means standard output, which is written directly, as is an existing path that is not a
/// regular file (/dev/null, /dev/stdout, a FIFO).
class OutputFile {
public:
  /// Opens the temporary file; throws std::runtime_error naming the path when it cannot.
  /// `shown_as`, when given, is the name errors use instead: the place the file will end up
  /// when it is written in a staging folder first.
  explicit OutputFile(std::string path, std::string shown_as = {});
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  /// Appends bytes; throws std::runtime_error naming the path on a write error (disk full).
  void write(std::string_view bytes);
  /// Appends a line and a newline.
  void write_line(std::string_view line);
  /// Flushes, syncs and renames into place; throws std::runtime_error on failure.
  void commit();
  /// The final path ("-" for standard output).
  const std::string& path() const { return m_path; }

private:
  std::string m_path;
  std::string m_shown_as;
  std::string m_temp_path;
  std::FILE* m_file = nullptr;
  bool m_committed = false;
};

/// Reads a text input line by line, counting lines for error messages. "-" is standard input.
class LineReader {
public:
  /// Throws std::runtime_error naming the path when it cannot be opened.
  explicit LineReader(std::string path);
  /// Reads the next line without its newline; false at end of input.
  bool next(std::string& line);
  /// 1-based number of the line last returned.
  long line_number() const { return m_line_number; }
  const std::string& path() const { return m_path; }

  /// Returns parse(line) for the line last read; a std::runtime_error from parse is rethrown
  /// with "PATH:LINE: " in front, so every reader reports bad input the same way.
  template <typename Parse> auto parse(std::string_view line, Parse parse_line) const {
    try {
      return parse_line(line);
    } catch (const std::runtime_error& error) {
      throw std::runtime_error(m_path + ":" + std::to_string(m_line_number) + ": " + error.what());
    }
  }

private:
  std::string m_path;
  std::unique_ptr<std::istream> m_owned;
  std::istream* m_stream = nullptr;
  long m_line_number = 0;
};

} // namespace foia::record
