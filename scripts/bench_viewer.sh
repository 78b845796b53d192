#!/usr/bin/env bash
# Viewer timings at corpus scale, in headless Chromium: ROUNDS runs of tests/viewer/drive.cjs on
# a synthetic graph (scripts/synth_graph.py) rendered by `nergraph view`; prints each round and
# the medians (milliseconds).
#
#   scripts/bench_viewer.sh [ROUNDS] [ENTITIES] [LINKS]      (defaults 5, 5000, 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-5}
ENTITIES=${2:-5000}
LINKS=${3:-20000}
scripts/setup.sh --test >/dev/null
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/synth_graph.py "$work/graph.json" "$ENTITIES" "$LINKS"
target/release/nergraph view "$work/graph.json" --out "$work/graph.html"
for _ in $(seq "$ROUNDS"); do
    node tests/viewer/drive.cjs "$work/graph.html" "$work/graph.json" "$work/shots" | grep "ms"
done | tee "$work/rounds.txt"
python3 - "$work/rounds.txt" <<'PY'
import re, statistics, sys
lines = open(sys.argv[1]).read().splitlines()
load = [list(map(int, re.findall(r"(\d+) ms", l))) for l in lines if "usable after" in l]
whole = [list(map(int, re.findall(r"(\d+) ms", l))) for l in lines if "whole graph" in l]
med = lambda rows, i: statistics.median(r[i] for r in rows)
print(f"medians of {len(load)} rounds: usable {med(load, 0):.0f} ms, default layout settled {med(load, 1):.0f} ms; "
      f"whole graph drawn {med(whole, 0):.0f} ms after asking, its layout settled {med(whole, 1):.0f} ms")
PY
