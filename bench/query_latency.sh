#!/usr/bin/env bash
# The query benchmark (issue 7): bench/data/queries.txt (224 queries: the 200
# words, phrases, fields, dates and facets of every run since issue 7, then 24
# timelines, 6 of them in quotes mode) through the query library with
# snippets, facets, timelines and quote provenance as each line asks, and
# through bare Xapian Enquire (top 10, no snippets), in one run over the
# overnight-indexing benchmark's index (bench/index_throughput.sh): p50, p95
# and p99 of each, their ratio and the targets, for the whole set and by
# group (the 200, the timelines, those broken down by a field, quotes mode).
#
# A line of the query file is a query in newsquery's syntax, then options,
# each after " | ", named as newsquery's long options without "--":
#   trump | timeline=week | timeline-by=person
#   speaker:trump | quotes | timeline=month | timeline-by=speaker
#   oil | facets=place,org
# (facets=, timeline=day|week|month|year, timeline-by=, timeline-top=, quotes).
#
# Usage: bench/query_latency.sh [--size 30k|200k] [--passes N] [-- ARG...]
#
# ARGs after -- go to the program (build/release/bench/query_latency): e.g.
# --without timeline (or breakdown, facets, collapse) to price a feature,
# --each FILE for each query's median times.
#
# The corpus and its index are kept in the benchmark cache
# ($NEWSARCHIVE_BENCH_CACHE, else $XDG_CACHE_HOME/newsarchive-bench, else
# ~/.cache/newsarchive-bench). The index is rebuilt, with newsindex's
# defaults, when the indexer or the schema has changed since it was built
# (the last commit touching indexer/ or schema/ names it); the output says
# which commit built it.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd -P)

size=200k passes=3 extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size=${2:-}; shift 2 || { echo "query_latency: --size needs a value" >&2; exit 2; } ;;
    --passes) passes=${2:-}; shift 2 || { echo "query_latency: --passes needs a value" >&2; exit 2; } ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "query_latency: unknown argument $1" >&2; exit 2 ;;
  esac
done
case "$size" in
  30k|200k) ;;
  *) echo "query_latency: --size is 30k or 200k" >&2; exit 2 ;;
esac

# The corpora of bench/index_throughput.sh, from the same cache.
bench_name=query_latency
source bench/corpus_cache.sh
copies=1
[ "$size" = 200k ] && copies=$copies_200k

# What is measured: the tree as it is when the release build is made.
commit="$(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo ', with uncommitted changes')"
scripts/build release >/dev/null
bin=$repo/build/release

corpus=$(corpus_dir "$size")

built_by=$(git log -1 --format=%h -- indexer schema)
index=$cache/index-$size-$built_by
if [ ! -f "$index/.complete" ]; then
  rm -rf "$cache"/index-"$size"-*
  echo "indexing the $size corpus into $index with newsindex at $built_by (once)" >&2
  "$bin/indexer/newsindex" --quiet --progress none --db "$index" "$corpus" >&2
  touch "$index/.complete"
fi

replicated="each article once"
[ "$copies" != 1 ] && replicated="each article $copies times, under new ids"
echo "query benchmark: $size corpus ($replicated), index built by newsindex at $built_by"
echo "commit $commit; load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$bin/bench/query_latency" --db "$index" --queries bench/data/queries.txt --passes "$passes" \
  ${extra[@]+"${extra[@]}"}
