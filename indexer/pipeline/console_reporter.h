// How newsindex talks to its user while it runs: failures and warnings on
// stderr, a progress bar on a terminal or a line now and then in a log,
// and every failure as a JSON line in a report file when one is asked for.
#pragma once

#include <cstdio>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "pipeline/indexing.h"

namespace newsarchive::indexer {

enum class ProgressMode { none, lines, bar };

// "auto" (a bar on a terminal, else lines), "bar", "lines" or "none";
// nullopt for anything else.
std::optional<ProgressMode> parse_progress_mode(std::string_view name, bool terminal);

class ConsoleReporter : public Reporter {
 public:
  // `report`, if not null, receives one JSON object per failure.
  ConsoleReporter(std::FILE* err, ProgressMode mode, bool quiet, std::ostream* report);

  void failure(const std::string& input, const std::string& position,
               const std::string& reason) override;
  void warning(const std::string& input, const std::string& message) override;
  // On stderr as a warning; in the report as {"input", "position": "",
  // "reason", "skipped": true}.
  void skipped(const std::string& input, const std::string& reason) override;
  // One closing line for the input; in the report {"input", "position":
  // "", "reason", "omitted": N} with N the failures not listed.
  void omitted(const std::string& input, std::size_t failures, std::size_t others) override;
  void progress(const Progress& now) override;

  // Clears the bar, so that the summary starts on a clean line.
  void finish();

 private:
  void clear_bar();
  void write_report(const std::string& input, const std::string& position,
                    const std::string& reason, const char* flag, std::size_t count);
  std::string status_line(const Progress& p) const;

  std::FILE* err_;
  ProgressMode mode_;
  bool quiet_;
  std::ostream* report_;
  double last_shown_ = 0;
  bool bar_visible_ = false;
  Progress last_;
};

}  // namespace newsarchive::indexer
