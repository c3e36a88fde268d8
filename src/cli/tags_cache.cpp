// Tags are cached per document, keyed on the document's record lines with their path left out
// (not on the file's hash: a page that failed because a worker timed out has other records,
// and other tags, than the same page read on a quieter day) and on the rule packs' bytes.
#include "tags_cache.hpp"

#include "foia/ingest/cache.hpp"
#include "foia/record/io.hpp"
#include "foia/record/sha256.hpp"
#include "foia/version.hpp"

#include <memory>
#include <optional>

namespace foia::cli {

namespace {

// How every document line that foia writes begins.
constexpr std::string_view k_document_prefix = R"({"kind":"document",)";

// One document's lines in a records file: its document line and the pages after it.
struct DocumentSpan {
  std::optional<record::DocumentRecord> document; // none for pages before any document line
  std::size_t lines = 0;
  bool cacheable = false;  // a readable document whose every line carries its path
  std::string content_key; // the SHA-256 of its lines, path left out
};

// Reads a records file a document at a time, ahead of the analysis, to key each document on
// its records before deciding whether to analyze them.
class SpanReader {
public:
  explicit SpanReader(const std::string& path) : m_reader(path) {
    m_have_pending = m_reader.next(m_pending);
  }

  bool next(DocumentSpan& span) {
    if (!m_have_pending) {
      return false;
    }
    span = DocumentSpan{};
    std::string line = std::move(m_pending);
    if (line.starts_with(k_document_prefix)) {
      span.document = m_reader.parse(line, record::parse_record_line).document;
      span.cacheable = !span.document->doc.empty();
    }
    const std::string field = span.document ? ingest::path_field(span.document->path) : "";
    record::Sha256 content;
    for (;;) {
      const std::size_t at = span.cacheable ? line.find(field) : std::string::npos;
      span.cacheable = at != std::string::npos;
      if (span.cacheable) {
        content.update(std::string_view(line).substr(0, at));
        content.update("\n");
        content.update(std::string_view(line).substr(at + field.size()));
        content.update("\n");
      }
      ++span.lines;
      m_have_pending = m_reader.next(m_pending);
      if (!m_have_pending || m_pending.starts_with(k_document_prefix)) {
        break;
      }
      line = std::move(m_pending);
    }
    if (span.cacheable) {
      span.content_key = content.hex_digest();
    }
    return true;
  }

private:
  record::LineReader m_reader;
  std::string m_pending;
  bool m_have_pending = false;
};

// Blank as analyze_records sees it.
bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \n") == std::string_view::npos;
}

} // namespace

int analyze_with_cache(
    const std::string& records_path, const analyze::Analyzer& analyzer,
    const std::string& rules_key, const std::string& cache_folder,
    const std::function<void(std::string_view line, long record_line)>& write_line,
    const std::function<void(std::string_view message)>& warn) {
  std::optional<ingest::RecordCache> cache;
  try {
    cache.emplace(cache_folder);
  } catch (const std::exception&) {
    // ingest has already said why, and gone on without the cache; so does analysis
  }
  const std::string fingerprint = std::string("tags ") + k_version + "\nrules " + rules_key;
  SpanReader ahead(records_path);
  record::LineReader behind(records_path);
  std::unique_ptr<ingest::CacheEntryWriter> store;
  analyze::DocumentTagger tagger(analyzer, [&](const record::Tag& tag, long record_line) {
    const std::string tag_line = record::to_json_line(tag);
    write_line(tag_line, record_line);
    if (store) {
      store->add(tag_line);
    }
  });
  int from_cache = 0;
  std::string line;
  for (DocumentSpan span; ahead.next(span);) {
    store.reset();
    if (cache && span.cacheable) {
      const std::string key = ingest::RecordCache::key(span.content_key, fingerprint);
      const std::filesystem::path entry = cache->entry_file(key);
      std::string problem;
      const auto hit = ingest::CacheEntryReader::open(entry, key, span.document->path, problem);
      if (!problem.empty()) {
        warn(entry.string() + ": bad cache entry for the tags of " + span.document->path + ": " +
             problem + "; analyzing the document again");
      }
      if (hit) {
        const long document_line = behind.line_number() + 1;
        while (hit->next(line)) {
          write_line(line, document_line);
        }
        for (std::size_t skipped = 0; skipped < span.lines; ++skipped) {
          behind.next(line);
        }
        ++from_cache;
        continue;
      }
      try {
        store = std::make_unique<ingest::CacheEntryWriter>(entry, key, span.document->path);
      } catch (const std::exception& error) {
        warn(std::string(error.what()) + "; not storing more tags in the cache");
        cache.reset();
      }
    }
    // As analyze::analyze_records does, line for line, the span's tags all out before it ends.
    for (std::size_t read = 0; read < span.lines && behind.next(line); ++read) {
      if (is_blank(line)) {
        continue;
      }
      record::ParsedRecord parsed = behind.parse(line, record::parse_record_line);
      if (parsed.document) {
        tagger.start(*parsed.document);
      } else if (parsed.page) {
        tagger.add(std::move(*parsed.page), behind.line_number());
      }
    }
    tagger.finish();
    if (store) {
      store->commit();
    }
  }
  return from_cache;
}

} // namespace foia::cli
