#include "foia/ingest/shard.hpp"

#include "foia/record/sha256.hpp"
#include "support/pdf_writer.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <stdexcept>

namespace foia::ingest {
namespace {

namespace fs = std::filesystem;

TEST(ParseShard, AcceptsKOfNFromOne) {
  const struct {
    const char* text;
    int index;
    int count;
  } cases[] = {{"1/1", 1, 1}, {"1/3", 1, 3}, {"3/3", 3, 3}, {"17/256", 17, 256}};
  for (const auto& [text, index, count] : cases) {
    const Shard shard = parse_shard(text);
    EXPECT_EQ(shard.index, index) << text;
    EXPECT_EQ(shard.count, count) << text;
    EXPECT_EQ(to_string(shard), text);
  }
}

TEST(ParseShard, RejectsZeroBasedOutOfRangeAndMalformed) {
  for (const char* text : {"0/3", "4/3", "1/0", "0/0", "-1/3", "1/-3", "3", "/3", "1/", "a/b",
                           "1/3x", " 1/3", "1//3", "", "99999999999/3"}) {
    EXPECT_THROW(parse_shard(text), std::invalid_argument) << text;
  }
}

TEST(ShardOf, IsTheFirst64BitsModuloCountFromOne) {
  EXPECT_EQ(shard_of(std::string(64, '0'), 3), 1);
  // 0x000000000000000b = 11; 11 % 3 = 2, so shard 3.
  EXPECT_EQ(shard_of("000000000000000b" + std::string(48, 'f'), 3), 3);
  EXPECT_EQ(shard_of("ffffffffffffffff" + std::string(48, '0'), 4), 4);
  EXPECT_EQ(shard_of("", 3), 1) << "unreadable files go to shard 1";
  EXPECT_EQ(shard_of(std::string(64, 'f'), 1), 1);
}

TEST(ShardOf, SplitsManyDocumentsRoughlyEvenly) {
  constexpr int k_documents = 3000;
  for (const int count : {2, 3, 7}) {
    std::map<int, int> per_shard;
    for (int i = 0; i < k_documents; ++i) {
      record::Sha256 hash;
      hash.update("document " + std::to_string(i));
      ++per_shard[shard_of(hash.hex_digest(), count)];
    }
    ASSERT_EQ(static_cast<int>(per_shard.size()), count);
    const int even = k_documents / count;
    for (const auto& [shard, documents] : per_shard) {
      EXPECT_GE(shard, 1);
      EXPECT_LE(shard, count);
      EXPECT_NEAR(documents, even, even / 6) << "shard " << shard << " of " << count;
    }
  }
}

class SelectShardTest : public ::testing::Test {
protected:
  void SetUp() override {
    m_folder = test::make_temp_dir("foia-shard");
    for (int i = 0; i < 40; ++i) {
      const std::string path = m_folder + "/doc-" + std::to_string(i) + ".pdf";
      test::write_file(path, "%PDF-1.4 document " + std::to_string(i));
      m_batch.push_back(InputFile{path, InputFormat::pdf, {}, {}});
    }
    // Two copies of one file: same bytes, so the same shard.
    test::write_file(m_folder + "/copy.pdf", "%PDF-1.4 document 7");
    m_batch.push_back(InputFile{m_folder + "/copy.pdf", InputFormat::pdf, {}, {}});
    // Named on the command line but missing: cannot be hashed.
    m_batch.push_back(InputFile{m_folder + "/missing.pdf", InputFormat::pdf, "no such file", {}});
  }
  void TearDown() override { fs::remove_all(m_folder); }

  // path -> shard, over all shards of `count`.
  std::map<std::string, int> split(const std::vector<InputFile>& batch, int count,
                                   int threads = 1) {
    std::map<std::string, int> shard_of_path;
    for (int index = 1; index <= count; ++index) {
      const ShardSelection selection = select_shard(batch, Shard{index, count}, threads);
      EXPECT_EQ(selection.batch_files, batch.size());
      EXPECT_EQ(selection.files.size(), selection.positions.size());
      for (std::size_t i = 0; i < selection.files.size(); ++i) {
        const InputFile& file = selection.files[i];
        EXPECT_EQ(batch[selection.positions[i]].path, file.path) << "position of " << file.path;
        EXPECT_TRUE(shard_of_path.emplace(file.path, index).second)
            << file.path << " is in two shards";
        if (i > 0) {
          EXPECT_LT(selection.positions[i - 1], selection.positions[i]) << "batch order";
        }
      }
    }
    return shard_of_path;
  }

  std::string m_folder;
  std::vector<InputFile> m_batch;
};

TEST_F(SelectShardTest, EveryFileIsInExactlyOneShard) {
  for (const int count : {1, 2, 3, 5}) {
    const std::map<std::string, int> shards = split(m_batch, count);
    EXPECT_EQ(shards.size(), m_batch.size()) << count << " shards";
  }
}

TEST_F(SelectShardTest, DependsOnContentNotOnOrderOrPath) {
  const std::map<std::string, int> forward = split(m_batch, 3);
  std::vector<InputFile> reversed(m_batch.rbegin(), m_batch.rend());
  EXPECT_EQ(split(reversed, 3), forward);
  EXPECT_EQ(split(m_batch, 3, 4), forward) << "hashed on 4 threads";
  EXPECT_EQ(forward.at(m_folder + "/copy.pdf"), forward.at(m_folder + "/doc-7.pdf"));

  // The same bytes under other names, in another folder, land in the same shards.
  const std::string moved = test::make_temp_dir("foia-shard-moved");
  std::vector<InputFile> renamed;
  for (int i = 0; i < 40; ++i) {
    const std::string path = moved + "/renamed-" + std::to_string(39 - i) + ".pdf";
    test::write_file(path, "%PDF-1.4 document " + std::to_string(i));
    renamed.push_back(InputFile{path, InputFormat::pdf, {}, {}});
  }
  const std::map<std::string, int> renamed_shards = split(renamed, 3);
  for (int i = 0; i < 40; ++i) {
    EXPECT_EQ(renamed_shards.at(moved + "/renamed-" + std::to_string(39 - i) + ".pdf"),
              forward.at(m_folder + "/doc-" + std::to_string(i) + ".pdf"));
  }
  fs::remove_all(moved);
}

TEST_F(SelectShardTest, AnUnreadableFileGoesToShardOneWithoutAHash) {
  const ShardSelection first = select_shard(m_batch, Shard{1, 3});
  const auto missing = std::find_if(first.files.begin(), first.files.end(),
                                    [](const InputFile& file) { return !file.error.empty(); });
  ASSERT_NE(missing, first.files.end());
  EXPECT_EQ(missing->sha256, "");
  EXPECT_EQ(first.positions.back(), m_batch.size() - 1);
  for (const InputFile& file : first.files) {
    if (file.error.empty()) {
      EXPECT_EQ(file.sha256, record::sha256_file(file.path));
    }
  }
}

TEST_F(SelectShardTest, TheFingerprintIsTheBatchsWhicheverShard) {
  const std::string fingerprint = select_shard(m_batch, Shard{1, 3}).batch_fingerprint;
  EXPECT_EQ(fingerprint.size(), 64u);
  EXPECT_EQ(select_shard(m_batch, Shard{3, 3}, 3).batch_fingerprint, fingerprint);
  test::write_file(m_folder + "/doc-0.pdf", "%PDF-1.4 changed");
  EXPECT_NE(select_shard(m_batch, Shard{3, 3}).batch_fingerprint, fingerprint);
}

} // namespace
} // namespace foia::ingest
