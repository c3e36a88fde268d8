#pragma once
// Internal pieces of the analyzer, one tagger per tag family. Each works on normalized text and
// reports matches as byte ranges of that text; analyzer.cpp maps them back to the page.

#include "foia/analyze/normalize.hpp"
#include "foia/analyze/rules.hpp"
#include "foia/record/record.hpp"

#include <re2/re2.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace foia::analyze::detail {

/// A tag before it is placed in the page: offsets into the normalized text.
struct Candidate {
  std::string kind;
  std::size_t start = 0;
  std::size_t end = 0;
  std::string value;
  std::optional<double> confidence;
  record::Json extra = record::Json::object();
};

/// A date found in text. `year` 0 means the text gave no year ("Aug. 7").
struct DateMatch {
  std::size_t start = 0;
  std::size_t end = 0;
  int year = 0;
  int month = 0; ///< 0: year only
  int day = 0;   ///< 0: month or year precision
  bool fiscal = false;
};

/// ISO 8601 at the precision given: "2010-08-17", "2010-08", "2010", or "--08-17" with no year.
std::string iso_date(int year, int month, int day);
/// Resolves a month and day against a reference ISO date: the year that puts it nearest.
int nearest_year(int month, int day, std::string_view reference_iso);

class DateTagger {
public:
  explicit DateTagger(const RulePack& rules);
  /// Every date in `text`, in order, without overlaps.
  std::vector<DateMatch> find(std::string_view text) const;

private:
  std::map<std::string, int> m_months;
  std::vector<std::unique_ptr<RE2>> m_patterns; // in priority order, see dates.cpp
};

/// An agency mention: canonical value and range.
struct AgencyMatch {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string value;
};

class AgencyTagger {
public:
  explicit AgencyTagger(const RulePack& rules);
  /// Every agency mention in `text`, in order, without overlaps (the longest wins).
  std::vector<AgencyMatch> find(std::string_view text) const;
  /// The agency an email address or header value belongs to by its domain ("ice.dhs.gov"),
  /// or "" when none is known.
  std::string agency_for_domain(std::string_view text) const;

private:
  std::unique_ptr<RE2> m_names;    // case-insensitive full names and aliases
  std::unique_ptr<RE2> m_acronyms; // case-sensitive, whole words
  std::unordered_map<std::string, std::size_t> m_by_key; // folded text -> agency index
  std::vector<AgencyRule> m_agencies;
  std::vector<std::pair<std::unique_ptr<RE2>, std::string>> m_patterns;
  std::vector<std::pair<std::string, std::string>> m_domains; // domain -> value, longest first
  std::unordered_set<std::string> m_stopwords;
  std::unique_ptr<RE2> m_state_of; // "State of California": makes a bare state_form name the state's
};

/// Exemption codes, Bates stamps and user patterns.
class MarkerTagger {
public:
  explicit MarkerTagger(const RulePack& rules);
  void find_exemptions(std::string_view text, std::vector<Candidate>& out) const;
  /// Pattern rules (Bates stamps and any kind a rule pack defines).
  void find_patterns(std::string_view text, std::vector<Candidate>& out) const;

private:
  std::vector<std::unique_ptr<RE2>> m_exemption_patterns;
  struct CompiledPattern {
    PatternRule rule;
    std::unique_ptr<RE2> regex;
  };
  std::vector<CompiledPattern> m_patterns;
};

/// One "Field: value" header line of a printed email or memo.
struct HeaderLine {
  std::size_t start = 0; ///< start of the field name
  std::size_t end = 0;   ///< end of the line
  std::size_t value_start = 0;
  std::string field; ///< canonical: From, Sent, Date, To, Cc, Bcc, Subject
  std::string field_value;
  bool in_email = false; ///< part of a block that looks like an email (Sent:, an address, a time)
};

/// Header lines, grouped into blocks; `in_email` set for email blocks.
std::vector<HeaderLine> find_header_lines(std::string_view text);

/// A sentence: a byte range of normalized text.
struct Sentence {
  std::size_t start = 0;
  std::size_t end = 0;
};

/// Splits text into sentences: at . ? ! followed by space and a capital (not after an
/// abbreviation or initial), at blank lines, and before header, bullet and list lines.
std::vector<Sentence> split_sentences(std::string_view text,
                                      const std::unordered_set<std::string>& abbreviations);

/// The stance of one sentence.
struct StanceResult {
  bool relevant = false; ///< the sentence is about leaving the program
  /// It names leaving outright ("opt out"), so it counts even before the document names the program.
  bool explicit_leave = false;
  std::string value;     ///< "available", "unavailable" or "unclear"
  double confidence = 0;
  std::optional<std::size_t> speaker_token; ///< token index of a speech verb, if any
};

class StanceTagger {
public:
  explicit StanceTagger(const StanceRule& rule);
  const std::string& kind() const { return m_kind; }
  /// True when `text` mentions the program (a topic word).
  bool mentions_topic(std::string_view text) const;
  /// Classifies one sentence.
  StanceResult classify(std::string_view sentence) const;
  /// True when the sentence has a speech verb ("said", "stated") after position `offset`
  /// (bytes into the sentence) within a few words: the agency there is the speaker.
  bool speech_follows(std::string_view sentence, std::size_t offset) const;

private:
  using Phrase = std::vector<std::string>;
  struct PhraseSet {
    std::vector<Phrase> phrases;
    std::unordered_set<std::string> first_words;
  };
  std::string m_kind;
  int m_window;
  std::unique_ptr<RE2> m_topic;
  PhraseSet m_leave, m_leave_if_program, m_program, m_permission, m_permission_after,
      m_obligation, m_obligation_modal, m_voluntary, m_request, m_grant, m_negators, m_question,
      m_contrast, m_concessive, m_clause_breaks, m_speech;
  std::unordered_set<std::string> m_trigger_words;

  static PhraseSet make_set(const std::vector<std::string>& phrases);
  /// Length in tokens of the phrase from `set` starting at `at`, or 0.
  static std::size_t match_at(const PhraseSet& set, const std::vector<std::string>& tokens,
                              std::size_t at);
  static bool any_in(const PhraseSet& set, const std::vector<std::string>& tokens,
                     std::size_t begin, std::size_t end);
};

/// Lowercase word tokens of a sentence; punctuation , ; : ? ( ) are tokens of their own; "can't"
/// becomes "can" "not". `offsets` receives each token's byte offset.
std::vector<std::string> tokenize(std::string_view text, std::vector<std::size_t>* offsets = nullptr);

/// Collapses runs of whitespace to one space and trims.
std::string collapse_space(std::string_view text);

} // namespace foia::analyze::detail
