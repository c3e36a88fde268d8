#include "foia/record/io.hpp"
#include "foia/record/record.hpp"
#include "foia/record/sha256.hpp"
#include "foia/record/tag.hpp"

#include "support/pdf_writer.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace foia::record {
namespace {

TEST(Sha256, MatchesPublishedVectors) {
  const struct {
    std::string input;
    std::string digest;
  } cases[] = {
      {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
      {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
      {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
      {std::string(1000000, 'a'),
       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
  };
  for (const auto& [input, digest] : cases) {
    Sha256 hash;
    hash.update(input);
    EXPECT_EQ(hash.hex_digest(), digest) << "input of " << input.size() << " bytes";
  }
}

TEST(Sha256, SplitUpdatesGiveTheSameDigest) {
  const std::string input(200, 'x');
  Sha256 whole;
  whole.update(input);
  Sha256 pieces;
  for (std::size_t i = 0; i < input.size(); i += 7) {
    pieces.update(std::string_view(input).substr(i, 7));
  }
  EXPECT_EQ(whole.hex_digest(), pieces.hex_digest());
}

TEST(Utf8, InvalidBytesBecomeReplacementCharacters) {
  const struct {
    std::string input;
    std::string expected;
  } cases[] = {
      {"plain", "plain"},
      {"caf\xC3\xA9", "caf\xC3\xA9"},
      {"bad \xFF byte", "bad \xEF\xBF\xBD byte"},
      {"cut \xE2\x80", "cut \xEF\xBF\xBD\xEF\xBF\xBD"},
      {"overlong \xC0\xAF", "overlong \xEF\xBF\xBD\xEF\xBF\xBD"},
      {"surrogate \xED\xA0\x80", "surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
      {std::string("nul \0 kept", 10), std::string("nul \0 kept", 10)},
  };
  for (const auto& [input, expected] : cases) {
    EXPECT_EQ(sanitize_utf8(input), expected);
  }
  EXPECT_EQ(count_chars("caf\xC3\xA9"), 4u);
}

TEST(PageRecord, RoundTripsThroughJson) {
  PageRecord page;
  page.doc = std::string(64, 'a');
  page.path = "scans/memo \"1\".pdf";
  page.page = 3;
  page.method = Method::ocr;
  page.text = "Secure Communities\nline two";
  page.confidence = 91.5;
  page.notes = {"rendered at 150 dpi instead of 300"};
  const std::string line = to_json_line(page);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  EXPECT_TRUE(line.starts_with(R"({"kind":"page","doc":")"));
  const ParsedRecord parsed = parse_record_line(line);
  ASSERT_TRUE(parsed.page);
  EXPECT_EQ(parsed.page->path, page.path);
  EXPECT_EQ(parsed.page->page, 3);
  EXPECT_EQ(parsed.page->method, Method::ocr);
  EXPECT_EQ(parsed.page->text, page.text);
  EXPECT_EQ(parsed.page->confidence, 91.5);
  EXPECT_EQ(parsed.page->notes, page.notes);
  EXPECT_FALSE(parsed.page->error);
}

TEST(DocumentRecord, RoundTripsWithErrorAndMetadata) {
  DocumentRecord document;
  document.path = "broken.pdf";
  document.format = "pdf";
  document.error = "not a PDF: no %PDF header";
  document.metadata.title = "Secure Communities";
  const ParsedRecord parsed = parse_record_line(to_json_line(document));
  ASSERT_TRUE(parsed.document);
  EXPECT_EQ(parsed.document->error, document.error);
  EXPECT_EQ(parsed.document->metadata.title, "Secure Communities");
  EXPECT_EQ(parsed.document->pages, 0);
}

TEST(Records, MalformedLinesAreRejectedWithAReason) {
  const char* cases[] = {
      "",
      "not json",
      "[1,2]",
      R"({"kind":"page"})",
      R"({"kind":"chapter","doc":"x"})",
      R"({"kind":"page","doc":"x","path":"p","page":1,"method":"magic","text":""})",
      R"({"kind":"page","doc":"x","path":"p","page":"one","method":"text","text":""})",
      R"({"kind":"page","doc":"x","path":"p","page":8.9e30,"method":"text","text":""})",
      R"({"kind":"page","doc":"x","path":"p","page":-3,"method":"text","text":""})",
      R"({"kind":"page","doc":"x","path":"p","page":99999999999,"method":"text","text":""})",
      R"({"kind":"document","doc":"x","path":"p","pages":1e999})",
  };
  for (const char* line : cases) {
    EXPECT_THROW(parse_record_line(line), std::runtime_error) << line;
  }
}

TEST(Tag, RoundTripsExtrasAfterCommonKeys) {
  Tag tag;
  tag.kind = "optout";
  tag.doc = "d";
  tag.path = "memo.pdf";
  tag.page = 1;
  tag.line = 4;
  tag.start = 10;
  tag.end = 40;
  tag.text = "participation is voluntary";
  tag.value = "available";
  tag.extra["agency"] = "ICE";
  tag.extra["date"] = "2010-08-17";
  const std::string line = to_json_line(tag);
  EXPECT_LT(line.find("\"value\""), line.find("\"agency\""));
  const Tag parsed = parse_tag_line(line);
  EXPECT_EQ(parsed.value, "available");
  EXPECT_EQ(parsed.extra["agency"], "ICE");
  EXPECT_EQ(to_json_line(parsed), line);
}

TEST(OutputFile, AppearsOnlyWhenCommitted) {
  const std::string folder = test::make_temp_dir("foia-output");
  const std::string path = folder + "/records.jsonl";
  {
    OutputFile output(path);
    output.write_line("{}");
    EXPECT_FALSE(std::filesystem::exists(path)) << "visible before commit";
  }
  EXPECT_FALSE(std::filesystem::exists(path)) << "an abandoned output must not appear";
  EXPECT_TRUE(std::filesystem::is_empty(folder)) << "the temporary file must be cleaned up";
  {
    OutputFile output(path);
    output.write_line("{}");
    output.commit();
  }
  EXPECT_EQ(test::read_file(path), "{}\n");
  std::filesystem::remove_all(folder);
}

TEST(OutputFile, UnwritableFolderIsAnErrorNamingThePath) {
  try {
    OutputFile output("/nonexistent-folder/records.jsonl");
    FAIL() << "expected an error";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find("/nonexistent-folder/records.jsonl"),
              std::string::npos);
  }
}

} // namespace
} // namespace foia::record
