#include "pipeline/console_reporter.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <ostream>

namespace newsarchive::indexer {
namespace {

// How often the bar is redrawn, and a plain line written, in seconds.
constexpr double kBarInterval = 0.25;
constexpr double kLineInterval = 10.0;

std::string duration(double seconds) {
  const long s = std::lround(seconds);
  char buf[32];
  if (s >= 3600)
    std::snprintf(buf, sizeof buf, "%ldh%02ldm", s / 3600, s / 60 % 60);
  else if (s >= 60)
    std::snprintf(buf, sizeof buf, "%ldm%02lds", s / 60, s % 60);
  else
    std::snprintf(buf, sizeof buf, "%lds", s);
  return buf;
}

std::string megabytes(std::uint64_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / 1e6);
  return buf;
}

}  // namespace

std::optional<ProgressMode> parse_progress_mode(std::string_view name, bool terminal) {
  if (name == "auto") return terminal ? ProgressMode::bar : ProgressMode::lines;
  if (name == "bar") return ProgressMode::bar;
  if (name == "lines") return ProgressMode::lines;
  if (name == "none") return ProgressMode::none;
  return std::nullopt;
}

ConsoleReporter::ConsoleReporter(std::FILE* err, ProgressMode mode, bool quiet,
                                 std::ostream* report)
    : err_(err), mode_(mode), quiet_(quiet), report_(report) {}

void ConsoleReporter::failure(const std::string& input, const std::string& position,
                              const std::string& reason) {
  clear_bar();
  std::fprintf(err_, "newsindex: error: %s%s%s: %s\n", input.c_str(), position.empty() ? "" : ": ",
               position.c_str(), reason.c_str());
  write_report(input, position, reason, nullptr, 0);
}

void ConsoleReporter::write_report(const std::string& input, const std::string& position,
                                   const std::string& reason, const char* flag,
                                   std::size_t count) {
  if (!report_) return;
  nlohmann::json line{{"input", input}, {"position", position}, {"reason", reason}};
  if (flag != nullptr) line[flag] = count > 0 ? nlohmann::json(count) : nlohmann::json(true);
  *report_ << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  report_->flush();
}

void ConsoleReporter::skipped(const std::string& input, const std::string& reason) {
  write_report(input, "", reason, "skipped", 0);
  if (quiet_) return;
  clear_bar();
  std::fprintf(err_, "newsindex: warning: %s: skipped: %s\n", input.c_str(), reason.c_str());
}

void ConsoleReporter::omitted(const std::string& input, std::size_t failures, std::size_t others) {
  clear_bar();
  if (failures > 0) {
    const std::string reason = "and " + std::to_string(failures) + " more " +
                               (failures == 1 ? "failure" : "failures") +
                               " in this input, not listed one by one";
    std::fprintf(err_, "newsindex: error: %s: %s\n", input.c_str(), reason.c_str());
    write_report(input, "", reason, "omitted", failures);
  }
  if (others > 0 && !quiet_)
    std::fprintf(err_, "newsindex: warning: %s: and %zu more %s in this input, not shown\n",
                 input.c_str(), others,
                 others == 1 ? "warning or skipped member" : "warnings or skipped members");
}

void ConsoleReporter::warning(const std::string& input, const std::string& message) {
  if (quiet_) return;
  clear_bar();
  std::fprintf(err_, "newsindex: warning: %s: %s\n", input.c_str(), message.c_str());
}

std::string ConsoleReporter::status_line(const Progress& p) const {
  std::string s = std::to_string(p.articles) + " articles";
  if (p.seconds > 0) s += ", " + std::to_string(std::lround(p.articles / p.seconds)) + "/s";
  s += ", " + std::to_string(p.inputs_done) + "/" + std::to_string(p.inputs_total) + " inputs";
  if (p.unchanged > 0) s += " (" + std::to_string(p.unchanged) + " unchanged)";
  s += ", " + megabytes(p.bytes_done);
  if (p.bytes_total > 0) s += " of " + megabytes(p.bytes_total);
  if (p.bytes_done > 0 && p.bytes_total > p.bytes_done && p.seconds > 1)
    s += ", ETA " + duration(p.seconds * static_cast<double>(p.bytes_total - p.bytes_done) /
                             static_cast<double>(p.bytes_done));
  s += ", " + std::to_string(p.failed) + " failed";
  return s;
}

void ConsoleReporter::progress(const Progress& now) {
  last_ = now;
  if (mode_ == ProgressMode::none) return;
  const bool finished = now.inputs_done == now.inputs_total;
  if (mode_ == ProgressMode::lines) {
    if (now.seconds - last_shown_ < kLineInterval) return;
    last_shown_ = now.seconds;
    std::fprintf(err_, "newsindex: %s\n", status_line(now).c_str());
    return;
  }
  if (!finished && now.seconds - last_shown_ < kBarInterval) return;
  last_shown_ = now.seconds;
  constexpr int kWidth = 24;
  const double share = now.bytes_total > 0 ? static_cast<double>(now.bytes_done) /
                                                 static_cast<double>(now.bytes_total)
                       : now.inputs_total > 0 ? static_cast<double>(now.inputs_done) /
                                                    static_cast<double>(now.inputs_total)
                                              : 0.0;
  const int filled = static_cast<int>(share * kWidth);
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.append(static_cast<std::size_t>(kWidth - filled), '.');
  std::fprintf(err_, "\r\033[K[%s] %3d%% %s", bar.c_str(), static_cast<int>(share * 100),
               status_line(now).c_str());
  std::fflush(err_);
  bar_visible_ = true;
}

void ConsoleReporter::clear_bar() {
  if (!bar_visible_) return;
  std::fprintf(err_, "\r\033[K");
  bar_visible_ = false;
  last_shown_ = 0;  // redraw at the next progress
}

void ConsoleReporter::finish() { clear_bar(); }

}  // namespace newsarchive::indexer
