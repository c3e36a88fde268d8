#pragma once
// Internal pieces of the analyzer, one tagger per tag family. Each works on normalized text and
// reports matches as byte ranges of that text; analyzer.cpp maps them back to the page.

#include "foia/analyze/normalize.hpp"
#include "foia/analyze/rules.hpp"
#include "foia/record/record.hpp"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace foia::analyze {
struct DocumentContext;
}

namespace foia::analyze::detail {

/// A regex compiled the first time it is used rather than when its function first runs: a
/// function's regexes for rare lines or documents (a transcript's labels, a deposition's
/// questions) then cost nothing to a batch that never reaches them. Declared as a function's
/// `static const LazyRegex k_name(pattern)` (constant-initialized) and used as `*k_name`; once
/// compiled, a use costs one load and one test.
class LazyRegex {
public:
  explicit constexpr LazyRegex(const char* pattern) : m_pattern(pattern) {}
  const RE2& operator*() const {
    const RE2* regex = m_regex.load(std::memory_order_acquire);
    return regex != nullptr ? *regex : compile();
  }

private:
  const RE2& compile() const {
    std::call_once(m_once, [this] {
      m_owned = std::make_unique<RE2>(m_pattern);
      m_regex.store(m_owned.get(), std::memory_order_release);
    });
    return *m_owned;
  }

  const char* m_pattern;
  mutable std::once_flag m_once;
  mutable std::unique_ptr<RE2> m_owned;
  mutable std::atomic<const RE2*> m_regex{nullptr};
};

inline bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

/// FNV-1a, inline, for maps keyed by single words and looked up by string_view: std::hash's call
/// for each of a sentence's words cost more than the lookup.
struct WordHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const {
    std::uint64_t hash = 14695981039346656037ULL;
    for (const char c : text) {
      hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    }
    return static_cast<std::size_t>(hash);
  }
};

/// A set of single words that the stance rules ask about token after token: a word whose first
/// byte and length no member has is answered without hashing it, as most tokens are.
class WordSet {
public:
  template <typename Iterator> WordSet(Iterator first, Iterator last) {
    for (; first != last; ++first) {
      const std::string_view word = *first;
      m_words.emplace(word);
      m_lengths[first_byte(word)] |= length_bit(word);
    }
  }
  /// 1 when `word` is a member, else 0 (as std::unordered_set::count).
  std::size_t count(std::string_view word) const {
    return (m_lengths[first_byte(word)] & length_bit(word)) != 0 ? m_words.count(word) : 0;
  }

private:
  static unsigned char first_byte(std::string_view word) {
    return word.empty() ? 0 : static_cast<unsigned char>(word.front());
  }
  static std::uint64_t length_bit(std::string_view word) {
    return std::uint64_t{1} << std::min<std::size_t>(word.size(), 63);
  }
  std::unordered_set<std::string, WordHash, std::equal_to<>> m_words;
  /// Bit n of the entry for a byte: a member of length n (63: of 63 or more) starts with it.
  std::array<std::uint64_t, 256> m_lengths{};
};

