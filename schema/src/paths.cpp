#include "newsarchive/paths.h"

#include <cstdlib>

namespace newsarchive {

namespace {
std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v != nullptr ? std::string(v) : std::string();
}
}  // namespace

std::string default_database_path() {
  if (std::string db = env("NEWSARCHIVE_DB"); !db.empty()) return db;
  // XDG Base Directory: a relative XDG_DATA_HOME is invalid and ignored.
  if (std::string xdg = env("XDG_DATA_HOME"); !xdg.empty() && xdg.front() == '/')
    return xdg + "/newsarchive/db";
  if (std::string home = env("HOME"); !home.empty()) return home + "/.local/share/newsarchive/db";
  return "newsarchive-db";
}

std::string default_config_path(const std::string& tool) {
  if (std::string xdg = env("XDG_CONFIG_HOME"); !xdg.empty() && xdg.front() == '/')
    return xdg + "/newsarchive/" + tool + ".conf";
  if (std::string home = env("HOME"); !home.empty())
    return home + "/.config/newsarchive/" + tool + ".conf";
  return {};
}

}  // namespace newsarchive
