#!/usr/bin/env bash
# Resuming after SIGKILL: newsindex is killed at several moments while it
# indexes a corpus, run again to the end, and the database compared with
# that of a clean run: the same article ids, as many documents, nothing
# twice. On the direct write path, killed at moments a clean run's time
# apart, with one shard and with two; on the segment path, killed while a
# segment is being written, while staged segments are merged, and during
# the final merge into the database, each seen in the staging area.
# Usage: run_resume.sh NEWSINDEX SOURCE_DIR WORK_DIR [COPIES]
set -uo pipefail
newsindex=$1 src=$2 work=$3 copies=${4:-12}
rm -rf "$work" && mkdir -p "$work"
export LC_ALL=C.UTF-8

# A corpus that takes a moment: sample_corpus COPIES times over (12 unless
# told), each copy under its own name, so every article has its own id.
corpus=$work/corpus
mkdir -p "$corpus"
for i in $(seq -w 1 "$copies"); do cp -r "$src/sample_corpus" "$corpus/copy-$i"; done

# Every id term of a database, sorted, and its document count.
ids() { xapian-delve -a -1 "$1" 2>/dev/null | grep '^Q' | sort; }
docs() { xapian-delve "$1" 2>/dev/null | sed -n 's/^number of documents = //p'; }

failed=0
check() {  # name shards...
  local name=$1; shift
  local clean=$work/$name-clean.db resumed=$work/$name-resumed.db
  local start=$(date +%s.%N)
  "$newsindex" --quiet --progress none "$@" --db "$clean" "$corpus" >"$work/$name-clean.log" 2>&1
  local total=$(ids "$clean" | wc -l)
  # Killed three times, each a quarter of a clean run's time after it
  # started (or resumed), so each run gets further.
  local delay=$(echo "$start $(date +%s.%N)" | awk '{ printf "%.2f", ($2 - $1) / 4 }')
  local kills=0 partial=""
  for _ in 1 2 3; do
    "$newsindex" --quiet --progress none "$@" --db "$resumed" "$corpus" \
        >"$work/$name-killed.log" 2>&1 &
    local pid=$!
    sleep "$delay"
    if kill -KILL "$pid" 2>/dev/null; then
      kills=$((kills + 1))
      wait "$pid" 2>/dev/null
      partial="$partial $(ids "$resumed" | wc -l)"
    else
      wait "$pid"
    fi
  done
  "$newsindex" --quiet --progress none "$@" --db "$resumed" "$corpus" \
      >"$work/$name-resumed.log" 2>&1
  if [ "$kills" -eq 0 ]; then
    echo "FAIL $name: the indexer finished before it could be killed"; failed=1; return
  fi
  if ! diff <(ids "$clean") <(ids "$resumed") >"$work/$name.diff"; then
    echo "FAIL $name: the ids differ from a clean run's:"; head -20 "$work/$name.diff"; failed=1
  elif [ "$(docs "$clean")" != "$(docs "$resumed")" ]; then
    echo "FAIL $name: $(docs "$resumed") documents after resuming, $(docs "$clean") in a clean run"
    failed=1
  else
    echo "ok $name: killed $kills times (ids committed at each kill:$partial of $total)," \
         "then resumed: the same $total ids and $(docs "$clean") documents as a clean run"
    sed -n 's/^newsindex: \([0-9]* inputs read.*\); .*/  last run: \1/p' "$work/$name-resumed.log"
  fi
}

# Waits until the database DB (being written by PID) shows PHASE, then kills
# PID: "segment" (a segment being written, after one is staged), "merge" (a
# merge of staged segments under way), "final" (a generation of the database
# being written that its stub does not name yet). False if PID ended first.
kill_during() {  # phase db pid
  local phase=$1 db=$2 pid=$3 area
  while kill -0 "$pid" 2>/dev/null; do
    area=$(ls -d "$db"/staging.g*/shard-0 2>/dev/null | head -n 1)
    case "$phase" in
      segment)
        if [ -n "$area" ] && ls "$area" | grep -qE '^[0-9]+-[0-9]+$' &&
           ls "$area" | awk -F'[-.]' '/\.tmp$/ && $1 == $2 { f = 1 } END { exit !f }'; then
          kill -KILL "$pid" 2>/dev/null && return 0
        fi ;;
      merge)
        if [ -n "$area" ] &&
           ls "$area" | awk -F'[-.]' '/\.tmp$/ && $1 != $2 { f = 1 } END { exit !f }'; then
          kill -KILL "$pid" 2>/dev/null && return 0
        fi ;;
      final)
        if [ -f "$db/XAPIANDB" ]; then
          for d in "$db"/shard-*; do
            [ -d "$d" ] || continue
            if ! grep -qx "auto $(basename "$d")" "$db/XAPIANDB"; then
              kill -KILL "$pid" 2>/dev/null && return 0
            fi
          done
        fi ;;
    esac
    sleep 0.005
  done
  return 1
}

check_segments() {  # name options...
  local name=$1; shift
  local clean=$work/$name-clean.db resumed=$work/$name-resumed.db
  "$newsindex" --quiet --progress none "$@" --db "$clean" "$corpus" >"$work/$name-clean.log" 2>&1
  local total=$(ids "$clean" | wc -l) done_phases=""
  for phase in segment merge final; do
    "$newsindex" --quiet --progress none "$@" --db "$resumed" "$corpus" \
        >"$work/$name-killed-$phase.log" 2>&1 &
    local pid=$!
    if kill_during "$phase" "$resumed" "$pid"; then
      wait "$pid" 2>/dev/null
      done_phases="$done_phases $phase ($(ids "$resumed" | wc -l) ids in the database)"
    else
      wait "$pid"
      echo "FAIL $name: the indexer finished before it could be killed during the $phase phase"
      failed=1
      return
    fi
  done
  "$newsindex" --quiet --progress none "$@" --db "$resumed" "$corpus" \
      >"$work/$name-resumed.log" 2>&1
  if ! diff <(ids "$clean") <(ids "$resumed") >"$work/$name.diff"; then
    echo "FAIL $name: the ids differ from a clean run's:"; head -20 "$work/$name.diff"; failed=1
  elif [ "$(docs "$clean")" != "$(docs "$resumed")" ]; then
    echo "FAIL $name: $(docs "$resumed") documents after resuming, $(docs "$clean") in a clean run"
    failed=1
  elif ls -d "$resumed"/staging.g* >/dev/null 2>&1; then
    echo "FAIL $name: a staging area is left after the run ended"; failed=1
  else
    echo "ok $name: killed during$done_phases, then resumed: the same $total ids and" \
         "$(docs "$clean") documents as a clean run"
    sed -n 's/^newsindex: \([0-9]* inputs read.*\); .*/  last run: \1/p' "$work/$name-resumed.log"
  fi
}

check direct-one-database --write-path direct --batch 10 --shards 1
check direct-two-shards --write-path direct --batch 10 --shards 2
# Small segments, merged three at a time, so that each phase lasts a while.
check_segments segments --write-path segments --segment 10 --merge-factor 3
check_segments segments-two-shards --write-path segments --segment 10 --merge-factor 3 --shards 2
[ "$failed" -eq 0 ]
