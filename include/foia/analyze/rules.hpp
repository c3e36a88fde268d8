#pragma once
// Rule packs: the data files (data/rules/*.json) that say what to tag. See docs/rules.md.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace foia::analyze {

/// An agency known by name: full names and aliases match case-insensitively, acronyms only as
/// whole words in the case written here ("ICE", never "ice").
struct AgencyRule {
  std::string value; ///< canonical short name, e.g. "ICE"
  std::vector<std::string> names;
  std::vector<std::string> acronyms;
  std::vector<std::string> domains;    ///< email domains, e.g. "ice.dhs.gov", used for attribution
  std::vector<std::string> not_before; ///< words that cancel an acronym when they follow it
  /// Titles of the agency's officials ("Secretary of Homeland Security"): the subject of a
  /// speech verb that names one speaks for the agency; they are not tagged.
  std::vector<std::string> titles;
  /// Names or acronyms, as written, that other bodies' own units go by too ("CJIS"): right
  /// after another agency's mention ("SLED CJIS", "OSBI CJIS Unit") they are its unit.
  std::vector<std::string> unit_of_others;
  /// The state body this name means when it stands bare under a "State of X" letterhead
  /// ("{state} Department of Justice"); empty when the name is always federal.
  std::string state_form;
  /// The canonical value of the agency this one belongs to ("ICE" is part of "DHS"); a
  /// letterhead naming both is the more specific one's.
  std::string parent;
};

/// An agency recognised by an RE2 pattern ("{state}" expands to the state names); `value` is
/// an RE2 rewrite string (\1...) giving the canonical name.
struct AgencyPattern {
  std::string regex;
  std::string value;
};

/// A state body known by the state's initials and its own ("VSP", "KBI", "MDPS"): `initials` of
/// the body ("SP"), and its names ("State Police", "State Patrol"), the first unless the page
/// spells out another.
struct StateInitials {
  std::string initials;
  std::vector<std::string> names;
};

/// A generic pattern tag: every match of `regex` becomes a tag of `kind` whose value is the
/// rewrite `value` (default "\0"), whitespace collapsed.
struct PatternRule {
  std::string kind;
  std::string regex;
  std::string value = "\\0";
  double confidence = -1; ///< < 0: no confidence field
};

