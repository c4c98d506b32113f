// What a reader is given and what it gives back.
//
// A reader turns the bytes of one input (a file, standard input, later a
// member of an archive) into zero or more RawArticles. It knows its format and
// nothing of Xapian or of article structure; problems it meets are returned as
// ReadErrors naming the position, never thrown.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "readers/raw_article.h"

namespace newsarchive::indexer {

struct Input {
  std::string name;     // as the user gave it, for messages ("-" is stdin)
  std::string id;       // stable id for an article made from the whole input
  std::string bytes;    // the raw content
  std::string url;      // where the bytes came from, when known (a WARC
                        // record's target URI), else ""
  std::uint64_t first_line = 1;  // the line number of bytes[0] in the whole
                                 // input, when it is a piece of a larger one
                                 // (JSON Lines read a block of lines at a time)
};

struct ReadError {
  std::string position;  // where in the input ("byte 812", "line 12"), or ""
  std::string reason;    // what is wrong, in a few words
};

struct ReadResult {
  std::vector<RawArticle> articles;
  std::vector<ReadError> errors;    // inputs or parts of inputs not read
};

}  // namespace newsarchive::indexer
