// Stance of a sentence about leaving a program ("optout"): is leaving possible, impossible, or
// is the sentence only asking? Built from word classes in the rule pack, not phrase lists:
//   leave word + permission modal      "counties may opt out"           available
//   the same, negated                  "there is no way to opt out"     unavailable
//   obligation word                    "participation is mandatory"     unavailable
//   the same, negated                  "nothing requires a county to"   available
//   voluntary word (negated flips)     "participation is voluntary"     available
//   request + grant word               "requests will not be granted"   unavailable
//   a question, or a bare request      "Can a county opt out?"          unclear
// A negator governs words up to `window` tokens after it within its clause (a comma, semicolon
// or "but" ends its scope). A clause after "but"/"however" weighs more than one after
// "although", so "although some asked to opt out, participation is mandatory" is unavailable.

#include "detail.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstring>
#include <stdexcept>

namespace foia::analyze::detail {

namespace {

// A token against a word written in the rules below ("not", "opt"): the rules make hundreds of
// these comparisons a sentence. GCC at -O2 (a RelWithDebInfo or distribution build) leaves
// std::string_view's operator== out of line in a function as long as classify, a call and a
// memcmp call for each; this one, chosen over it for a literal, compares the length and the bytes
// inline. Equal exactly when the standard one is, for a literal: every char array compared in
// this file is one, its N - 1 bytes its text.
template <std::size_t N>
[[gnu::always_inline]] inline bool operator==(std::string_view token, const char (&word)[N]) {
  return token.size() == N - 1 && std::memcmp(token.data(), word, N - 1) == 0;
}

bool is_determiner(std::string_view token) {
  return token == "the" || token == "a" || token == "an" || token == "its" || token == "their" ||
         token == "his" || token == "her" || token == "our" || token == "this" || token == "that" ||
         token == "these" || token == "those" || token == "any";
}

// "Monday", "March", "3", "15th": a word naming a day, after "on" a time and no one called on.
bool names_day(std::string_view token) {
  static const std::array<std::string_view, 19> k_days = {
      "monday",  "tuesday",   "wednesday", "thursday", "friday",  "saturday", "sunday",
      "january", "february",  "march",     "april",    "may",     "june",     "july",
      "august",  "september", "october",   "november", "december"};
  return std::isdigit(static_cast<unsigned char>(token.front())) ||
         std::find(k_days.begin(), k_days.end(), token) != k_days.end();
}

bool is_copula(std::string_view token) {
  return token == "is" || token == "are" || token == "was" || token == "were" || token == "be" ||
         token == "been";
}

// "seems possible", "appears to be an option": a verb that, like a copula, takes a complement.
bool is_seeming(std::string_view token) {
  return token == "seem" || token == "seems" || token == "seemed" || token == "appear" ||
         token == "appears" || token == "appeared";
}

// The words that may stand between a subject and its copula: "would not", "does not appear
// to", "is not going to", "will never".
bool is_auxiliary(std::string_view token) {
  static const std::unordered_set<std::string_view> k_auxiliaries = {
      "would",  "will",    "could",     "can",    "should", "may",    "might", "does",  "do",
      "did",    "not",     "never",     "to",     "going",  "likely", "ever",  "still", "no",
      "longer", "legally", "currently", "simply", "really", "has",    "have"};
  return k_auxiliaries.count(token) != 0 || is_seeming(token);
}

} // namespace

StanceTagger::StanceTagger(const StanceRule& rule)
    : m_kind(rule.kind), m_window(rule.window), m_leave(make_set(rule.leave, true)),
      m_leave_if_program(make_set(rule.leave_if_program, true)), m_program(make_set(rule.program)),
      m_permission(make_set(rule.permission)), m_permission_after(make_set(rule.permission_after)),
      m_obligation(make_set(rule.obligation)), m_obligation_modal(make_set(rule.obligation_modal)),
      m_voluntary(make_set(rule.voluntary)), m_request(make_set(rule.request)),
      m_volition(make_set(rule.volition)), m_request_verbs(make_set(rule.request_verbs)),
      m_procedure(make_set(rule.procedure)), m_grant(make_set(rule.grant)),
      m_denial(make_set(rule.denial)), m_negators(make_set(rule.negators)),
      m_question(make_set(rule.question)), m_contrast(make_set(rule.contrast)),
      m_concessive(make_set(rule.concessive)), m_clause_breaks(make_set(rule.clause_breaks)),
      m_speech(make_set(rule.speech_verbs)), m_speech_before(make_set(rule.speech_before)),
      m_other_programs(make_set(rule.other_programs)), m_topic_words(make_set(rule.topic)),
      m_decision(make_set(rule.decision)), m_consent(make_set(rule.consent)),
      m_condition(make_set(rule.condition)), m_leave_from(make_set(rule.leave_from)),
      m_separate(make_set(rule.separate)), m_block(make_set(rule.block, true)),
      m_expectation(make_set(rule.expectation)), m_participation(make_set(rule.participation)),
      m_retraction(make_set(rule.retraction)), m_futility(make_set(rule.futility)),
      m_status(make_set(rule.status)), m_delays(make_set(rule.delays)),
      m_outside_speakers(make_set(rule.outside_speakers)), m_denials(make_set(rule.denials)),
      m_affirmations(make_set(rule.affirmations)), m_restatements(make_set(rule.restatements)),
      m_jurisdictions(rule.jurisdictions.begin(), rule.jurisdictions.end()),
      m_people(rule.people.begin(), rule.people.end()),
      m_records(rule.records.begin(), rule.records.end()) {
  std::string topic;
  for (const std::string& name : rule.topic) {
    std::string escaped;
    for (char c : name) {
      if (c == ' ' || c == '-') {
        escaped += "[\\s-]*";
      } else {
        escaped += RE2::QuoteMeta(std::string(1, c));
      }
    }
    topic += (topic.empty() ? "" : "|") + escaped;
  }
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(false);
  m_topic = std::make_unique<RE2>("\\b(?:" + topic + ")\\b", options);
  if (!rule.topic_acronyms.empty()) {
    std::string acronyms;
    for (const std::string& acronym : rule.topic_acronyms) {
      acronyms += (acronyms.empty() ? "" : "|") + RE2::QuoteMeta(acronym);
    }
    m_acronyms = rule.topic_acronyms;
    RE2::Options exact;
    exact.set_log_errors(false);
    m_topic_acronyms = std::make_unique<RE2>("\\b(?:" + acronyms + ")\\b", exact);
    if (!m_topic_acronyms->ok()) {
      throw std::runtime_error("stance " + m_kind +
                               ": topic acronyms do not compile: " + m_topic_acronyms->error());
    }
  }
  if (!m_topic->ok()) {
    throw std::runtime_error("stance " + m_kind +
                             ": topic words do not compile: " + m_topic->error());
  }
  // The longest word of each phrase that can make a sentence relevant; a sentence without any
  // of them cannot match the phrase. Leave words alone, for documents that have not named the
  // program, where nothing else counts.
  const auto trigger_regex = [&](std::initializer_list<const PhraseSet*> sets, WordFinder& finder) {
    std::vector<std::string> trigger_words;
    for (const PhraseSet* set : sets) {
      for (const Phrase& phrase : set->phrases) {
        trigger_words.push_back(
            *std::max_element(phrase.begin(), phrase.end(),
                              [](const auto& a, const auto& b) { return a.size() < b.size(); }));
      }
    }
    std::sort(trigger_words.begin(), trigger_words.end(),
              [](const std::string& a, const std::string& b) {
                return a.size() != b.size() ? a.size() > b.size() : a < b;
              });
    trigger_words.erase(std::unique(trigger_words.begin(), trigger_words.end()),
                        trigger_words.end());
    std::string triggers;
    for (const std::string& word : trigger_words) {
      triggers += (triggers.empty() ? "" : "|") + RE2::QuoteMeta(word);
      finder.add(word);
    }
    auto regex = std::make_unique<RE2>(
        "\\b(?:" + (triggers.empty() ? std::string("\\x{0}") : triggers) + ")\\b", options);
    if (!regex->ok()) {
      throw std::runtime_error("stance " + m_kind + ": words do not compile: " + regex->error());
    }
    return regex;
  };
  m_triggers =
      trigger_regex({&m_leave, &m_leave_if_program, &m_obligation, &m_obligation_modal,
                     &m_voluntary, &m_grant, &m_denial, &m_decision, &m_consent, &m_leave_from,
                     &m_separate, &m_block, &m_expectation, &m_futility, &m_status},
                    m_trigger_words);
  m_leave_triggers = trigger_regex({&m_leave}, m_leave_trigger_words);
}

std::vector<std::size_t> StanceTagger::trigger_offsets(const WordBytes& page,
                                                       bool leave_only) const {
  const std::string_view text = page.text();
  const RE2& triggers = leave_only ? *m_leave_triggers : *m_triggers;
  std::vector<std::size_t> offsets;
  // The regex's matches, found without a search for each.
  const WordFinder& words = leave_only ? m_leave_trigger_words : m_trigger_words;
  if (words.usable() && words.find(page, offsets)) {
    return offsets;
  }
  re2::StringPiece match;
  std::size_t position = 0;
  while (position < text.size() &&
         triggers.Match(text, position, text.size(), RE2::UNANCHORED, &match, 1)) {
    const auto start = static_cast<std::size_t>(match.data() - text.data());
    offsets.push_back(start);
    position = start + std::max<std::size_t>(match.size(), 1);
  }
  return offsets;
}

bool StanceTagger::other_object(const Words& words, std::size_t at) const {
  const std::vector<std::string_view>& tokens = words.tokens;
  // "asks to withdraw from the statewide IAQ query pilot": what is left is the object too.
  std::size_t noun = at < tokens.size() && tokens[at] == "from" ? at + 1 : at;
  const bool determined = noun < tokens.size() && is_determiner(tokens[noun]);
  noun += determined ? 1 : 0;
  if (noun >= tokens.size() || !std::isalpha(static_cast<unsigned char>(tokens[noun].front())) ||
      tokens[noun].ends_with("self") || tokens[noun].ends_with("selves")) {
    return false;
  }
  // The object's phrase, "of" and all, names the program or a jurisdiction: "sit out the first
  // phase of deployment", "withdraw the county".
  for (std::size_t j = noun; j < std::min(tokens.size(), noun + 5); ++j) {
    if (!std::isalpha(static_cast<unsigned char>(tokens[j].front()))) {
      break;
    }
    if (match_at(m_program, words, j) || match_at(m_topic_words, words, j) ||
        m_jurisdictions.count(tokens[j])) {
      return false;
    }
  }
  // Without a determiner only a plural noun is surely an object ("decline overtime shifts"):
  // "may withdraw whenever it likes" is not.
  return determined || (tokens[noun].size() > 3 && tokens[noun].back() == 's' &&
                        !tokens[noun].ends_with("ss") && !tokens[noun].ends_with("ly"));
}

bool StanceTagger::leave_idiom_at(const Words& words, std::size_t at) const {
  const std::size_t length = match_at(m_leave_if_program, words, at);
  const auto& tokens = words.tokens;
  // "the managers say no county will be allowed out": "no" there is the subject's, not said.
  if (length && tokens[at + length - 1] == "no" && at + length < tokens.size() &&
      (m_jurisdictions.count(tokens[at + length]) != 0 || tokens[at + length] == "one")) {
    return true;
  }
  // "She should not leave her memorandum standing": "leave" with an object of its own that is
  // no program (nor "leave the county out") leaves something, not the program.
  if (length == 1 && (tokens[at] == "leave" || tokens[at] == "leaves" || tokens[at] == "leaving") &&
      at + 2 < tokens.size() && is_determiner(tokens[at + 1]) && tokens[at + 1] != "no") {
    const std::size_t end = std::min(tokens.size(), at + 6);
    bool program = false;
    for (std::size_t j = at + 1; j < end && !program; ++j) {
      program = match_at(m_program, words, j) || match_at(m_topic_words, words, j) ||
                tokens[j] == "out" || tokens[j] == "off";
    }
    if (!program) {
      return true;
    }
  }
  if (!length || at + length + 1 >= tokens.size() || tokens[at + length] != "it") {
    return false;
  }
  const std::string_view next = tokens[at + length + 1];
  return next == "there" || next == "at" || next == "alone";
}

std::size_t StanceTagger::leave_if_program_at(std::string_view sentence, const Words& words,
                                              std::size_t at) const {
  const std::size_t length = match_at(m_leave_if_program, words, at);
  // in_a_name reads the whole sentence: only for a word that matched.
  return length && !leave_idiom_at(words, at) && !in_a_name(sentence, words, at) ? length : 0;
}

std::string_view StanceTagger::as_written(std::string_view sentence, const Words& words,
                                          std::size_t at) {
  const std::string_view token = words.tokens[at];
  const char* lower = words.lower.data();
  if (token.data() < lower || token.data() >= lower + words.lower.size()) {
    return {};
  }
  return sentence.substr(static_cast<std::size_t>(token.data() - lower), token.size());
}

// "the county's": the token's word as written ends in "'s" (the tokens drop it).
bool StanceTagger::possessive(const Words& words, std::size_t at) {
  const std::string_view token = words.tokens[at];
  const char* lower = words.lower.data();
  if (token.data() < lower || token.data() + token.size() + 2 > lower + words.lower.size()) {
    return false;
  }
  const std::size_t end = static_cast<std::size_t>(token.data() - lower) + token.size();
  return words.lower[end] == '\'' && words.lower[end + 1] == 's';
}

bool StanceTagger::is_topic_acronym(std::string_view sentence, const Words& words,
                                    std::size_t at) const {
  const std::string_view written = as_written(sentence, words, at);
  return !written.empty() &&
         std::find(m_acronyms.begin(), m_acronyms.end(), written) != m_acronyms.end();
}

bool StanceTagger::capitalized_words(std::string_view sentence, const Words& words,
                                     std::size_t begin, std::size_t end) {
  if (begin >= end) {
    return false;
  }
  for (std::size_t i = begin; i < end; ++i) {
    const std::string_view written = as_written(sentence, words, i);
    if (written.empty() || !(written.front() >= 'A' && written.front() <= 'Z')) {
      return false;
    }
  }
  return true;
}

bool StanceTagger::in_a_name(std::string_view sentence, const Words& words, std::size_t at) {
  const auto capitalized = [&](std::size_t i) {
    return capitalized_words(sentence, words, i, i + 1);
  };
  if (at == 0 || !capitalized(at)) {
    return false;
  }
  if (!(at + 1 < words.tokens.size() && capitalized(at + 1)) && !(at > 1 && capitalized(at - 1))) {
    return false;
  }
  // In a line in capitals, or a short headline whose words are mostly capitalised, no name is
  // told apart.
  std::size_t alphabetic = 0;
  std::size_t capitals = 0;
  for (std::size_t i = 0; i < words.tokens.size(); ++i) {
    if (std::isalpha(static_cast<unsigned char>(words.tokens[i].front()))) {
      ++alphabetic;
      capitals += capitalized(i) ? 1U : 0U;
    }
  }
  // OCR's "l" for "I" leaves a few small letters in a line in capitals ("MARRlSH C0UNTY").
  const auto small =
      std::count_if(sentence.begin(), sentence.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  const auto large =
      std::count_if(sentence.begin(), sentence.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  const bool in_capitals = small * 20 <= large;
  const bool headline = alphabetic <= 14 && capitals * 10 >= alphabetic * 6;
  return !in_capitals && !headline;
}

bool StanceTagger::names_jurisdiction(const std::vector<std::string_view>& tokens,
                                      std::size_t begin, std::size_t end) const {
  for (std::size_t i = begin; i < end && i < tokens.size(); ++i) {
    if (m_jurisdictions.count(tokens[i]) != 0) {
      return true;
    }
  }
  return false;
}

bool StanceTagger::duty_of_other_program(const Words& words, std::size_t begin,
                                         std::size_t clause_end) const {
  const std::size_t end = std::min({clause_end, begin + 10, words.tokens.size()});
  for (std::size_t j = begin; j < end; ++j) {
    if (match_at(m_topic_words, words, j) || match_at(m_participation, words, j)) {
      return false;
    }
    if (match_at(m_other_programs, words, j)) {
      return true;
    }
  }
  return false;
}

bool StanceTagger::about_other_program(const Words& words, std::size_t at, std::size_t clause_begin,
                                       std::size_t clause_end) const {
  // 0: neither program named at j, 1: ours, 2: another.
  const auto named = [&](std::size_t j) {
    return match_at(m_topic_words, words, j) ? 1 : match_at(m_other_programs, words, j) ? 2 : 0;
  };
  // The clause's subject first, then its object, then earlier clauses.
  for (std::size_t j = at + 1; j-- > clause_begin;) {
    if (const int which = named(j)) {
      return which == 2;
    }
  }
  for (std::size_t j = at + 1; j < clause_end; ++j) {
    if (const int which = named(j)) {
      return which == 2;
    }
  }
  for (std::size_t j = clause_begin; j-- > 0;) {
    if (const int which = named(j)) {
      return which == 2;
    }
  }
  return false;
}

std::size_t StanceTagger::unwilling_length(const Words& words, std::size_t at) const {
  const std::vector<std::string_view>& tokens = words.tokens;
  if (at + 2 >= tokens.size() || (tokens[at] != "not" && tokens[at] != "never")) {
    return 0;
  }
  const std::size_t wish = match_at(m_volition, words, at + 1);
  if (!wish) {
    return 0;
  }
  std::size_t next = at + 1 + wish;
  if (next < tokens.size() && tokens[next] == "to") {
    // "does not wish to be activated": the passive too.
    const std::size_t verb =
        next + 1 < tokens.size() && tokens[next + 1] == "be" ? next + 2 : next + 1;
    const std::size_t act =
        std::max(match_at(m_participation, words, verb), match_at(m_program, words, verb));
    return act ? verb + act - at : 0;
  }
  // "counties that didn't want it could say so", "did not want the program": the program, when
  // no infinitive or clause of its own follows ("did not want it to be delayed").
  std::size_t object = 0; // where "it" or "the program" ends, or 0
  if (next < tokens.size() && tokens[next] == "it") {
    object = next + 1;
  } else if (next + 1 < tokens.size() && tokens[next] == "the" && tokens[next + 1] == "program") {
    object = next + 2;
  }
  if (object != 0 &&
      (object == tokens.size() || (tokens[object] != "to" && tokens[object] != "that"))) {
    return object - at;
  }
  // "did not want Secure Communities", "does not want his jail in Secure Communities".
  for (std::size_t j = next; j < std::min(tokens.size(), next + 4); ++j) {
    const std::size_t thing = j + (tokens[j] == "in" ? 1 : 0);
    if (const std::size_t name = match_at(m_topic_words, words, thing)) {
      return thing + name - at;
    }
  }
  return 0;
}

int StanceTagger::answer_to(const Words& words, std::size_t asked,
                            const std::vector<bool>& questioned) const {
  const std::vector<std::string_view>& tokens = words.tokens;
  const std::size_t count = tokens.size();
  // "If the City could decline, I would have recommended it", "Had the County been able to
  // leave, the Board would have had a decision to weigh", "Were an opt-out available, staff
  // would have brought it": a supposition whose main clause says what would have followed is
  // contrary to fact.
  std::size_t opened = asked;
  while (opened > 0 && questioned[opened - 1]) {
    --opened;
  }
  const bool supposes =
      tokens[opened] == "if" || tokens[opened] == "had" || tokens[opened] == "were";
  bool supposed_permission = false;
  for (std::size_t j = opened; j < count && questioned[j] && supposes; ++j) {
    supposed_permission = supposed_permission || match_at(m_permission, words, j) ||
                          match_at(m_permission_after, words, j);
  }
  for (std::size_t k = asked; k + 1 < count && supposed_permission; ++k) {
    if (!questioned[k] && tokens[k] == "would" && tokens[k + 1] == "have") {
      return -1;
    }
  }
  // "asked whether the county could be excluded, and was told that it could not", "my answer is
  // that it could not": an answer that leaves out the question's verb takes its position.
  const auto is_pronoun = [](std::string_view token) {
    return token == "it" || token == "they" || token == "he" || token == "she" || token == "we" ||
           token == "you" || token == "none";
  };
  const auto is_modal = [](std::string_view token) {
    return token == "can" || token == "could" || token == "may" || token == "might" ||
           token == "would" || token == "will";
  };
  for (std::size_t k = asked + 1; k + 1 < count; ++k) {
    if (questioned[k] || !is_pronoun(tokens[k]) || !is_modal(tokens[k + 1])) {
      continue;
    }
    std::size_t after = k + 2;
    // "they cannot", "none can", "I don't think you can".
    const bool denied_after = after < count && (tokens[after] == "not" || tokens[after] == "never");
    after += denied_after ? 1 : 0;
    const bool denied_before =
        k >= 2 && (tokens[k - 1] == "not" || tokens[k - 2] == "not") && tokens[k - 1] != ",";
    const bool denied = (denied_after != denied_before) != (tokens[k] == "none");
    const bool ends = after >= count || tokens[after] == "," || tokens[after] == "." ||
                      tokens[after] == ";" || tokens[after] == ":" || tokens[after] == "and" ||
                      tokens[after] == "but";
    if (ends) {
      return denied ? -1 : 1;
    }
  }
  // "asked the State Patrol whether it could be left out and was told no".
  for (std::size_t k = asked + 1; k + 1 < count; ++k) {
    const std::string_view answer = tokens[k + 1];
    if (questioned[k] || !(tokens[k] == "told" || tokens[k] == "answered") ||
        !(answer == "no" || answer == "yes")) {
      continue;
    }
    const std::size_t after = k + 2;
    if (after >= count || tokens[after] == "," || tokens[after] == "." || tokens[after] == ";" ||
        tokens[after] == "and" || tokens[after] == "but") {
      return answer == "no" ? -1 : 1;
    }
  }
  return 0;
}

namespace {

// Whether the tokens from `at` spell an identifier with a digit ("a12", "C-04", read as "c" and
// "04"): what "No." numbers, not a word that a "No." answers ("No. In 2013 every county ...").
bool names_identifier(const std::vector<std::string_view>& tokens, std::size_t at) {
  const auto has_digit = [](std::string_view token) {
    return std::any_of(token.begin(), token.end(), is_digit);
  };
  return has_digit(tokens[at]) ||
         (at + 1 < tokens.size() && tokens[at].size() == 1 && has_digit(tokens[at + 1]));
}

} // namespace

FollowUp StanceTagger::follow_up(std::string_view sentence) const {
  if (sentence.size() > 400) {
    return FollowUp::none;
  }
  const Words& words = sentence_words(sentence);
  const std::vector<std::string_view>& tokens = words.tokens;
  std::size_t begin = 0;
  std::size_t end = tokens.size();
  // An answer's label ("A.", "A7.", "Answer:", "Response:") and the closing period are not part
  // of what it says.
  const auto is_answer_label = [](std::string_view token) {
    return token == "answer" || token == "response" ||
           (token.front() == 'a' && std::all_of(token.begin() + 1, token.end(), is_digit));
  };
  if (end >= 2 && is_answer_label(tokens[0]) && (tokens[1] == "." || tokens[1] == ":")) {
    begin = 2;
  }
  // "So which is it?", "If Orrin County can write a letter, why can't we?": a question that
  // asks which of two positions holds, or a modal and a pronoun with the verb left out.
  if (end > begin && tokens[end - 1] == "?") {
    const std::size_t last = end - 1;
    const bool which = last >= begin + 3 && tokens[last - 3] == "which" &&
                       tokens[last - 2] == "is" && tokens[last - 1] == "it";
    std::size_t modal = last >= begin + 2 ? last - 2 : begin;
    if (modal > begin && tokens[modal] == "not") {
      --modal;
    }
    const std::string_view who = last > begin ? tokens[last - 1] : std::string_view();
    if (which || (last >= begin + 2 && (tokens[modal] == "can" || tokens[modal] == "could") &&
                  (who == "we" || who == "they" || who == "it"))) {
      return FollowUp::asks;
    }
  }
  while (end > begin && (tokens[end - 1] == "." || tokens[end - 1] == "?")) {
    --end;
  }
  if (end > begin && tokens[end - 1] == "?") {
    return FollowUp::none;
  }
  const std::size_t length = end - begin;
  // "No, it is not.", "Yes: once the state ... every jurisdiction participates.", "No. ICE has
  // not located any record ...": a leading "no" or "yes" answers, whatever follows ("No. 12" is
  // a number).
  if (length > 2 && (tokens[begin] == "no" || tokens[begin] == "yes") &&
      (tokens[begin + 1] == "," || tokens[begin + 1] == ":" || tokens[begin + 1] == ";" ||
       (tokens[begin + 1] == "." &&
        std::isalpha(static_cast<unsigned char>(tokens[begin + 2].front())) &&
        !names_identifier(tokens, begin + 2)))) {
    return tokens[begin] == "no" ? FollowUp::denies : FollowUp::affirms;
  }
  // "Told them no - LSP has signed", "We said yes.", "Tell them no.": an answer told back to
  // the asker, to a question or a request.
  {
    std::size_t at = begin;
    if (at < end && (tokens[at] == "i" || tokens[at] == "we" || tokens[at] == "he" ||
                     tokens[at] == "she" || tokens[at] == "they")) {
      ++at;
    }
    if (const std::size_t verb = match_at(m_speech, words, at); verb && at + verb < end) {
      at += verb;
      const std::string_view asker = tokens[at];
      if (asker == "them" || asker == "him" || asker == "her" || asker == "us" || asker == "me") {
        ++at;
      }
      if (at < end && (tokens[at] == "no" || tokens[at] == "yes") &&
          (at + 1 == end || !std::isalpha(static_cast<unsigned char>(tokens[at + 1].front())))) {
        return tokens[at] == "no" ? FollowUp::answers_no : FollowUp::answers_yes;
      }
    }
  }
  const std::size_t said = begin;
  // "A8. Send a letter to your state identification bureau ...": told how to ask, after a
  // question about leaving.
  if (const std::size_t send = match_at(m_procedure, words, begin);
      send && any_in(m_request, words, begin + send, std::min(end, begin + send + 4))) {
    return FollowUp::answers_yes;
  }
  if (said < end && match_at(m_denials, words, said) == end - said) {
    return FollowUp::denies;
  }
  // "Now they say we can't.", "It can.": a pronoun and a modal, the verb left out, say whether
  // the leaving just spoken of is possible.
  if (length <= 8 && end - begin >= 2) {
    const bool denied = tokens[end - 1] == "not";
    const std::size_t modal = end - (denied ? 2 : 1);
    const std::string_view who = modal > begin ? tokens[modal - 1] : std::string_view();
    if (modal > begin &&
        (tokens[modal] == "can" || tokens[modal] == "could" || tokens[modal] == "may") &&
        (who == "we" || who == "they" || who == "it" || who == "you")) {
      return denied ? FollowUp::answers_no : FollowUp::answers_yes;
    }
  }
  // "That guidance has since been withdrawn.", "That is no longer the case.": what was said
  // before, taken back.
  if (length > 0 && length <= 10 && (tokens[begin] == "that" || tokens[begin] == "this")) {
    for (std::size_t j = begin + 1; j < end; ++j) {
      if (const std::size_t retracted = match_at(m_retraction, words, j);
          retracted && j + retracted == end) {
        return FollowUp::denies;
      }
    }
  }
  if (said < end && match_at(m_affirmations, words, said) == end - said) {
    return FollowUp::affirms;
  }
  if (length <= 16) {
    for (std::size_t j = begin; j < end; ++j) {
      if (match_at(m_restatements, words, j) == end - j) {
        return FollowUp::affirms;
      }
      // "The CBI confirmed the same position to me by telephone.": said again.
      if (const std::size_t verb = match_at(m_speech, words, j);
          verb && j + verb + 2 < end && tokens[j + verb] == "the" &&
          tokens[j + verb + 1] == "same" &&
          (tokens[j + verb + 2] == "position" || tokens[j + verb + 2] == "answer" ||
           tokens[j + verb + 2] == "thing" || tokens[j + verb + 2] == "view")) {
        return FollowUp::affirms;
      }
    }
  }
  // "my honest answer is that it could not, at least not ...": a modal with its verb left out.
  for (std::size_t k = begin; k + 1 < end; ++k) {
    const std::string_view modal = tokens[k + 1];
    if ((tokens[k] != "it" && tokens[k] != "they") ||
        (modal != "can" && modal != "could" && modal != "may" && modal != "might")) {
      continue;
    }
    std::size_t after = k + 2;
    const bool denied = after < end && (tokens[after] == "not" || tokens[after] == "never");
    after += denied ? 1 : 0;
    if (after >= end || tokens[after] == "," || tokens[after] == ";" || tokens[after] == ":") {
      return denied ? FollowUp::answers_no : FollowUp::answers_yes;
    }
  }
  return FollowUp::none;
}

bool StanceTagger::opens_with_question(const Words& words) const {
  const std::vector<std::string_view>& tokens = words.tokens;
  // After a speaker's label ("ero.duty: can a county opt out"), the turn's first words.
  std::size_t first = 0;
  for (std::size_t i = 0; i < std::min<std::size_t>(tokens.size(), 12); ++i) {
    if (tokens[i] == ":") {
      first = i + 1;
    }
  }
  // "Q1. True or false: once a state bureau signs its MOA, ...": a quiz item asks.
  for (std::size_t i = 0; i + 3 < std::min<std::size_t>(tokens.size(), 20); ++i) {
    if (tokens[i] == "true" && tokens[i + 1] == "or" && tokens[i + 2] == "false" &&
        tokens[i + 3] == ":") {
      return true;
    }
  }
  if (first + 1 >= tokens.size()) {
    return false;
  }
  // "should", "had" and "were" before their subject suppose ("Should a county wish to opt out,
  // it must write"); these ask.
  const std::string_view verb = tokens[first];
  const bool asking_verb = verb == "can" || verb == "could" || verb == "may" || verb == "might" ||
                           verb == "will" || verb == "would" || verb == "is" || verb == "are" ||
                           verb == "does" || verb == "do" || verb == "did" || verb == "has" ||
                           verb == "have" || verb == "must";
  return asking_verb && opens_subject(tokens[first + 1]);
}

bool StanceTagger::opens_subject(std::string_view token) const {
  return token == "a" || token == "an" || token == "the" || token == "any" || token == "our" ||
         token == "this" || token == "each" || token == "we" || token == "they" || token == "it" ||
         token == "i" || token == "you" || token == "there" || m_jurisdictions.count(token) != 0;
}

void StanceTagger::add_to(Screen& screen, std::size_t topic, std::size_t topic_acronyms,
                          std::size_t triggers, std::size_t leave_triggers) const {
  screen.add(topic, *m_topic);
  if (m_topic_acronyms) {
    screen.add(topic_acronyms, *m_topic_acronyms);
  }
  // A WordFinder reads a page for the trigger words for less than a pass of the screen, and in
  // the screen's set its hundreds of words made the DFA states RE2 builds as new text reaches
  // them twice as costly: trigger_offsets reads every page, unless only its regex can.
  if (m_trigger_words.usable()) {
    screen.pass(triggers);
  } else {
    screen.add(triggers, *m_triggers);
  }
  if (m_leave_trigger_words.usable()) {
    screen.pass(leave_triggers);
  } else {
    screen.add(leave_triggers, *m_leave_triggers);
  }
}

bool StanceTagger::mentions_topic(std::string_view text, bool named, bool acronym) const {
  if (named && RE2::PartialMatch(text, *m_topic)) {
    return true;
  }
  if (!acronym || !m_topic_acronyms) {
    return false;
  }
  // In running text: after "the", "of" and the like, or before a word in lower case ("SC is
  // deployed state by state", "opted out of SC"); not a state's postal code in an address
  // ("Columbia, SC 29201") or a table's column ("SC      Federal").
  const auto is_word_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  re2::StringPiece found;
  for (std::size_t at = 0;
       at < text.size() &&
       m_topic_acronyms->Match(text, at, text.size(), RE2::UNANCHORED, &found, 1);) {
    const auto start = static_cast<std::size_t>(found.data() - text.data());
    const std::size_t end = start + found.size();
    at = end;
    // The words one space before it and one space after it.
    std::string_view before;
    if (start >= 2 && text[start - 1] == ' ' && is_word_char(text[start - 2])) {
      std::size_t begin = start - 2;
      while (begin > 0 && is_word_char(text[begin - 1])) {
        --begin;
      }
      before = text.substr(begin, start - 1 - begin);
    }
    std::string_view after;
    if (end + 1 < text.size() && text[end] == ' ') {
      std::size_t after_end = end + 1;
      while (after_end < text.size() && is_word_char(text[after_end])) {
        ++after_end;
      }
      after = text.substr(end + 1, after_end - end - 1);
    }
    const bool running_before =
        before == "the" || before == "of" || before == "about" || before == "for";
    const bool running_after =
        after.size() >= 2 &&
        std::all_of(after.begin(), after.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (running_before || running_after) {
      return true;
    }
  }
  return false;
}

bool StanceTagger::speech_follows(std::string_view sentence, std::size_t offset) const {
  if (offset > sentence.size()) {
    return false;
  }
  thread_local Words words; // reused: called for every agency in every statement
  // Five words are all that is looked at, after a parenthetical phrase if one comes first.
  read_words(sentence.substr(offset, 100), words);
  if (words.tokens.size() > 1 && words.tokens[0] == ",") {
    read_words(sentence.substr(offset, 200), words);
  }
  const std::vector<std::string_view>& after = words.tokens;
  // "DHS, in a letter dated August 5, 2011, took the position that": a prepositional phrase
  // between commas sits between the agency and its verb.
  // So does a relative clause: "the Oregon State Police, which sends the County's submissions to
  // the FBI, has advised the County that ...".
  const auto is_preposition = [](std::string_view token) {
    return token == "in" || token == "on" || token == "at" || token == "by" || token == "through" ||
           token == "during";
  };
  const bool relative =
      after.size() > 2 && after[0] == "," && (after[1] == "which" || after[1] == "who");
  std::size_t past = 0; // the word after the phrase's closing comma, or 0
  // A relative clause runs longer than a prepositional phrase ("which sends the County's
  // fingerprint submissions to the FBI"); the words read are at most 200 bytes.
  const std::size_t reach = relative ? 24 : 16;
  if (after.size() > 2 && after[0] == "," && (is_preposition(after[1]) || relative)) {
    for (std::size_t i = 2; i < after.size() && i < reach && past == 0; ++i) {
      // A date's own comma ("August 5, 2011,") is inside the phrase: the last comma before a
      // word that is not a number ends it.
      if (after[i] == "," && i + 1 < after.size() &&
          !std::isdigit(static_cast<unsigned char>(after[i + 1].front()))) {
        past = i + 1;
      }
    }
  }
  const auto verb_from = [&](std::size_t first) {
    for (std::size_t i = first; i < after.size() && i < first + 5; ++i) {
      // "ICE, which said ...": a relative clause right after the agency is still the agency's.
      if (i == 0 && after[i] == "," && after.size() > 1 &&
          (after[1] == "which" || after[1] == "who")) {
        continue;
      }
      if (after[i] == "," || after[i] == ";" || after[i] == "." || after[i] == ":") {
        break; // "DHS leadership, the position of ICE": the verb after a comma is someone else's
      }
      if (const std::size_t length = match_at(m_speech, words, i)) {
        // "RISP were assured by ICE representatives that ...": told by the agent after "by".
        const bool passive_by = i > 0 && is_copula(after[i - 1]) && i + length < after.size() &&
                                after[i + length] == "by";
        return !passive_by;
      }
      // "the Sheriff's Office had asked to be left out": who asks speaks, when asking is its own
      // verb ("ICE has honored every request" is ICE granting, "will continue to ask" a plan).
      const bool auxiliary_before =
          i == first || (i == first + 1 && (after[first] == "had" || after[first] == "has" ||
                                            after[first] == "have"));
      if (auxiliary_before && match_at(m_request_verbs, words, i)) {
        return true;
      }
    }
    return false;
  };
  // After a relative clause, its own verb first, then the agency's own right after it ("...,
  // has advised"), not another subject's ("..., and ICE said", "..., whose CJIS Division told").
  std::size_t verb = past;
  while (verb < after.size() && (after[verb] == "has" || after[verb] == "have" ||
                                 after[verb] == "had" || after[verb] == "also")) {
    ++verb;
  }
  return verb_from(relative ? 0 : past) ||
         (relative && past != 0 && verb < after.size() && match_at(m_speech, words, verb) != 0);
}

bool StanceTagger::speech_precedes(std::string_view sentence, std::size_t offset) const {
  thread_local Words words;
  // The last four words before the agency are all that is looked at (a passive's verb, the
  // last eight).
  const std::size_t end = std::min(offset, sentence.size());
  const std::size_t begin = end > 80 ? end - 80 : 0;
  read_words(sentence.substr(begin, end - begin), words);
  for (std::size_t i = words.tokens.size() >= 4 ? words.tokens.size() - 4 : 0;
       i < words.tokens.size(); ++i) {
    const std::size_t length = match_at(m_speech_before, words, i);
    if (length && i + length >= words.tokens.size() - (words.tokens.empty() ? 0 : 1) &&
        i + length <= words.tokens.size()) {
      // The phrase must end right before the agency (allowing one word such as "the").
      return true;
    }
  }
  // "were told the same thing by the Virginia State Police": a passive speech verb's agent.
  const std::vector<std::string_view>& tokens = words.tokens;
  std::size_t by = tokens.size();
  while (by > 0 && tokens.size() - by < 2 && tokens[by - 1] != "by") {
    --by;
  }
  if (by == 0 || tokens[by - 1] != "by") {
    return false;
  }
  for (std::size_t verb = by > 7 ? by - 7 : 1; verb + 1 < by; ++verb) {
    const std::string_view auxiliary = tokens[verb - 1];
    if ((auxiliary == "was" || auxiliary == "were" || auxiliary == "been" ||
         auxiliary == "being") &&
        match_at(m_speech, words, verb)) {
      return true;
    }
  }
  return false;
}

std::optional<std::pair<std::size_t, std::size_t>>
StanceTagger::speech_subject(std::string_view sentence, std::size_t* verb_end) const {
  const Words& words = sentence_words(sentence);
  const std::vector<std::string_view>& tokens = words.tokens;
  const std::string_view lower = words.lower;
  // Tokens view `lower`, which has the sentence's bytes, except the "not" and "will" of
  // contractions: a subject starts at a word of the sentence.
  const auto in_sentence = [&](std::string_view token) {
    return token.data() >= lower.data() && token.data() < lower.data() + lower.size();
  };
  for (std::size_t verb = 1; verb < tokens.size(); ++verb) {
    const std::size_t length = match_at(m_speech, words, verb);
    // "no say in whether": "say" there is a noun; "to say" has the subject of another verb.
    // "When the program was explained to us, the officer from ERO said ...": a passive's
    // subject is what was said, not who said it.
    if (!length || match_at(m_decision, words, verb) > 1 || tokens[verb - 1] == "to" ||
        ((tokens[verb - 1] == "was" || tokens[verb - 1] == "were") &&
         (tokens[verb].ends_with("ed") || tokens[verb] == "told"))) {
      continue;
    }
    const auto ends_phrase = [&](std::size_t at) {
      return tokens[at] == "," || tokens[at] == ";" || tokens[at] == ":" || tokens[at] == "(" ||
             tokens[at] == ")";
    };
    // "ICE's web page, as it read in September 2010, advised that ...", "ICE's materials --
    // including a fact sheet, ... -- stated that ...": an aside set off right before the verb
    // stands between it and its subject.
    std::size_t end = verb;
    if (tokens[verb - 1] == "," || tokens[verb - 1] == ":") {
      // A date's own comma ("an email from ERO, dated September 24, 2010, saying") is inside
      // the aside.
      const auto opens = [&](std::size_t at) {
        return tokens[at - 1] == tokens[verb - 1] && !is_digit(tokens[at].front());
      };
      std::size_t open = verb - 1;
      while (open > 0 && verb - open < 30 && !opens(open)) {
        --open;
      }
      if (open == 0 || verb - open >= 30) {
        return std::nullopt;
      }
      end = open - 1;
    }
    // "The Secretary's letter to Congress of September 7, 2010, which ..., says": a date's
    // own comma is inside the subject.
    const auto dates_comma = [&](std::size_t at) {
      return tokens[at] == "," && at > 0 && at + 1 < end && is_digit(tokens[at - 1].front()) &&
             is_digit(tokens[at + 1].front());
    };
    std::size_t begin = end;
    while (begin > 0 && (!ends_phrase(begin - 1) || dates_comma(begin - 1))) {
      --begin;
    }
    while (begin < end && !in_sentence(tokens[begin])) {
      ++begin;
    }
    if (begin == end || !in_sentence(tokens[verb])) {
      return std::nullopt;
    }
    // "..., if ICE maintains that no town can opt out, ...", "Until ICE advises otherwise, ...": a
    // supposed speaker says nothing.
    if (match_at(m_question, words, begin) || tokens[begin] == "unless" ||
        tokens[begin] == "until") {
      continue;
    }
    if (verb_end != nullptr) {
      const std::string_view last = tokens[verb + length - 1];
      *verb_end =
          in_sentence(last)
              ? static_cast<std::size_t>(last.data() - lower.data()) + last.size()
              : static_cast<std::size_t>(tokens[verb].data() - lower.data()) + tokens[verb].size();
    }
    return std::make_pair(static_cast<std::size_t>(tokens[begin].data() - lower.data()),
                          static_cast<std::size_t>(tokens[end].data() - lower.data()));
  }
  return std::nullopt;
}

bool StanceTagger::names_outside_speaker(std::string_view text) const {
  thread_local Words words;
  read_words(text, words);
  return any_in(m_outside_speakers, words, 0, words.tokens.size());
}

namespace {

// Whether the words from token `at` are quoted after a word that names them as words ("the
// phrase \"opt out\"", "write \"opt out\" or \"opt in\""). The text is normalized: OCR's and
// word processors' curly quotes are straight ones here.
bool quoted_mention(std::string_view sentence, std::string_view lower,
                    const std::vector<std::string_view>& tokens, std::size_t at) {
  const std::string_view token = tokens[at];
  if (token.data() < lower.data() || token.data() >= lower.data() + lower.size()) {
    return false;
  }
  const auto offset = static_cast<std::size_t>(token.data() - lower.data());
  if (offset >= sentence.size()) {
    return false;
  }
  static const std::unordered_set<std::string_view> k_naming = {
      "phrase", "phrases", "word", "words", "term", "terms", "language", "write"};
  std::string_view before = sentence.substr(0, offset);
  // Back over the quoted words a list names before these ("\"opt out\" or").
  for (int quoted = 0; quoted < 4 && before.ends_with('"'); ++quoted) {
    before.remove_suffix(1);
    while (!before.empty() && (before.back() == ' ' || before.back() == '\n')) {
      before.remove_suffix(1);
    }
    std::size_t word = before.size();
    while (word > 0 && std::isalpha(static_cast<unsigned char>(before[word - 1]))) {
      --word;
    }
    std::string last(before.substr(word));
    for (char& c : last) {
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (k_naming.count(last) != 0) {
      return true;
    }
    if (last != "or" && last != "and") {
      return false;
    }
    // The list's quoted words before: back to their opening quote.
    before = before.substr(0, word);
    while (!before.empty() && (before.back() == ' ' || before.back() == ',')) {
      before.remove_suffix(1);
    }
    if (!before.ends_with('"')) {
      return false;
    }
    before.remove_suffix(1);
    const std::size_t open = before.rfind('"');
    if (open == std::string_view::npos) {
      return false;
    }
    before = before.substr(0, open + 1);
  }
  return false;
}

} // namespace

StanceResult StanceTagger::classify(std::string_view sentence, bool on_topic) const {
  StanceResult result;
  // Scratch space reused across calls on this thread: classify runs on most sentences of a page
  // about the program, and fresh vectors for each were a tenth of the time.
  thread_local Scratch scratch;
  Words& words = sentence_words(sentence);
  const std::vector<std::string_view>& tokens = words.tokens;
  const std::size_t count = tokens.size();
  const std::uint64_t triggers = m_leave.bit | m_leave_if_program.bit | m_obligation.bit |
                                 m_obligation_modal.bit | m_voluntary.bit | m_grant.bit |
                                 m_denial.bit | m_decision.bit | m_consent.bit | m_leave_from.bit |
                                 m_separate.bit | m_block.bit | m_expectation.bit | m_status.bit;
  if (std::none_of(words.masks.begin(), words.masks.end(),
                   [triggers](std::uint64_t mask) { return (mask & triggers) != 0; })) {
    return result;
  }
  // "MYTH: The County can opt out ...": a myths-and-facts box's claim, put to be refuted, says
  // nothing its writer holds; its "FACT:" does.
  if (count > 1 && tokens[0] == "myth" && tokens[1] == ":") {
    return result;
  }

  // Clauses: where each token's clause starts, and how much that clause weighs.
  std::vector<std::size_t>& clause_start = scratch.clause_start;
  std::vector<double>& weight = scratch.weight;
  clause_start.assign(count, 0);
  weight.assign(count, 1.0);
  std::size_t current_start = 0;
  double current_weight = 1.0;
  const auto is_punctuation = [](std::string_view token) {
    return token == "," || token == ";" || token == ":" || token == "(" || token == ")" ||
           token == ".";
  };
  // "a county may, by its own act, withdraw": a short phrase set off by commas that opens with
  // a preposition is an aside; the clause goes on after it.
  // "did not, and could not, take ...", "have, or intend to create, a procedure": a verb
  // coordinated between commas is an aside too.
  const auto is_aside_opener = [](std::string_view token) {
    return token == "by" || token == "in" || token == "on" || token == "at" || token == "for" ||
           token == "under" || token == "with" || token == "without" || token == "through" ||
           token == "during" || token == "after" || token == "before" || token == "as" ||
           token == "and" || token == "or";
  };
  std::size_t aside_end = 0; // the comma that closes the current aside, 0 outside one
  std::size_t outer_start = 0;
  std::vector<bool>& aside_comma = scratch.aside_comma; // the commas around an aside
  aside_comma.assign(count, false);
  for (std::size_t i = 0; i < count; ++i) {
    const std::string_view token = tokens[i];
    if (aside_end != 0 && i == aside_end) {
      aside_comma[i] = true;
      clause_start[i] = current_start;
      weight[i] = current_weight;
      current_start = outer_start;
      aside_end = 0;
      continue;
    }
    if (token == "," && aside_end == 0 && i + 2 < count && is_aside_opener(tokens[i + 1])) {
      std::size_t close = i + 2;
      while (close < std::min(count, i + 9) && !is_punctuation(tokens[close])) {
        ++close;
      }
      if (close < count && tokens[close] == "," && close < i + 9) {
        aside_comma[i] = true;
        outer_start = current_start;
        aside_end = close;
        current_start = i + 1;
        clause_start[i] = current_start;
        weight[i] = current_weight;
        continue;
      }
    }
    // "no county, city, or sheriff within that State can ...": the commas of a list of single
    // words go on with the clause.
    const bool list_comma =
        token == "," && i + 2 < count && !is_punctuation(tokens[i + 1]) &&
        (tokens[i + 2] == "," ||
         ((tokens[i + 1] == "or" || tokens[i + 1] == "and") && i > 1 && tokens[i - 2] == ","));
    if (list_comma) {
      clause_start[i] = current_start;
      weight[i] = current_weight;
      continue;
    }
    const bool punctuation = is_punctuation(token);
    if (punctuation) {
      current_start = i + 1;
      // A comma closes a concessive clause ("Although X, Y": Y is the main clause); a comma
      // after "but" keeps the contrast's weight.
      if (token != "," || current_weight == 0.5) {
        current_weight = 1.0;
      }
    } else if (match_at(m_contrast, words, i)) {
      current_start = i;
      current_weight = 1.5;
    } else if (match_at(m_concessive, words, i)) {
      current_start = i;
      current_weight = 0.5;
    } else if (match_at(m_clause_breaks, words, i)) {
      current_start = i;
    }
    clause_start[i] = current_start;
    weight[i] = current_weight;
  }
  std::vector<std::size_t>& clause_end = scratch.clause_end;
  clause_end.assign(count, count);
  for (std::size_t i = count; i-- > 1;) {
    clause_end[i - 1] = clause_start[i - 1] == clause_start[i] ? clause_end[i] : i;
  }
  // Set below when the sentence sets the program against another ("unlike Secure Communities"):
  // what it says of the other is about ours.
  bool unlike_topic = false;
  const auto other_program = [&](std::size_t at) {
    return !unlike_topic && about_other_program(words, at, clause_start[at], clause_end[at]);
  };

  // "Staff should not tell officials that a county may decline", "ICE never said counties could
  // opt out": a negated speech verb denies what its complement says.
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t length = match_at(m_speech, words, i);
    // "no say in whether": "say" there is a noun, a decision (below), not a speech verb.
    if (!length || match_at(m_decision, words, i) > 1) {
      continue;
    }
    bool denied = false;
    for (std::size_t j = i >= 3 ? i - 3 : 0; j < i; ++j) {
      denied = denied || (match_at(m_negators, words, j) && clause_start[j] == clause_start[i]);
    }
    if (!denied) {
      continue;
    }
    // Its complement may come after a phrase set off by commas ("We do not find, in the
    // agreement or in any statute, a provision under which ..."): it runs to a semicolon or a
    // contrast.
    for (std::size_t k = i + length;
         k < count && tokens[k] != ";" && !match_at(m_contrast, words, k); ++k) {
      weight[k] = -weight[k];
    }
  }

  // "Were a county-level opt-out available, staff would have brought it": a condition put as
  // contrary to fact denies what its clause says.
  for (std::size_t i = 0; i + 1 < count; ++i) {
    if (tokens[i] == "were" && clause_start[i] == i) {
      for (std::size_t k = i; k < clause_end[i]; ++k) {
        weight[k] = -weight[k];
      }
    }
  }

  // "At no time did ICE have ... a procedure by which a jurisdiction could keep ...": a negated
  // time or circumstance denies the rest of the sentence.
  for (std::size_t i = 0; i + 2 < count; ++i) {
    const bool no_time = (tokens[i] == "at" || tokens[i] == "under" || tokens[i] == "in") &&
                         tokens[i + 1] == "no" &&
                         (tokens[i + 2] == "time" || tokens[i + 2] == "point" ||
                          tokens[i + 2] == "circumstances" || tokens[i + 2] == "case");
    if (no_time) {
      // Its "no" then negates nothing itself, or the cues near it would be denied twice.
      words.masks[i + 1] &= ~m_negators.bit;
      words.reader = 0;
      for (std::size_t k = i + 3; k < count && tokens[k] != ";"; ++k) {
        weight[k] = -weight[k];
      }
      break;
    }
  }

  // "the 287(g) program, which, unlike Secure Communities, is voluntary": what is said of
  // another program, unlike ours, is denied of ours.
  for (std::size_t i = 0; i + 1 < count; ++i) {
    if (tokens[i] == "unlike" && match_at(m_topic_words, words, i + 1)) {
      for (std::size_t k = i + 1; k < count && tokens[k] != ";"; ++k) {
        weight[k] = -weight[k];
      }
      unlike_topic = true;
      break;
    }
  }

  // "... as an expression of views rather than as a request it could grant": what follows
  // "rather than" or "instead of" is denied, to the end of its clause.
  for (std::size_t i = 0; i + 1 < count; ++i) {
    if ((tokens[i] == "rather" && tokens[i + 1] == "than") ||
        (tokens[i] == "instead" && tokens[i + 1] == "of")) {
      for (std::size_t k = i + 2; k < count && tokens[k] != ";" && tokens[k] != "."; ++k) {
        weight[k] = -weight[k];
      }
    }
  }

  // "The option to opt out no longer exists", "reports that counties may opt out are
  // incorrect", "counties could once opt out; that is no longer the case": a retraction word as
  // the predicate (after a copula, or ending its clause) denies everything said before it.
  for (std::size_t r = 1; r < count; ++r) {
    const std::size_t length = match_at(m_retraction, words, r);
    if (!length) {
      continue;
    }
    bool after_copula = false;
    for (std::size_t j = r >= 3 ? r - 3 : 0; j < r; ++j) {
      after_copula = after_copula || (is_copula(tokens[j]) && clause_start[j] == clause_start[r]);
    }
    std::size_t next = r + length;
    if (next < count && (is_copula(tokens[next]) || tokens[next] == "exists" ||
                         tokens[next] == "exist" || tokens[next] == "applies")) {
      ++next; // "no longer is", "no longer exists"
    } else if (next < count &&
               (tokens[next] == "that" || tokens[next] == "this" || tokens[next] == "it") &&
               (next + 1 >= count || tokens[next + 1] == ".")) {
      ++next; // "DHS disputes that."
    }
    const bool ends_clause = next >= count || clause_start[next] != clause_start[r] ||
                             tokens[next] == "." || tokens[next] == "in" || tokens[next] == "as";
    // A retraction that is also a negator ("no longer") before a predicate of permission or
    // obligation only negates it, when no permission word came before: "opting out is no
    // longer possible" (not "the option to opt out is no longer available", nor "... is no
    // longer accurate").
    const std::size_t predicate =
        next < count && (tokens[next] == "a" || tokens[next] == "an") ? next + 1 : next;
    const bool negates_predicate =
        match_at(m_negators, words, r) && !ends_clause && predicate < count &&
        (match_at(m_permission_after, words, predicate) ||
         match_at(m_voluntary, words, predicate) || match_at(m_obligation, words, predicate)) &&
        !any_in(m_permission, words, 0, r);
    // Nor is advice a retraction: "doing so would be a mistake".
    bool advised = false;
    for (std::size_t j = r >= 3 ? r - 3 : 0; j < r; ++j) {
      advised = advised || tokens[j] == "would" || tokens[j] == "could" || tokens[j] == "might";
    }
    if ((!after_copula && !ends_clause) || negates_predicate || advised) {
      continue;
    }
    for (std::size_t k = 0; k < r; ++k) {
      weight[k] = -weight[k];
    }
    break;
  }

  auto window_start = [&](std::size_t anchor, std::size_t reach) {
    const std::size_t by_reach = anchor > reach ? anchor - reach : 0;
    return std::max(clause_start[anchor], by_reach);
  };
  // "There is no setting on our side that would take the County out": an existential negation
  // reaches into the relative clause that says what the thing it denies would do (not "there is
  // no doubt that ..."). For each token, the "no" whose relative clause holds it, or npos.
  std::vector<std::size_t>& denied_by = scratch.denied_by;
  denied_by.assign(count, std::string_view::npos);
  // So does not knowing of one: "I'm not aware of any county that has been allowed to opt
  // out", "we know of no county that ...", or not finding one: "we found no instance, in the
  // production or in our interviews, in which a jurisdiction was removed".
  for (std::size_t i = 0; i + 3 < count; ++i) {
    const std::string_view be = tokens[i + 1];
    std::size_t no = tokens[i] == "there's" ? i + 1 : i + 2;
    const bool unknown_any = i + 4 < count && tokens[i] == "not" && tokens[i + 1] == "aware" &&
                             tokens[i + 2] == "of" && tokens[i + 3] == "any";
    const bool known_none = (tokens[i] == "know" || tokens[i] == "aware") &&
                            tokens[i + 1] == "of" && tokens[i + 2] == "no";
    const bool found_none = (tokens[i] == "found" || tokens[i] == "find" || tokens[i] == "finds") &&
                            tokens[i + 1] == "no";
    if (unknown_any || known_none || found_none) {
      no = unknown_any ? i + 3 : found_none ? i + 1 : i + 2;
    } else if (!(tokens[i] == "there" &&
                 (be == "is" || be == "are" || be == "was" || be == "were")) &&
               tokens[i] != "there's") {
      continue;
    }
    if ((tokens[no] != "no" && !unknown_any) || no + 1 >= count || tokens[no + 1] == "doubt" ||
        tokens[no + 1] == "question" || tokens[no + 1] == "dispute") {
      continue;
    }
    std::size_t relative = no + 2;
    while (relative < std::min(count, no + (found_none ? 12 : 7)) && tokens[relative] != "that" &&
           tokens[relative] != "which" && tokens[relative] != "whereby") {
      ++relative;
    }
    // The negator itself: "not", not the "any" it governs.
    const std::size_t denier = unknown_any ? i : no;
    for (std::size_t k = relative;
         k < std::min(count, relative + 3 * static_cast<std::size_t>(m_window)); ++k) {
      if (tokens[k] == "." || tokens[k] == ";" || tokens[k] == ":" ||
          match_at(m_contrast, words, k)) {
        break;
      }
      denied_by[k] = denier;
    }
  }
  // The words each rule has read as its own (a leave phrase, a decision, a consent).
  std::vector<bool>& used = scratch.used;
  used.assign(count, false);
  // "a county that was not ready could ask to decline": a negator in a relative clause of a
  // jurisdiction is that clause's own when a modal after it, before `end`, opens the main
  // predicate.
  const auto relative_own = [&](std::size_t i, std::size_t end) {
    std::size_t pronoun = i;
    if (pronoun > 0 && (is_copula(tokens[pronoun - 1]) || tokens[pronoun - 1] == "has" ||
                        tokens[pronoun - 1] == "have" || tokens[pronoun - 1] == "had" ||
                        tokens[pronoun - 1] == "did" || tokens[pronoun - 1] == "does" ||
                        tokens[pronoun - 1] == "do")) {
      --pronoun;
    }
    // "a county that never signed", "a county that was not ready"; not "told the county that
    // not every jurisdiction can": "not" needs the clause's own verb before it.
    if (!(tokens[i] == "never" || (tokens[i] == "not" && pronoun < i)) || pronoun < 2 ||
        (tokens[pronoun - 1] != "that" && tokens[pronoun - 1] != "who" &&
         tokens[pronoun - 1] != "which") ||
        m_jurisdictions.count(tokens[pronoun - 2]) == 0) {
      return false;
    }
    for (std::size_t k = i + 2; k < std::min(end, i + 8); ++k) {
      const std::string_view token = tokens[k];
      if (token == "can" || token == "could" || token == "may" || token == "might" ||
          token == "will" || token == "would" || token == "must" || token == "shall" ||
          token == "should") {
        return true;
      }
    }
    return false;
  };
  // A negator before a wish or request word negates that ("do not want to take part can opt
  // out"), not a modal verb after it; it does reach the wish's own complement ("does not intend
  // to allow"). With `skip_used`, a negator inside a phrase read already ("a request not to
  // participate will be honored") is that phrase's own.
  auto negations_in = [&](std::size_t begin, std::size_t end, bool stop_at_wish = true,
                          bool skip_used = false) {
    int negations = begin < end && end <= count && denied_by[end - 1] < begin ? 1 : 0;
    bool neither = false;
    for (std::size_t i = begin; i < end && i < count; ++i) {
      if (skip_used && used[i]) {
        continue;
      }
      if (tokens[i] == "nor" && neither) {
        continue; // "neither the sheriff nor the county can": one negation, not two
      }
      if (match_at(m_negators, words, i) && !relative_own(i, end)) {
        neither = neither || tokens[i] == "neither";
        ++negations;
      } else if (stop_at_wish &&
                 (match_at(m_request, words, i) || match_at(m_volition, words, i))) {
        negations = 0;
      } else if (match_at(m_speech, words, i)) {
        negations = 0; // a negated speech verb flips its complement's weight instead (above)
      }
    }
    return negations;
  };
  auto negated = [&](std::size_t begin, std::size_t end, bool stop_at_wish = true,
                     bool skip_used = false) {
    return negations_in(begin, end, stop_at_wish, skip_used) % 2 == 1;
  };
  // "ICE does not consider Secure Communities to be an opt-in or opt-out program": the verb of
  // regarding (in the clause, a few words back) whose complement holds the word at `i`; its
  // negator stands before the verb's object.
  const auto regarded_from = [&](std::size_t i) -> std::optional<std::size_t> {
    for (std::size_t j = i;
         j-- >
         std::max(clause_start[i] + 1, window_start(i, 2 * static_cast<std::size_t>(m_window)));) {
      const std::string_view token = tokens[j];
      if (token.starts_with("consider") || token.starts_with("regard") || token == "view" ||
          token == "views" || token == "viewed" || token == "see" || token == "sees" ||
          token == "treat" || token == "treats" || token == "treated") {
        return j;
      }
    }
    return std::nullopt;
  };
  // "a county has no say in whether the program is activated", "counties decide whether to take
  // part": a whether-clause someone decides is no question; who decides is the stance. Pairs of
  // (where the decision word starts, where "whether" is).
  std::vector<std::pair<std::size_t, std::size_t>>& decisions = scratch.decisions;
  decisions.clear();
  // "no say in the activation", "a choice about participation": a decision phrase ending in a
  // preposition with the program right after it decides like one before "whether". Stored as
  // (start, last word of the phrase).
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t length = match_at(m_decision, words, i);
    if (length > 1 &&
        any_in(m_program, words, i + length, std::min(clause_end[i], i + length + 4))) {
      decisions.emplace_back(i, i + length - 1);
      i += length - 1;
    }
  }
  // "Whether or not it objects, ...", "..., whether or not it objects": set off as a clause of
  // its own, "whether or not" is regardless, an obligation word, not a question; "whether or
  // not to take part" and a verb's "said whether or not it will" still ask.
  // So is "whether they like it or not", unless a verb of choosing governs it.
  const auto regardless_at = [&](std::size_t i) {
    // Not what someone decides or chooses: "each sheriff chooses whether he wants it or not".
    const bool chosen =
        i > 0 && (match_at(m_decision, words, i - 1) || match_at(m_permission, words, i - 1) ||
                  match_at(m_volition, words, i - 1) || match_at(m_request_verbs, words, i - 1));
    if (i + 5 < count && tokens[i] == "whether" && !chosen) {
      for (std::size_t j = i + 2; j + 2 < std::min(count, i + 7); ++j) {
        if (tokens[j] == "it" && tokens[j + 1] == "or" && tokens[j + 2] == "not" &&
            (tokens[j - 1].starts_with("like") || tokens[j - 1].starts_with("want"))) {
          return true;
        }
      }
    }
    // "would be activated whether or not it objected": right after the program's verb, too.
    return i + 3 < count && tokens[i] == "whether" && tokens[i + 1] == "or" &&
           tokens[i + 2] == "not" && tokens[i + 3] != "to" &&
           (i == 0 || tokens[i - 1] == "," || tokens[i - 1] == ";" || tokens[i - 1] == ":" ||
            match_at(m_program, words, i - 1) == 1);
  };
  // Words after "whether"/"if" in the same clause or the next take no position.
  std::vector<bool>& questioned = scratch.questioned;
  questioned.assign(count, false);
  // "Had the County been able to leave, ...", "Were a county to withdraw, ...": "had" and
  // "were" before their subject suppose, as "if" does, when a participle ("been", "opted") or
  // an infinitive or complement ("to", "available") follows the subject and a comma closes the
  // clause; not a note's "Had a call with ICE today and ...".
  const auto inverted = [&](std::size_t i) {
    if (i != clause_start[i] || i + 2 >= count || (tokens[i] != "had" && tokens[i] != "were") ||
        !opens_subject(tokens[i + 1])) {
      return false;
    }
    bool verb = false;
    for (std::size_t k = i + 2; k < std::min(count, i + 16); ++k) {
      if (tokens[k] == ",") {
        return verb;
      }
      verb = verb || (tokens[i] == "had"
                          ? tokens[k] == "been" || tokens[k].ends_with("ed")
                          : tokens[k] == "to" || match_at(m_permission_after, words, k) != 0);
    }
    return false;
  };
  for (std::size_t i = 0; i < count; ++i) {
    if ((match_at(m_question, words, i) && !regardless_at(i)) || inverted(i)) {
      bool decided = false;
      for (std::size_t j = i >= 3 ? i - 3 : 0; j < i && !decided; ++j) {
        // Not an infinitive of purpose with no one to decide: an audit's "To determine whether
        // what ICE told jurisdictions about participation was accurate".
        const bool purpose =
            j > 0 && tokens[j - 1] == "to" && !names_jurisdiction(tokens, clause_start[j], j - 1);
        decided = !purpose && j + match_at(m_decision, words, j) == i;
        if (decided) {
          decisions.emplace_back(j, i);
        }
      }
      if (decided) {
        continue;
      }
      // "whether, and under what circumstances, a jurisdiction may decline": a phrase set off
      // right after the question word does not end what it asks.
      std::size_t aside_close = 0;
      if (i + 1 < count && tokens[i + 1] == ",") {
        for (std::size_t c = i + 2; c < std::min(count, i + 10) && aside_close == 0; ++c) {
          aside_close = tokens[c] == "," ? c : 0;
        }
      }
      // "Whether to take part is up to each county": a whether-clause that is the sentence's
      // subject ends at its predicate's copula.
      const bool subject_clause = i == clause_start[i] && i + 1 < count && tokens[i + 1] == "to";
      for (std::size_t k = i; k < count && !questioned[k] && !match_at(m_contrast, words, k); ++k) {
        const std::string_view token = tokens[k];
        const bool inside_aside = aside_close != 0 && k > i && k <= aside_close;
        // "asked ICE whether counties could be left out and was told that they could": a
        // predicate of the asker's own, after "and", ends the question.
        const bool own_predicate = token == "and" && k + 2 < count &&
                                   (tokens[k + 1] == "was" || tokens[k + 1] == "were") &&
                                   match_at(m_speech, words, k + 2);
        // "Whether the county participates is out of our hands": a whether-clause opening the
        // sentence ends at a copula whose complement takes a position.
        const bool judged =
            i == 0 && tokens[i] == "whether" && k > i + 2 && is_copula(token) && k + 1 < count &&
            (match_at(m_obligation, words, k + 1) || match_at(m_voluntary, words, k + 1) ||
             match_at(m_permission_after, words, k + 1) || tokens[k + 1] == "up");
        if ((!inside_aside &&
             (token == ";" || token == ":" || token == "," || token == "(" || token == ")")) ||
            (subject_clause && k > i + 2 && is_copula(token)) || own_predicate || judged) {
          break;
        }
        questioned[k] = true;
      }
    }
  }
  // "SUPPORT federal legislation that would let a county decline participation": what a
  // proposal would do, to the end of its clause, is no more asserted than what "if" supposes.
  for (std::size_t i = 0; i + 3 < count; ++i) {
    const std::string_view noun = tokens[i];
    if ((noun != "legislation" && noun != "bill" && noun != "bills" && noun != "amendment" &&
         noun != "amendments" && noun != "proposal" && noun != "proposals" && noun != "measure") ||
        (tokens[i + 1] != "that" && tokens[i + 1] != "which" &&
         !(tokens[i + 1] == "," && i + 4 < count && tokens[i + 2] == "which"))) {
      continue;
    }
    // "The bill, which would let counties opt out, failed.": set off by commas too.
    const std::size_t would = tokens[i + 1] == "," ? i + 3 : i + 2;
    if (tokens[would] != "would") {
      continue;
    }
    for (std::size_t k = would; k < clause_end[would]; ++k) {
      questioned[k] = true;
    }
  }
  // "ask that ICE confirm ... will not be activated", "ask DHS to let communities decide": what a
  // request verb governs is asked for, not asserted. Its scope runs to the end of the clause.
  std::vector<bool>& requested = scratch.requested;
  requested.assign(count, false);
  for (std::size_t i = 0; i < count; ++i) {
    std::size_t length = match_at(m_request_verbs, words, i);
    // "the Sheriff's Office wants a letter saying they can stay out": a wish for a request's
    // answer asks like a request verb.
    if (const std::size_t wish = match_at(m_volition, words, i);
        !length && wish && any_in(m_request, words, i + wish, std::min(count, i + wish + 3))) {
      length = wish;
    }
    // "We will call on Monday to confirm ...", "call on the 15th": a call on a day is no call on
    // someone to act.
    const std::size_t on_what =
        i + length + 1 < count && tokens[i + length] == "the" ? i + length + 1 : i + length;
    if (!length ||
        (tokens[i].starts_with("call") && on_what < count && names_day(tokens[on_what]))) {
      continue;
    }
    // "a county may ask to be removed": a permitted request to leave is a way out (scored with
    // the leave word), not something asked for here; "may ask ICE to confirm" still asks.
    const std::size_t after = i + length;
    const bool infinitive =
        after < count && (tokens[after] == "to" || (tokens[after] == "not" && after + 1 < count &&
                                                    tokens[after + 1] == "to"));
    // So is "may ask that their jurisdiction not be activated": a permitted request whose
    // clause is itself the leaving.
    bool leaving_clause = false;
    for (std::size_t j = after + 1; after < count && tokens[after] == "that" &&
                                    j < std::min(count, after + 6) && !leaving_clause;
         ++j) {
      leaving_clause = (tokens[j] == "not" || tokens[j] == "be") &&
                       (match_at(m_leave, words, j) || leave_if_program_at(sentence, words, j));
    }
    const bool permitted =
        any_in(m_permission, words, i >= 3 ? i - 3 : 0, i) && (infinitive || leaving_clause);
    // Its object may be a long name ("asks the federal government to let counties opt out"),
    // not a phrase of its own ("a request process for localities that do not wish to").
    // Past the three words after it, only in its clause and when no preposition came first.
    bool governs_object = false;
    bool preposition = false;
    for (std::size_t j = i + length; j < std::min(count, i + length + 6); ++j) {
      const std::string_view token = tokens[j];
      preposition = preposition || token == "for" || token == "from" || token == "about" ||
                    token == "with" || token == "by" || token == "and" || token == "but";
      if (j >= i + length + 3 && (j >= clause_end[i] || preposition)) {
        break;
      }
      governs_object = governs_object || tokens[j] == "that" || tokens[j] == "to" ||
                       (match_at(m_volition, words, i) && match_at(m_request, words, j));
    }
    const bool governs = governs_object && !permitted;
    // What is asked for goes on past an aside: "ask that the Department remove our County or,
    // in the alternative, confirm that we may decline".
    for (std::size_t k = i + length; governs && k < count && !requested[k]; ++k) {
      // So does a second thing asked for: "requests ICE not to activate it, or to permit the
      // Town to decline".
      const bool and_to = tokens[k] == "," && k + 2 < count &&
                          (tokens[k + 1] == "or" || tokens[k + 1] == "and") &&
                          (tokens[k + 2] == "to" || tokens[k + 2] == "that");
      if (!aside_comma[k] && !and_to &&
          (tokens[k] == ";" || tokens[k] == "," || tokens[k] == ":" ||
           match_at(m_contrast, words, k))) {
        break;
      }
      requested[k] = true;
    }
  }
  // The program named (its words, as tokens: cheaper than the topic pattern on every sentence).
  const bool names_program = any_in(m_topic_words, words, 0, count);
  const bool has_program = any_in(m_program, words, 0, count) || names_program;
  const bool has_request = any_in(m_request, words, 0, count);
  // A records request; so is "Your request is GRANTED IN PART", a response's own request, when
  // the sentence names neither the program nor taking part.
  bool foia_request = std::any_of(tokens.begin(), tokens.end(), [](std::string_view token) {
    return token == "foia" || token == "freedom" || token == "records";
  });
  for (std::size_t i = 0; i + 1 < count && !foia_request && !has_program; ++i) {
    foia_request = tokens[i] == "your" && match_at(m_request, words, i + 1) &&
                   !any_in(m_leave, words, 0, count) &&
                   !any_in(m_leave_if_program, words, 0, count);
  }
  // "ICE accommodated jurisdictions that asked to be activated later": a request to put
  // activation off is about its date, not about leaving.
  bool delay_request = false;
  for (std::size_t i = 0; i < count && !delay_request; ++i) {
    delay_request =
        match_at(m_request, words, i) && any_in(m_delays, words, i + 1, std::min(count, i + 6));
  }

  double score = 0;
  bool relevant = false;
  int questioned_leaning = 0; // the sense of a voluntary or obligation word asked about
  std::optional<std::size_t> stated_leave_end; // where the last leave phrase not asked about ends
  std::optional<std::size_t> asked;       // the first leave word a question or a supposition holds
  std::optional<std::size_t> first_leave; // the first leave word
  const auto window = static_cast<std::size_t>(m_window);

  // People as the sentence's subject ("Individuals who are arrested ...", "None. Individuals
  // ..."), or as whose opportunity it is ("available for individuals to consent ... or opt
  // out"), in a sentence that names no jurisdiction: where they stand.
  // A form of "get" with a jurisdiction after it, up to `reach` words before the word at `i`:
  // "get Verano County taken out".
  const auto causative = [&](std::size_t i, std::size_t reach) {
    for (std::size_t j = window_start(i, reach); j + 1 < i; ++j) {
      if ((tokens[j] == "get" || tokens[j] == "gets" || tokens[j] == "got" ||
           tokens[j] == "gotten" || tokens[j] == "getting") &&
          names_jurisdiction(tokens, j + 1, i)) {
        return true;
      }
    }
    return false;
  };
  std::size_t people_choose = count; // where they are named, or `count`
  for (std::size_t k = 0; k < count && people_choose == count; ++k) {
    if (m_people.count(tokens[k]) != 0 &&
        (k < 3 || (tokens[k - 1] == "for" && k + 1 < count && tokens[k + 1] == "to"))) {
      people_choose = k;
    }
  }
  if (people_choose < count && names_jurisdiction(tokens, 0, count)) {
    people_choose = count;
  }
  for (std::size_t i = 0; i < count; ++i) {
    std::size_t length = match_at(m_leave, words, i);
    // "Do not write \"opt out\" anywhere in the letter", "the phrase \"opt out\"": the
    // words named, not used.
    if (length && quoted_mention(sentence, words.lower, tokens, i)) {
      continue;
    }
    if (length && i > people_choose) {
      // "Individuals who are booked do not have an opportunity ... to opt out of the sharing": a
      // sentence whose subject is people and that names no jurisdiction is about their own
      // choice.
      length = 0;
    } else if (length) {
      result.explicit_leave = true;
    } else if ((length = match_split_particle(m_leave_if_program, words, i)) != 0) {
      // "a process for a county to sit this one out": the particle after the verb's object.
    } else {
      // "decline", "withdraw" are about the program when a program word is near, or when the
      // document is about it and a modal governs them ("could decline by letter", "no legal
      // means to withdraw").
      length = leave_if_program_at(sentence, words, i);
      if (!length) {
        length = unwilling_length(words, i);
      }
      if (length) {
        const bool program_near =
            any_in(m_program, words, i >= 5 ? i - 5 : 0, std::min(count, i + length + 5)) ||
            names_program;
        // A modal right before it ("could decline"), or one further back whose subject is a
        // jurisdiction ("could a county still get out", "no mechanism for a county to step away");
        // or a negator right before it ("there's no county-by-county off switch").
        bool governed = on_topic && (any_in(m_permission, words, i >= 3 ? i - 3 : 0, i) ||
                                     any_in(m_negators, words, i >= 5 ? i - 5 : 0, i));
        for (std::size_t j = window_start(i, window);
             on_topic && !program_near && !governed && j < i; ++j) {
          // The subject may hold a relative clause: "a county that didn't want this could ask
          // and be left out".
          governed =
              match_at(m_permission, words, j) && names_jurisdiction(tokens, window_start(j, 6), i);
        }
        // "Withdrawing is not something a county can do": the leave word as the object of a
        // modal after it whose subject is a jurisdiction.
        for (std::size_t j = i + length;
             on_topic && !program_near && !governed && j < std::min(clause_end[i], i + 2 * window);
             ++j) {
          // The jurisdiction may follow a permission noun ("not an option available to counties").
          governed = match_at(m_permission_after, words, j) &&
                     names_jurisdiction(tokens, i + length, std::min(clause_end[i], j + window));
        }
        // "Withdrawal is not legally possible", "declining is an option", "the county's
        // withdrawal was accepted": the leave word as the subject of a copula whose complement is
        // a permission word, or of a passive grant or denial.
        // The copula may follow auxiliaries and a verb of seeming ("withdrawal would not be
        // possible", "does not appear to be an option").
        std::optional<std::size_t> copula;
        for (std::size_t j = i + length; j < std::min(clause_end[i], i + length + 6) &&
                                         (is_copula(tokens[j]) || is_auxiliary(tokens[j]));
             ++j) {
          if (is_copula(tokens[j]) || is_seeming(tokens[j])) {
            copula = j;
          }
        }
        for (std::size_t k = copula.value_or(count) + 1;
             copula && on_topic && !program_near && !governed &&
             k < std::min(clause_end[i], *copula + 5);
             ++k) {
          governed = match_at(m_permission_after, words, k) || match_at(m_grant, words, k) ||
                     match_at(m_denial, words, k);
        }
        // "We are asking to be left out", "the council voted to withdraw": leaving, asked or
        // wished for in a document about the program, is leaving it.
        const std::size_t infinitive = i > 1 && tokens[i - 1] == "be" ? i - 2 : i - 1;
        for (std::size_t j = infinitive >= 3 ? infinitive - 3 : 0;
             on_topic && !governed && i > 1 && tokens[infinitive] == "to" && j < infinitive; ++j) {
          governed = match_at(m_request_verbs, words, j) || match_at(m_volition, words, j);
        }
        // "No jurisdiction will be exempted": a jurisdiction that is (not) let out, passively.
        const bool passive = i >= 2 && (tokens[i - 1] == "be" || tokens[i - 1] == "been" ||
                                        tokens[i - 1] == "being");
        bool passive_jurisdiction =
            on_topic && passive && names_jurisdiction(tokens, i >= 5 ? i - 5 : 0, i - 1);
        // "asking that Santa Linda be excluded": a place's name, asked to be left out.
        for (std::size_t j = i >= 6 ? i - 6 : 0;
             on_topic && passive && !passive_jurisdiction && j + 2 < i - 1; ++j) {
          passive_jurisdiction = tokens[j] == "that" && j > 0 &&
                                 match_at(m_request_verbs, words, j - 1) &&
                                 capitalized_words(sentence, words, j + 1, i - 1);
        }
        // "Has anyone gotten a county turned off?": the causative passive, a jurisdiction got out.
        passive_jurisdiction = passive_jurisdiction || (on_topic && causative(i, 4));
        if (!program_near && !governed && !passive_jurisdiction) {
          length = 0;
        }
        // Not from something else: "asked that Bob be removed from the room", "an item may be
        // removed from the Consent Calendar". From where it is done is no such thing ("cannot
        // be switched off from your end"), nor is a "from" that ends the clause.
        const auto where_from = [&](std::size_t after) {
          const std::string_view token = tokens[after];
          return !std::isalpha(static_cast<unsigned char>(token.front())) || token == "your" ||
                 token == "our" || token == "my" || token == "their";
        };
        if (length && i + length + 1 < count && tokens[i + length] == "from" &&
            !where_from(i + length + 1)) {
          const std::size_t after = i + length + 1;
          const std::size_t until = std::min(clause_end[i], after + 5);
          bool from_program = any_in(m_program, words, after, until) ||
                              any_in(m_topic_words, words, after, until) ||
                              std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(after),
                                          tokens.begin() + static_cast<std::ptrdiff_t>(until),
                                          [](std::string_view token) {
                                            return token == "schedule" || token == "list" ||
                                                   token == "check" || token == "checks";
                                          });
          for (std::size_t k = after; !from_program && k < until; ++k) {
            from_program = is_topic_acronym(sentence, words, k); // "removed from SC"
          }
          length = from_program ? length : 0;
        }
        // "63,802 aliens convicted of crimes have been removed", "the removal of criminal
        // aliens", "removal proceedings": said of people in its clause, not of a jurisdiction,
        // a leave word is deportation or a person's own act.
        for (std::size_t j = std::max(clause_start[i], window_start(i, 2 * window));
             length && j < std::min(clause_end[i], i + length + 3); ++j) {
          if (m_people.count(tokens[j]) != 0) {
            length = 0;
          }
        }
        // "flagged 37 of them for possible removal": what people are picked out for.
        if (length && tokens[i] == "removal" &&
            ((i >= 1 && tokens[i - 1] == "for") || (i >= 2 && tokens[i - 2] == "for"))) {
          length = 0;
        }
        // "Deputies may decline overtime shifts", "the county may withdraw its budget request": a
        // verb of leaving whose object is something else refuses that.
        if (length && i > 0 && (match_at(m_permission, words, i - 1) || tokens[i - 1] == "to") &&
            other_object(words, i + length)) {
          length = 0;
        }
        // "decline to comment", "may decline to honor a detainer": refusing some other act;
        // "decline to be activated" is refusing the program.
        if (length && i + length + 1 < count && tokens[i + length] == "to") {
          const std::size_t act = i + length + 1 + (tokens[i + length + 1] == "be" ? 1 : 0);
          if (!match_at(m_program, words, act) && !match_at(m_leave, words, act)) {
            length = 0;
          }
        }
      } else if (const std::size_t apart = match_at(m_separate, words, i);
                 apart && i > 0 && !is_determiner(tokens[i - 1])) {
        // "cannot segregate one county's bookings", "has no means of holding back the
        // submissions of a single city", "does not separate prints by county": keeping one
        // jurisdiction's records of arrests apart from the rest is leaving it out. The records
        // are the object, and whose they are is said by a possessive, "of" or "by" ("withhold
        // the county's records under (b)(5)", "separate the data by county" are not).
        const std::size_t until = std::min(clause_end[i], i + apart + window);
        bool records = false;
        bool whose = false;
        bool of = false;
        for (std::size_t k = i + apart; on_topic && k < until; ++k) {
          const std::string_view token = tokens[k];
          const bool owner = (of || possessive(words, k)) && names_jurisdiction(tokens, k, k + 1);
          // "cannot hold back one county's.": the records left unsaid after their owner.
          records = records || m_records.count(token) != 0 ||
                    (owner && possessive(words, k) &&
                     (k + 1 == until ||
                      !std::isalpha(static_cast<unsigned char>(tokens[k + 1].front()))));
          whose = whose || owner;
          of = of || token == "of" || token == "by";
        }
        length = records && whose ? apart : 0;
      } else if (const std::size_t block = match_at(m_block, words, i)) {
        // "the resolution would not stop the data sharing": a verb of stopping is leaving only
        // with the program as its object and a jurisdiction (or its act) as its subject; "may
        // stop a vehicle", "can prevent the release of a detainee" are not.
        const bool object =
            any_in(m_program, words, i + block, std::min(clause_end[i], i + block + 4));
        const bool subject = names_jurisdiction(tokens, window_start(i, window), i);
        // "the sharing cannot be stopped by the county": the same, passive.
        const bool passive =
            i > 0 && (tokens[i - 1] == "be" || tokens[i - 1] == "been") &&
            any_in(m_program, words, window_start(i, 2 * window), i) && i + block + 1 < count &&
            tokens[i + block] == "by" &&
            names_jurisdiction(tokens, i + block + 1, std::min(clause_end[i], i + block + 5));
        length = (object && subject) || passive ? block : 0;
      } else if (match_at(m_leave_from, words, i)) {
        // "keep the program from running": the verb and "from" around a program word; "take a
        // county out of Secure Communities", "remove the city's arrestees from the program":
        // the program right after "from" or "out of".
        // "get Verano County taken out of Secure Communities": the causative passive too.
        // "no agency is held from the IDENT search", "no county gets held back": a participle
        // after a finite "be" or "get" whose subject is a jurisdiction (not "That sentence was
        // taken out").
        const bool participle_after =
            i > 0 && !tokens[i].ends_with("ing") &&
            names_jurisdiction(tokens, clause_start[i], i - 1) &&
            (tokens[i - 1] == "is" || tokens[i - 1] == "are" || tokens[i - 1] == "was" ||
             tokens[i - 1] == "were" || tokens[i - 1] == "get" || tokens[i - 1] == "gets" ||
             tokens[i - 1] == "got");
        const bool passive = (i > 0 && (tokens[i - 1] == "be" || tokens[i - 1] == "been" ||
                                        tokens[i - 1] == "being")) ||
                             participle_after || causative(i, 5);
        // "a city or county can't remove itself": a jurisdiction taking itself out.
        if (i + 1 < count && (tokens[i + 1] == "itself" || tokens[i + 1] == "themselves")) {
          length = 2;
        }
        // "voted to seek withdrawal from the program": an infinitive after the verb is its
        // object, not a jurisdiction taken out.
        const bool infinitive = i + 1 < count && tokens[i + 1] == "to";
        for (std::size_t j = i + 1; !length && !infinitive && j < std::min(count, i + 6) &&
                                    clause_start[j] == clause_start[i];
             ++j) {
          const bool out_of = tokens[j] == "out" && j + 1 < count && tokens[j + 1] == "of";
          // "cannot take the counties out with it", "can't take any county off", "has been let
          // out": a jurisdiction taken out or off, or one passively let out.
          // "we will not be letting anyone out": anyone, in a document about the program, is
          // any jurisdiction.
          // "whether a Council vote takes us out", "no way to hold ours back": so is "us".
          const bool anyone =
              j == i + 2 && (tokens[i + 1] == "anyone" || tokens[i + 1] == "anybody" ||
                             tokens[i + 1] == "everyone" ||
                             (on_topic && (tokens[i + 1] == "us" || tokens[i + 1] == "ours")));
          // "can hold one parish back": holding a jurisdiction back is keeping it out.
          const bool back =
              tokens[j] == "back" && (tokens[i].starts_with("hold") || tokens[i] == "held");
          const auto program_from = [&](std::size_t object) {
            // "neither a county nor the State can keep fingerprints from being checked": the
            // check itself, kept from a jurisdiction's prints (not "keeps duplicate prints from
            // being run twice").
            if (object + 1 < count && tokens[object] == "being" &&
                names_jurisdiction(tokens, clause_start[i], object) &&
                (tokens[object + 1] == "checked" || tokens[object + 1] == "screened" ||
                 tokens[object + 1] == "run" || tokens[object + 1] == "matched" ||
                 tokens[object + 1] == "queried")) {
              return true;
            }
            bool program_after = false;
            for (std::size_t k = object; k < std::min(count, object + 3); ++k) {
              program_after = program_after || match_at(m_topic_words, words, k) ||
                              (match_at(m_program, words, k) && tokens[k] != "it") ||
                              is_topic_acronym(sentence, words, k);
            }
            return program_after;
          };
          if (!out_of && (tokens[j] == "out" || tokens[j] == "off" || back)) {
            // "cannot hold back one county's submissions" is a `separate` phrase; "will not hold
            // ours back from the immigration check": what is held back from the program is a
            // jurisdiction's.
            const bool back_from_program =
                back && j + 2 < count && tokens[j + 1] == "from" && program_from(j + 2);
            length = names_jurisdiction(tokens, i + 1, j) || anyone || (passive && j == i + 1) ||
                             back_from_program
                         ? j - i + 1
                         : 0;
            break;
          }
          // "screen a county's prints out of the check", not "screens arrestees from
          // Secure Communities counties".
          if ((tokens[j] == "from" && !tokens[i].starts_with("screen")) || out_of) {
            // The object may be the passive's subject: "can be taken out of Secure Communities".
            const bool program_after = (j > i + 1 || passive) && program_from(j + (out_of ? 2 : 1));
            length = any_in(m_program, words, i + 1, j) || program_after ? j - i + 1 : 0;
            break;
          }
        }
        // "has not agreed to remove any city": removing a jurisdiction, in a document about
        // the program, takes it out of it. The jurisdiction ends the object ("remove the county
        // inmates", "remove the county's files from the room" are not).
        if (!length && on_topic && tokens[i].starts_with("remov")) {
          std::size_t k = i + 1;
          const std::size_t until = std::min(clause_end[i], i + 4);
          while (k < until && !names_jurisdiction(tokens, k, k + 1)) {
            ++k;
          }
          const std::string_view next = k + 1 < count ? tokens[k + 1] : std::string_view(".");
          const bool ends = !std::isalpha(static_cast<unsigned char>(next.front())) ||
                            next == "and" || next == "or" || next == "but" || next == "unless" ||
                            next == "if" || next == "until" || next == "because" ||
                            (next == "from" && k + 2 < count && match_at(m_program, words, k + 2));
          length = k < until && ends ? 1 : 0;
        }
      }
    }
    if (!length || other_program(i)) {
      continue;
    }
    relevant = true;
    const std::size_t end = i + length;
    std::fill(used.begin() + static_cast<std::ptrdiff_t>(i),
              used.begin() + static_cast<std::ptrdiff_t>(end), true);
    if (!first_leave) {
      first_leave = i;
    }
    if (questioned[i] && !asked) {
      asked = i;
    }
    if (!questioned[i] && !requested[i]) {
      stated_leave_end = end;
    }
    if (questioned[i] || requested[i]) {
      continue;
    }
    // Permission words reach further than negators: "no mechanism ... for a county to withdraw".
    const std::size_t from = window_start(i, 2 * window);
    std::optional<std::size_t> permission;
    // "no provision under which a county would be able to opt out": a negated permission noun
    // governs the modal of its relative clause, so negation is counted from the first one.
    std::optional<std::size_t> first_permission;
    for (std::size_t j = i; j-- > from;) {
      if (match_at(m_permission, words, j)) {
        permission = permission ? permission : j;
        first_permission = j;
      }
    }
    // Further back only through a chain of them, each within a window of the next or of a
    // relative pronoun that opens the clause of the next ("no provision in the agreement under
    // which ...").
    if (first_permission) {
      std::size_t lower = window_start(*first_permission, window);
      // The relative pronoun that opens the permission's clause may stand further back, past a
      // clause of the subject's own ("no clause under which a county that objects to the
      // program may be excluded").
      for (std::size_t j = *first_permission; j-- > window_start(*first_permission, 2 * window);) {
        if (tokens[j] == "which" || tokens[j] == "whereby") {
          lower = std::min(lower, window_start(j, window));
          break;
        }
      }
      for (std::size_t j = *first_permission; j-- > lower;) {
        if (match_at(m_permission, words, j)) {
          first_permission = j;
          lower = std::min(lower, window_start(j, window));
        } else if (tokens[j] == "which" || tokens[j] == "whereby") {
          lower = std::min(lower, window_start(j, window));
        }
      }
    }
    // A permission word after the leave phrase, in its clause: "opting out is an option".
    std::optional<std::size_t> permission_after;
    for (std::size_t j = end; j < std::min(count, end + 2 * window); ++j) {
      if (clause_start[j] != clause_start[i]) {
        break;
      }
      if (match_at(m_permission_after, words, j)) {
        permission_after = j;
        break;
      }
    }
    // "a request to opt out", "asked to be removed": the sentence asks, it does not say; but in
    // "a county that prefers not to take part may notify ICE" the wish describes the subject of
    // the permission after it.
    const std::size_t request_from = std::max(window_start(i, 3), permission ? *permission + 1 : 0);
    if (any_in(m_volition, words, request_from, i) && !(permission_after && !permission)) {
      continue;
    }
    // "such letters do not remove a jurisdiction from the program": a request as the subject of
    // a negated leave verb is futile; "a request not to be activated" still asks.
    std::size_t request_at = request_from;
    while (request_at < i && !match_at(m_request, words, request_at)) {
      ++request_at;
    }
    const bool infinitive_leave =
        i > 0 &&
        (tokens[i - 1] == "to" || (i > 1 && tokens[i - 1] == "be" && tokens[i - 2] == "to"));
    if (request_at < i && !permission && !infinitive_leave &&
        negations_in(request_at + 1, i) % 2 == 1) {
      score -= weight[i];
      continue;
    }
    // "No vote of the Board and no letter from this office takes the county out": no request at
    // all, as the subject, leaves.
    bool no_request = false;
    for (std::size_t j = window_start(i, window); j + 1 < i && !permission && !infinitive_leave;
         ++j) {
      no_request = no_request || (tokens[j] == "no" && match_at(m_request, words, j + 1));
    }
    if (no_request) {
      score -= weight[i];
      continue;
    }
    if (request_at < i) {
      // "counties remain free to request removal", "cannot ask to be left out": permission to
      // ask is a way out; its negation is none.
      if (permission) {
        score += (negated(window_start(*permission, window), request_at) ? -1.0 : 1.0) * weight[i];
      }
      continue;
    }
    // "Counties should be able to opt out", "must be allowed to withdraw": a permission someone
    // says ought to exist is asked for, not stated.
    if (permission &&
        any_in(m_obligation_modal, words, window_start(*permission, 3), *permission)) {
      continue;
    }
    if (permission) {
      const bool complement = *permission > 0 && tokens[*permission - 1] == "to";
      std::size_t reach = window_start(*first_permission, window);
      // "No county, city, or sheriff within that State can remove itself": a negated subject
      // at the clause's start reaches its verb however long the subject is.
      const std::size_t subject = clause_start[*first_permission];
      if (subject < reach && match_at(m_negators, words, subject) && tokens[subject] != "not") {
        reach = subject;
      }
      // "Only the state can opt out, not individual counties": a permission kept for the state
      // or a federal agency is none for a local jurisdiction.
      bool kept = false;
      for (std::size_t j = clause_start[*first_permission]; j + 1 < *first_permission; ++j) {
        const std::string_view who =
            tokens[j + 1] == "the" && j + 2 < *first_permission ? tokens[j + 2] : tokens[j + 1];
        // Not "only states and counties that signed", nor "not only the state".
        const bool local_too = std::any_of(
            tokens.begin() + static_cast<std::ptrdiff_t>(j + 1),
            tokens.begin() + static_cast<std::ptrdiff_t>(*first_permission),
            [&](std::string_view token) {
              return token != "state" && token != "states" && m_jurisdictions.count(token) != 0;
            });
        kept = kept || (tokens[j] == "only" && (j == 0 || tokens[j - 1] != "not") && !local_too &&
                        (who == "state" || who == "states" || who == "governor" || who == "ice" ||
                         who == "dhs" || who == "congress" || who == "federal"));
      }
      score += (negated(reach, i, !complement) != kept ? -1.0 : 1.0) * weight[i];
      continue;
    }
    if (permission_after) {
      // Negators before the leave word and between it and the permission word; not one inside
      // the leave phrase itself ("not to participate ... may notify").
      const int negations =
          negations_in(window_start(i, 3), i) + negations_in(end, *permission_after);
      const double polarity = negations % 2 == 1 ? -1.0 : 1.0;
      score += polarity * weight[i];
      continue;
    }
    // A bare leave word under a negator: "no opt-out", "not an opt-in/opt-out program", "no
    // local agency will be exempted"; under two, leaving is possible ("counties are not
    // prevented from opting out"). Not "none has been let out yet": what has not happened yet
    // is pending, not refused.
    // ("yet" ends a clause as a contrast word too: it is looked for past the clause's end).
    const bool pending = std::any_of(
        tokens.begin() + static_cast<std::ptrdiff_t>(window_start(i, 5)),
        tokens.begin() + static_cast<std::ptrdiff_t>(std::min(count, clause_end[i] + 1)),
        [](std::string_view token) { return token == "yet"; });
    int negations = negations_in(window_start(i, 5), i);
    // "No locality in the state will be carved out": the negator on a passive verb's subject
    // may stand further back, before the jurisdiction word.
    const bool passive =
        i > 0 && (tokens[i - 1] == "be" || tokens[i - 1] == "been" || tokens[i - 1] == "being");
    for (std::size_t j = i; passive && negations == 0 && j-- > window_start(i, window);) {
      if (m_jurisdictions.count(tokens[j])) {
        negations = negations_in(j >= 2 ? std::max(clause_start[i], j - 2) : clause_start[i], j);
      }
    }
    // "Secure Communities is not something a jurisdiction joins or leaves", "is not a program
    // that jurisdictions opt into or out of": the negated "something" or program whose clause
    // the leave word ends.
    for (std::size_t j = i;
         negations == 0 && j-- > std::max(clause_start[i] + 1, window_start(i, 2 * window));) {
      const bool program = j >= 2 && (tokens[j - 1] == "a" || tokens[j - 1] == "an") &&
                           match_at(m_program, words, j) && match_at(m_negators, words, j - 2);
      if (program || (tokens[j] == "something" && match_at(m_negators, words, j - 1))) {
        negations = 1;
      }
    }
    if (const auto regard = regarded_from(i); negations == 0 && regard) {
      negations = negations_in(window_start(*regard, 3), *regard);
    }
    if (negations && !pending) {
      score += (negations % 2 == 1 ? -1.0 : 1.0) * weight[i];
      continue;
    }
    // "There is still an opt-out", "an opt-out remains": a way out said to exist; "objecting
    // counties will not be activated", "the county will be removed": leaving promised.
    bool exists = end < count && (tokens[end] == "exists" || tokens[end] == "remains");
    for (std::size_t j = window_start(i, 4); j + 1 < i && !exists; ++j) {
      exists = tokens[j] == "there" && (is_copula(tokens[j + 1]) || tokens[j + 1] == "remains");
    }
    // Not when someone only wants it ("the Sheriff wants written confirmation that the county
    // will not be activated"); a wish that is part of an earlier leave phrase ("counties that do
    // not want to participate") describes who is left out.
    // Nor is a wish that is a noun ("we will respect the county's wishes") or that governs an
    // earlier leave phrase ("jurisdictions that wish to remain outside").
    bool wished = false;
    for (std::size_t j = 0; j < i && !wished; ++j) {
      const bool noun = j > 0 && (possessive(words, j - 1) || tokens[j - 1] == "its" ||
                                  tokens[j - 1] == "their" || tokens[j - 1] == "the");
      const bool describes = j + 2 < i && tokens[j + 1] == "to" && used[j + 2];
      wished = !used[j] && !noun && !describes &&
               (match_at(m_volition, words, j) || match_at(m_request_verbs, words, j));
    }
    // Passive ("will not be activated") or a verb that takes a jurisdiction out ("ICE will
    // remove the jurisdiction from the deployment schedule"); not a jurisdiction's own plan
    // ("the county will opt out").
    const bool promised =
        i > 0 && (tokens[i - 1] == "will" || tokens[i - 1] == "would") &&
        (tokens[i] == "be" || tokens[i] == "not" || match_at(m_leave_from, words, i)) && !wished;
    // "The city opted out of Secure Communities last fall": a jurisdiction that left says it
    // could.
    const bool done = !wished && i > 0 && tokens[i].size() > 3 &&
                      (tokens[i].ends_with("ed") || tokens[i] == "withdrew") &&
                      !is_copula(tokens[i - 1]) && tokens[i - 1] != "been" &&
                      names_jurisdiction(tokens, window_start(i, 3), i);
    // "We have taken an agency off the schedule at its request": a jurisdiction taken out of
    // the program or off its schedule. Not what someone said or assumed ("residents believed
    // that the resolution took the County out"), nor an agenda's item taken off.
    const std::string_view verb = tokens[i];
    const bool taken =
        (verb == "took" || verb == "taken" || verb == "removed" || verb == "pulled") && !wished &&
        (i == 0 || tokens[i - 1] != "be");
    bool out_of_program = false;
    for (std::size_t k = end; taken && !out_of_program && k < std::min(clause_end[i], end + 4);
         ++k) {
      out_of_program = match_at(m_program, words, k) || match_at(m_topic_words, words, k) ||
                       tokens[k] == "schedule";
    }
    const bool taken_out = out_of_program && !any_in(m_expectation, words, 0, i) &&
                           !any_in(m_speech, words, 0, i) && match_at(m_leave_from, words, i) &&
                           names_jurisdiction(tokens, i + 1, end);
    if ((exists || promised || done || taken_out) && !pending) {
      score += weight[i];
      continue;
    }
    // "ICE will accommodate counties that do not want to be activated": a grant whose object is
    // the jurisdictions that leave.
    for (std::size_t j = window_start(i, window); j + 2 < i && !pending; ++j) {
      if (match_at(m_grant, words, j) && !questioned[j] && !requested[j] &&
          names_jurisdiction(tokens, j + 1, j + 3) &&
          (tokens[j + 2] == "that" || tokens[j + 2] == "who" ||
           (j + 3 < i && (tokens[j + 3] == "that" || tokens[j + 3] == "who")))) {
        score += (negated(window_start(j, window), j) ? -1.0 : 1.0) * weight[i];
        break;
      }
    }
  }

  for (const auto& [start, at] : decisions) {
    std::size_t end = at + 1;
    while (end < count && clause_start[end] == clause_start[at]) {
      ++end;
    }
    if (!any_in(m_program, words, at + 1, end)) {
      continue;
    }
    relevant = true;
    score += (negated(window_start(start, window), start) ? -1.0 : 1.0) * weight[start];
    std::fill(used.begin() + static_cast<std::ptrdiff_t>(start),
              used.begin() + static_cast<std::ptrdiff_t>(at), true);
  }
  // "participation was a matter for each jurisdiction to decide", "is not for the county to
  // decide": the program left to a jurisdiction's decision.
  for (std::size_t k = 0; k + 3 < count; ++k) {
    if (tokens[k] != "for" || used[k] || questioned[k] || requested[k]) {
      continue;
    }
    std::size_t who = k + 1;
    while (who + 2 < count && who < k + 3 &&
           (tokens[who] == "each" || tokens[who] == "the" || tokens[who] == "a" ||
            tokens[who] == "every" || tokens[who] == "local")) {
      ++who;
    }
    if (who + 2 >= count || m_jurisdictions.count(tokens[who]) == 0 || tokens[who + 1] != "to" ||
        !match_at(m_decision, words, who + 2)) {
      continue;
    }
    const std::size_t from = window_start(k, 2 * window);
    if (!any_in(m_program, words, from, k) && !any_in(m_participation, words, from, k)) {
      continue;
    }
    relevant = true;
    score += (negated(window_start(k, window), k) ? -1.0 : 1.0) * weight[k];
  }
  // "Once the state is live, every county in it is live", "when the state joins, all of its
  // counties are activated too": every local jurisdiction in the program once its state is
  // leaves none a way out. Not a schedule ("all counties will be live by the end of 2011"), nor
  // one a relative clause picks out ("every county that joins ...").
  bool state_condition = false;
  for (std::size_t k = 0; k + 2 < count && !state_condition; ++k) {
    if (tokens[k] == "once" || tokens[k] == "when" || tokens[k] == "if" || tokens[k] == "because" ||
        tokens[k] == "after") {
      for (std::size_t j = k + 1; j < std::min(count, k + 4) && !state_condition; ++j) {
        state_condition = tokens[j] == "state" || tokens[j] == "commonwealth";
      }
    }
  }
  for (std::size_t q = 0; q + 2 < count && state_condition && (has_program || on_topic); ++q) {
    if ((tokens[q] != "every" && tokens[q] != "all" && tokens[q] != "each") || used[q] ||
        questioned[q] || requested[q]) {
      continue;
    }
    std::size_t who = q + 1;
    while (who < std::min(count, q + 4) && m_jurisdictions.count(tokens[who]) == 0) {
      ++who;
    }
    if (who >= std::min(count, q + 4) || tokens[who] == "office" || tokens[who] == "board") {
      continue;
    }
    std::size_t at = who + 1;
    // "in it", "in the state", "of its": where they are, not which of them.
    if (at + 1 < count && (tokens[at] == "in" || tokens[at] == "of")) {
      at += std::min<std::size_t>(tokens[at + 1] == "the" ? 3 : 2, count - at);
    }
    // Being in, not being able to join: "every county may join" is no stance of this kind.
    while (at < count && (is_copula(tokens[at]) || tokens[at] == "will" || tokens[at] == "shall" ||
                          tokens[at] == "be" || tokens[at] == "been" || tokens[at] == "goes" ||
                          tokens[at] == "go")) {
      ++at;
    }
    if (at >= count || clause_start[at] != clause_start[q] ||
        any_in(m_permission, words, clause_start[q], clause_end[q]) ||
        any_in(m_voluntary, words, clause_start[q], clause_end[q]) ||
        any_in(m_request, words, clause_start[q], clause_end[q])) {
      continue;
    }
    const std::string_view predicate = tokens[at];
    const bool in = predicate == "activated" || predicate == "live" || predicate == "in" ||
                    predicate == "covered" || predicate == "included" || predicate == "joins" ||
                    predicate == "participates" || predicate == "participate" ||
                    predicate == "join";
    // "in" ends its clause: "every parish in Louisiana is in", not "is in the queue".
    const bool ends =
        at + 1 >= count || !std::isalpha(static_cast<unsigned char>(tokens[at + 1].front())) ||
        tokens[at + 1] == "too" || tokens[at + 1] == "with" || tokens[at + 1] == "once" ||
        tokens[at + 1] == "when" || tokens[at + 1] == "because" || predicate != "in";
    if (!in || !ends || negated(window_start(q, window), at)) {
      continue;
    }
    relevant = true;
    score -= weight[q];
    break;
  }
  // "local consent is not a condition of activation", "activation requires the county's
  // approval": a requirement of consent lets a county say no, so it flips the obligation's sense.
  // A consent phrase needs no program word when the document is about the program and the
  // sentence names a jurisdiction ("ICE does not need a county's permission").
  const bool consent_about_program =
      has_program || (on_topic && names_jurisdiction(tokens, 0, count));
  for (std::size_t k = 0; k < count && consent_about_program; ++k) {
    const std::size_t length = match_at(m_consent, words, k);
    // "the county's agreement with ICE": a pact between governments, not a county's say.
    const bool pact = length && tokens[k + length - 1] == "agreement" && k + length < count &&
                      (tokens[k + length] == "with" || tokens[k + length] == "between");
    if (!length || pact || used[k] || questioned[k] || requested[k]) {
      continue;
    }
    std::optional<std::size_t> condition;
    std::size_t condition_length = 0;
    // "the consent of individual counties has never been a condition", "the consent of a State
    // or local jurisdiction is not required": past whose consent.
    const std::size_t reach =
        k + length + 4 + (k + length < count && tokens[k + length] == "of" ? 5 : 0);
    // "did not need a State's or a locality's consent": back past whose consent.
    for (std::size_t c = window_start(k, 6); c < std::min(count, reach); ++c) {
      if (c >= k && c < k + length) {
        continue;
      }
      if (clause_start[c] != clause_start[k]) {
        break;
      }
      condition_length =
          std::max(match_at(m_condition, words, c), match_at(m_obligation, words, c));
      if (condition_length) {
        condition = c;
        break;
      }
    }
    // "without the sheriff's approval"; not "changed without a vote of anyone": a vote that was
    // not held is no consent withheld.
    const bool vote = tokens[k] == "a"; // "a vote of", "a vote by"
    std::optional<std::size_t> without;
    for (std::size_t j = window_start(k, 4); j < k && !vote; ++j) {
      without = tokens[j] == "without" ? std::optional<std::size_t>(j) : without;
    }
    // Not "It ... may not be distributed outside the agency without OIG's written permission":
    // without a program word ("it" is none here), the consent withheld is a jurisdiction's,
    // named in it ("without the county's consent") or in the sentence, not a mere "agency" or
    // "office" ("It was deployed in the county without the Governor's approval").
    bool program_named = names_program;
    for (std::size_t j = 0; without && !program_named && j < count; ++j) {
      program_named = tokens[j] != "it" && match_at(m_program, words, j);
    }
    bool owner = without && names_jurisdiction(tokens, *without + 1, k);
    for (std::size_t j = 0; without && !owner && j < count; ++j) {
      owner = m_jurisdictions.count(tokens[j]) != 0 && tokens[j] != "agency" &&
              tokens[j] != "agencies" && tokens[j] != "office" && tokens[j] != "department" &&
              tokens[j] != "departments";
    }
    without = without && (program_named || owner) ? without : std::nullopt;
    if (!condition && !without) {
      continue;
    }
    relevant = true;
    const std::size_t first = condition ? std::min(k, *condition) : k;
    const std::size_t last = condition ? std::max(k, *condition) : k;
    score += (negated(window_start(first, window), last) ? -1.0 : 1.0) * weight[k];
    std::fill(used.begin() + static_cast<std::ptrdiff_t>(k),
              used.begin() + static_cast<std::ptrdiff_t>(k + length), true);
    if (condition) {
      std::fill(used.begin() + static_cast<std::ptrdiff_t>(*condition),
                used.begin() + static_cast<std::ptrdiff_t>(*condition + condition_length), true);
    }
  }
  for (std::size_t k = 0; k < count; ++k) {
    if (used[k]) {
      continue;
    }
    // "the question ... whether participation in Secure Communities is optional": asked about,
    // taking no position; what it asks is what "It is not." after it denies.
    if (questioned[k]) {
      const bool obligation = match_at(m_obligation, words, k) != 0;
      if (has_program && tokens[k] != "whether" &&
          (obligation || match_at(m_voluntary, words, k)) && !other_program(k)) {
        relevant = true;
        questioned_leaning = questioned_leaning != 0 ? questioned_leaning : obligation ? -1 : 1;
      }
      continue;
    }
    const std::size_t from = window_start(k, window);
    if ((match_at(m_obligation, words, k) || match_at(m_voluntary, words, k) ||
         match_at(m_expectation, words, k) || match_at(m_obligation_modal, words, k) ||
         match_at(m_grant, words, k) || match_at(m_denial, words, k)) &&
        other_program(k)) {
      continue;
    }
    if (requested[k] && (match_at(m_obligation, words, k) || match_at(m_voluntary, words, k) ||
                         match_at(m_obligation_modal, words, k))) {
      relevant = relevant || has_program;
      continue;
    }
    if (const std::size_t length = match_at(m_obligation, words, k)) {
      // A phrase of several words ("no exceptions", "over its objection") needs no program word
      // when the document is about the program and the sentence names a jurisdiction: "no
      // exceptions will be made for individual counties".
      const bool about_program =
          has_program || (length > 1 && on_topic && names_jurisdiction(tokens, 0, count));
      if (!about_program || (tokens[k] == "whether" && !regardless_at(k))) {
        continue; // "whether or not to take part", "said whether or not it will" ask
      }
      // "Nothing in Secure Communities requires the sheriff to honor a detainer": what is
      // required is another program's act, whatever program the subject names.
      if (duty_of_other_program(words, k + length, clause_end[k])) {
        k += length - 1;
        continue;
      }
      // "an agreement with a state is not required to operate Secure Communities", "requires
      // it to forward fingerprints to the FBI": a requirement for some other act than taking
      // part, asking or leaving.
      std::size_t to = k + length;
      while (to < std::min(count, k + length + 2) && tokens[to] != "to" &&
             clause_start[to] == clause_start[k]) {
        ++to;
      }
      if (const std::size_t act = to + 1;
          act < count && tokens[to] == "to" && !match_at(m_program, words, act) &&
          !match_at(m_grant, words, act) && !match_at(m_participation, words, act) &&
          !match_at(m_leave, words, act) && !leave_if_program_at(sentence, words, act) &&
          !match_at(m_request, words, act) && !match_at(m_procedure, words, act) &&
          tokens[act] != "be" && tokens[act] != "have") {
        k += length - 1;
        continue;
      }
      // "The program requires no new equipment, no new training ...": what a requiring verb
      // requires, named after it, is no county, no taking part and no consent.
      if ((tokens[k] == "requires" || tokens[k] == "require") && k + length < clause_end[k] &&
          !std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(k + length),
                       tokens.begin() + static_cast<std::ptrdiff_t>(clause_end[k]),
                       [&](std::string_view token) { return m_jurisdictions.count(token) != 0; }) &&
          !any_in(m_participation, words, k + length, clause_end[k]) &&
          !any_in(m_program, words, k + length, clause_end[k]) &&
          !any_in(m_consent, words, k + length, clause_end[k]) &&
          !any_in(m_leave, words, k + length, clause_end[k])) {
        k += length - 1;
        continue;
      }
      relevant = true;
      // "must submit a written request to opt out": the duty is the request, so leaving exists.
      const bool procedural = any_in(m_request, words, k + length, std::min(count, k + length + 5));
      double polarity = procedural ? 1.0 : -1.0;
      if (negated(from, k)) {
        polarity = -polarity;
      }
      score += polarity * weight[k];
      k += length - 1;
      continue;
    }
    if (const std::size_t length = match_at(m_obligation_modal, words, k)) {
      // "to whom should it be sent?", "should we decline": a modal before its subject pronoun
      // asks or supposes; it binds nobody.
      if (k + length < count) {
        const std::string_view next = tokens[k + length];
        if (next == "it" || next == "we" || next == "they" || next == "he" || next == "she" ||
            next == "you" || next == "i") {
          continue;
        }
      }
      // "must participate" binds the county; "must submit a request" is how it leaves, and so
      // is "should tell the bureau and ICE in writing".
      const bool procedural =
          any_in(m_request, words, k + length, std::min({count, clause_end[k], k + length + 9}));
      if (!procedural && (!any_in(m_program, words, k + length, std::min(count, k + length + 4)) ||
                          (k + length < count && leave_idiom_at(words, k + length)))) {
        continue;
      }
      // "should ask ICE to state whether any procedure exists by which a county may decline":
      // a request about a leave word only asked about is no way out ("if a jurisdiction does
      // not wish to activate, it must notify ICE" supposes, and is one).
      const auto leave_at = static_cast<std::ptrdiff_t>(first_leave.value_or(0));
      const bool only_asked_whether =
          !stated_leave_end && std::find(tokens.begin(), tokens.begin() + leave_at, "whether") !=
                                   tokens.begin() + leave_at;
      if (procedural && (!relevant || only_asked_whether)) {
        continue;
      }
      relevant = true;
      double polarity = procedural ? 1.0 : -1.0;
      // "a county wishing not to participate should notify ICE": a negator before "to" negates
      // its infinitive, not the modal after it.
      std::size_t modal_from = from;
      for (std::size_t j = from; j + 1 < k; ++j) {
        if (match_at(m_negators, words, j) && tokens[j + 1] == "to") {
          modal_from = j + 2;
        }
      }
      if (negated(modal_from, k + length)) {
        polarity = -polarity;
      }
      // "Counties must not ask to opt out": a request forbidden is no way out.
      if (procedural && k + length < count &&
          (tokens[k + length] == "not" || tokens[k + length] == "never")) {
        polarity = -polarity;
      }
      score += polarity * weight[k];
      k += length - 1;
      continue;
    }
    // "participation is expected", "counties are expected to take part": a hedged duty.
    if (const std::size_t length = match_at(m_expectation, words, k)) {
      // Its complement clause may name the subject first ("expects that every county in the
      // state will participate"): two windows' reach after it.
      if (has_program && any_in(m_participation, words, window_start(k, window),
                                std::min(clause_end[k], k + length + 2 * window))) {
        relevant = true;
        score += (negated(from, k) ? 0.6 : -0.6) * weight[k];
        k += length - 1;
      }
      continue;
    }
    // "Participation is entirely up to the sheriff", "whether to take part is up to each
    // county": a jurisdiction's to decide is voluntary; "up to the state" is not the county's.
    // So is taking part as "the decision of each sheriff", "a decision for each locality to
    // make", "a decision each local jurisdiction makes" (not "a decision local officials
    // opposed").
    const bool up_to = tokens[k] == "up" && k + 2 < count && tokens[k + 1] == "to";
    const bool decision_of =
        tokens[k] == "decision" && k + 2 < count && k > 0 &&
        (tokens[k - 1] == "a" || tokens[k - 1] == "the") &&
        (tokens[k + 1] == "of" || tokens[k + 1] == "for" || tokens[k + 1] == "each" ||
         tokens[k + 1] == "every" || tokens[k + 1] == "local" || tokens[k + 1] == "individual") &&
        any_in(m_participation, words, window_start(k, 2 * window), k);
    if ((up_to || decision_of) && has_program) {
      const std::size_t first = k + (up_to || tokens[k + 1] == "of" ? 2 : 1);
      // "a decision for each local jurisdiction": its jurisdiction may come a word later.
      const std::size_t reach = first + (decision_of ? 4 : 3);
      for (std::size_t j = first; j < std::min(clause_end[k], reach); ++j) {
        if (m_jurisdictions.count(tokens[j]) == 0 && (tokens[j] != "local" || decision_of)) {
          continue;
        }
        const bool state = tokens[j] == "state" || tokens[j] == "states";
        relevant = true;
        score += ((negated(from, k) != state) ? -1.0 : 1.0) * weight[k];
        k = j;
        break;
      }
      continue;
    }
    if (const std::size_t length = match_at(m_voluntary, words, k)) {
      // Near the program or taking part ("participation is voluntary"), not "prosecutorial
      // discretion, and ... the program's communications"; nor words named as words ("write
      // \"opt in\"").
      const std::size_t near_begin = k > 2 * window ? k - 2 * window : 0;
      const std::size_t near_end = std::min(count, k + length + window);
      // A phrase that ends in "each" or "every" ("determined by each", "a decision for every")
      // is a local choice only when a jurisdiction comes next: not "each ICE field office".
      const std::string_view last = tokens[k + length - 1];
      const bool for_each = last == "each" || last == "every";
      if (!has_program || quoted_mention(sentence, words.lower, tokens, k) ||
          !(any_in(m_program, words, near_begin, near_end) ||
            any_in(m_topic_words, words, near_begin, near_end) ||
            names_jurisdiction(tokens, near_begin, near_end)) ||
          (for_each &&
           !names_jurisdiction(tokens, k + length, std::min(clause_end[k], k + length + 2)))) {
        continue;
      }
      relevant = true;
      // "at the discretion of ICE", "decided county by county by ICE": the choice is the
      // federal agency's, not the locality's.
      std::size_t owner = count;
      if (k + length + 1 < count && (tokens[k + length] == "of" || tokens[k + length] == "by")) {
        owner = k + length + (tokens[k + length + 1] == "the" ? 2 : 1);
      }
      const bool federal = owner < count && (tokens[owner] == "ice" || tokens[owner] == "dhs" ||
                                             tokens[owner] == "fbi" || tokens[owner] == "federal");
      const auto regard = regarded_from(k);
      const std::size_t negators = regard ? std::min(from, window_start(*regard, 3)) : from;
      score += (negated(negators, k) != federal ? -1.0 : 1.0) * weight[k];
      k += length - 1;
      continue;
    }
    // "a written request is enough", "requests will not be granted": a request and whether it
    // is granted is a stance too, unless the request is a FOIA request.
    // So is leaving itself, granted or refused right after it: "the county's withdrawal was
    // accepted".
    const bool leave_granted = stated_leave_end && k >= *stated_leave_end &&
                               k < *stated_leave_end + 3 &&
                               clause_start[k] == clause_start[*stated_leave_end - 1];
    // "Fair enough. That letter ...": enough, before any request, grants none.
    const bool sufficiency_first =
        (tokens[k] == "enough" || tokens[k] == "sufficient") && !any_in(m_request, words, 0, k);
    if ((has_request || leave_granted) && !foia_request && !delay_request && !sufficiency_first) {
      const std::size_t length = match_at(m_grant, words, k);
      // "MOTION to approve Item 7.f, with the letter amended so that it asks ...": a grant
      // before any request grants one only within a window after it ("will honor any written
      // request"). One asked for is not asserted: "asks that an item be removed from the
      // Consent Calendar and considered separately".
      const auto grants_nothing = [&] {
        std::size_t asker = k;
        while (asker > 0 && requested[asker - 1]) {
          --asker;
        }
        if (requested[k] && tokens[asker] == "that") {
          return true;
        }
        // The request may follow an aside ("will honor, in every case, a county's request"):
        // the words of the grant's own clause are counted, past the aside's.
        std::size_t seen = 0;
        for (std::size_t j = k + length; j < count && seen < static_cast<std::size_t>(window);
             ++j) {
          if (clause_start[j] == clause_start[k]) {
            if (match_at(m_request, words, j)) {
              return false;
            }
            ++seen;
          }
        }
        return !any_in(m_request, words, 0, k);
      };
      if (length && !leave_granted && grants_nothing()) {
        continue;
      }
      if (length) {
        relevant = true;
        // "No request to opt out will be honored": a "no" that is the request's own determiner
        // negates the grant, though a wish or request word ends other negators' reach.
        bool no_request = false;
        for (std::size_t j = std::max<std::size_t>(from, 1); j < k && !no_request; ++j) {
          no_request = match_at(m_request, words, j) &&
                       (tokens[j - 1] == "no" ||
                        (j > 1 && tokens[j - 1] == "such" && tokens[j - 2] == "no"));
        }
        score += (negated(from, k, true, true) != no_request ? -1.0 : 1.0) * weight[k];
        k += length - 1;
      } else if (const std::size_t denied = match_at(m_denial, words, k)) {
        relevant = true;
        score += (negated(from, k, true, true) ? 1.0 : -1.0) * weight[k];
        k += denied - 1;
      }
    }
  }

  // "The council's vote to withdraw has no legal effect", "a resolution to opt out would not
  // change anything": leaving, even asked or voted for, said to come to nothing. In a sentence
  // that says nothing else of leaving, "A resolution would not change deployment", "the
  // ordinance has no legal effect on participation": a local act said to leave the program as it
  // is, or the county's records ("a board's vote does not change what happens to a booking").
  const bool about_leaving = relevant;
  // Whether a word of leaving was read in [begin, end).
  const auto leaving_in = [&](std::size_t begin, std::size_t end) {
    return std::find(used.begin() + static_cast<std::ptrdiff_t>(begin),
                     used.begin() + static_cast<std::ptrdiff_t>(end),
                     true) != used.begin() + static_cast<std::ptrdiff_t>(end);
  };
  const auto local_act_on_program = [&](std::size_t f, std::size_t length) {
    const auto act = std::any_of(
        tokens.begin() + static_cast<std::ptrdiff_t>(std::max(clause_start[f], window_start(f, 8))),
        tokens.begin() + static_cast<std::ptrdiff_t>(f), [](std::string_view token) {
          return token == "resolution" || token == "ordinance" || token == "vote" ||
                 token == "letter" || token == "objection" || token == "objections";
        });
    // What it leaves as it is: the program, or what happens to the county's records ("does not
    // change what happens to a booking").
    const std::size_t reach = std::min(clause_end[f], f + length + 6);
    bool records = false;
    for (std::size_t j = f + length; j < reach && !records; ++j) {
      records = tokens[j] != "those" && m_records.count(tokens[j]) != 0;
    }
    return act && (records || any_in(m_program, words, f + length, reach));
  };
  for (std::size_t f = 0; f < count && (about_leaving || on_topic); ++f) {
    const std::size_t length = match_at(m_futility, words, f);
    if (!length) {
      continue;
    }
    // "did nothing to stop counties from opting out": the purpose after it is what came to
    // nothing, not the leaving.
    const std::string_view last = tokens[f + length - 1];
    const bool purpose =
        f + length < count && tokens[f + length] == "to" &&
        (last == "nothing" || last == "anything" || last == "force" || last == "effect");
    if (questioned[f] || negated(window_start(f, 2), f) || purpose) {
      continue;
    }
    // A local act said to change nothing also when the sentence's other words of leaving
    // are no leaving ("a county board's vote does not change what happens to a booking").
    const bool comes_to_nothing =
        leaving_in(0, f) || (!leaving_in(f, count) && local_act_on_program(f, length));
    if (comes_to_nothing) {
      relevant = true;
      score -= weight[f];
      break;
    }
  }
  // "Send us a letter and we will take the county off the schedule", "by submitting a written
  // request": an instruction to send a request, in a sentence about leaving, says how to leave.
  // Not when someone only plans to ("the county will submit a request").
  if (relevant) {
    for (std::size_t k = 0; k < count; ++k) {
      const std::size_t length = match_at(m_procedure, words, k);
      if (!length || questioned[k] || requested[k]) {
        continue;
      }
      // "a locality can write in and say it wants no part of the program": a permitted act of
      // writing needs no request word of its own when leaving follows it in its clause ("a
      // sheriff can email the field office with any concerns" says nothing of leaving).
      const bool request_follows =
          any_in(m_request, words, k + length, std::min(count, k + length + 4));
      bool leaving_follows = false;
      for (std::size_t j = k + length; !request_follows && j < clause_end[k] && !leaving_follows;
           ++j) {
        leaving_follows = used[j];
      }
      const bool may = k > 0 && (tokens[k - 1] == "can" || tokens[k - 1] == "may") &&
                       !request_follows && leaving_follows;
      if (!may && !request_follows) {
        continue;
      }
      const std::size_t before = k >= 2 ? k - 2 : 0;
      // Nor when someone says what they do ("I write to ask that ..."): an instruction has no
      // subject of its own.
      const std::size_t subject = may ? k - 1 : k;
      const bool own_act =
          subject > 0 && (tokens[subject - 1] == "i" || tokens[subject - 1] == "we" ||
                          tokens[subject - 1] == "they");
      // "will write", "will instead write", "to write": what someone is going to do.
      const bool planned =
          std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(before),
                      tokens.begin() + static_cast<std::ptrdiff_t>(k),
                      [](std::string_view token) { return token == "will" || token == "to"; });
      if (any_in(m_volition, words, before, k) || any_in(m_obligation_modal, words, before, k) ||
          planned || own_act) {
        continue;
      }
      score += weight[k];
      break;
    }
  }
  // "sought all records concerning Ferrin County's participation in, or withdrawal from, Secure
  // Communities": leaving as the subject of records asked for, and nothing said of it before.
  for (std::size_t k = 0; relevant && k + 1 < count; ++k) {
    if (tokens[k] != "records" && tokens[k] != "documents") {
      continue;
    }
    // "records of how the program has been described ... and whether a jurisdiction could
    // decline" asks for records the same way; so does "records of communications between ICE
    // and Georgia jurisdictions about whether ...", what they are of named first.
    const auto about_word = [](std::string_view about) {
      return about == "concerning" || about == "regarding" || about == "about" ||
             about == "relating" || about == "related" || about == "pertaining";
    };
    const auto question_at = [&](std::size_t j) {
      return j < count && (tokens[j] == "how" || tokens[j] == "whether" || tokens[j] == "what");
    };
    const bool of_question = tokens[k + 1] == "of" && question_at(k + 2);
    bool of_then_about = false;
    for (std::size_t j = k + 2; tokens[k + 1] == "of" && j + 1 < std::min(clause_end[k], k + 10);
         ++j) {
      of_then_about = of_then_about || (about_word(tokens[j]) && question_at(j + 1));
    }
    if (about_word(tokens[k + 1]) || of_question || of_then_about) {
      relevant = leaving_in(0, k);
      break;
    }
  }
  // "whether the counties that passed resolutions are now out of S-Comm", "Is Braxmoor still in
  // if the Board passes item 9?": a question of where a jurisdiction stands is about leaving;
  // said outside a question, it takes no position on whether one could; nor does a condition's
  // "if the county is still in the program when ...".
  if (!relevant && on_topic) {
    const bool asks =
        count > 0 && (tokens.back() == "?" || (count > 1 && tokens[count - 2] == "?"));
    bool whether = false;
    for (std::size_t k = 0; k < count && !relevant; ++k) {
      whether = whether || tokens[k] == "whether";
      relevant = (whether || asks) && match_at(m_status, words, k) != 0;
    }
  }
  if (!relevant) {
    return result;
  }
  // "Some counties want to opt out, but they cannot.", "If you opt out, and I don't think you
  // can, ...": the answer to a leave word that was only wished for or supposed.
  if ((asked || first_leave) && std::abs(score) < 0.25) {
    score += answer_to(words, asked ? *asked : *first_leave, questioned);
  } else if (first_leave && std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(*first_leave),
                                        tokens.end(), [](std::string_view token) {
                                          return token == "answer" || token == "truth";
                                        })) {
    // "a law that tells a county it can step outside a federal program when the only honest
    // answer I have is that it cannot": an answer after the leave word, its verb left out,
    // takes the sentence's position whatever the words before it said.
    if (const int answer = answer_to(words, *first_leave, questioned); answer != 0) {
      score = answer;
    }
  }
  // "Ending participation, if it were possible, would not produce savings": a supposition that
  // leaving were possible says it is not.
  for (std::size_t i = 0; i + 2 < count && std::abs(score) < 0.25; ++i) {
    if (tokens[i] != "if") {
      continue;
    }
    for (std::size_t k = i + 1; k < std::min(clause_end[i], i + 4); ++k) {
      if (tokens[k] == "were" && any_in(m_permission_after, words, k + 1, clause_end[i])) {
        score -= 1.0;
        break;
      }
    }
  }
  // "field offices should neither confirm nor rule out deactivation": no position, on purpose.
  for (std::size_t k = 0; k + 1 < count; ++k) {
    if (tokens[k] == "neither" && tokens[k + 1].starts_with("confirm")) {
      score = 0.0;
      break;
    }
  }
  result.relevant = true;
  result.leaning = std::abs(score) >= 0.25 ? (score > 0 ? 1 : -1) : asked ? 1 : questioned_leaning;
  const bool question =
      (!tokens.empty() && (tokens.back() == "?" || (count > 1 && tokens[count - 2] == "?"))) ||
      opens_with_question(words);
  result.question = question;
  if (question || std::abs(score) < 0.25) {
    result.value = "unclear";
    result.confidence = 0.5;
  } else {
    result.value = score > 0 ? "available" : "unavailable";
    // Two decimals: the figure is a rough grade, and 0.8999999999999999 helps nobody.
    result.confidence = std::round(std::min(0.95, 0.6 + 0.15 * std::abs(score)) * 100.0) / 100.0;
  }
  return result;
}

} // namespace foia::analyze::detail
