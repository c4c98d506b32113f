#!/usr/bin/env bash
# Runs one fuzzing campaign: fuzz/run.sh HARNESS SECONDS [WORK] [-- LIBFUZZER OPTIONS...]
#
# Needs the fuzz build (scripts/build fuzz). Assembles the harness's seeds
# (fuzz/seeds.sh) into WORK (default /tmp/newsarchive-fuzz), and fuzzes with
# them, its dictionary and its input size, one process, growing the work
# corpus WORK/corpus/HARNESS/. A crash, a timeout (an input taking more than
# 10 s) or an out-of-memory (more than 1 GiB) stops the campaign and leaves
# the input in WORK/artifacts/HARNESS/ (see fuzz/README.md for what next).
# Exit status: libFuzzer's (0 when nothing was found).
set -euo pipefail
source "$(dirname "$0")/harnesses.sh"
[ $# -ge 2 ] || { echo "usage: fuzz/run.sh HARNESS SECONDS [WORK] [-- LIBFUZZER OPTIONS...]" >&2; exit 2; }
harness=$1 seconds=$2
shift 2
work=/tmp/newsarchive-fuzz
if [ $# -gt 0 ] && [ "$1" != "--" ]; then work=$1; shift; fi
[ "${1:-}" != "--" ] || shift
program=$repo_dir/build/fuzz/fuzz/fuzz_$harness
[ -x "$program" ] || { echo "run: no $program; build it with scripts/build fuzz" >&2; exit 2; }

"$fuzz_dir/seeds.sh" "$work" "$harness"
corpus=$work/corpus/$harness artifacts=$work/artifacts/$harness
mkdir -p "$corpus" "$artifacts"
options=(-max_total_time="$seconds" -max_len="$(max_len "$harness")" -timeout=10
         -rss_limit_mb=1024 -print_final_stats=1
         -artifact_prefix="$artifacts/")
dict=$(dict_of "$harness")
[ -z "$dict" ] || options+=(-dict="$dict")
regressions=()
[ -d "$fuzz_dir/regressions/$harness" ] && regressions=("$fuzz_dir/regressions/$harness")
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
exec "$program" "${options[@]}" "$@" "$corpus" "$work/seeds/$harness" "${regressions[@]}"