/// The bytes RE2's \b counts as word bytes: [0-9A-Za-z_], ASCII only.
inline constexpr std::array<bool, 256> k_re2_word_bytes = [] {
  std::array<bool, 256> table{};
  for (std::size_t c = 0; c < table.size(); ++c) {
    table[c] =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
  return table;
}();

inline bool is_re2_word_byte(char c) {
  return k_re2_word_bytes[static_cast<unsigned char>(c)];
}

/// Whether `text` holds U+212A or U+017F, which RE2 reads as "k" and "s" in any case: a finder
/// that reads bytes leaves such a text to the regex.
bool has_folded_letters(std::string_view text);

/// A text's word bytes, for the finders that read its runs of them: a bitmap (bit i % 64 of word
/// i / 64 set when text[i] is a word byte, and a clear word past the text's end) made eight bytes
/// at a time, once a page. Read a byte at a time, finding the runs cost ten instructions a byte.
class WordBytes {
public:
  /// `text` must outlive it.
  explicit WordBytes(std::string_view text);
  std::string_view text() const { return m_text; }
  /// has_folded_letters(text()).
  bool folded_letters() const { return m_folded_letters; }
  /// The first position from `from` on that is a word byte (`word`) or is not one, or the text's
  /// size when there is none.
  std::size_t next(std::size_t from, bool word) const {
    std::size_t index = from / 64;
    std::uint64_t bits =
        (word ? m_bitmap[index] : ~m_bitmap[index]) & (~std::uint64_t{0} << from % 64);
    while (bits == 0) {
      if (++index == m_bitmap.size()) {
        return m_text.size();
      }
      bits = word ? m_bitmap[index] : ~m_bitmap[index];
    }
    return std::min(m_text.size(), index * 64 + static_cast<std::size_t>(std::countr_zero(bits)));
  }
  /// Calls on_run(start, end) for each run of word bytes, in order.
  template <typename OnRun> void for_each_run(OnRun on_run) const {
    std::uint64_t carry = 0; // the last bit of the word before
    for (std::size_t index = 0; index < m_bitmap.size(); ++index) {
      const std::uint64_t bits = m_bitmap[index];
      std::uint64_t starts = bits & ~(bits << 1 | carry);
      carry = bits >> 63;
      for (; starts != 0; starts &= starts - 1) {
        const auto bit = static_cast<unsigned>(std::countr_zero(starts));
        // The run's end is the first clear bit after its start: in this word, as most are, or
        // after it. The bits past the text are clear, so an end is never past it.
        const std::uint64_t clear = ~bits >> bit;
        const std::size_t start = index * 64 + bit;
        on_run(start, clear != 0 ? start + static_cast<std::size_t>(std::countr_zero(clear))
                                 : next(index * 64 + 64, false));
      }
    }
  }

private:
  std::string_view m_text;
  std::vector<std::uint64_t> m_bitmap;
  bool m_folded_letters = false;
};

/// Finds whole words as RE2 finds them with `(?i)\b(?:w1|w2|...)\b`, the words listed longest
/// first: the leftmost match, then the leftmost after it, each the longest word that matches
/// there. One pass over the text's bytes, instead of two DFA searches for each match.
class WordFinder {
public:
  /// Adds a word; false, leaving the finder unusable, when it cannot find the word as RE2
  /// would: empty, longer than 63 bytes, not ASCII, or starting or ending outside [0-9A-Za-z_].
  bool add(std::string_view word);
  /// True when every word added could be, and there was at least one.
  bool usable() const { return m_usable && !m_words.empty(); }
  /// Appends to `starts` the offsets of the matches in the text. False, appending nothing, when
  /// it holds a Kelvin sign or a long s, which RE2 folds to "k" and "s": search it with RE2.
  bool find(const WordBytes& words, std::vector<std::size_t>& starts) const;
  bool find(std::string_view text, std::vector<std::size_t>& starts) const {
    return find(WordBytes(text), starts);
  }

private:
  /// The words, lowercase, by their first run of word bytes, longest first.
  std::unordered_map<std::string, std::vector<std::string>, WordHash, std::equal_to<>> m_words;
  /// The first runs' first and last bytes and lengths, by run_key: most runs of a text are
  /// ruled out here without hashing.
  static std::size_t run_key(char first, char last, std::size_t length) {
    return static_cast<std::size_t>(first & 31) | static_cast<std::size_t>(last & 31) << 5 |
           length << 10;
  }
  std::vector<bool> m_runs = std::vector<bool>(std::size_t{1} << 16);
  bool m_usable = true;
};

/// A name as a regex: its bytes literal, but `['"]?\s+` for a space (OCR drops stray quotes
/// between words) and `\.?` for a period.
std::string name_regex(std::string_view name);

/// Finds names as RE2 finds `\b(?:N1|N2|...)\b`, an alternation of their name_regex()es (the
/// agency names and acronyms), without a DFA pass over the text and the states RE2 builds for
/// it: a small backtracking matcher, run only where a name's first word can start.
class NameFinder {
public:
  /// A match: its bytes, and the index its name was added with.
  struct Match {
    std::size_t start = 0;
    std::size_t end = 0;
    std::size_t index = 0;
  };
  /// Adds a name after those before it, which the alternation tries first at a start;
  /// `fold_case` matches it in any case, as (?i) does. False, leaving the finder unusable, when
  /// it cannot match the name as RE2 would: empty, not ASCII, not starting with a word byte, or a
  /// first word of more than 63 bytes.
  bool add(std::string_view name, bool fold_case, std::size_t index);
  /// True when every name added could be, and there was at least one.
  bool usable() const { return m_usable && !m_names.empty(); }
  /// Appends each start in the text at which a name matches, in order, with the match the
  /// alternation finds there (the first name that matches, its spaces and periods taken as
  /// RE2 takes them) and that name's index. False, appending nothing, when `text` holds a letter
  /// RE2 folds to ASCII (WordBytes::folded_letters): search it with RE2.
  bool find(const WordBytes& words, std::vector<Match>& matches) const;
  bool find(std::string_view text, std::vector<Match>& matches) const {
    return find(WordBytes(text), matches);
  }

private:
  enum class Step : std::uint8_t { byte, optional_period, gap };
  struct Token {
    Step step = Step::byte;
    char byte = 0; // lowercase when the name folds case
  };
  struct Name {
    std::vector<Token> tokens;
    std::size_t run = 0;    // how many of its first tokens are word bytes: its first word,
    std::string first_word; // that word as written
    char after_space = 0;   // the byte after its first word and a space, or 0
    bool fold_case = false;
    std::size_t index = 0;
  };
  /// Where the name's first match ends when its tokens before `token` matched the text before
  /// `at`, trying its choices in RE2's order (a period or a quote before going without, a run of
  /// spaces longest first), or npos.
  std::size_t match_at(const Name& name, std::size_t token, std::string_view text,
                       std::size_t at) const;
  static std::size_t run_key(char first, char last, std::size_t length) {
    return static_cast<std::size_t>(first & 31) | static_cast<std::size_t>(last & 31) << 5 |
           length << 10;
  }

  bool m_usable = true;
  std::vector<Name> m_names; // in the order added
  /// The names (positions in m_names, ascending) by their first word's word bytes,
  /// lowercase. A word a period ends can run on in the text ("U.S.": "US"), so those names are
  /// kept by their first word as a prefix of the text's, the others by the text's whole run.
  std::unordered_map<std::string, std::vector<std::size_t>, WordHash, std::equal_to<>> m_by_run;
  std::unordered_map<std::string, std::vector<std::size_t>, WordHash, std::equal_to<>> m_by_prefix;
  std::vector<std::size_t> m_prefix_lengths;
  std::array<bool, 256> m_prefix_first{}; // the first bytes of m_by_prefix's keys, in any case
  /// run_key()s of m_by_run's and m_by_prefix's keys: most runs are ruled out without hashing.
  std::vector<bool> m_runs = std::vector<bool>(std::size_t{1} << 16);
  std::vector<bool> m_prefixes = std::vector<bool>(std::size_t{1} << 16);
};

/// Many patterns run as one RE2 "(P0)|(P1)|...": one pass over the text instead of one per
/// pattern. At each position the leftmost match wins, and among alternatives starting there the
/// first listed, so callers list patterns in priority order.
///
/// The patterns can be cut into parts (start_part()), each run as a regex of its own, with the
/// same matches as one regex of all of them. RE2 builds its DFA's states as a text reaches them,
/// and a state of one regex of unrelated patterns is a state of each of them at once: on text it
/// has not seen, such a regex builds far more states, each larger, than its parts do together.
/// Each part costs a pass over the text once its states are built.
class Alternation {
public:
  /// Adds a pattern (inline flags such as (?i) allowed); throws std::runtime_error naming
  /// `what` when it is not valid RE2.
  void add(const std::string& pattern, const std::string& what);
  /// Puts the patterns added from here on in a part of their own.
  void start_part();
  /// Builds each part's combined pattern; call once after the last add().
  void compile();
  std::size_t size() const { return m_each.size(); }
  /// The combined pattern of an alternation of one part, which finds every match; nullptr
  /// before compile(), with no pattern, or with more than one part.
  const RE2* regex() const { return m_parts.size() == 1 ? m_parts.front().regex.get() : nullptr; }

  /// Number of parts, once compiled.
  std::size_t parts() const { return m_parts.size(); }

  /// A part's matches on a text, when the caller knows them without its regex: every start at
  /// which the part's combined pattern matches, in order, each with the match RE2 finds there
  /// (leftmost-first) and the index of the pattern that matched. Known and empty: the part
  /// matches nowhere.
  struct KnownMatches {
    bool known = false;
    std::vector<NameFinder::Match> matches;
  };

  /// Calls on_match(index, groups) for each match, where groups[0] is the whole match and
  /// groups[k] the pattern's own k-th group (RE2::Rewrite accepts groups with group_count()+1).
  /// When on_match returns false the match is rejected and the search resumes a byte later,
  /// so a lower-priority pattern can still match there. `known`, when given, holds a
  /// KnownMatches for each part: a part whose matches are known is not searched.
  template <typename OnMatch>
  void for_each(std::string_view text, OnMatch on_match,
                const std::vector<KnownMatches>* known = nullptr) const {
    if (m_parts.empty()) {
      return;
    }
    // Each part's pattern runs without groups (RE2's DFA alone: fast). The pattern that matched
    // is the first one of its part that can match at the match's start, since the part's pattern
    // prefers earlier alternatives there, and its own match there is the part's match; so its
    // groups come from a run bounded to the match, which RE2 does far faster than one over the
    // rest of the text.
    std::vector<re2::StringPiece> groups;
    std::vector<int> matched; // first_match's scratch, kept across matches
    std::vector<Found> next(m_parts.size());
    std::size_t part = 0;
    std::size_t position = 0;
    while (position <= text.size() && next_match(text, position, known, next, part)) {
      const std::size_t start = next[part].start;
      const std::size_t end = next[part].end;
      const std::size_t index = next[part].index != k_unknown
                                    ? next[part].index
                                    : first_match(m_parts[part], text, start, end, matched);
      groups.assign(static_cast<std::size_t>(m_group_counts[index]) + 1, re2::StringPiece());
      groups[0] = re2::StringPiece(text.data() + start, end - start);
      const bool found = groups.size() == 1 ||
                         m_each[index]->Match(text, start, end, RE2::ANCHOR_BOTH, groups.data(),
                                              static_cast<int>(groups.size()));
      const bool accepted = found && on_match(index, groups.data());
      position = accepted && end > start ? end : start + 1;
    }
  }
  /// Number of the index-th pattern's own groups.
  int group_count(std::size_t index) const { return m_group_counts[index]; }
  /// Expands \0..\9 in `rewrite` from a match's groups; false if it names a missing group.
  bool rewrite(std::string& out, std::string_view rewrite, std::size_t index,
               const re2::StringPiece* groups) const;

private:
  struct Part {
    std::size_t first = 0; // its patterns are m_each[first, end)
    std::size_t end = 0;
    std::unique_ptr<RE2> regex; // its patterns as one, for finding matches
    /// Each pattern after one byte of any value (\C), anchored: run from the byte before a
    /// match, it says which patterns match there, seeing that byte as \b and ^ do. Only for a
    /// part of three patterns or more.
    std::unique_ptr<RE2::Set> which;
  };
  static constexpr std::size_t k_unknown = ~std::size_t{0};
  /// A part's leftmost match from the last position it was searched from.
  struct Found {
    bool searched = false;
    bool any = false; // false: the part matches nowhere after that position
    std::size_t start = 0;
    std::size_t end = 0;
    std::size_t index = k_unknown; // the pattern that matched, when the part's matches are known
    std::size_t known = 0;         // the first of the known matches not yet passed
  };

  /// Sets `part` to the part whose match is the next one from `position` on, as one regex of
  /// every part would find it; false when no part matches. `next` holds each part's match,
  /// searched again only once `position` has passed its start.
  bool next_match(std::string_view text, std::size_t position,
                  const std::vector<KnownMatches>* known, std::vector<Found>& next,
                  std::size_t& part) const;
  /// The index of the first pattern of `part` that matches at `start`, given that one does and
  /// that the part's combined pattern's match there ends at `end`. `matched` is scratch space
  /// for the set.
  std::size_t first_match(const Part& part, std::string_view text, std::size_t start,
                          std::size_t end, std::vector<int>& matched) const;

  std::vector<std::unique_ptr<RE2>> m_each; // each pattern alone, for its groups
  std::vector<int> m_group_counts;
  std::vector<std::size_t> m_part_starts; // where start_part() was called
  std::vector<Part> m_parts;
};

/// Which of several page scans can find anything on a page, from one pass over it (RE2::Set):
/// most scans find nothing on most pages, and a scan whose regexes match nowhere in the text can
/// be skipped with the same result. Regexes are added under a group, which matches when any of
/// its regexes does.
class Screen {
public:
  /// A screen of `groups` groups, numbered from 0; a group with no regexes never matches.
  explicit Screen(std::size_t groups) : m_unscreened(groups, false) {}
  /// Adds `regex`, as compiled (its own case sensitivity), to `group`. A regex the set cannot
  /// hold leaves its group unscreened: it always matches.
  void add(std::size_t group, const RE2& regex);
  /// Makes `group` match on every text: its scan is cheaper than what its regexes would add to
  /// the set.
  void pass(std::size_t group) { m_unscreened[group] = true; }
  /// Builds the set; call once after the last add(). When it cannot be built every group matches.
  void compile();
  /// For each group, whether one of its regexes matches somewhere in `text`; every group when the
  /// set could not run (out of memory).
  std::vector<bool> matching(std::string_view text) const;

private:
  std::vector<std::size_t> m_group_of; // set pattern -> group
  std::vector<bool> m_unscreened;      // per group
  std::unique_ptr<RE2::Set> m_set;
};

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
  Alternation m_patterns; // in priority order, see dates.cpp
};