/// Word lists for one stance kind ("optout"): which sentences are about leaving a program and
/// which words say it is possible, impossible, or a question. Phrases are lowercase words.
struct StanceRule {
  std::string kind;
  std::vector<std::string> topic; ///< the program's names; a document must mention one
  /// the program's acronyms, as written ("SC"): whole words in running text, after "the" or
  /// "of" or before a word in lower case ("SC deployment"), not in an address ("Columbia, SC
  /// 29201") or a table
  std::vector<std::string> topic_acronyms;
  std::vector<std::string> leave; ///< leaving it: "opt out"
  std::vector<std::string>
      leave_if_program;                ///< leaving only when a program word follows: "decline"
  std::vector<std::string> program;    ///< "participate", "program"
  std::vector<std::string> permission; ///< before a leave word: "may", "can", "option"
  std::vector<std::string> permission_after; ///< after a leave word: "option", "process"
  std::vector<std::string> obligation;       ///< "mandatory", "required", "compel"
  std::vector<std::string> obligation_modal; ///< "must", "shall": count only before a program word
  std::vector<std::string> voluntary;        ///< "voluntary", "optional"
  std::vector<std::string> request;          ///< "request", "letter"
  std::vector<std::string> volition;         ///< "wish", "want": like a request, but never granted
  std::vector<std::string>
      request_verbs; ///< "ask", "urge": before "that"/"to", what follows is requested
  std::vector<std::string> procedure;     ///< "send", "submit": sending a request is how one leaves
  std::vector<std::string> grant;         ///< "granted", "honored", "enough"
  std::vector<std::string> denial;        ///< "denied", "rejected": a request refused
  std::vector<std::string> negators;      ///< "not", "no", "nothing", "without"
  std::vector<std::string> question;      ///< "whether": what follows takes no position
  std::vector<std::string> contrast;      ///< "but", "however": what follows weighs more
  std::vector<std::string> concessive;    ///< "although": what follows weighs less
  std::vector<std::string> clause_breaks; ///< words that end a negation's scope
  std::vector<std::string> speech_verbs;  ///< "said", "stated": attribution to a named agency
  std::vector<std::string>
      speech_before; ///< "according to", "position of": the agency after speaks
  std::vector<std::string>
      other_programs; ///< "287(g)": a stance word nearer one of these is about it
  std::vector<std::string>
      decision; ///< "say in", "decide": before "whether", who decides takes a position
  std::vector<std::string>
      consent; ///< "consent", "approval": its requirement makes leaving possible
  std::vector<std::string> condition; ///< "condition", "needed": a requirement, said of consent
  std::vector<std::string>
      leave_from; ///< "keep": with "from" after the program ("keep it from running"), leaving
  std::vector<std::string>
      separate; ///< "segregate", "set aside": with a jurisdiction's bookings as object, leaving
  std::vector<std::string> records; ///< "bookings", "prints": what a `separate` verb keeps apart
  std::vector<std::string>
      jurisdictions; ///< "county", "agency": a passive leave word with one of these as subject
  std::vector<std::string> block; ///< "stop", "halt": leaving only with a program word as object, a
                                  ///< jurisdiction as subject
  std::vector<std::string>
      expectation; ///< "expected": a hedged obligation, said of a `participation` word
  std::vector<std::string> participation; ///< "participate", "take part": what is expected
  std::vector<std::string>
      retraction; ///< "no longer", "incorrect": as the predicate, what came before is denied
  std::vector<std::string>
      futility; ///< "no legal effect": after a leave word, leaving comes to nothing
  std::vector<std::string>
      status; ///< "still in it", "outside the program": asked about, where a jurisdiction stands
  std::vector<std::string> delays; ///< "later", "postpone": a request granted for these is a delay
  std::vector<std::string>
      outside_speakers; ///< no agency: "advocates", "a reporter": their reported words are nobody's
  std::vector<std::string>
      denials; ///< a whole sentence denying the statement before it: "It is not."
  std::vector<std::string>
      affirmations; ///< a whole sentence affirming the statement before it: "That is correct."
  std::vector<std::string>
      restatements; ///< ending a short sentence, the position before stands: "does not change that"
  std::vector<std::string>
      people;     ///< "aliens", "detainees": a leave word said of them is deportation, not leaving
  int window = 6; ///< tokens between a modal or negator and the word it governs
};

/// Every rule in force, merged from all packs in load order.
struct RulePack {
  std::vector<std::string> pack_names; ///< names of the packs merged, in order
  std::map<std::string, int> months;   ///< lowercase month name or abbreviation -> 1..12
  std::vector<std::string> weekdays;   ///< lowercase, full and abbreviated
  std::vector<std::string>
      year_prepositions; ///< "by", "in", "until": a bare year after one is a date
  std::vector<std::string> states;
  std::vector<AgencyRule> agencies;
  std::vector<AgencyPattern> agency_patterns;
  std::vector<StateInitials> state_initials;
  std::vector<std::string> agency_stopwords; ///< dropped from the front of pattern matches ("The")
  std::vector<PatternRule> patterns;
  std::vector<StanceRule> stances;
  std::vector<std::string> abbreviations; ///< "mr", "dept": a period after them ends no sentence
};

/// Reads one rule pack file. Throws std::runtime_error naming the file (and key or JSON
/// position) when it is not valid.
RulePack read_rule_pack(const std::filesystem::path& file);

/// Merges packs in order. A pack with the same "name" as an earlier one replaces it; a stance
/// with the same kind replaces the earlier stance; every other list is appended.
RulePack merge_rule_packs(const std::vector<std::pair<std::string, RulePack>>& packs);

/// The data folder: $FOIA_DATA_DIR if set, else the source tree's data/ compiled in, else
/// ../share/foia/data beside the executable. Throws std::runtime_error when none exists.
std::filesystem::path default_data_dir();

/// The files load_rules reads, in its order: DATA_DIR/rules/*.json sorted by name, then
/// `extra_files`. Throws std::runtime_error when DATA_DIR has no rules folder.
std::vector<std::filesystem::path>
rule_files(const std::filesystem::path& data_dir,
           const std::vector<std::filesystem::path>& extra_files = {});

/// Loads DATA_DIR/rules/*.json (sorted by name), then each of `extra_files` in order (adding or
/// replacing packs by name). Throws std::runtime_error naming the bad file.
RulePack load_rules(const std::filesystem::path& data_dir,
                    const std::vector<std::filesystem::path>& extra_files = {});

} // namespace foia::analyze
