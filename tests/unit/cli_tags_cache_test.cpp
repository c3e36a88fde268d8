// `foia run`'s tags cache: keyed on each document's record lines, never on its file alone.
#include "tags_cache.hpp"

#include "foia/analyze/rules.hpp"
#include "foia/record/io.hpp"
#include "foia/record/record.hpp"

#include "support/pdf_writer.hpp"

#include <gtest/gtest.h>

#include <set>

#include <filesystem>

namespace foia::cli {
namespace {

class TagsCacheTest : public ::testing::Test {
protected:
  void SetUp() override { m_folder = test::make_temp_dir("foia-tags-cache"); }
  void TearDown() override { std::filesystem::remove_all(m_folder); }

  static const analyze::Analyzer& analyzer() {
    static const analyze::Analyzer analyzer(
        analyze::load_rules(std::filesystem::path(FOIA_SOURCE_DIR) / "data"));
    return analyzer;
  }

  // A records file of one document at `path` whose page says `text`.
  std::string records(const std::string& name, const std::string& path, const std::string& text) {
    record::DocumentRecord document;
    document.doc = std::string(64, 'a');
    document.path = path;
    document.format = "pdf";
    document.pages = 1;
    record::PageRecord page;
    page.doc = document.doc;
    page.path = path;
    page.page = 1;
    page.method = record::Method::text;
    page.text = text;
    const std::string file = m_folder + "/" + name;
    test::write_file(file,
                     record::to_json_line(document) + "\n" + record::to_json_line(page) + "\n");
    return file;
  }

  struct Tagged {
    std::string tags;
    std::set<long> record_lines; // the records lines the tags were said to come from
    int from_cache = 0;
    std::vector<std::string> warnings;
  };

  Tagged tag(const std::string& records_file) {
    Tagged out;
    out.from_cache = analyze_with_cache(
        records_file, analyzer(), "rules", m_folder + "/cache",
        [&out](std::string_view line, long record_line) {
          (out.tags += line) += '\n';
          out.record_lines.insert(record_line);
        },
        [&out](std::string_view message) { out.warnings.emplace_back(message); });
    return out;
  }

  // What `foia analyze` writes for the same records.
  static std::string analyzed(const std::string& records_file) {
    std::string tags;
    record::LineReader reader(records_file);
    analyze::analyze_records(reader, analyzer(), [&tags](const record::Tag& tag, long) {
      (tags += record::to_json_line(tag)) += '\n';
    });
    return tags;
  }

  std::string m_folder;
};

constexpr const char* k_text = "On August 17, 2010 ICE said that Santa Clara County may opt out "
                               "of Secure Communities.";

TEST_F(TagsCacheTest, SameRecordsAreAHitWhateverThePathOtherRecordsAreNot) {
  const std::string first = records("first.jsonl", "a/memo.pdf", k_text);
  const Tagged fresh = tag(first);
  EXPECT_EQ(fresh.from_cache, 0);
  EXPECT_EQ(fresh.tags, analyzed(first));
  EXPECT_NE(fresh.tags.find(R"("kind":"optout")"), std::string::npos) << fresh.tags;
  EXPECT_EQ(fresh.record_lines, std::set<long>{2}); // the page line

  const Tagged again = tag(first);
  EXPECT_EQ(again.from_cache, 1);
  EXPECT_EQ(again.tags, fresh.tags);
  EXPECT_EQ(again.record_lines, std::set<long>{1}); // from the cache: the document line

  const std::string moved = records("moved.jsonl", "b/copy of memo.pdf", k_text);
  const Tagged at_another_path = tag(moved);
  EXPECT_EQ(at_another_path.from_cache, 1);
  EXPECT_EQ(at_another_path.tags, analyzed(moved));

  // The same file (same `doc`) whose page came out otherwise, as after a worker timed out.
  const std::string changed =
      records("changed.jsonl", "a/memo.pdf", "Opting out is not possible, ICE said.");
  const Tagged other = tag(changed);
  EXPECT_EQ(other.from_cache, 0);
  EXPECT_EQ(other.tags, analyzed(changed));
  EXPECT_TRUE(other.warnings.empty());
}

} // namespace
} // namespace foia::cli