/// An agency mention: canonical value and range.
struct AgencyMatch {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string value;
};

/// The capitals that open the words of `name` ("New Mexico Department of Public Safety":
/// "NMDPS"; "North Carolina": "NC").
std::string capital_initials(std::string_view name);

class AgencyTagger {
public:
  explicit AgencyTagger(const RulePack& rules);
  /// Every agency mention in the text, in order, without overlaps (the longest wins).
  std::vector<AgencyMatch> find(const WordBytes& words) const;
  /// The agency an email address or header value belongs to by its domain ("ice.dhs.gov"),
  /// or "" when none is known.
  std::string agency_for_domain(std::string_view text) const;
  /// The agency whose official's title `text` holds ("the Secretary of Homeland Security"), in
  /// any case and spacing, or "".
  /// `generic` (when given) is set when the title found opens with "the" ("the Secretary's"):
  /// one that names no agency, which another department's official may hold.
  std::string agency_for_title(std::string_view text, bool* generic = nullptr) const;
  /// True when agency `part` is `whole` or belongs to it, directly or through its parents.
  bool is_part_of(const std::string& part, const std::string& whole) const;
  /// The state body whose initials end `word` after one or two of a state's ("SP" of "VSP"), or
  /// are all of it (three or more: "BCI"), or nullptr: a cheap test before state_body_by_initials.
  const StateInitials* state_initials_of(std::string_view word) const;
  /// The state body a word of capitals at `start` of `text` names by initials ("VSP": "Virginia
  /// State Police"), when exactly one state whose initials it starts with is in `states` (those
  /// the document names); a body's own initials ("BCI") are the state's named right before them
  /// ("Utah BCI"). Otherwise "".
  /// `text` is the page, which may spell out a later name ("the State Patrol").
  std::string state_body_by_initials(std::string_view word, std::string_view text,
                                     std::size_t start,
                                     const std::vector<std::string>& states) const;
  /// Adds the states `text` names to `states` (at most 16, each once).
  void note_states(std::string_view text, std::vector<std::string>& states) const;
  /// Screens note_states in `group`: most pages name no state.
  void add_to(Screen& screen, std::size_t group) const;
  /// Drops from `agencies` (sorted, as find gives them) each mention of a rule's unit_of_others
  /// that follows another agency's mention with only a space, a comma, a dash or a defined
  /// acronym between ("SLED CJIS", "the State Patrol, CJIS Division"): that agency's own unit;
  /// and each such acronym that a capitalised word follows ("CJIS Support Center"): a unit
  /// named after it, whoever's it is.
  void drop_units_of_others(std::string_view text, std::vector<AgencyMatch>& agencies) const;
  /// Gives the state's value to each bare mention of an agency with a state form ("DOJ", "the
  /// Department of Justice") in a document that named that state's body ("CA DOJ") and never
  /// the federal agency as such ("U.S. Department of Justice", "USDOJ"); learns both into
  /// `context`.
  void prefer_state_forms(std::string_view text, std::vector<AgencyMatch>& agencies,
                          DocumentContext& context) const;

private:
  /// The agency's value, or its state form when a "State of X" heading comes just before.
  std::string state_body(std::string_view text, std::size_t start, std::string_view matched,
                         const AgencyRule& agency, bool acronym) const;

private:
  Alternation m_patterns; // names (case-insensitive), acronyms (whole words, as written), patterns
  NameFinder m_name_finder; // the names (index 0) and acronyms (1): m_patterns' first part
  std::unordered_map<std::string, std::size_t> m_by_key; // folded text -> agency index
  std::vector<AgencyRule> m_agencies;
  std::vector<std::string> m_rewrites;                            // value of each agency pattern
  std::unordered_map<std::string, std::string> m_parents;         // value -> parent value
  std::vector<std::pair<std::string, std::string>> m_units;       // unit_of_others form -> value
  std::vector<std::pair<std::string, std::string>> m_state_forms; // value -> " Department of ..."
  std::vector<std::pair<std::string, std::string>> m_domains;     // domain -> value, longest first
  std::vector<std::pair<std::string, std::string>> m_titles;      // lower-case title -> value
  std::unordered_set<std::string> m_stopwords;
  std::unique_ptr<RE2>
      m_state_of; // "State of California": makes a bare state_form name the state's
  std::unique_ptr<RE2> m_state_names;    // any state's name, as a word
  std::vector<std::string> m_states;     // as the rules spell them
  std::vector<std::string> m_state_keys; // fold_key of each
  std::vector<StateInitials> m_state_initials;
  // Each state body's names as whole words in any case, in m_state_initials' order: compiled
  // once, not once a word of capitals.
  std::vector<std::vector<std::unique_ptr<RE2>>> m_state_body_names;
  std::array<bool, 256> m_initials_last{}; // the last bytes of the bodies' initials
};

