#pragma once
// Hand-written batches for the report tests: pages of text, and tags placed on them by quoting
// the text, so offsets and line numbers are right by construction.

#include "foia/record/record.hpp"
#include "foia/record/sha256.hpp"
#include "foia/record/tag.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace foia::test {

class ReportFixture {
public:
  /// Adds a document of `pages` pages (texts given) and makes it the current one.
  void document(const std::string& path, std::vector<std::string> page_texts,
                record::Method method = record::Method::text) {
    record::DocumentRecord document;
    record::Sha256 hash;
    hash.update(path);
    document.doc = hash.hex_digest();
    document.path = path;
    document.format = "pdf";
    document.pages = static_cast<int>(page_texts.size());
    m_current = document;
    m_records.push_back(record::to_json_line(document));
    int number = 1;
    for (std::string& text : page_texts) {
      record::PageRecord page;
      page.doc = document.doc;
      page.path = path;
      page.page = number++;
      page.method = method;
      page.text = std::move(text);
      m_pages.push_back(page);
      m_records.push_back(record::to_json_line(page));
    }
  }

  /// Adds a document that could not be read.
  void failed_document(const std::string& path, const std::string& error) {
    record::DocumentRecord document;
    document.path = path;
    document.format = "pdf";
    document.error = error;
    m_records.push_back(record::to_json_line(document));
  }

  /// Tags the first occurrence of `quote` on page `page` of the current document.
  record::Tag& tag(int page, const std::string& quote, const std::string& kind,
                   const std::string& value, record::Json extra = record::Json::object()) {
    const record::PageRecord* found = nullptr;
    for (const record::PageRecord& candidate : m_pages) {
      if (candidate.doc == m_current.doc && candidate.page == page) {
        found = &candidate;
      }
    }
    if (found == nullptr) {
      throw std::logic_error("no such page");
    }
    const std::size_t start = found->text.find(quote);
    if (start == std::string::npos) {
      throw std::logic_error("quote not on page: " + quote);
    }
    record::Tag tag;
    tag.kind = kind;
    tag.doc = found->doc;
    tag.path = found->path;
    tag.page = page;
    tag.line = 1 + static_cast<int>(std::count(
                       found->text.begin(), found->text.begin() + static_cast<long>(start), '\n'));
    tag.start = start;
    tag.end = start + quote.size();
    tag.text = quote;
    tag.value = value;
    tag.extra = std::move(extra);
    m_tags.push_back(tag);
    return m_tags.back();
  }

  /// An opt-out tag with its speaker and date.
  record::Tag& optout(int page, const std::string& quote, const std::string& stance,
                      const std::string& agency, const std::string& date) {
    record::Json extra = record::Json::object();
    if (!agency.empty()) {
      extra["agency"] = agency;
    }
    if (!date.empty()) {
      extra["date"] = date;
    }
    return tag(page, quote, "optout", stance, extra);
  }

  const std::vector<record::Tag>& tags() const { return m_tags; }
  const std::vector<std::string>& record_lines() const { return m_records; }

  /// Writes records.jsonl and tags.jsonl into `folder` (created).
  void write(const std::filesystem::path& folder) const {
    std::filesystem::create_directories(folder);
    std::ofstream records(folder / "records.jsonl", std::ios::binary);
    for (const std::string& line : m_records) {
      records << line << '\n';
    }
    std::ofstream tags(folder / "tags.jsonl", std::ios::binary);
    for (const record::Tag& tag : m_tags) {
      tags << record::to_json_line(tag) << '\n';
    }
  }

private:
  record::DocumentRecord m_current;
  std::vector<record::PageRecord> m_pages;
  std::vector<std::string> m_records;
  std::vector<record::Tag> m_tags;
};

/// The batch most tests use: ICE and DHS each say both things, DHS names another deadline, a
/// memo's date line disagrees with its email header, a sheriff's request is unclear.
inline ReportFixture secure_communities_batch() {
  ReportFixture batch;
  batch.document("memo-000.pdf",
                 {"DATE: August 17, 2010\n"
                  "MEMORANDUM FOR: Field Office Directors\n"
                  "Local jurisdictions may opt out of Secure Communities by written request.\n"
                  "Names withheld (b)(6)\n"
                  "ICE FOIA 10-2674.0001234"});
  batch.tag(1, "August 17, 2010", "date", "2010-08-17");
  batch.optout(1, "Local jurisdictions may opt out of Secure Communities by written request.",
               "available", "ICE", "2010-08-17");
  batch.tag(1, "(b)(6)", "exemption", "(b)(6)");
  batch.tag(1, "ICE FOIA 10-2674.0001234", "bates", "ICE FOIA 10-2674.0001234");
  batch.tag(1, "ICE", "agency", "ICE");

  batch.document("email-004.pdf",
                 {"From: Director, Secure Communities\n"
                  "Sent: Saturday, October 2, 2010 3:15 PM\n"
                  "Subject: deployment",
                  "Secure Communities will be mandatory by 2013; there is no opt-out.\n"
                  "(b)(6);(b)(7)(C)"});
  batch.tag(1, "From: Director, Secure Communities", "email", "From",
            {{"field_value", "Director, Secure Communities"}});
  batch.tag(1, "Sent: Saturday, October 2, 2010 3:15 PM", "email", "Sent",
            {{"field_value", "Saturday, October 2, 2010 3:15 PM"}});
  batch.tag(1, "October 2, 2010", "date", "2010-10-02");
  batch.optout(2, "Secure Communities will be mandatory by 2013; there is no opt-out.",
               "unavailable", "ICE", "2010-10-02");
  batch.tag(2, "by 2013", "date", "2013");
  batch.tag(2, "(b)(6)", "exemption", "(b)(6)");
  batch.tag(2, "(b)(7)(C)", "exemption", "(b)(7)(C)");

  batch.document("letter-010.pdf",
                 {"September 1, 2010\n"
                  "The Sheriff's Department requests to opt out of Secure Communities.\n"
                  "DHS confirmed that opting out is possible for any county.\n"
                  "DHS-SC-000101",
                  "Page two\nDHS-SC-000102"});
  batch.optout(1, "The Sheriff's Department requests to opt out of Secure Communities.", "unclear",
               "San Francisco Sheriff", "2010-09-01");
  batch.optout(1, "DHS confirmed that opting out is possible for any county.", "available", "DHS",
               "2010-09-15");
  batch.tag(1, "DHS-SC-000101", "bates", "DHS-SC-000101");
  batch.tag(2, "DHS-SC-000102", "bates", "DHS-SC-000102");

  batch.document("memo-007.pdf",
                 {"Date: January 5, 2011\n"
                  "Participation will be mandatory by 2014 in every state.\n"
                  "\n"
                  "From: Office of the Secretary\n"
                  "Sent: Monday, December 6, 2010 9:00 AM"},
                 record::Method::ocr);
  batch.tag(1, "January 5, 2011", "date", "2011-01-05");
  batch.optout(1, "Participation will be mandatory by 2014 in every state.", "unavailable", "DHS",
               "2011-01-05");
  batch.tag(1, "2014", "date", "2014");
  batch.tag(1, "Sent: Monday, December 6, 2010 9:00 AM", "email", "Sent",
            {{"field_value", "Monday, December 6, 2010 9:00 AM"}});
  batch.tag(1, "December 6, 2010", "date", "2010-12-06");

  batch.failed_document("broken.pdf", "not a PDF: no header");
  return batch;
}

} // namespace foia::test
