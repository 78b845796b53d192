#!/usr/bin/env bash
# Runs the cargo-fuzz targets on the text stages (no libtorch needed).
#   scripts/fuzz.sh [SECONDS] [TARGET...]   default: 600 s each, all targets, in parallel
# Needs `cargo install cargo-fuzz`; the stable toolchain is told to accept the nightly flags
# cargo-fuzz uses (RUSTC_BOOTSTRAP=1). Corpora live in fuzz/corpus/<target> (kept in git);
# crashes land in fuzz/artifacts/<target>.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
export RUSTC_BOOTSTRAP=1
seconds=${1:-600}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(ingest_sentences name_compare)
for target in "${targets[@]}"; do
    mkdir -p "corpus/$target"
done
cargo fuzz build --release
for target in "${targets[@]}"; do
    cargo fuzz run --release "$target" "corpus/$target" -- -max_total_time="$seconds" -max_len=8192 -timeout=10 >"fuzz-$target.log" 2>&1 &
done
wait
status=0
for target in "${targets[@]}"; do
    echo "== $target: $(grep -E '^Done' "fuzz-$target.log" | tail -1)"
    if grep -qE "panicked|ERROR: libFuzzer|deadly signal" "fuzz-$target.log"; then
        grep -E "panicked" -A1 "fuzz-$target.log" | head -4
        status=1
    fi
done
exit $status