/// Exemption codes, Bates stamps and user patterns.
class MarkerTagger {
public:
  explicit MarkerTagger(const RulePack& rules);
  void find_exemptions(std::string_view text, std::vector<Candidate>& out) const;
  /// Pattern rules (Bates stamps and any kind a rule pack defines).
  void find_patterns(std::string_view text, std::vector<Candidate>& out) const;
  /// Adds the regexes find_exemptions scans with to `exemptions` of `screen`, and those
  /// find_patterns scans with to `patterns`.
  void add_to(Screen& screen, std::size_t exemptions, std::size_t patterns) const;

private:
  Alternation m_exemptions;
  struct KindPatterns {
    std::string kind;
    std::vector<PatternRule> rules;
    std::unique_ptr<Alternation> patterns; // one alternative per rule
  };
  std::vector<KindPatterns> m_kinds;
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
/// abbreviation or initial), at blank lines, and before header, bullet and list lines and lines
/// that open a turn (a timestamp, a bracket, a label in capitals or a screen name before ":").
/// In typed text (`typed`; not OCR's, whose stray full stops are noise) a sentence may start in
/// lower case.
std::vector<Sentence> split_sentences(std::string_view text,
                                      const std::unordered_set<std::string>& abbreviations,
                                      bool typed = false);

/// The stance of one sentence.
struct StanceResult {
  bool relevant = false; ///< the sentence is about leaving the program
  /// It names leaving outright ("opt out"), so it counts even before the document names the
  /// program.
  bool explicit_leave = false;
  bool question = false; ///< it ends with a question mark
  std::string value;     ///< "available", "unavailable" or "unclear"
  double confidence = 0;
  std::optional<std::size_t> speaker_token; ///< token index of a speech verb, if any
  /// Which way the sentence leans even when it only asks: +1 towards leaving being possible
  /// ("Can a county opt out?" asks about a way out), -1 against, 0 neither. An answer to a
  /// question takes its position from this.
  int leaning = 0;
};

/// How a sentence with no stance of its own takes up the statement just before it.
enum class FollowUp {
  none,
  denies,      ///< "It is not.", "That is not true.": the opposite position
  affirms,     ///< "That is correct.", "... does not change that.": the same position
  answers_no,  ///< "Now they say we can't.", "Told them no.": leaving is not possible
  answers_yes, ///< "It can.", "We said yes.": leaving is possible, whatever was said before
  asks,        ///< "So which is it?", "Why can't we?": asks about it, taking no position
};

class StanceTagger {
public:
  explicit StanceTagger(const StanceRule& rule);
  const std::string& kind() const { return m_kind; }
  /// True when `text` mentions the program (a topic word). `named`, `acronym`: false when a
  /// screen found that `text` holds no topic name, or no topic acronym; those are not looked for.
  bool mentions_topic(std::string_view text, bool named = true, bool acronym = true) const;
  /// Adds the regexes mentions_topic scans with to `topic` (names) and `topic_acronyms` of
  /// `screen`, and those trigger_offsets scans with to `triggers` and (leave_only)
  /// `leave_triggers`, which pass every page when trigger_offsets finds its words without them.
  void add_to(Screen& screen, std::size_t topic, std::size_t topic_acronyms, std::size_t triggers,
              std::size_t leave_triggers) const;
  /// Offsets in the text of words without which classify() finds nothing: only sentences holding
  /// one are worth tokenizing. `leave_only`: of the words that name leaving outright, all that
  /// counts in a document that has not named the program.
  std::vector<std::size_t> trigger_offsets(const WordBytes& words, bool leave_only = false) const;
  /// Classifies one sentence.
  /// `on_topic`: the document has named the program, so a modal verb of leaving ("could
  /// decline") is about it even without a program word nearby.
  StanceResult classify(std::string_view sentence, bool on_topic = false) const;
  /// How `sentence`, which classify() found no stance in, takes up the statement before it.
  FollowUp follow_up(std::string_view sentence) const;
  /// True when the sentence has a speech verb ("said", "stated") after position `offset`
  /// (bytes into the sentence) within a few words: the agency there is the speaker.
  bool speech_follows(std::string_view sentence, std::size_t offset) const;
  /// True when the words just before `offset` say the agency there is speaking ("according to").
  bool speech_precedes(std::string_view sentence, std::size_t offset) const;
  /// Byte range in `sentence` of the subject of its first speech verb: the words from the
  /// clause's start to the verb ("Some of the advocates at the hearing" in "Some of the
  /// advocates at the hearing said that ..."); nullopt when it has no speech verb with a subject.
  /// `verb_end`, when given, is set to the byte offset just past the verb.
  std::optional<std::pair<std::size_t, std::size_t>>
  speech_subject(std::string_view sentence, std::size_t* verb_end = nullptr) const;
  /// True when `words` name a speaker who is no agency ("advocates", "a reporter").
  bool names_outside_speaker(std::string_view words) const;

private:
  using Phrase = std::vector<std::string>;
  struct PhraseSet {
    std::vector<Phrase> phrases; ///< longest first
    std::uint64_t bit = 0;       ///< this set's bit in Words::masks
  };
  /// A word that starts phrases: the bits of the sets holding them, and each such set's phrases
  /// starting with it, as indices into the set's `phrases`, longest first. A token's entry is
  /// looked up once, when its sentence is read: a match then tries only the phrases that can
  /// start with the token, without another lookup.
  struct FirstWord {
    std::uint64_t masks = 0;
    std::vector<std::pair<std::uint64_t, std::vector<std::size_t>>> phrases; ///< by set bit
  };
  /// A sentence's tokens, each with the bits of the phrase sets whose phrases can start there:
  /// one hash lookup per token instead of one per token and set. Tokens view `lower` (or static
  /// strings for "not" and "will"), so a Words is filled in place and never copied.
  struct Words {
    std::string lower;
    std::vector<std::string_view> tokens;
    std::vector<std::uint64_t> masks;
    std::vector<const FirstWord*> first_words; ///< each token's entry, or nullptr
    /// What sentence_words read these from, and the id of the tagger whose phrase sets made
    /// `masks` (0 once they are changed): the same sentence asked about again is not re-read.
    std::string source;
    std::uint64_t reader = 0;
    Words() = default;
    Words(const Words&) = delete;
    Words& operator=(const Words&) = delete;
  };
  /// Per-thread buffers for classify().
  struct Scratch {
    std::vector<std::size_t> clause_start;
    std::vector<std::size_t> clause_end; ///< one past the last token of each token's clause
    std::vector<double> weight;
    std::vector<bool> questioned;
    std::vector<bool> requested;
    std::vector<bool> used;
    std::vector<bool> aside_comma;
    std::vector<std::pair<std::size_t, std::size_t>> decisions;
    std::vector<std::size_t> denied_by;
  };
  std::string m_kind;
  int m_window;
  /// Names this tagger's phrase sets to sentence_words' cache: an address could be another
  /// tagger's later.
  std::uint64_t m_id = new_id();
  std::unordered_map<std::string, FirstWord, WordHash, std::equal_to<>> m_first_words;
  /// Lengths (bit n: length n, up to 63) of the first words starting with each byte: most tokens
  /// are ruled out here without hashing.
  std::array<std::uint64_t, 256> m_first_word_lengths{};
  std::uint64_t m_next_bit = 1;
  std::unique_ptr<RE2> m_topic;
  std::unique_ptr<RE2> m_topic_acronyms; ///< case-sensitive whole words
  std::vector<std::string> m_acronyms;   ///< the same, as written
  std::unique_ptr<RE2> m_triggers;
  std::unique_ptr<RE2> m_leave_triggers; ///< leave words only
  WordFinder m_trigger_words;            ///< m_triggers' words, which trigger_offsets finds
  WordFinder m_leave_trigger_words;
  PhraseSet m_leave, m_leave_if_program, m_program, m_permission, m_permission_after, m_obligation,
      m_obligation_modal, m_voluntary, m_request, m_volition, m_request_verbs, m_procedure, m_grant,
      m_denial, m_negators, m_question, m_contrast, m_concessive, m_clause_breaks, m_speech,
      m_speech_before, m_other_programs, m_topic_words, m_decision, m_consent, m_condition,
      m_leave_from, m_separate, m_block, m_expectation, m_participation, m_retraction, m_futility,
      m_status, m_delays, m_outside_speakers, m_denials, m_affirmations, m_restatements;
  /// Single words, looked up only where a leave word needs a subject: a phrase set would add
  /// common words ("county", "state") to the per-token lookups of every sentence.
  WordSet m_jurisdictions;
  WordSet m_people;
  WordSet m_records;
  /// True when the words at `at`, right after a verb of leaving, are an object that is neither
  /// the program nor a jurisdiction ("its budget request", "overtime shifts").
  bool other_object(const Words& words, std::size_t at) const;
  /// True when the sentence (or the turn after a speaker's label) opens with a modal or an
  /// auxiliary before its subject ("can a county opt out", "Is there a way out"): it asks,
  /// question mark or not.
  bool opens_with_question(const Words& words) const;
  /// True when `token` opens a subject after an inverted verb ("the", "a county", "we").
  bool opens_subject(std::string_view token) const;
  /// True when the token at `at` of `sentence` is a capitalised word among capitalised words,
  /// not the sentence's first, in a sentence mostly in lower case: part of a name
  /// ("Enforcement and Removal Operations"), not a headline's word.
  static bool in_a_name(std::string_view sentence, const Words& words, std::size_t at);
  /// True when the token at `at` of `sentence` is one of the topic's acronyms as written ("SC").
  bool is_topic_acronym(std::string_view sentence, const Words& words, std::size_t at) const;
  /// The token at `at` as `sentence` writes it; "" for the "not" and "will" of a contraction,
  /// which the sentence does not spell out.
  static std::string_view as_written(std::string_view sentence, const Words& words, std::size_t at);
  /// True when the word at `at` is written with a possessive "'s", which its token drops.
  static bool possessive(const Words& words, std::size_t at);
  /// True when the tokens [begin, end) of `sentence` are all capitalised words ("Santa Linda").
  static bool capitalized_words(std::string_view sentence, const Words& words, std::size_t begin,
                                std::size_t end);
  /// True when a verb of leaving at `at` leaves the subject in an idiom ("we'll have to leave it
  /// there", "leave it at that"), not the program its "it" seems to be, or when its "no" is
  /// a determiner ("they say no county will be let out").
  bool leave_idiom_at(const Words& words, std::size_t at) const;
  /// The length of the verb of leaving (about the program when it is near) at `at`, or 0 when
  /// that word is a name's ("the Office of Enforcement and Removal Operations") or an idiom's.
  std::size_t leave_if_program_at(std::string_view sentence, const Words& words,
                                  std::size_t at) const;
  /// True when a token in [begin, end) names a jurisdiction.
  bool names_jurisdiction(const std::vector<std::string_view>& tokens, std::size_t begin,
                          std::size_t end) const;
  /// True when the program token `at` is about is another one: the first program named before it
  /// in its clause [clause_begin, clause_end), else after it there, else in earlier clauses
  /// ("the 287(g) program, which remains voluntary", "withdraw from its 287(g) agreement").
  bool about_other_program(const Words& words, std::size_t at, std::size_t clause_begin,
                           std::size_t clause_end) const;
  /// True when the words from `begin` to the clause's end (ten at most) name another program
  /// before this one or participation: the duty an obligation word states is that program's.
  bool duty_of_other_program(const Words& words, std::size_t begin, std::size_t clause_end) const;

