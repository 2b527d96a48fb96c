#!/usr/bin/env bash
# Runs the libFuzzer harness in Fuzz/ for each target (Linux; AddressSanitizer on), each for a fixed time, seeded from
# ../shared/corpora, the example and test mailboxes, and the document fixtures.
# Usage: scripts/fuzz.sh [SECONDS_PER_HARNESS] [HARNESS ...]
#   (default 60 s; FuzzMbox FuzzMessage FuzzHeaders FuzzEncodings FuzzHTML FuzzDocuments)
# The harness bodies are in Sources/FuzzTargets; `swift test` runs each of them briefly on mutated seeds as well.
# A crash or hang leaves its input in Fuzz/.work/crashes/ and makes the script exit 1; turn it into a regression test
# by copying it to Tests/FuzzTargetsTests/Regressions/<HARNESS>/: `swift test` runs every file there through its harness.
set -euo pipefail
seconds=${1:-60}
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -eq 0 ] && harnesses=(FuzzMbox FuzzMessage FuzzHeaders FuzzEncodings FuzzHTML FuzzDocuments)
root=$(cd "$(dirname "$0")/.." && pwd)
corpora="$root/../shared/corpora"
work="$root/Fuzz/.work"
mkdir -p "$work/crashes"

cd "$root/Fuzz"
# Coverage and AddressSanitizer instrumentation everywhere, libFuzzer's runtime without its main linked in (the
# harness calls LLVMFuzzerRunDriver itself; -sanitize=fuzzer would give the build tools a second main).
fuzzer_lib=$(find "$(dirname "$(dirname "$(readlink -f "$(command -v swiftc)")")")/lib/clang" -name 'libclang_rt.fuzzer_no_main-*.a' | head -1)
[ -n "$fuzzer_lib" ] || { echo "libclang_rt.fuzzer_no_main not found beside swiftc" >&2; exit 2; }
swift build --product FuzzHarness -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
    -Xswiftc -parse-as-library -Xlinker "$fuzzer_lib" -Xlinker -lstdc++ 2>&1 | grep -v "Cannot export local symbol" | tail -2

seed() { # seed HARNESS FILE...: copy files under content-hash names, each at most 1 MB
    local dir="$work/seeds/$1"; shift
    mkdir -p "$dir"
    for file in "$@"; do
        [ -f "$file" ] && [ "$(stat -c %s "$file")" -le 1048576 ] && cp "$file" "$dir/$(sha1sum "$file" | cut -c1-16)"
    done
    return 0
}

mapfile -t mails < <(find "$corpora" "$root/Tests" -type f \( -name '*.eml' -o -name '*.msg' -o -name '*.txt' \) 2>/dev/null | head -3000)
mapfile -t boxes < <(find "$corpora" "$root/templates" "$root/Tests" -type f \( -name '*.mbox' -o -name 'mbox*' \) 2>/dev/null)
mapfile -t documents < <(find "$root/Tests/DocumentsTests/Fixtures" "$root/Tests/HearingCoreTests/Letters" -type f 2>/dev/null)
mapfile -t pages < <(find "$corpora" -type f \( -name '*.html' -o -name '*.htm' \) 2>/dev/null)
seed FuzzMessage "${mails[@]}"
seed FuzzHeaders "$corpora/mail-parser/resources/address.json" "$corpora/mail-parser/resources/content_type.json" \
    "$corpora/mail-parser/resources/date.json" "$corpora/mail-parser/resources/unstructured.json" "${mails[@]:0:200}"
seed FuzzEncodings "$corpora"/MimeKit/UnitTests/TestData/encoders/* "${mails[@]:0:200}"
seed FuzzMbox "${boxes[@]}"
seed FuzzHTML "${pages[@]}" "${mails[@]:0:300}"
seed FuzzDocuments "${documents[@]}"

status=0
for harness in "${harnesses[@]}"; do
    mkdir -p "$work/corpus/$harness"
    echo "== $harness: $seconds s"
    # Swift's own crash backtracer is off: libFuzzer prints the stack, and the backtracer can hang under ASan.
    if ! SWIFT_BACKTRACE=enable=no FUZZ_TARGET="$harness" .build/debug/FuzzHarness -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1 \
        -artifact_prefix="$work/crashes/$harness-" "$work/corpus/$harness" "$work/seeds/$harness" 2>&1 \
        | grep -E "^(Done|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY)"; then
        true
    fi
    if ls "$work/crashes/$harness-"* >/dev/null 2>&1; then
        echo "!! $harness: crash inputs in $work/crashes"
        status=1
    fi
done
exit $status
