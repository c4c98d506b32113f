// SGML news collections: TREC-style files of <DOC> records and the
// Reuters-21578 files of <REUTERS> records, several to a file.
//
// Elements read (names in any case; others are skipped, their text kept
// when they sit inside a field):
//   <DOC>, <REUTERS NEWID=..>           one article each
//   <DOCNO>, <DOCID>                    the record's id
//   <HEADLINE>, <HL>, <HEAD>, <TITLE>   the headline (the first one)
//   <DATE>, <DATE_TIME>                 the date, as written
//   <BYLINE>, <AUTHOR>                  bylines ("By Jane Doe, Reuters")
//   <DATELINE>                          the dateline ("SALVADOR, Feb 26 -")
//   <TEXT>, <BODY>, <P>                 the body: <BODY> if there is one,
//                                       else the text of <TEXT>; paragraphs
//                                       by <P>, blank lines or indentation
//   <TOPICS>, <PLACES>, <PEOPLE>,       Reuters category codes in <D>:
//   <ORGS>, <EXCHANGES>, <COMPANIES>    subjects and entity hints
//   <UNKNOWN>, <MKNOTE>                 transmission codes and notes: dropped
//
// A record without body text is not an article and not an error: Reuters
// briefs (<TEXT TYPE="BRIEF">) have a title alone, and Reuters' unprocessed
// records (<TEXT TYPE="UNPROC">) are tables and notes without a title or a
// <BODY>, so neither is indexed. Other records without a headline whose
// text is not in a <BODY> are passed on as plain text, for the extractor to
// find their structure, when they have several paragraphs; a single one is
// the body. A record
// whose tags are broken or unbalanced is a ReadError naming the line and
// the reason; the other records are read.
#pragma once

#include <string_view>

#include "readers/input.h"

namespace newsarchive::indexer {

// Never throws but std::bad_alloc. Articles have format "sgml", id
// "<input id>#<NEWID or DOCNO>" and origin "<input name>:line N".
ReadResult read_sgml(const Input& input);

// Whether `bytes` start (after white space, a byte order mark, comments
// and declarations) with a <DOC> or <REUTERS> tag.
bool looks_like_sgml_collection(std::string_view bytes);

}  // namespace newsarchive::indexer
