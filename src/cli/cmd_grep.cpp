#include "command.hpp"
#include "exit_status.hpp"
#include "grep.hpp"

#include "foia/report/dates.hpp"

#include <iostream>
#include <memory>

namespace foia::cli {

Action setup_grep(CLI::App& command) {
  auto options = std::make_shared<GrepOptions>();
  command
      .add_option("pattern", options->pattern,
                  "regular expression (RE2 syntax); '' matches everything")
      ->required();
  command
      .add_option("paths", options->paths,
                  "output folders of 'foia run' (records.jsonl, tags.jsonl), or such files")
      ->required();
  command.add_flag("-i,--ignore-case", options->ignore_case, "match without regard to case");
  command.add_option("--only", options->only, "print only tags, or only page lines")
      ->check(CLI::IsMember({"tags", "lines"}));
  command
      .add_option("--kind", options->filter.kinds,
                  "tags of this kind: optout, date, agency, exemption, bates, email, ...")
      ->delimiter(',');
  command
      .add_option("--agency", options->filter.agencies,
                  "tags naming or spoken by this agency (ICE, DHS, ...)")
      ->delimiter(',');
  command.add_option("--stance", options->filter.stances, "opt-out tags with this stance")
      ->delimiter(',')
      ->check(CLI::IsMember({"available", "unavailable", "unclear"}));
  command.add_option("--from", options->filter.from, "tags dated on or after (YYYY[-MM[-DD]])");
  command.add_option("--to", options->filter.to, "tags dated on or before (YYYY[-MM[-DD]])");
  command.footer("Tag filters (--kind, --agency, --stance, --from, --to) print tags only.\n"
                 "Example:\n  foia grep 'opt.?out' out/\n"
                 "  foia grep '' out/ --kind optout --agency ICE --stance unavailable\n"
                 "  foia grep '\\(b\\)\\(7\\)\\(C\\)' out/ --kind exemption\n"
                 "Exit status: 0 something matched, 6 nothing matched, 1 fatal, 2 usage.");
  return [options] {
    for (const std::string* date : {&options->filter.from, &options->filter.to}) {
      if (!date->empty() && !report::parse_iso_date(*date)) {
        throw CLI::ValidationError("not a date (YYYY, YYYY-MM or YYYY-MM-DD): " + *date);
      }
    }
    const long printed = grep(*options, std::cout);
    std::cout.flush();
    return printed > 0 ? k_exit_ok : k_exit_no_match;
  };
}

} // namespace foia::cli
