#pragma once

namespace foia::cli {

/// Parses argv, runs the chosen subcommand and maps failures to exit statuses
/// (see exit_status.hpp). Never throws.
int run(int argc, char** argv);

} // namespace foia::cli