  /// Length in tokens of a refusal to want the program starting at the negator `at` ("not wish
  /// to participate", "not want Secure Communities", "not want his jail in the program"), or 0:
  /// not wanting the program is declining it.
  std::size_t unwilling_length(const Words& words, std::size_t at) const;

  /// What the rest of a sentence answers to the question or supposition holding the leave word
  /// at `asked`: -1 no ("..., and was told that it could not", "if a county could decline, we
  /// would have"), +1 yes ("... whether it could, and it can"), 0 nothing.
  int answer_to(const Words& words, std::size_t asked, const std::vector<bool>& questioned) const;

  /// `inflect`: each phrase's first word also in its -s, -ing and -ed forms (see verb_forms).
  PhraseSet make_set(const std::vector<std::string>& phrases, bool inflect = false);
  void read_words(std::string_view text, Words& words) const;
  /// The words of `sentence`, read into one buffer per thread unless they are already there:
  /// classify, follow_up and speech_subject ask about the same sentence in turn. Valid until the
  /// next call on this thread; whoever changes them sets `reader` to 0.
  Words& sentence_words(std::string_view sentence) const;
  static std::uint64_t new_id();
  /// Length in tokens of the phrase from `set` starting at `at`, or 0.
  [[gnu::always_inline]] static std::size_t match_at(const PhraseSet& set, const Words& words,
                                                     std::size_t at);
  static bool any_in(const PhraseSet& set, const Words& words, std::size_t begin, std::size_t end);
  /// Length in tokens, from `at` to its particle, of a phrase of `set` like "sit out" with up to
  /// two words between verb and particle ("sit this one out", "pull the county out"), or 0.
  static std::size_t match_split_particle(const PhraseSet& set, const Words& words, std::size_t at);
  /// The phrases of `set` that start with the token at `at` (indices into its `phrases`), or
  /// nullptr.
  static const std::vector<std::size_t>* phrases_at(const PhraseSet& set, const Words& words,
                                                    std::size_t at);
  /// match_at's lookup once the token's mask says a phrase of `set` may start there.
  static std::size_t match_phrases(const PhraseSet& set, const Words& words, std::size_t at);
};

// Inline, always: classify asks each token about many phrase sets, and nearly every answer is the
// mask's "no"; a call for each of those was a third of classify's time, and GCC still called an
// out-of-line copy from most of classify's many questions.
inline std::size_t StanceTagger::match_at(const PhraseSet& set, const Words& words,
                                          std::size_t at) {
  if (at >= words.tokens.size() || !(words.masks[at] & set.bit)) {
    return 0;
  }
  return match_phrases(set, words, at);
}

/// Lowercase word tokens of a sentence; punctuation , ; : ? ( ) are tokens of their own; "can't"
/// becomes "can" "not". `offsets` receives each token's byte offset.
std::vector<std::string> tokenize(std::string_view text,
                                  std::vector<std::size_t>* offsets = nullptr);

/// A verb and its regular forms: "decline" gives "declines", "declining", "declined"; "step"
/// gives "stepping", "stepped". Irregular forms are listed in the rules.
std::vector<std::string> verb_forms(const std::string& verb);

/// Collapses runs of whitespace to one space and trims.
std::string collapse_space(std::string_view text);

} // namespace foia::analyze::detail
