#include "foia/record/shards.hpp"

#include "foia/record/io.hpp"
#include "json_line.hpp"

#include <fstream>
#include <memory>
#include <queue>
#include <sstream>
#include <stdexcept>

namespace foia::record {

std::string to_text(const ShardManifest& manifest) {
  Json json;
  json["format_version"] = k_shard_format_version;
  json["shard"] = Json{{"index", manifest.index}, {"count", manifest.count}};
  json["tool"] = Json{{"name", "foia"}, {"version", manifest.foia_version}};
  json["inputs"] = manifest.inputs;
  json["batch"] =
      Json{{"files", manifest.batch_files}, {"fingerprint", manifest.batch_fingerprint}};
  json["options"] = manifest.options;
  Json documents = Json::array();
  for (const ShardDocument& document : manifest.documents) {
    documents.push_back(Json{{"position", document.position}, {"tags", document.tags}});
  }
  json["documents"] = documents;
  return json.dump(2) + "\n";
}

ShardManifest read_shard_manifest(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    throw std::runtime_error(path + ": cannot read");
  }
  std::ostringstream text;
  text << file.rdbuf();
  ShardManifest manifest;
  try {
    const Json json = detail::parse_json_object(text.str());
    if (json.at("format_version").get<int>() != k_shard_format_version) {
      throw std::runtime_error("format_version " + json.at("format_version").dump() + " is not " +
                               std::to_string(k_shard_format_version));
    }
    manifest.index = detail::count_at<int>(json.at("shard"), "index");
    manifest.count = detail::count_at<int>(json.at("shard"), "count");
    manifest.foia_version = json.at("tool").at("version").get<std::string>();
    manifest.inputs = json.at("inputs").get<std::vector<std::string>>();
    manifest.batch_files = detail::count_at<std::size_t>(json.at("batch"), "files");
    manifest.batch_fingerprint = json.at("batch").at("fingerprint").get<std::string>();
    manifest.options = json.at("options");
    std::size_t previous = 0;
    for (const Json& document : json.at("documents")) {
      const ShardDocument entry{detail::count_at<std::size_t>(document, "position"),
                                detail::count_at<std::size_t>(document, "tags")};
      if (entry.position >= manifest.batch_files ||
          (!manifest.documents.empty() && entry.position <= previous)) {
        throw std::runtime_error("document positions must rise and stay below batch.files");
      }
      previous = entry.position;
      manifest.documents.push_back(entry);
    }
  } catch (const Json::exception& error) {
    throw std::runtime_error(path + ": not a shard.json: " + error.what());
  } catch (const std::runtime_error& error) {
    throw std::runtime_error(path + ": not a shard.json: " + error.what());
  }
  if (manifest.index < 1 || manifest.index > manifest.count) {
    throw std::runtime_error(path + ": shard " + std::to_string(manifest.index) + "/" +
                             std::to_string(manifest.count) + " is not K/N with 1 <= K <= N");
  }
  return manifest;
}

namespace {

// The number of page lines that follow a document line.
int pages_after(std::string_view document_line) {
  const ParsedRecord parsed = parse_record_line(document_line);
  if (!parsed.document) {
    throw std::runtime_error("a page line where a document line belongs");
  }
  return parsed.document->pages;
}

} // namespace

void ShardIndexer::add_record_line(std::string_view line) {
  ++m_lines;
  if (m_pages_left > 0) {
    --m_pages_left;
    return;
  }
  m_pages_left = pages_after(line);
  m_document_lines.push_back(m_lines);
  m_tags.push_back(0);
}

void ShardIndexer::add_tag(long record_line) {
  while (m_tag_document < m_document_lines.size() &&
         m_document_lines[m_tag_document] <= record_line) {
    ++m_tag_document;
  }
  if (m_tag_document == 0) {
    throw std::logic_error("a tag before the first document line");
  }
  ++m_tags[m_tag_document - 1];
}

namespace {

// One shard being merged: its readers and the next of its documents.
struct ShardCursor {
  const ShardOutput* output = nullptr;
  std::unique_ptr<LineReader> records;
  std::unique_ptr<LineReader> tags;
  std::size_t next = 0; // index into manifest.documents

  std::size_t position() const { return output->manifest.documents[next].position; }
};

// Reads a line that must be there.
void read_expected(LineReader& reader, std::string& line, const char* what) {
  if (!reader.next(line)) {
    throw std::runtime_error(reader.path() + ":" + std::to_string(reader.line_number() + 1) +
                             ": ends early: shard.json lists more " + what);
  }
}

void expect_end(LineReader& reader, const char* what) {
  std::string line;
  if (reader.next(line)) {
    throw std::runtime_error(reader.path() + ":" + std::to_string(reader.line_number()) +
                             ": more " + what + " than shard.json lists");
  }
}

} // namespace

void merge_shards(const std::vector<ShardOutput>& shards,
                  const std::function<void(std::string_view line)>& records,
                  const std::function<void(std::string_view line)>& tags) {
  std::vector<ShardCursor> cursors;
  cursors.reserve(shards.size());
  for (const ShardOutput& shard : shards) {
    ShardCursor cursor;
    cursor.output = &shard;
    cursor.records = std::make_unique<LineReader>(shard.records_path);
    cursor.tags = std::make_unique<LineReader>(shard.tags_path);
    cursors.push_back(std::move(cursor));
  }
  // Smallest next position first.
  const auto later = [&cursors](std::size_t left, std::size_t right) {
    return cursors[left].position() > cursors[right].position();
  };
  std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(later)> heads(later);
  for (std::size_t i = 0; i < cursors.size(); ++i) {
    if (!cursors[i].output->manifest.documents.empty()) {
      heads.push(i);
    }
  }
  std::string line;
  std::size_t expected = 0;
  while (!heads.empty()) {
    ShardCursor& cursor = cursors[heads.top()];
    heads.pop();
    if (cursor.position() != expected) {
      throw std::runtime_error(cursor.output->records_path + ": document " +
                               std::to_string(expected) + " of the batch is in no shard");
    }
    read_expected(*cursor.records, line, "documents");
    const int pages = cursor.records->parse(line, pages_after);
    records(line);
    for (int page = 0; page < pages; ++page) {
      read_expected(*cursor.records, line, "pages");
      records(line);
    }
    for (std::size_t tag = 0; tag < cursor.output->manifest.documents[cursor.next].tags; ++tag) {
      read_expected(*cursor.tags, line, "tags");
      tags(line);
    }
    ++expected;
    if (++cursor.next < cursor.output->manifest.documents.size()) {
      heads.push(static_cast<std::size_t>(&cursor - cursors.data()));
    }
  }
  for (ShardCursor& cursor : cursors) {
    expect_end(*cursor.records, "records");
    expect_end(*cursor.tags, "tags");
  }
}

} // namespace foia::record
