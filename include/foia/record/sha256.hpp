#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace foia::record {

/// Incremental SHA-256 (FIPS 180-4), used to name documents by their bytes.
class Sha256 {
public:
  Sha256();
  /// Feeds more bytes.
  void update(std::string_view bytes);
  /// Finishes and returns the digest as 64 lowercase hex digits; the object is spent afterwards.
  std::string hex_digest();

private:
  void compress(const unsigned char* block);

  std::array<std::uint32_t, 8> m_state{};
  std::array<unsigned char, 64> m_buffer{};
  std::size_t m_buffered = 0;
  std::uint64_t m_total_bytes = 0;
};

/// SHA-256 of a whole file as hex; throws std::runtime_error naming the file when it cannot be
/// read.
std::string sha256_file(const std::string& path);

} // namespace foia::record
