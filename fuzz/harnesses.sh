# What fuzz/seeds.sh and fuzz/run.sh share: the harnesses, and the input
# size each is fuzzed at. Sourced, not run.
fuzz_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(dirname "$fuzz_dir")

# The harnesses, as fuzz/harness/<name>.cpp and build/fuzz/fuzz/fuzz_<name>.
harnesses() {
  sed -n 's/^\([a-z0-9_]*\)[[:space:]].*/\1/p' "$fuzz_dir/seeds.list" | uniq
}

# The largest input a campaign tries (libFuzzer's -max_len): a few pages of
# markup or text, more for containers, less for queries and requests. The
# product's own limits (indexer/readers/resource_limits.h) are far above these, so
# they are not what stops an input here.
max_len() {
  case "$1" in
    query|web|stub) echo 4096 ;;
    source|gzip|warc) echo 262144 ;;
    *) echo 65536 ;;
  esac
}

# The dictionary of a harness, if it has one.
dict_of() {
  case "$1" in
    read_html) echo "$fuzz_dir/dicts/html.dict" ;;
    read_nitf|read_newsml|read_newsml_g2|read_ritzau) echo "$fuzz_dir/dicts/xml.dict" ;;
    read_feed|read_wxr) echo "$fuzz_dir/dicts/feed.dict" ;;
    read_jsonl|read_ninjs|shown_fields) echo "$fuzz_dir/dicts/json.dict" ;;
    read_sgml) echo "$fuzz_dir/dicts/sgml.dict" ;;
    read_anpa|read_iptc7901) echo "$fuzz_dir/dicts/wire.dict" ;;
    warc|source) echo "$fuzz_dir/dicts/warc.dict" ;;
    extract|read_text|quote_keys) echo "$fuzz_dir/dicts/text.dict" ;;
    query|web) echo "$fuzz_dir/dicts/query.dict" ;;
    stub) echo "$fuzz_dir/dicts/stub.dict" ;;
  esac
}
