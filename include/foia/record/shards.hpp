#pragma once
// What a sharded `foia run` writes beside its outputs (shard.json), and the streaming merge of
// shard outputs back into the records and tags of one run. See docs/scale-out.md.

#include "foia/record/record.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace foia::record {

/// shard.json's format; bumped when a key changes meaning or disappears.
inline constexpr int k_shard_format_version = 1;

/// One document of a shard: where it stands in the whole batch and how many tags it has.
struct ShardDocument {
  std::size_t position = 0; ///< 0-based position in the unsharded input order
  std::size_t tags = 0;     ///< its lines in the shard's tags.jsonl
};

/// The contents of DIR/shard.json.
struct ShardManifest {
  int index = 1; ///< 1-based
  int count = 1;
  std::string foia_version;
  std::vector<std::string> inputs;      ///< INPUT... as given to `foia run`
  std::size_t batch_files = 0;          ///< documents in the whole batch
  std::string batch_fingerprint;        ///< SHA-256 over every path and file hash of the batch
  Json options;                         ///< the summary's `options` for the unsharded run
  std::vector<ShardDocument> documents; ///< in batch order
};

/// shard.json as written: two-space indented JSON and a final newline.
std::string to_text(const ShardManifest& manifest);

/// Reads a shard.json; throws std::runtime_error "PATH: reason" when it cannot be read, is not
/// JSON, or lacks a key.
ShardManifest read_shard_manifest(const std::string& path);

/// Counts a shard's records and tags per document while `foia run` writes them.
class ShardIndexer {
public:
  /// Each line of records.jsonl, in order. Parses document lines only (to learn how many page
  /// lines follow); throws std::runtime_error on a document line that does not parse.
  void add_record_line(std::string_view line);
  /// A tag made from the records.jsonl line `record_line` (1-based).
  void add_tag(long record_line);
  /// Tags per document, in the order of their document lines.
  const std::vector<std::size_t>& tags_per_document() const { return m_tags; }

private:
  long m_lines = 0;
  int m_pages_left = 0;
  std::vector<long> m_document_lines; ///< line number of each document line
  std::vector<std::size_t> m_tags;
  std::size_t m_tag_document = 0; ///< 1 + the document the last tag belonged to
};

/// One shard output folder to merge.
struct ShardOutput {
  ShardManifest manifest;
  std::string records_path;
  std::string tags_path;
};

/// Streams the shards' records and tags into `records` and `tags` in batch order, each
/// document's lines copied byte for byte from the shard that read it: k-way by position,
/// holding one line per shard. The manifests must describe one batch with every position
/// in exactly one shard (the caller checks). Throws std::runtime_error "PATH:LINE: reason" when
/// a file disagrees with its shard.json (missing or extra lines, a page line where a
/// document line belongs).
void merge_shards(const std::vector<ShardOutput>& shards,
                  const std::function<void(std::string_view line)>& records,
                  const std::function<void(std::string_view line)>& tags);

} // namespace foia::record
