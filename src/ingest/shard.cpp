#include "foia/ingest/shard.hpp"

#include "foia/record/sha256.hpp"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstdint>
#include <stdexcept>
#include <thread>

namespace foia::ingest {

namespace {

bool parse_count(std::string_view text, int& value) {
  const char* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, value);
  return !text.empty() && error == std::errc() && stop == end;
}

} // namespace

Shard parse_shard(std::string_view text) {
  const std::size_t slash = text.find('/');
  Shard shard;
  if (slash == std::string_view::npos || !parse_count(text.substr(0, slash), shard.index) ||
      !parse_count(text.substr(slash + 1), shard.count) || shard.count < 1 || shard.index < 1 ||
      shard.index > shard.count) {
    throw std::invalid_argument("shard must be K/N with 1 <= K <= N, e.g. 2/4 (got '" +
                                std::string(text) + "'; K counts from 1)");
  }
  return shard;
}

std::string to_string(const Shard& shard) {
  return std::to_string(shard.index) + "/" + std::to_string(shard.count);
}

int shard_of(std::string_view sha256, int count) {
  if (sha256.size() < 16 || count <= 1) {
    return 1;
  }
  std::uint64_t prefix = 0;
  const auto [stop, error] = std::from_chars(sha256.data(), sha256.data() + 16, prefix, 16);
  if (error != std::errc() || stop != sha256.data() + 16) {
    return 1;
  }
  return static_cast<int>(prefix % static_cast<std::uint64_t>(count)) + 1;
}

ShardSelection select_shard(std::vector<InputFile> batch, const Shard& shard, int threads) {
  // Hash in parallel: reading and hashing the whole batch is every shard's fixed cost.
  std::atomic<std::size_t> next{0};
  const auto hash_files = [&batch, &next] {
    for (std::size_t position = next++; position < batch.size(); position = next++) {
      InputFile& file = batch[position];
      try {
        file.sha256 = record::sha256_file(file.path);
      } catch (const std::exception&) {
        file.sha256.clear(); // unreadable: shard 1 reports it
      }
    }
  };
  std::vector<std::jthread> helpers;
  for (int i = 1; i < threads && static_cast<std::size_t>(i) < batch.size(); ++i) {
    helpers.emplace_back(hash_files);
  }
  hash_files();
  helpers.clear(); // joins them

  ShardSelection selection;
  selection.batch_files = batch.size();
  record::Sha256 fingerprint;
  for (std::size_t position = 0; position < batch.size(); ++position) {
    InputFile& file = batch[position];
    fingerprint.update(file.path);
    fingerprint.update(std::string_view("\0", 1));
    fingerprint.update(file.sha256);
    fingerprint.update("\n");
    if (shard_of(file.sha256, shard.count) == shard.index) {
      selection.files.push_back(std::move(file));
      selection.positions.push_back(position);
    }
  }
  selection.batch_fingerprint = fingerprint.hex_digest();
  return selection;
}

} // namespace foia::ingest
