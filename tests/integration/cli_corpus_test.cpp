// The shared corpora beside the checkout (../shared/corpus): real FOIA releases and broken PDFs.
// Skipped, with a message, when the folder is absent, so the repository also tests standalone.
#include "foia/record/record.hpp"

#include "support/run_foia.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>

namespace foia {
namespace {

namespace fs = std::filesystem;

const std::string k_real = std::string(FOIA_SHARED_CORPUS) + "/real";
const std::string k_malformed = std::string(FOIA_SHARED_CORPUS) + "/malformed";

struct Ingested {
  int exit_status = 0;
  std::string err;
  std::vector<record::DocumentRecord> documents;
  std::map<int, record::PageRecord> pages; // by page number, for single-document runs
};

Ingested ingest(const std::vector<std::string>& arguments) {
  std::vector<std::string> quiet = {"-q"};
  quiet.insert(quiet.end(), arguments.begin(), arguments.end());
  test::IngestRun run = test::run_ingest(quiet);
  Ingested out{run.exit_status, std::move(run.err), std::move(run.documents), {}};
  for (record::PageRecord& page : run.pages) {
    out.pages[page.page] = std::move(page);
  }
  return out;
}

#define REQUIRE_CORPUS(folder)                                                                     \
  if (!fs::exists(folder)) {                                                                       \
    GTEST_SKIP() << "shared corpus not found at " << folder;                                       \
  }

TEST(MalformedCorpus, EveryFileGetsADocumentLineAndNothingHangsOrCrashes) {
  REQUIRE_CORPUS(k_malformed);
  std::size_t pdfs = 0;
  for (const auto& entry : fs::directory_iterator(k_malformed)) {
    pdfs += entry.path().extension() == ".pdf" ? 1u : 0u;
  }
  const Ingested run = ingest({k_malformed, "--page-timeout", "5", "-j", "2"});
  EXPECT_EQ(run.exit_status, 3) << run.err;
  ASSERT_EQ(run.documents.size(), pdfs);
  std::map<std::string, const record::DocumentRecord*> by_name;
  for (const record::DocumentRecord& document : run.documents) {
    by_name[fs::path(document.path).filename().string()] = &document;
    if (document.error) {
      EXPECT_FALSE(document.error->empty());
    } else {
      EXPECT_GT(document.pages, 0) << document.path;
    }
  }
  const auto error_of = [&by_name](const std::string& name) {
    const auto* document = by_name.at(name);
    return document->error.value_or("");
  };
  EXPECT_EQ(error_of("qpdf_enc-R6V5-AES256_userpw-view.pdf"),
            "encrypted PDF: a password is required");
  EXPECT_TRUE(by_name.at("qpdf_enc-R6V5-AES256_userpw-view.pdf")->encrypted);
  EXPECT_EQ(error_of("qpdf_bad1.pdf"), "not a PDF: no %PDF header");
  EXPECT_EQ(error_of("qpdf_V4-aes_nouserpw.pdf"), "") << "an empty user password opens";
  EXPECT_EQ(by_name.at("qpdf_V4-aes_nouserpw.pdf")->pages, 30);
  EXPECT_EQ(error_of("qpdf_empty-zero-pages.pdf").rfind("PDF has no pages", 0), 0u);
  EXPECT_EQ(error_of("pdfjs_poppler-85140-0.pdf").rfind("PDF has no pages", 0), 0u)
      << "a page count of 213,804,087 is not believed";
  EXPECT_NE(error_of("pdfjs_Brotli-Prototype-FileA.pdf").find("BrotliDecode"), std::string::npos);
  // The files that make pdfinfo and pdftotext hang cost one page each, with a clear reason.
  EXPECT_NE(run.err.find("pdfjs_bomb_giant.pdf (page 1): timed out after 5 s"), std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("qpdf_shared-unnamed-field.pdf (page 1): timed out"), std::string::npos);
}

TEST(RealCorpus, ScannedAgreementWithAFewTypedFieldsIsOcrdNotSkipped) {
  REQUIRE_CORPUS(k_real);
  const Ingested run =
      ingest({k_real + "/ice_287g_WSO_DeWittCoTX_2025-02-26.pdf", "--max-pages", "2", "-j", "2"});
  ASSERT_EQ(run.pages.size(), 2u) << run.err;
  for (const auto& [number, page] : run.pages) {
    EXPECT_EQ(page.method, record::Method::ocr) << "page " << number;
    EXPECT_GT(page.text.size(), 1500u) << "page " << number << " lost its body";
  }
  EXPECT_NE(run.pages.at(1).text.find("MEMORANDUM OF AGREEMENT"), std::string::npos);
}

TEST(RealCorpus, OwnerPasswordOnlyAes256AgreementIsRead) {
  REQUIRE_CORPUS(k_real);
  const Ingested run =
      ingest({k_real + "/ice_287g_TFM_LawrenceCoAL_2025-06-18_encrypted.pdf", "--max-pages", "2"});
  ASSERT_EQ(run.documents.size(), 1u);
  EXPECT_TRUE(run.documents[0].encrypted);
  EXPECT_NE(run.documents[0].error.value_or("").find("14 pages"), std::string::npos)
      << "only the cap, not the encryption, is reported";
  ASSERT_EQ(run.pages.size(), 2u);
  EXPECT_NE(run.pages.at(1).text.find("MEMORANDUM OF AGREEMENT"), std::string::npos);
}

TEST(RealCorpus, TextListWhoseLastPagesAreEmptyKeepsItsTextAndMarksTheRestBlank) {
  REQUIRE_CORPUS(k_real);
  const Ingested run = ingest({k_real + "/ice_foia_detaineedeaths_2003-2017.pdf", "-j", "2"});
  ASSERT_EQ(run.pages.size(), 35u) << run.err;
  for (int page = 1; page <= 17; ++page) {
    EXPECT_EQ(run.pages.at(page).method, record::Method::text) << "page " << page;
  }
  for (int page = 18; page <= 35; ++page) {
    EXPECT_EQ(run.pages.at(page).method, record::Method::none) << "page " << page;
    EXPECT_EQ(run.pages.at(page).text, "");
  }
}

TEST(RealCorpus, ExemptionMarksThatExistOnlyInTheScanAreRecovered) {
  REQUIRE_CORPUS(k_real);
  const Ingested run = ingest({k_real + "/ntsb_foia_email_2-001_engine_health.pdf", "-j", "2"});
  ASSERT_EQ(run.pages.size(), 2u) << run.err;
  EXPECT_EQ(run.pages.at(1).method, record::Method::ocr);
  EXPECT_NE(run.pages.at(1).text.find("(b)("), std::string::npos) << run.pages.at(1).text;
  EXPECT_NE(run.pages.at(2).text.find("Sent Date"), std::string::npos)
      << "a page whose text layer is only spaces is still read";
}

} // namespace
} // namespace foia
