#include "detail.hpp"

namespace foia::analyze::detail {

namespace {

RE2::Options set_options() {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  return options;
}

} // namespace

Prefilter::Prefilter() : m_set(std::make_unique<RE2::Set>(set_options(), RE2::UNANCHORED)) {}
Prefilter::~Prefilter() = default;

std::size_t Prefilter::add(const std::string& pattern) {
  std::string error;
  if (m_set->Add(pattern, &error) < 0) {
    m_set.reset(); // the tagger reports the bad pattern itself; here just stop filtering
  }
  return m_count++;
}

void Prefilter::compile() { m_ok = m_set && m_set->Compile(); }

std::vector<bool> Prefilter::matching(std::string_view text) const {
  std::vector<bool> flags(m_count, !m_ok);
  if (!m_ok) {
    return flags;
  }
  std::vector<int> matched;
  RE2::Set::ErrorInfo error{};
  if (!m_set->Match(text, &matched, &error) && error.kind != RE2::Set::kNoError) {
    flags.assign(m_count, true);
    return flags;
  }
  for (int index : matched) {
    flags[static_cast<std::size_t>(index)] = true;
  }
  return flags;
}

} // namespace foia::analyze::detail
