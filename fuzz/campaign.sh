#!/usr/bin/env bash
# Runs a campaign over several harnesses, JOBS at a time (one a core), each
# for SECONDS through fuzz/run.sh, and prints a table: executions, their rate,
# the edges (cov) and features (ft) reached, peak memory and what was found.
#
#   fuzz/campaign.sh [-j JOBS] [-w WORK] SECONDS [HARNESS...]   (all by default)
#
# Each harness's log is WORK/logs/HARNESS.log (WORK: /tmp/newsarchive-fuzz);
# a finding stops that harness and is left in WORK/artifacts/HARNESS/.
set -euo pipefail
source "$(dirname "$0")/harnesses.sh"
jobs=2 work=/tmp/newsarchive-fuzz
while [ $# -gt 0 ]; do
  case "$1" in
    -j) jobs=$2; shift 2 ;;
    -w) work=$2; shift 2 ;;
    *) break ;;
  esac
done
[ $# -ge 1 ] || { echo "usage: fuzz/campaign.sh [-j JOBS] [-w WORK] SECONDS [HARNESS...]" >&2; exit 2; }
seconds=$1; shift
list=("$@")
[ ${#list[@]} -gt 0 ] || mapfile -t list < <(harnesses)
mkdir -p "$work/logs"

running=0
for h in "${list[@]}"; do
  if [ "$running" -ge "$jobs" ]; then wait -n || true; running=$((running - 1)); fi
  echo "campaign: $h for $seconds s" >&2
  "$fuzz_dir/run.sh" "$h" "$seconds" "$work" >"$work/logs/$h.log" 2>&1 &
  running=$((running + 1))
done
wait || true

printf '%-16s %8s %10s %7s %7s %8s %s\n' harness seconds executions exec/s cov ft "finding"
for h in "${list[@]}"; do
  log=$work/logs/$h.log
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -n 1)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  found=$(grep -m1 -oE 'ERROR: libFuzzer: [a-z-]+|ERROR: AddressSanitizer: [a-z-]+|runtime error|==[0-9]+== ERROR: [A-Za-z]+' "$log" || true)
  printf '%-16s %8s %10s %7s %7s %8s %s\n' "$h" "$seconds" "${runs:--}" "${rate:--}" "${cov:--}" \
         "${ft:--}" "${found:-none}"
done
