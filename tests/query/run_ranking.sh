#!/usr/bin/env bash
# Ranking quality on the judged collections of ../shared/corpora (TIME, CISI,
# Cranfield; those present): each written as JSON Lines, indexed by
# newsindex, and every judged query scored through the query library beside a
# bare-Xapian BM25 baseline (bench/ranking_quality.cpp). Fails when newsquery
# is below the baseline on MAP, P@10 or nDCG@10 of any collection.
# Usage: run_ranking.sh NEWSINDEX RANKING_QUALITY CORPORA_DIR WORK_DIR
set -uo pipefail
newsindex=$1 scorer=$2 corpora=$3 work=$4
rm -rf "$work" && mkdir -p "$work"
export LC_ALL=C.UTF-8
status=0 scored=0
for entry in time:time-ir cisi:ir-classic/cisi cran:ir-classic/cran; do
  name=${entry%%:*} dir=$corpora/${entry#*:}
  if [ ! -d "$dir" ]; then echo "ranking: $name: $dir is absent, skipped"; continue; fi
  "$scorer" --collection "$name" --corpus "$dir" --jsonl "$work/$name.jsonl" || exit 2
  "$newsindex" --quiet --progress none --db "$work/$name-db" "$work/$name.jsonl" || exit 2
  "$scorer" --collection "$name" --corpus "$dir" --db "$work/$name-db" || status=1
  scored=$((scored + 1))
done
[ "$scored" -gt 0 ] || { echo "ranking: no collection found under $corpora"; exit 2; }
exit $status
