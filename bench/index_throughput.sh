#!/usr/bin/env bash
# Indexing throughput of newsindex against the floor (bare Xapian), measured
# in the same run on the same files, with peak memory and index size.
# Usage: bench/index_throughput.sh [CORPUS_DIR...]   (default: the BBC corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build release >/dev/null
bin=build/release
corpora=("$@")
[ ${#corpora[@]} -gt 0 ] || corpora=(../shared/corpora/bbc-news)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() {  # name command... -> prints "seconds peak_kb"
  local name=$1; shift
  /usr/bin/time -f '%e %M' -o "$work/$name.time" "$@" >"$work/$name.out" 2>&1 ||
    { cat "$work/$name.out"; exit 1; }
  cat "$work/$name.time"
}

articles=$(find "${corpora[@]}" -type f -name '*.txt' ! -iname 'readme*' | wc -l)
read -r floor_s floor_kb < <(measure floor "$bin/bench/floor_index" "$work/floor.db" "${corpora[@]}")
read -r news_s news_kb < <(measure newsindex "$bin/indexer/newsindex" --quiet --db "$work/news.db" "${corpora[@]}")

echo "corpus: ${corpora[*]} ($articles articles)"
awk -v a="$articles" -v fs="$floor_s" -v ns="$news_s" -v fk="$floor_kb" -v nk="$news_kb" \
    -v fd="$(du -sk "$work/floor.db" | cut -f1)" -v nd="$(du -sk "$work/news.db" | cut -f1)" 'BEGIN {
  printf "floor      %8.0f articles/s  %6.0f MB peak  %6.1f MB index\n", a/fs, fk/1024, fd/1024
  printf "newsindex  %8.0f articles/s  %6.0f MB peak  %6.1f MB index\n", a/ns, nk/1024, nd/1024
  printf "ratio (newsindex/floor throughput): %.2f\n", fs/ns
}'
