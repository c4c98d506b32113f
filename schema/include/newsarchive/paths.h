// Where the tools find the database when none is named.
#pragma once

#include <string>

namespace newsarchive {

// $NEWSARCHIVE_DB if set and not empty; else $XDG_DATA_HOME/newsarchive/db;
// else $HOME/.local/share/newsarchive/db; else "newsarchive-db" in the
// current directory.
std::string default_database_path();

// The configuration file of a tool ("newsquery"):
// $XDG_CONFIG_HOME/newsarchive/<tool>.conf, else
// $HOME/.config/newsarchive/<tool>.conf; "" when neither variable is set.
std::string default_config_path(const std::string& tool);

}  // namespace newsarchive
