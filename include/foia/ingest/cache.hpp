#pragma once
// The incremental-run cache: one document's records, stored under a key made of the file's
// SHA-256 and everything else that changes those records, so a rerun on an unchanged batch
// reads them back instead of rendering and recognising the pages again. See docs/cache.md.

#include "foia/ingest/inputs.hpp"
#include "foia/ingest/options.hpp"
#include "foia/record/sha256.hpp"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace foia::ingest {

/// Everything besides the file's bytes that its records depend on: the options that change
/// them (not --jobs or --page-timeout: a page that timed out is never stored), the input's
/// format, and the versions of foia, Poppler, Leptonica, Tesseract and its language data.
std::string cache_fingerprint(const IngestOptions& options, InputFormat format);

/// How record and tag lines spell `path`: both put it third, after "kind" and "doc", so its
/// first occurrence in a line is the field itself even when the page text quotes the same path.
std::string path_field(const std::string& path);

/// A stored document's record (or tag) lines, checked in full when found; yields them with
/// `path` rewritten.
class CacheEntryReader {
public:
  /// Opens and checks the entry at `file` for a document now at `path`; returns nullptr when
  /// there is none. Sets `problem` (and returns nullptr) when the entry is truncated, corrupt
  /// or holds another key.
  static std::unique_ptr<CacheEntryReader> open(const std::filesystem::path& file,
                                                const std::string& key, const std::string& path,
                                                std::string& problem);
  /// The next line, with `path` as a fresh read would give it; false after the last. Throws
  /// std::runtime_error when the disk fails after the check.
  bool next(std::string& line);
  /// How many lines the entry holds.
  std::size_t records() const { return m_records; }

private:
  CacheEntryReader() = default;
  static std::unique_ptr<CacheEntryReader> open_checked(const std::filesystem::path& file,
                                                        const std::string& key,
                                                        const std::string& path,
                                                        std::string& problem);

  std::ifstream m_stream;
  std::string m_stored_path_field; ///< `"path":"..."` as the stored records spell it
  std::string m_path_field;        ///< and as the document's records spell it now
  std::size_t m_records = 0;
  std::size_t m_records_left = 0;
};

/// A document's records on their way into the cache, under a temporary name unique to this
/// process until commit() renames it into place; removed if never committed.
class CacheEntryWriter {
public:
  /// Starts the entry; throws std::runtime_error naming the file when it cannot be created.
  CacheEntryWriter(std::filesystem::path file, const std::string& key, const std::string& path);
  ~CacheEntryWriter();
  CacheEntryWriter(const CacheEntryWriter&) = delete;
  CacheEntryWriter& operator=(const CacheEntryWriter&) = delete;

  /// Adds one record line; throws std::runtime_error on a write error.
  void add(std::string_view line);
  /// Writes the closing checksum line and renames the entry into place (atomically replacing
  /// what another process may have stored meanwhile); throws std::runtime_error on failure.
  void commit();

private:
  std::filesystem::path m_file;
  std::filesystem::path m_temp;
  std::ofstream m_stream;
  record::Sha256 m_checksum; ///< of every line before the closing one
  std::size_t m_records = 0;
  bool m_committed = false;
};

/// What a cache folder holds.
struct CacheStats {
  std::size_t entries = 0;
  std::uintmax_t bytes = 0;        ///< entries and leftover temporary files
  std::size_t temporary_files = 0; ///< left by processes that were killed while storing
  std::optional<std::filesystem::file_time_type> oldest; ///< oldest entry's modification time
  std::optional<std::filesystem::file_time_type> newest;
};

/// A cache folder. Entries live in FOLDER/v1/XX/KEY.jsonl; nothing else in FOLDER is touched.
class RecordCache {
public:
  /// Uses `folder`, creating it when it is missing; throws std::runtime_error when it cannot.
  explicit RecordCache(std::filesystem::path folder);

  /// The key of a document with SHA-256 `doc` read with `fingerprint`.
  static std::string key(const std::string& doc, const std::string& fingerprint);
  /// Where the entry for `key` lives.
  std::filesystem::path entry_file(const std::string& key) const;

  /// Counts entries and bytes; a missing folder is an empty cache.
  static CacheStats stats(const std::filesystem::path& folder);
  /// Removes every entry and temporary file; returns the stats of what was removed.
  static CacheStats clear(const std::filesystem::path& folder);

private:
  std::filesystem::path m_folder;
};

} // namespace foia::ingest
