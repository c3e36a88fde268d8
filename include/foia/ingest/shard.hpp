#pragma once
// `--shard K/N`: which share of a batch one of N machines reads. See docs/scale-out.md.

#include "foia/ingest/inputs.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace foia::ingest {

/// Shard `index` of `count`, 1-based like jest and playwright: 1/3, 2/3, 3/3.
struct Shard {
  int index = 1;
  int count = 1;
};

/// Parses "K/N" with 1 <= K <= N; throws std::invalid_argument saying what is wrong
/// ("shard must be K/N with 1 <= K <= N, e.g. 2/4 (got '0/4')").
Shard parse_shard(std::string_view text);

/// "K/N".
std::string to_string(const Shard& shard);

/// The 1-based shard of `count` that a document with this SHA-256 (64 hex digits) belongs to:
/// its first 64 bits, big-endian, modulo `count`, plus one. Documents whose bytes cannot be
/// read (`sha256` empty) belong to shard 1.
int shard_of(std::string_view sha256, int count);

/// A shard's share of a batch.
struct ShardSelection {
  std::vector<InputFile> files;       ///< the shard's files, in batch order, each with its sha256
  std::vector<std::size_t> positions; ///< each file's 0-based position in the whole batch
  std::size_t batch_files = 0;        ///< files in the whole batch
  /// SHA-256 over every file's path and SHA-256 in batch order: shards of the same batch, read
  /// from the same paths, have the same fingerprint.
  std::string batch_fingerprint;
};

/// Hashes every file of the batch (reading each once, on `threads` threads) and keeps those of
/// `shard`, so the choice depends only on the files' bytes, not on paths, machines, input order
/// or threads. A file that cannot be read goes to shard 1 with an empty sha256, where it gets
/// its error record.
ShardSelection select_shard(std::vector<InputFile> batch, const Shard& shard, int threads = 1);

} // namespace foia::ingest
