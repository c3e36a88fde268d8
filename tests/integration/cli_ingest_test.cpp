// `foia ingest` end to end through the executable: bad input, exit statuses, atomic output.
#include "foia/record/record.hpp"

#include "support/pdf_writer.hpp"
#include "support/run_foia.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>

namespace foia {
namespace {

namespace fs = std::filesystem;

class CliIngestTest : public ::testing::Test {
protected:
  void SetUp() override { m_folder = test::make_temp_dir("foia-cli"); }
  void TearDown() override { fs::remove_all(m_folder); }

  std::string good_pdf(const std::string& name) {
    test::PdfPage page;
    for (int i = 0; i < 20; ++i) {
      page.lines.push_back("Participation in Secure Communities is voluntary, line " +
                           std::to_string(i));
    }
    const std::string path = m_folder + "/" + name;
    test::write_file(path, test::make_pdf({page, page}));
    return path;
  }

  std::string m_folder;
};

std::vector<record::ParsedRecord> parse_all(const std::string& text) {
  std::vector<record::ParsedRecord> records;
  for (const std::string& line : test::split_lines(text)) {
    records.push_back(record::parse_record_line(line));
  }
  return records;
}

TEST_F(CliIngestTest, BadFilesGetErrorLinesAndTheRestOfTheBatchIsIntact) {
  const std::string good = good_pdf("a-good.pdf");
  const std::string bytes = test::read_file(good);
  test::write_file(m_folder + "/b-empty.pdf", "");
  test::write_file(m_folder + "/c-text.pdf", "Dear FOIA officer, this is not a PDF.\n");
  for (const std::size_t cut : {9u, 200u, 600u}) {
    test::write_file(m_folder + "/d-truncated-" + std::to_string(cut) + ".pdf",
                     bytes.substr(0, cut));
  }
  const std::string last = good_pdf("z-good.pdf");

  const test::RunResult run = test::run_foia({"ingest", m_folder, "-o", "-", "-j", "2"});
  EXPECT_EQ(run.exit_status, 3) << run.err;
  const auto records = parse_all(run.out);
  std::map<std::string, std::optional<std::string>> errors;
  int good_pages = 0;
  for (const auto& parsed : records) {
    if (parsed.document) {
      errors[fs::path(parsed.document->path).filename().string()] = parsed.document->error;
    } else if (!parsed.page->error && parsed.page->text.find("voluntary") != std::string::npos) {
      ++good_pages;
    }
  }
  EXPECT_EQ(good_pages, 4) << "both good documents keep both pages";
  EXPECT_FALSE(errors["a-good.pdf"]);
  EXPECT_FALSE(errors["z-good.pdf"]);
  EXPECT_EQ(errors["b-empty.pdf"], "empty file (0 bytes)");
  EXPECT_EQ(errors["c-text.pdf"], "not a PDF: no %PDF header");
  for (const char* truncated :
       {"d-truncated-9.pdf", "d-truncated-200.pdf", "d-truncated-600.pdf"}) {
    // Poppler may rebuild what survives of a truncated file; if it cannot, the line says why.
    if (errors[truncated]) {
      EXPECT_NE(errors[truncated]->find("PDF"), std::string::npos) << *errors[truncated];
    }
  }
  EXPECT_TRUE(errors["d-truncated-9.pdf"]) << "9 bytes hold no PDF at all";
  EXPECT_NE(run.err.find("foia: warning: " + m_folder + "/b-empty.pdf: empty file (0 bytes)"),
            std::string::npos)
      << run.err;
}

TEST_F(CliIngestTest, EncryptedPdfNeedingAPasswordIsReportedAsSuch) {
  const std::string plain = good_pdf("plain.pdf");
  const std::string locked = m_folder + "/locked.pdf";
  const std::string command = "qpdf --encrypt secret owner 256 -- '" + plain + "' '" + locked + "'";
  if (std::system(command.c_str()) != 0) {
    GTEST_SKIP() << "qpdf is not installed";
  }
  const std::string open_copy = m_folder + "/owner-only.pdf";
  const std::string owner_only =
      "qpdf --encrypt '' owner 256 --extract=n -- '" + plain + "' '" + open_copy + "'";
  ASSERT_EQ(std::system(owner_only.c_str()), 0);

  const test::RunResult run = test::run_foia({"ingest", locked, open_copy});
  EXPECT_EQ(run.exit_status, 3);
  const auto records = parse_all(run.out);
  ASSERT_EQ(records.size(), 1u + 1 + 2);
  EXPECT_EQ(records[0].document->error, "encrypted PDF: a password is required");
  EXPECT_TRUE(records[0].document->encrypted);
  EXPECT_FALSE(records[1].document->error) << "an owner password alone does not stop reading";
  EXPECT_TRUE(records[1].document->encrypted);
  EXPECT_NE(records[2].page->text.find("voluntary"), std::string::npos);
}

TEST_F(CliIngestTest, AllReadIsExitZeroAndOutputFileIsComplete) {
  const std::string good = good_pdf("memo.pdf");
  const std::string output = m_folder + "/records.jsonl";
  const test::RunResult run = test::run_foia({"ingest", good, "-o", output});
  EXPECT_EQ(run.exit_status, 0) << run.err;
  EXPECT_TRUE(run.out.empty());
  EXPECT_EQ(parse_all(test::read_file(output)).size(), 3u);
  for (const auto& entry : fs::directory_iterator(m_folder)) {
    EXPECT_EQ(entry.path().string().find(".tmp-"), std::string::npos)
        << "left behind: " << entry.path();
  }
}

TEST_F(CliIngestTest, UnwritableOutputIsAFatalErrorNamingIt) {
  const std::string good = good_pdf("memo.pdf");
  const test::RunResult run =
      test::run_foia({"ingest", good, "-o", m_folder + "/no/such/dir/r.jsonl"});
  EXPECT_EQ(run.exit_status, 1);
  EXPECT_NE(run.err.find("foia: error: " + m_folder + "/no/such/dir/r.jsonl: cannot create"),
            std::string::npos)
      << run.err;
}

TEST_F(CliIngestTest, UsageErrorsExitTwo) {
  EXPECT_EQ(test::run_foia({"ingest"}).exit_status, 2);
  EXPECT_EQ(test::run_foia({"ingest", "x.pdf", "--ocr", "sometimes"}).exit_status, 2);
  EXPECT_EQ(test::run_foia({"frobnicate"}).exit_status, 2);
  EXPECT_EQ(test::run_foia({"ingest", "--help"}).exit_status, 0);
}

TEST_F(CliIngestTest, HelpAndVersionWork) {
  const test::RunResult help = test::run_foia({"--help"});
  EXPECT_EQ(help.exit_status, 0);
  EXPECT_NE(help.out.find("ingest"), std::string::npos);
  const test::RunResult version = test::run_foia({"--version"});
  EXPECT_EQ(version.exit_status, 0);
  EXPECT_TRUE(version.out.starts_with("foia ")) << version.out;
  const test::RunResult ingest_help = test::run_foia({"ingest", "--help"});
  EXPECT_NE(ingest_help.out.find("Example:"), std::string::npos);
}

} // namespace
} // namespace foia
