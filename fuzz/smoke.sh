#!/usr/bin/env bash
# Runs every harness of the fuzz build for a few seconds over its seeds, one
# after another, so that a harness that crashes at once (on a seed, or a
# few mutations away) fails the test command. Prints each harness's
# executions per second and coverage; on a failure, libFuzzer's report.
#   fuzz/smoke.sh [SECONDS]   (default 3)
set -euo pipefail
source "$(dirname "$0")/harnesses.sh"
seconds=${1:-3}
# Seeds, corpora and any input that failed, kept until the next run.
work=$repo_dir/build/fuzz/smoke
rm -rf "$work"
mkdir -p "$work"
status=0
for harness in $(harnesses); do
  log=$work/$harness.log
  # A fixed seed, so that a failure here can be run again the same way.
  if "$fuzz_dir/run.sh" "$harness" "$seconds" "$work" -- -seed=1 >"$log" 2>&1; then
    execs=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    cov=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)
    echo "smoke: $harness: ${execs:-?} exec/s, ${cov:-no coverage reported}"
  else
    cat "$log" >&2
    echo "smoke: $harness FAILED; the input is in $work/artifacts/$harness/" >&2
    status=1
  fi
done
exit $status
