#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every libFuzzer target of BUILD_DIR for SECONDS each, seeded from the test fixtures, the
# hostile corpus and the real samples (tests/data/samples). Corpora grow in BUILD_DIR/fuzz/corpus,
# crashes land in BUILD_DIR/fuzz/crashes/TARGET/; a summary table goes to BUILD_DIR/fuzz/summary.tsv.
# Exit status 1 when any target found a crash.
#   tools/run_fuzz.sh BUILD_DIR SECONDS [TARGET...]
set -uo pipefail
build=${1:?build dir}
seconds=${2:?seconds per target}
shift 2
root=$(cd "$(dirname "$0")/.." && pwd)
work="$build/fuzz"
samples="$root/tests/data/samples"
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(native_json csv json_records timelinejs timeline_xml date vis_timeline timeline_text markwhen)
mkdir -p "$work"

# seed TARGET: copies the files a target should start from into its seed directory.
seed() {
    local target=$1 dir="$work/seeds/$1"
    rm -rf "$dir" && mkdir -p "$dir"
    local patterns=()
    case $target in
        native_json)  patterns=("$root/tests/data/*.json" "$root/tests/data/hostile/native_*" "$root/resources/data/*.json") ;;
        csv)          patterns=("$root/tests/data/*.csv" "$root/tests/data/import/*.csv" "$root/tests/data/import/*.tsv"
                                "$root/tests/data/hostile/csv*" "$samples/*.csv") ;;
        json_records) patterns=("$root/tests/data/import/*.json" "$root/tests/data/hostile/records_*" "$root/tests/data/hostile/tjs_*") ;;
        timelinejs)   patterns=("$root/tests/data/import/*.json" "$root/tests/data/hostile/tjs_*" "$samples/*.json") ;;
        timeline_xml) patterns=("$root/tests/data/import/*.timeline" "$root/tests/data/hostile/tl_*" "$samples/*.timeline") ;;
        vis_timeline) patterns=("$root/tests/data/import/vis_*.json" "$root/tests/data/hostile/vis_*") ;;
        timeline_text) patterns=("$root/tests/data/import/timeline_old*.timeline" "$root/tests/data/hostile/tlt_*") ;;
        markwhen)     patterns=("$root/tests/data/import/*.mw" "$root/tests/data/hostile/mw_*") ;;
        date)
            local i=0
            for d in 2025 2025-01 2025-01-20 2025-01-20T08:30Z "2025-01-20 08:30:15.250+08:00" -0044-03-15 \
                     2024-02-29 2025-02-30 2025-13 9999-12-31T23:59:59.999Z 0000-01-01 "2013-03-30 11:16:00"; do
                printf '%s' "$d" > "$dir/seed$((i++))"
            done ;;
    esac
    # Past findings (fixed, and checked by tst_core) keep the fuzzer near old bugs.
    patterns+=("$root/tests/data/fuzz-regressions/$target/*")
    for p in "${patterns[@]}"; do
        for f in $p; do
            [ -f "$f" ] && cp "$f" "$dir/"
        done
    done
}

dict_for() {
    case $1 in
        native_json|json_records|timelinejs|vis_timeline) echo "$root/tests/fuzz/json.dict" ;;
        timeline_xml) echo "$root/tests/fuzz/xml.dict" ;;
        *) echo "" ;;
    esac
}

status=0
printf 'target\tseconds\truns\truns_per_second\tcorpus\tcrashes\n' > "$work/summary.tsv"
for t in "${targets[@]}"; do
    bin="$build/tests/fuzz/fuzz_$t"
    [ -x "$bin" ] || { echo "missing $bin (build the fuzz_targets target first)" >&2; exit 2; }
    seed "$t"
    corpus="$work/corpus/$t" crashes="$work/crashes/$t"
    mkdir -p "$corpus" "$crashes"
    dict=$(dict_for "$t")
    args=(-max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
          -artifact_prefix="$crashes/")
    [ -n "$dict" ] && args+=(-dict="$dict")
    echo "== fuzz_$t for ${seconds}s"
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ASAN_OPTIONS=detect_leaks=1 \
        "$bin" "${args[@]}" "$corpus" "$work/seeds/$t" > "$work/$t.log" 2>&1
    rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$t.log" | tail -1)
    found=$(find "$crashes" -type f | wc -l)
    size=$(find "$corpus" -type f | wc -l)
    rate=$(( ${runs:-0} / (seconds > 0 ? seconds : 1) ))
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$t" "$seconds" "${runs:-0}" "$rate" "$size" "$found" >> "$work/summary.tsv"
    if [ $rc -ne 0 ] || [ "$found" -gt 0 ]; then
        echo "fuzz_$t: FINDING (exit $rc), see $work/$t.log and $crashes/" >&2
        grep -m5 -E "ERROR|runtime error|invariant" "$work/$t.log" >&2
        status=1
    fi
done
column -t -s $'\t' "$work/summary.tsv"
exit $status
