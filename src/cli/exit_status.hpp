#pragma once
// Exit statuses of every foia command; docs/cli.md lists them for users and CI jobs.

namespace foia::cli {

inline constexpr int k_exit_ok = 0;
/// A fatal error: an output could not be written, a rules file is invalid, a records file is
/// broken.
inline constexpr int k_exit_fatal = 1;
/// Bad command line.
inline constexpr int k_exit_usage = 2;
/// The run finished, but some documents or pages could not be read (each has an `error`).
/// Also `--fail-on errors` when the summary counts any.
inline constexpr int k_exit_input_errors = 3;
/// `--fail-on inconsistencies`: the summary lists at least one inconsistency.
inline constexpr int k_exit_inconsistencies = 4;
/// `--fail-on warnings`: some page was read with a limit applied (a note), or failed.
inline constexpr int k_exit_warnings = 5;
/// `foia grep`: nothing matched (as grep does).
inline constexpr int k_exit_no_match = 6;

} // namespace foia::cli
