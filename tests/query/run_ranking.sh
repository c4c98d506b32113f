#!/usr/bin/env bash
# Ranking quality on the TIME collection: its articles written as JSON Lines,
# indexed by newsindex, and every judged query scored through the query
# library beside a bare-Xapian BM25 baseline (bench/ranking_quality.cpp).
# Fails when newsquery is below the baseline on MAP, P@10 or nDCG@10.
# Usage: run_ranking.sh NEWSINDEX RANKING_QUALITY TIME_DIR WORK_DIR
set -euo pipefail
newsindex=$1 scorer=$2 corpus=$3 work=$4
rm -rf "$work" && mkdir -p "$work"
export LC_ALL=C.UTF-8
"$scorer" --corpus "$corpus" --jsonl "$work/time.jsonl"
"$newsindex" --quiet --progress none --db "$work/db" "$work/time.jsonl"
"$scorer" --corpus "$corpus" --db "$work/db"
