#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, clang, own tree build/fuzz) and runs each for SECONDS
# (default 60), two at a time. First every target replays the inputs that once found a bug
# (tests/fuzz/regressions/<target>/). Any crash, hang (-timeout=10), out-of-memory (-rss_limit_mb=2048),
# leak or sanitizer report fails the run, and the input that caused it is copied to
# tests/fuzz/regressions/<target>/ so it becomes a regression test (also replayed by tst_fuzzregressions).
#   bash tests/fuzz/run-fuzzers.sh [SECONDS]
# Environment: FUZZ_BUILD_JOBS (default: nproc), FUZZ_PARALLEL (default 2), FUZZ_TARGETS (default: all).
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds="${1:-60}"
case "$seconds" in
'' | *[!0-9]*) echo "usage: bash tests/fuzz/run-fuzzers.sh [SECONDS]" >&2; exit 2 ;;
esac
parallel="${FUZZ_PARALLEL:-2}"
build_jobs="${FUZZ_BUILD_JOBS:-$(nproc 2>/dev/null || echo 2)}"
fuzz_dir="tests/fuzz"
build_dir="build/fuzz"
all_targets=(fuzz_flexportal_page fuzz_flexportal_order fuzz_flexportal_error
    fuzz_offergrid_list fuzz_offergrid_order fuzz_offergrid_error
    fuzz_accounts fuzz_history_csv)
read -r -a targets <<<"${FUZZ_TARGETS:-${all_targets[*]}}"

command -v clang++ >/dev/null || { echo "run-fuzzers: clang++ is missing (apt-get install clang libclang-rt-14-dev)" >&2; exit 1; }

build_start=$SECONDS
cmake -S "$fuzz_dir" -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build_dir" -j "$build_jobs"
echo "run-fuzzers: built in $((SECONDS - build_start)) s"

work="$(mktemp -d "${TMPDIR:-/tmp}/orderdesk-fuzz.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# The sanitizers stop at the first report; leaks count, except those inside system libraries.
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=0:print_stacktrace=1:allocator_may_return_null=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen

seeds_for() {
    case "$1" in
    fuzz_flexportal_*) echo tests/data/flexportal ;;
    fuzz_offergrid_*) echo tests/data/offergrid ;;
    fuzz_accounts) echo "$fuzz_dir/seeds/accounts" ;;
    fuzz_history_csv) echo "$fuzz_dir/seeds/history_csv" ;;
    esac
}

dict_for() {
    case "$1" in
    fuzz_history_csv) ;;
    *) echo "-dict=$fuzz_dir/json.dict" ;;
    esac
}

# Copies what libFuzzer saved for a failure into the regressions directory, for good.
keep_artifacts() {
    local target="$1" f
    for f in "$work/artifacts/$target"/crash-* "$work/artifacts/$target"/timeout-* "$work/artifacts/$target"/oom-* \
        "$work/artifacts/$target"/leak-*; do
        [ -e "$f" ] || continue
        mkdir -p "$fuzz_dir/regressions/$target"
        cp "$f" "$fuzz_dir/regressions/$target/"
        echo "run-fuzzers: $target: saved $fuzz_dir/regressions/$target/$(basename "$f")" >&2
    done
}

failed=()

# 1. Regressions: every input that ever found a bug must now pass.
for target in "${targets[@]}"; do
    shopt -s nullglob
    inputs=("$fuzz_dir/regressions/$target"/*)
    shopt -u nullglob
    [ "${#inputs[@]}" -gt 0 ] || continue
    if "$build_dir/$target" -timeout=10 -rss_limit_mb=2048 "${inputs[@]}" >"$work/$target.replay.log" 2>&1; then
        echo "run-fuzzers: $target: ${#inputs[@]} regression input(s) pass"
    else
        echo "run-fuzzers: $target: a regression input fails again:" >&2
        tail -n 60 "$work/$target.replay.log" >&2
        failed+=("$target (regression)")
    fi
done
if [ "${#failed[@]}" -gt 0 ]; then
    echo "run-fuzzers: FAILED: ${failed[*]}" >&2
    exit 1
fi

# 2. Fuzzing, two targets at a time, each from a fresh corpus seeded with the fixtures.
run_one() {
    local target="$1" corpus="$work/corpus/$target" seeds status
    seeds="$(seeds_for "$target")"
    mkdir -p "$corpus" "$work/artifacts/$target"
    cp "$seeds"/* "$corpus/"
    # shellcheck disable=SC2046 # dict_for prints one option or nothing
    timeout --kill-after=30 $((seconds + 120)) "$build_dir/$target" "$corpus" $(dict_for "$target") \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$work/artifacts/$target/" >"$work/$target.log" 2>&1 && status=0 || status=$?
    echo "$status" >"$work/$target.status"
}

fuzz_start=$SECONDS
for target in "${targets[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$parallel" ]; do
        wait -n || true
    done
    echo "run-fuzzers: $target: fuzzing for $seconds s"
    run_one "$target" &
done
wait
echo "run-fuzzers: fuzzed in $((SECONDS - fuzz_start)) s"

printf '\n%-24s %10s %12s %14s %8s  %s\n' target exec/s executions "corpus files" "cov" result
for target in "${targets[@]}"; do
    status="$(cat "$work/$target.status" 2>/dev/null || echo missing)"
    log="$work/$target.log"
    units="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)"
    per_second="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)"
    [ -n "$per_second" ] || per_second="$(awk -v u="${units:-0}" -v s="$seconds" 'BEGIN { printf "%d", u / s }')"
    coverage="$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2 || true)"
    files="$(find "$work/corpus/$target" -type f | wc -l)"
    bytes="$(du -s --apparent-size -k "$work/corpus/$target" | cut -f1)"
    result=ok
    if [ "$status" != 0 ] || grep -q -E '^(==[0-9]+==ERROR|SUMMARY: (Address|Undefined|Leak)Sanitizer)|runtime error:' "$log"; then
        result="FAILED (exit $status)"
        failed+=("$target")
    fi
    printf '%-24s %10s %12s %14s %8s  %s\n' "$target" "${per_second:-?}" "${units:-?}" "$files (${bytes} KiB)" \
        "${coverage:-?}" "$result"
done

if [ "${#failed[@]}" -gt 0 ]; then
    for target in "${failed[@]}"; do
        echo >&2
        echo "run-fuzzers: ---- $target ----" >&2
        grep -v -E '^#[0-9]+\s+(NEW|REDUCE|pulse|INITED)' "$work/$target.log" | tail -n 80 >&2
        keep_artifacts "$target"
    done
    echo "run-fuzzers: FAILED: ${failed[*]}" >&2
    exit 1
fi
echo "run-fuzzers: all ${#targets[@]} targets ran $seconds s each without a finding"
