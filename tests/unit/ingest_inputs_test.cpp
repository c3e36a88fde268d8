#include "foia/ingest/inputs.hpp"

#include "support/pdf_writer.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace foia::ingest {
namespace {

namespace fs = std::filesystem;

TEST(InputFormat, ComesFromTheExtensionCaseInsensitively) {
  const struct {
    const char* path;
    InputFormat expected;
  } cases[] = {
      {"memo.pdf", InputFormat::pdf},     {"COVER LETTER.PDF", InputFormat::pdf},
      {"scan.tif", InputFormat::image},   {"scan.TIFF", InputFormat::image},
      {"photo.jpeg", InputFormat::image}, {"photo.JPG", InputFormat::image},
      {"page.png", InputFormat::image},   {"notes.txt", InputFormat::unknown},
      {"pdf", InputFormat::unknown},      {"archive.pdf.zip", InputFormat::unknown},
  };
  for (const auto& [path, expected] : cases) {
    EXPECT_EQ(format_from_extension(path), expected) << path;
  }
}

class InputScanTest : public ::testing::Test {
protected:
  void SetUp() override { m_folder = test::make_temp_dir("foia-inputs"); }
  void TearDown() override { fs::remove_all(m_folder); }
  std::string touch(const std::string& relative, const std::string& bytes = "%PDF-1.4") {
    const fs::path path = fs::path(m_folder) / relative;
    fs::create_directories(path.parent_path());
    test::write_file(path.string(), bytes);
    return path.string();
  }
  std::string m_folder;
};

TEST_F(InputScanTest, WalksFoldersRecursivelyInSortedOrderAndNotesTheRest) {
  touch("b/2.pdf");
  touch("b/10.pdf");
  touch("a.tiff", "II*");
  touch("c/notes.txt", "hello");
  touch("c/d/scan.PNG", "\x89PNG");
  const InputScan scan = scan_inputs({m_folder});
  std::vector<std::string> found;
  for (const InputFile& file : scan.files) {
    found.push_back(fs::relative(file.path, m_folder).string());
  }
  EXPECT_EQ(found, (std::vector<std::string>{"a.tiff", "b/10.pdf", "b/2.pdf", "c/d/scan.PNG"}));
  ASSERT_EQ(scan.notices.size(), 1u);
  EXPECT_NE(scan.notices[0].find("notes.txt: skipped: not a PDF or image"), std::string::npos);
}

TEST_F(InputScanTest, NamedFilesKeepTheirOrderAndProblemsBecomeErrors) {
  const std::string second = touch("z.pdf");
  const std::string first = touch("a.pdf");
  const std::string sniffed = touch("download", "%PDF-1.7 rest");
  const std::string text = touch("readme", "just text");
  const InputScan scan = scan_inputs({second, first, m_folder + "/missing.pdf", sniffed, text});
  ASSERT_EQ(scan.files.size(), 5u);
  EXPECT_EQ(scan.files[0].path, second);
  EXPECT_EQ(scan.files[1].path, first);
  EXPECT_EQ(scan.files[2].error, "no such file");
  EXPECT_EQ(scan.files[3].format, InputFormat::pdf);
  EXPECT_TRUE(scan.files[3].error.empty());
  EXPECT_EQ(scan.files[4].error, "not a PDF or image (TIFF, PNG, JPEG)");
}

TEST_F(InputScanTest, SymlinkLoopsAndBrokenLinksDoNotTrapTheWalk) {
  touch("docs/memo.pdf");
  fs::create_directory_symlink(m_folder, fs::path(m_folder) / "docs" / "loop");
  fs::create_symlink(fs::path(m_folder) / "gone.pdf", fs::path(m_folder) / "docs" / "dangling.pdf");
  const InputScan scan = scan_inputs({m_folder});
  ASSERT_EQ(scan.files.size(), 1u);
  EXPECT_NE(scan.files[0].path.find("memo.pdf"), std::string::npos);
  ASSERT_EQ(scan.notices.size(), 1u);
  EXPECT_NE(scan.notices[0].find("dangling.pdf: skipped: broken link"), std::string::npos);
}

TEST_F(InputScanTest, FileNamesWithSpacesQuotesAndNonAsciiAreKeptAsIs) {
  const std::string odd = touch("m\xC3\xA9mo \"draft\" 'v2'.pdf");
  const InputScan scan = scan_inputs({m_folder});
  ASSERT_EQ(scan.files.size(), 1u);
  EXPECT_EQ(scan.files[0].path, odd);
}

} // namespace
} // namespace foia::ingest
