// Every resource one input can make newsindex spend, bounded in one place.
//
// An input that reaches a limit gets one report naming the input, the
// position, the limit and, where raising it is safe, the option that raises
// it; what it held before the limit is kept, and the other inputs, lines,
// records and members go on. No limit is a crash, a hang or a silent drop.
// The README's "Limits" section lists these with the same numbers.
//
// The defaults keep one pathological input within 1 GiB of memory and a few
// seconds of work on an ordinary machine; a news article is far below each.
#pragma once

#include <cstddef>
#include <cstdint>

namespace newsarchive::indexer {

struct Limits {
  // --- Bytes held in memory ---------------------------------------------
  // The largest input read into memory whole: a file, an archive member, a
  // decompressed stream, an archive inside an archive. JSON Lines and WARC
  // are read a line or record at a time and are not bound by it as a whole
  // (their lines and records are). Raised with newsindex --max-input MB:
  // reading an input takes a few times its size in memory.
  std::uint64_t max_input_bytes = 128ull << 20;

  // The largest single unit of a streamed input: one JSON line, one WARC
  // record. A longer one is reported and passed over; reading resumes at
  // the next line or record.
  std::uint64_t max_record_bytes = 64ull << 20;

  // JSON Lines are handed to their reader in blocks of whole lines of
  // about this size (a longer line makes its block longer, up to
  // max_record_bytes); an input no larger than one block is read whole.
  std::size_t stream_block_bytes = 4u << 20;

  // --- Decompression ------------------------------------------------------
  // A compressed stream may expand to this many times its compressed size
  // once it has passed the floor below; beyond that it is a decompression
  // bomb, reported at the byte where it crossed, and the whole lines,
  // records and members it gave before are kept. Everything unpacked from
  // one input, at every depth, is held to the same ratio of the input's own
  // size (ExpansionBudget), so that nesting does not multiply it. Text
  // compresses about 3 to 10 times; 100 leaves room for very repetitive
  // feeds. Raised with newsindex --max-ratio R.
  std::uint64_t max_expansion_ratio = 100;
  std::uint64_t expansion_floor_bytes = 16ull << 20;

  // Reading costs far more per byte than unpacking (a few MB/s through the
  // extractor against hundreds through zlib), so the bytes handed to the
  // readers (a file or member read whole, a block of JSON lines, a WARC
  // record) are taken from the same allowance too, each counting this many
  // bytes, once they pass the floor or the input's own size, whichever is
  // more. An input that unpacks to text is then held to about
  // ratio / (1 + weight) times its size in text to read (16 by default:
  // the news, HTML and wire corpora measured compress 3 to 10 times with
  // gzip, xz and zstd), while one that unpacks to tar padding or binary
  // members keeps the whole ratio (a tar of many small articles compresses
  // 30 to 50 times, mostly padding).
  std::uint64_t reading_weight = 5;

  // Archives inside archives (a zip holding a .tar.gz holding a .tar) are
  // opened this many levels deep, the outermost being 1; a lone compressed
  // file counts as a level. One nested deeper is reported, not opened.
  int max_archive_depth = 4;

  // --- Structure ----------------------------------------------------------
  // Elements inside elements (HTML, XML) and arrays or objects inside one
  // another (JSON) beyond which a document is not read deeper. Markup is
  // flattened at this depth or kMarkupParserDepth (240, under libxml2's own
  // 256), whichever is less: the text below is kept in its ancestor there.
  // JSON values opening deeper are pruned before parsing. Both with a
  // warning.
  int max_nesting_depth = 256;

  // The largest article: the bytes of its text fields together. A longer
  // one is cut at a paragraph boundary (or a space) before the limit, with
  // a warning; what comes before is indexed.
  std::size_t max_article_bytes = 8u << 20;

  // The longest paragraph: a longer one is split at a space before the
  // limit, with a warning, so that per-paragraph work (quotes, entities,
  // snippets) stays bounded.
  std::size_t max_paragraph_bytes = 256u << 10;

  // --- Reports ------------------------------------------------------------
  // Problems reported one by one for a single input (failures, and apart
  // from them warnings and named skips), on the console and in --report;
  // the rest are counted in one closing line for the input ("and 199990
  // more failures in this input, not listed one by one"). The summary
  // counts every one.
  std::size_t max_reports_per_input = 10;
};

}  // namespace newsarchive::indexer
