// Cache entries: a header line naming the key and the path the lines were written under, the
// document's record (or tag) lines exactly as they were written, and a closing line with their
// count and the SHA-256 of everything before it. An entry is checked in full before any of it is
// used, so a truncated or damaged one is a miss, never half an output.
#include "foia/ingest/cache.hpp"

#include "foia/ingest/page_reader.hpp"
#include "foia/record/record.hpp"
#include "foia/version.hpp"

#include <leptonica/allheaders.h>
#include <poppler-version.h>
#include <tesseract/baseapi.h>

#include <cstdlib>
#include <random>
#include <sstream>
#include <stdexcept>
#include <system_error>

#include <unistd.h>

namespace foia::ingest {

namespace fs = std::filesystem;

namespace {

constexpr int k_format_version = 1;
constexpr const char* k_entries_folder = "v1";

std::optional<record::Json> parse_object(const std::string& line) {
  record::Json json = record::Json::parse(line, nullptr, false);
  if (json.is_discarded() || !json.is_object()) {
    return std::nullopt;
  }
  return json;
}

// The size and modification time of each language's traineddata file, where Tesseract would
// look for it: a changed model changes the key without hashing 20 MB on every run.
std::string traineddata_identity(const std::string& languages) {
  std::vector<fs::path> folders;
  if (const char* prefix = std::getenv("TESSDATA_PREFIX"); prefix != nullptr && *prefix != 0) {
    folders.emplace_back(prefix);
    folders.emplace_back(fs::path(prefix) / "tessdata");
  }
  folders.emplace_back("/usr/share/tesseract-ocr/5/tessdata");
  folders.emplace_back("/usr/share/tesseract-ocr/4.00/tessdata");
  std::string identity;
  std::istringstream names(languages);
  for (std::string language; std::getline(names, language, '+');) {
    identity += "traineddata " + language;
    std::error_code error;
    for (const fs::path& folder : folders) {
      const fs::path file = folder / (language + ".traineddata");
      const auto size = fs::file_size(file, error);
      if (!error) {
        const auto modified = fs::last_write_time(file, error);
        identity +=
            " " + std::to_string(size) + " " + std::to_string(modified.time_since_epoch().count());
        break;
      }
    }
    identity += "\n";
  }
  return identity;
}

std::string leptonica_version() {
  char* version = getLeptonicaVersion();
  std::string copy = version != nullptr ? version : "";
  lept_free(version);
  return copy;
}

std::string unique_suffix() {
  std::random_device random;
  std::ostringstream suffix;
  suffix << ".tmp-" << ::getpid() << "-" << std::hex << random() << random();
  return suffix.str();
}

} // namespace

std::string path_field(const std::string& path) {
  return "\"path\":" + record::Json(record::sanitize_utf8(path)).dump();
}

std::string cache_fingerprint(const IngestOptions& options, InputFormat format) {
  std::ostringstream fingerprint;
  fingerprint << "foia " << k_version << "\n"
              << "format " << (format == InputFormat::image ? "image" : "pdf") << "\n"
              << "ocr " << to_string(options.ocr_mode) << "\n"
              << "dpi " << options.dpi << "\n"
              << "scan dpi "
              << (options.own_dpi ? "own from " + std::to_string(k_min_scan_dpi)
                                  : std::string("fixed"))
              << "\n"
              << "lang " << options.language << "\n"
              << "max_pages " << options.max_pages << "\n"
              << "max_page_text " << options.max_page_text_bytes << "\n"
              << "max_page_pixels " << options.max_page_pixels << "\n"
              << "poppler " << poppler::version_string() << "\n"
              << "leptonica " << leptonica_version() << "\n"
              << "tesseract " << tesseract::TessBaseAPI::Version() << "\n"
              << traineddata_identity(options.language);
  return fingerprint.str();
}

// ---- reading ---------------------------------------------------------------------------------

std::unique_ptr<CacheEntryReader> CacheEntryReader::open(const fs::path& file,
                                                         const std::string& key,
                                                         const std::string& path,
                                                         std::string& problem) {
  try {
    return open_checked(file, key, path, problem);
  } catch (const record::Json::exception& error) {
    // A damaged header or closing line can be valid JSON with a field of the wrong type.
    problem = std::string("corrupt (") + error.what() + ")";
    return nullptr;
  }
}

std::unique_ptr<CacheEntryReader> CacheEntryReader::open_checked(const fs::path& file,
                                                                 const std::string& key,
                                                                 const std::string& path,
                                                                 std::string& problem) {
  std::unique_ptr<CacheEntryReader> entry(new CacheEntryReader);
  entry->m_stream.open(file, std::ios::binary);
  if (!entry->m_stream) {
    return nullptr; // no entry: a plain miss
  }
  std::istream& stream = entry->m_stream;
  std::string line;
  if (!std::getline(stream, line) || stream.eof()) {
    problem = "truncated (no complete header line)";
    return nullptr;
  }
  const std::optional<record::Json> header = parse_object(line);
  if (!header || header->value("foia_cache", 0) != k_format_version || !header->contains("key") ||
      !(*header)["key"].is_string() || !header->contains("path") ||
      !(*header)["path"].is_string()) {
    problem = "corrupt (not a cache entry header)";
    return nullptr;
  }
  if ((*header)["key"].get<std::string>() != key) {
    problem = "holds key " + (*header)["key"].get<std::string>() + ", not its own";
    return nullptr;
  }
  entry->m_stored_path_field = path_field((*header)["path"].get<std::string>());
  entry->m_path_field = path_field(path);

  record::Sha256 checksum;
  checksum.update(line);
  checksum.update("\n");
  std::size_t records = 0;
  std::optional<std::string> previous;
  while (std::getline(stream, line)) {
    if (stream.eof()) {
      problem = "truncated (last line incomplete)";
      return nullptr;
    }
    if (previous) {
      if (previous->find(entry->m_stored_path_field) == std::string::npos) {
        problem = "corrupt (line " + std::to_string(records + 2) + " lacks its path)";
        return nullptr;
      }
      checksum.update(*previous);
      checksum.update("\n");
      ++records;
    }
    previous = std::move(line);
  }
  const std::optional<record::Json> closing = previous ? parse_object(*previous) : std::nullopt;
  if (!closing || !closing->contains("end") || !(*closing)["end"].is_object()) {
    problem = "truncated (no closing line)";
    return nullptr;
  }
  const record::Json& end = (*closing)["end"];
  if (end.value("records", std::size_t{0}) != records) {
    problem = "corrupt (" + std::to_string(records) + " records, closing line says " +
              end.value("records", record::Json()).dump() + ")";
    return nullptr;
  }
  if (end.value("sha256", std::string()) != checksum.hex_digest()) {
    problem = "corrupt (checksum mismatch)";
    return nullptr;
  }
  stream.clear();
  stream.seekg(0);
  std::getline(stream, line); // the header
  entry->m_records = records;
  entry->m_records_left = records;
  return entry;
}

bool CacheEntryReader::next(std::string& line) {
  if (m_records_left == 0) {
    return false;
  }
  if (!std::getline(m_stream, line)) {
    // Checked in full when opened, so only a failing disk gets here; half a document must not
    // reach the output.
    throw std::runtime_error("cache entry: read error after it was checked");
  }
  --m_records_left;
  if (m_path_field != m_stored_path_field) {
    line.replace(line.find(m_stored_path_field), m_stored_path_field.size(), m_path_field);
  }
  return true;
}

// ---- writing ---------------------------------------------------------------------------------

CacheEntryWriter::CacheEntryWriter(fs::path file, const std::string& key, const std::string& path)
    : m_file(std::move(file)) {
  std::error_code error;
  fs::create_directories(m_file.parent_path(), error);
  m_temp = m_file;
  m_temp += unique_suffix();
  m_stream.open(m_temp, std::ios::binary | std::ios::trunc);
  if (!m_stream) {
    throw std::runtime_error(m_temp.string() + ": cannot create cache entry");
  }
  record::Json header;
  header["foia_cache"] = k_format_version;
  header["key"] = key;
  header["path"] = record::sanitize_utf8(path);
  const std::string line = header.dump();
  m_stream << line << '\n';
  m_checksum.update(line);
  m_checksum.update("\n");
}

CacheEntryWriter::~CacheEntryWriter() {
  if (!m_committed) {
    m_stream.close();
    std::error_code ignored;
    fs::remove(m_temp, ignored);
  }
}

void CacheEntryWriter::add(std::string_view line) {
  m_stream << line << '\n';
  m_checksum.update(line);
  m_checksum.update("\n");
  ++m_records;
  if (!m_stream) {
    throw std::runtime_error(m_temp.string() + ": cannot write cache entry");
  }
}

void CacheEntryWriter::commit() {
  record::Json end;
  end["records"] = m_records;
  end["sha256"] = m_checksum.hex_digest();
  record::Json closing;
  closing["end"] = end;
  m_stream << closing.dump() << '\n';
  m_stream.close();
  if (m_stream.fail()) {
    throw std::runtime_error(m_temp.string() + ": cannot write cache entry");
  }
  std::error_code error;
  fs::rename(m_temp, m_file, error);
  if (error) {
    throw std::runtime_error(m_file.string() + ": cannot store cache entry: " + error.message());
  }
  m_committed = true;
}

// ---- the folder ------------------------------------------------------------------------------

RecordCache::RecordCache(fs::path folder) : m_folder(std::move(folder)) {
  std::error_code error;
  fs::create_directories(m_folder / k_entries_folder, error);
  if (error) {
    throw std::runtime_error(m_folder.string() +
                             ": cannot create cache folder: " + error.message());
  }
  // Backup tools that follow https://bford.info/cachedir/ skip folders holding this file.
  const fs::path tag = m_folder / "CACHEDIR.TAG";
  if (!fs::exists(tag, error)) {
    std::ofstream(tag) << "Signature: 8a477f597d28d172789f06886806bc55\n"
                       << "# This file is a cache tag created by foia (docs/cache.md).\n";
  }
}

std::string RecordCache::key(const std::string& doc, const std::string& fingerprint) {
  record::Sha256 key;
  key.update("foia cache key\n" + doc + "\n" + fingerprint);
  return key.hex_digest();
}

fs::path RecordCache::entry_file(const std::string& key) const {
  return m_folder / k_entries_folder / key.substr(0, 2) / (key + ".jsonl");
}

CacheStats RecordCache::stats(const fs::path& folder) {
  CacheStats stats;
  std::error_code error;
  for (fs::recursive_directory_iterator entry(folder / k_entries_folder, error), end;
       !error && entry != end; entry.increment(error)) {
    std::error_code file_error;
    if (!entry->is_regular_file(file_error)) {
      continue;
    }
    const std::string name = entry->path().filename().string();
    stats.bytes += entry->file_size(file_error);
    if (name.find(".tmp-") != std::string::npos) {
      ++stats.temporary_files;
    } else if (name.ends_with(".jsonl")) {
      ++stats.entries;
      const auto modified = entry->last_write_time(file_error);
      stats.oldest = stats.oldest ? std::min(*stats.oldest, modified) : modified;
      stats.newest = stats.newest ? std::max(*stats.newest, modified) : modified;
    }
  }
  return stats;
}

CacheStats RecordCache::clear(const fs::path& folder) {
  const CacheStats removed = stats(folder);
  std::error_code error;
  fs::remove_all(folder / k_entries_folder, error);
  if (error) {
    throw std::runtime_error(folder.string() + ": cannot clear cache: " + error.message());
  }
  return removed;
}

} // namespace foia::ingest
