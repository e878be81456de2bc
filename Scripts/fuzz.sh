#!/usr/bin/env bash
# Builds granska's libFuzzer harnesses (the package in Fuzz/) with AddressSanitizer and runs each
# for a while, starting from its committed seed corpus.
#
#   Scripts/fuzz.sh [SECONDS] [HARNESS…]
#
# SECONDS   how long each harness runs (default 60).
# HARNESS   FuzzCSV, FuzzAmount, FuzzRound, FuzzRules, FuzzMetadata (default: every harness that
#           has a folder in Fuzz/Sources/).
#
# Seeds:     Fuzz/Corpus/<HARNESS>/            (in git, small and real-shaped)
# Work:      Fuzz/corpus-work/<HARNESS>/       (outside git: what libFuzzer learns, kept between runs)
# Crashes:   Fuzz/corpus-work/artifacts/<HARNESS>-crash-…, -timeout-…, -oom-… (a hang counts as a crash)
#
# Prints one line per harness: executions, and "ingen krasch" or the artifact. Exit status 1
# when any harness crashed, 2 when the build failed. Linux only (libFuzzer ships with the Swift
# toolchain there). Environment: FUZZ_TIMEOUT (seconds per input before it counts as a hang,
# default 10), FUZZ_RSS_MB (memory limit, default 2048).
set -euo pipefail

seconds="${1:-60}"
shift || true
root="$(cd "$(dirname "$0")/.." && pwd)"
fuzz="$root/Fuzz"
cd "$fuzz"

if [ "$#" -gt 0 ]; then
    harnesses=("$@")
else
    harnesses=()
    for dir in Sources/Fuzz*/; do
        name="$(basename "$dir")"
        [ "$name" = "FuzzDriver" ] || harnesses+=("$name")
    done
fi

# Build each harness's product alone: building the whole package would also link the granska
# executable with libFuzzer, and two `main`s do not link.
for h in "${harnesses[@]}"; do
    if ! swift build -c release -Xswiftc -sanitize=fuzzer,address --product "$h" >"$fuzz/.build-$h.log" 2>&1; then
        echo "$h: bygget misslyckades (se Fuzz/.build-$h.log)" >&2
        exit 2
    fi
    rm -f "$fuzz/.build-$h.log"
done
bin="$(swift build -c release -Xswiftc -sanitize=fuzzer,address --show-bin-path)"

mkdir -p corpus-work/artifacts
crashed=0
for h in "${harnesses[@]}"; do
    mkdir -p "corpus-work/$h" "Corpus/$h"
    dict=()
    [ -f "Dictionaries/$h.dict" ] && dict=("-dict=Dictionaries/$h.dict")
    log="corpus-work/$h.log"
    status=0
    # The Swift runtime's own backtracer would wait on a crashed process; libFuzzer and ASan
    # print the stack instead. Leak checking is off: LeakSanitizer cannot follow Swift's enum
    # payload pointers (spare bits set), so objects held by static lets (the compiled templates
    # and rules) are reported as leaked at exit; growth per input is still caught by -rss_limit_mb.
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" "$bin/$h" \
        -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb="${FUZZ_RSS_MB:-2048}" \
        -print_final_stats=1 -detect_leaks=0 -artifact_prefix="corpus-work/artifacts/$h-" "${dict[@]}" \
        "corpus-work/$h" "Corpus/$h" >"$log" 2>&1 || status=$?
    runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1 || true)"
    if [ -z "$runs" ]; then
        runs="$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#' || true)"
    fi
    artifact="$(grep -o "Test unit written to [^ ]*" "$log" | tail -1 | sed 's/Test unit written to //' || true)"
    if [ "$status" -eq 0 ] && [ -z "$artifact" ]; then
        echo "$h: ${runs:-0} körningar på $seconds s, ingen krasch"
    else
        crashed=1
        echo "$h: ${runs:-?} körningar, KRASCH (status $status): ${artifact:-se $fuzz/$log}"
    fi
done
exit "$crashed"
