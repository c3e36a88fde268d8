// Hostile input generated in the test (tests/support/hostile.hpp), through the foia executable:
// each case gets a document line with pages or an error a user understands, the batch goes on,
// and the exit status is the documented one. Small --page-timeout values keep the suite fast.
#include "support/hostile.hpp"
#include "support/pdf_writer.hpp"
#include "support/run_foia.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <filesystem>
#include <map>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace foia {
namespace {

namespace fs = std::filesystem;

class CliHostileTest : public ::testing::Test {
protected:
  void SetUp() override { m_folder = test::make_temp_dir("foia-hostile"); }
  void TearDown() override {
    std::error_code ignored;
    fs::permissions(m_folder, fs::perms::owner_all, fs::perm_options::add, ignored);
    fs::remove_all(m_folder);
  }

  std::string write(const std::string& name, const std::string& bytes) {
    const std::string path = m_folder + "/" + name;
    fs::create_directories(fs::path(path).parent_path());
    test::write_file(path, bytes);
    return path;
  }

  // A two-page text document, so a run around a hostile file shows the batch went on.
  std::string good_pdf(const std::string& name) { return write(name, test::many_pages_pdf(2)); }

  std::string m_folder;
};

std::map<std::string, const record::DocumentRecord*> by_name(const test::IngestRun& run) {
  std::map<std::string, const record::DocumentRecord*> documents;
  for (const record::DocumentRecord& document : run.documents) {
    documents[fs::path(document.path).filename().string()] = &document;
  }
  return documents;
}

int readable_pages(const test::IngestRun& run, const std::string& name) {
  int count = 0;
  for (const record::PageRecord& page : run.pages) {
    count += fs::path(page.path).filename() == name && !page.error &&
                     page.text.find("Secure Communities") != std::string::npos
                 ? 1
                 : 0;
  }
  return count;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST_F(CliHostileTest, RandomBytesBehindAPdfHeaderAndABrokenXrefTable) {
  good_pdf("a-good.pdf");
  write("b-random.pdf", test::random_bytes_behind_pdf_header(64 * 1024, 7));
  write("c-broken-xref.pdf", test::with_broken_xref(test::many_pages_pdf(3)));
  good_pdf("z-good.pdf");

  const test::IngestRun run = test::run_ingest({m_folder, "-j", "2", "--page-timeout", "10"});
  EXPECT_EQ(run.exit_status, 3) << run.err;
  const auto documents = by_name(run);
  ASSERT_EQ(documents.size(), 4u) << run.err;
  EXPECT_EQ(documents.at("b-random.pdf")->error.value_or("").rfind("damaged PDF: ", 0), 0u)
      << documents.at("b-random.pdf")->error.value_or("(no error)");
  EXPECT_EQ(documents.at("b-random.pdf")->pages, 0);
  // Offsets that point nowhere: Poppler rebuilds the table by scanning, and every page is read.
  EXPECT_EQ(documents.at("c-broken-xref.pdf")->pages, 3)
      << documents.at("c-broken-xref.pdf")->error.value_or("");
  EXPECT_EQ(readable_pages(run, "c-broken-xref.pdf"), 3);
  EXPECT_EQ(readable_pages(run, "a-good.pdf"), 2);
  EXPECT_EQ(readable_pages(run, "z-good.pdf"), 2);
  EXPECT_TRUE(contains(run.err, "foia: warning: " + m_folder + "/b-random.pdf: damaged PDF"))
      << run.err;
}

TEST_F(CliHostileTest, HugePageIsRenderedAtALowerDpiAndTheRecordSaysSo) {
  test::PdfPage page;
  page.width_points = 20000;
  page.height_points = 20000;
  const std::string path = write("huge.pdf", test::make_pdf({page}));

  const test::IngestRun run = test::run_ingest({path, "--page-timeout", "60"});
  EXPECT_EQ(run.exit_status, 0) << run.err;
  ASSERT_EQ(run.pages.size(), 1u) << run.err;
  const record::PageRecord& only = run.pages[0];
  EXPECT_FALSE(only.error) << *only.error;
  // 80,000,000 pixels over 278 x 278 inches leaves 32 dpi.
  EXPECT_NE(std::find(only.notes.begin(), only.notes.end(),
                      "rendered at 32 dpi instead of 300 (page is 278x278 in, over the pixel cap)"),
            only.notes.end())
      << testing::PrintToString(only.notes);
}

TEST_F(CliHostileTest, MaxPagesCapOnAThousandPageDocumentIsRecorded) {
  const std::string path = write("long.pdf", test::many_pages_pdf(1000));
  const test::IngestRun run = test::run_ingest({path, "--max-pages", "100", "-j", "2"});
  ASSERT_EQ(run.documents.size(), 1u) << run.err;
  EXPECT_EQ(run.documents[0].pages, 100);
  EXPECT_EQ(run.documents[0].error,
            "document has 1000 pages; only the first 100 are read (--max-pages)");
  EXPECT_EQ(run.pages.size(), 100u);
  EXPECT_EQ(run.exit_status, 3) << "pages were left unread, as `report --fail-on errors` counts";
  EXPECT_TRUE(contains(run.err, "long.pdf: document has 1000 pages")) << run.err;
}

TEST_F(CliHostileTest, DeeplyNestedObjectsAndALoopingPageTree) {
  write("a-nested-content.pdf", test::deeply_nested_pdf(50'000, false));
  write("b-nested-page.pdf", test::deeply_nested_pdf(50'000, true));
  write("c-loop.pdf", test::looping_page_tree_pdf());
  good_pdf("z-good.pdf");

  // The timeout only guards against a hang: the 50,000-deep nest takes over 10 s under a
  // sanitizer on a loaded machine (a CI run on a clean clone once timed out at 10).
  const test::IngestRun run = test::run_ingest({m_folder, "-j", "2", "--page-timeout", "120"});
  const auto documents = by_name(run);
  ASSERT_EQ(documents.size(), 4u) << run.err;
  EXPECT_FALSE(contains(run.err, "crashed")) << run.err;
  EXPECT_FALSE(contains(run.err, "timed out")) << run.err;
  std::map<std::string, const record::PageRecord*> first_pages;
  for (const record::PageRecord& page : run.pages) {
    if (page.page == 1) {
      first_pages[fs::path(page.path).filename().string()] = &page;
    }
  }
  ASSERT_EQ(first_pages.size(), 4u);
  // Poppler stops at its nesting limit and skips the rest of the nest; the text beside it reads.
  EXPECT_EQ(documents.at("a-nested-content.pdf")->pages, 1);
  EXPECT_EQ(first_pages.at("a-nested-content.pdf")->text, "Deeply nested but readable");
  // A nest inside the page dictionary takes the page's /Contents with it: the page is empty,
  // and its record says it is damaged rather than blank.
  const record::PageRecord& cut = *first_pages.at("b-nested-page.pdf");
  EXPECT_EQ(cut.text, "");
  ASSERT_EQ(cut.notes.size(), 1u) << testing::PrintToString(cut.notes);
  EXPECT_EQ(cut.notes[0].rfind("damaged page: the PDF library reported: ", 0), 0u) << cut.notes[0];
  // The looping tree holds one real page; the kids that lead back round (its /Count says 3) are
  // pages that cannot be read, and the first such says why.
  EXPECT_EQ(documents.at("c-loop.pdf")->pages, 3) << documents.at("c-loop.pdf")->error.value_or("");
  EXPECT_EQ(first_pages.at("c-loop.pdf")->text, "Loop");
  EXPECT_TRUE(
      contains(run.err, "c-loop.pdf (page 2): page 2 could not be read (Loop in Pages tree"))
      << run.err;
  EXPECT_EQ(readable_pages(run, "z-good.pdf"), 2);
}

TEST_F(CliHostileTest, ImageThatDecompressesToGigabytesIsBounded) {
  // 50,000 x 50,000 gray pixels: 2.5 GB of zeros from about 2.4 MB of file.
  const std::string path = write("a-bomb.pdf", test::flate_bomb_pdf(50'000, 50'000));
  EXPECT_LT(fs::file_size(path), 8u << 20);
  good_pdf("z-good.pdf");

  const test::IngestRun run = test::run_ingest({m_folder, "-j", "2", "--page-timeout", "5"});
  const auto documents = by_name(run);
  ASSERT_EQ(documents.size(), 2u) << run.err;
  EXPECT_EQ(documents.at("a-bomb.pdf")->pages, 1);
  ASSERT_FALSE(run.pages.empty());
  const record::PageRecord& bomb = run.pages[0];
  if (bomb.error) {
    EXPECT_TRUE(contains(*bomb.error, "timed out") || contains(*bomb.error, "out of memory"))
        << *bomb.error;
  }
  EXPECT_EQ(readable_pages(run, "z-good.pdf"), 2);
  // No process of the run, workers included, came near the size of the decompressed image.
  rusage usage{};
  ASSERT_EQ(::getrusage(RUSAGE_CHILDREN, &usage), 0);
  EXPECT_LT(usage.ru_maxrss, 1L << 20) << "KiB; the image alone is 2.5 GB";
}

TEST_F(CliHostileTest, ImagesWhoseHeadersLieAboutTheirSize) {
  write("a-huge.tiff", test::lying_tiff(100'000, 100'000, 8));
  write("b-strip-past-end.tiff", test::lying_tiff(1000, 1000, 1u << 30));
  write("c-huge.png", test::lying_png(100'000, 100'000));
  write("d-under-the-cap.png", test::lying_png(20'000, 19'000));
  write("e-huge.jpg", test::lying_jpeg(65'000, 65'000));
  write("f-under-the-cap.jpg", test::lying_jpeg(19'000, 19'000));
  good_pdf("z-good.pdf");

  const test::IngestRun run = test::run_ingest({m_folder, "-j", "2", "--page-timeout", "10"});
  EXPECT_EQ(run.exit_status, 3) << run.err;
  const auto documents = by_name(run);
  ASSERT_EQ(documents.size(), 7u) << run.err;
  const auto error_of = [&documents](const std::string& name) {
    return documents.at(name)->error.value_or("");
  };
  EXPECT_EQ(error_of("a-huge.tiff"),
            "image is 100000x100000 px, over the limit of 400000000 pixels");
  EXPECT_EQ(error_of("c-huge.png"),
            "image is 100000x100000 px, over the limit of 400000000 pixels");
  EXPECT_EQ(error_of("e-huge.jpg"), "image is 65000x65000 px, over the limit of 400000000 pixels");
  // Headers under the cap: the missing pixels show when the page is decoded.
  std::map<std::string, const record::PageRecord*> pages;
  for (const record::PageRecord& page : run.pages) {
    pages[fs::path(page.path).filename().string()] = &page;
  }
  for (const char* name : {"b-strip-past-end.tiff", "d-under-the-cap.png", "f-under-the-cap.jpg"}) {
    const std::string document_error = error_of(name);
    if (!document_error.empty()) {
      EXPECT_FALSE(contains(document_error, "worker")) << name << ": " << document_error;
      continue;
    }
    ASSERT_TRUE(pages.count(name)) << name;
    EXPECT_TRUE(pages.at(name)->error) << name << " decoded from pixels that are not there";
    EXPECT_FALSE(contains(pages.at(name)->error.value_or(""), "crashed"))
        << name << ": " << *pages.at(name)->error;
  }
  EXPECT_EQ(readable_pages(run, "z-good.pdf"), 2);
}

TEST_F(CliHostileTest, UnreadableFileInAFolder) {
  if (::geteuid() == 0) {
    GTEST_SKIP() << "running as root, where chmod 000 does not stop reading; the FIFO and "
                    "folder cases below fail for root too";
  }
  const std::string locked = good_pdf("a-locked.pdf");
  good_pdf("b-closed/inside.pdf");
  good_pdf("z-good.pdf");
  fs::permissions(locked, fs::perms::none);
  fs::permissions(m_folder + "/b-closed", fs::perms::none);
  const test::IngestRun run = test::run_ingest({m_folder});
  fs::permissions(m_folder + "/b-closed", fs::perms::owner_all);
  EXPECT_EQ(run.exit_status, 3) << run.err;
  const auto documents = by_name(run);
  ASSERT_EQ(documents.size(), 2u) << run.err;
  EXPECT_EQ(documents.at("a-locked.pdf")->error, "cannot open: Permission denied");
  EXPECT_TRUE(contains(run.err, "foia: notice: " + m_folder +
                                    "/b-closed: skipped: cannot read folder: Permission denied"))
      << run.err;
  EXPECT_EQ(readable_pages(run, "z-good.pdf"), 2);
}

TEST_F(CliHostileTest, FifoAndFolderNamedLikePdfsDoNotBlockTheRun) {
  const std::string fifo = m_folder + "/in/b-pipe.pdf";
  fs::create_directories(m_folder + "/in/c-folder.pdf");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  good_pdf("in/a-good.pdf");
  good_pdf("in/c-folder.pdf/inside.pdf");
  const std::string direct_fifo = m_folder + "/direct.pdf";
  ASSERT_EQ(::mkfifo(direct_fifo.c_str(), 0600), 0);

  // No writer ever opens either FIFO: reading one would wait forever.
  const test::IngestRun run =
      test::run_ingest({m_folder + "/in", direct_fifo, "--page-timeout", "5"});
  EXPECT_EQ(run.exit_status, 3) << run.err;
  const auto documents = by_name(run);
  EXPECT_EQ(documents.count("b-pipe.pdf"), 0u) << "a FIFO in a folder is passed over";
  EXPECT_TRUE(contains(run.err, "foia: notice: " + fifo + ": skipped: not a regular file"))
      << run.err;
  ASSERT_EQ(documents.count("direct.pdf"), 1u) << run.err;
  EXPECT_EQ(documents.at("direct.pdf")->error, "not a regular file (a FIFO)");
  EXPECT_EQ(readable_pages(run, "a-good.pdf"), 2);
  EXPECT_EQ(readable_pages(run, "inside.pdf"), 2) << "a folder named x.pdf is walked";
}

// The child gets a file size limit and ignores SIGXFSZ, so writing past the limit fails with
// EFBIG as on a full disk, instead of killing the process.
std::function<void()> file_size_limit(rlim_t bytes) {
  return [bytes] {
    std::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{bytes, bytes};
    ::setrlimit(RLIMIT_FSIZE, &limit);
  };
}

TEST_F(CliHostileTest, FullDiskUnderIngestIsFatalAndLeavesThePreviousOutput) {
  const std::string input = write("long.pdf", test::many_pages_pdf(400));
  const std::string output = m_folder + "/out/records.jsonl";
  fs::create_directories(m_folder + "/out");
  test::write_file(output, "previous complete output\n");

  const test::RunResult limited =
      test::run_foia({"ingest", input, "-o", output, "-q"}, {}, file_size_limit(64 * 1024));
  EXPECT_EQ(limited.exit_status, 1) << limited.err;
  EXPECT_TRUE(contains(limited.err, "foia: error: " + output + ": write failed: File too large"))
      << limited.err;
  EXPECT_EQ(test::read_file(output), "previous complete output\n");
  for (const auto& entry : fs::directory_iterator(m_folder + "/out")) {
    EXPECT_EQ(entry.path().filename(), "records.jsonl") << "left behind: " << entry.path();
  }

  const test::RunResult device = test::run_foia({"ingest", input, "-o", "/dev/full", "-q"});
  EXPECT_EQ(device.exit_status, 1);
  EXPECT_TRUE(contains(device.err, "foia: error: /dev/full: write failed: No space left on device"))
      << device.err;

  const test::RunResult piped = test::run_foia({"ingest", input, "-q"}, {}, [] {
    const int full = ::open("/dev/full", O_WRONLY);
    ::dup2(full, STDOUT_FILENO);
  });
  EXPECT_EQ(piped.exit_status, 1);
  EXPECT_TRUE(contains(piped.err, "foia: error: -: write failed: No space left on device"))
      << piped.err;
}

TEST_F(CliHostileTest, FullDiskUnderRunIsFatalAndLeavesThePreviousRun) {
  const std::string small = write("small/memo.pdf", test::many_pages_pdf(2));
  const std::string out = m_folder + "/out";
  const test::RunResult first = test::run_foia({"run", small, "--out", out, "-q", "--no-cache"});
  ASSERT_EQ(first.exit_status, 0) << first.err;
  std::map<std::string, std::string> before;
  for (const char* name : {"records.jsonl", "tags.jsonl", "summary.json"}) {
    before[name] = test::read_file(out + "/" + name);
  }

  const std::string large = write("large/long.pdf", test::many_pages_pdf(400));
  const test::RunResult limited = test::run_foia({"run", large, "--out", out, "-q", "--no-cache"},
                                                 {}, file_size_limit(64 * 1024));
  EXPECT_EQ(limited.exit_status, 1) << limited.err;
  EXPECT_TRUE(contains(limited.err, "foia: error: " + out +
                                        "/records.jsonl: write failed: File "
                                        "too large"))
      << limited.err;
  for (const auto& [name, bytes] : before) {
    EXPECT_EQ(test::read_file(out + "/" + name), bytes) << name << " changed";
  }
  for (const auto& entry : fs::directory_iterator(out)) {
    EXPECT_TRUE(before.count(entry.path().filename().string())) << "left behind: " << entry.path();
  }
}

} // namespace
} // namespace foia
