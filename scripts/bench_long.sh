#!/usr/bin/env bash
# Long inputs: `nergraph run` on the same text as one line without sentence punctuation and as
# one sentence a line (scripts/long_line.py), in interleaved rounds; prints each run's wall
# time, NER time and peak RSS, then medians and the one-line / sentences ratio.
#
#   scripts/bench_long.sh [SIZE_MB] [ROUNDS] [nergraph run options]     (defaults 1, 3)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${1:-1}
ROUNDS=${2:-3}
shift 2 || shift $# || true
scripts/setup.sh >/dev/null
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/long_line.py "$work" "$SIZE"
for round in $(seq "$ROUNDS"); do
    for shape in one-line sentences; do
        began=$(date +%s.%N)
        line=$(target/release/nergraph run "$work/$shape" --out "$work/out-$shape" --no-cache --quiet "$@" 2>&1 | tail -n 1)
        ended=$(date +%s.%N)
        ner=$(sed -n 's/.*NER \([0-9.]*\) s.*/\1/p' <<<"$line")
        rss=$(sed -n 's/.*peak RSS \([0-9]*\) MB.*/\1/p' <<<"$line")
        mentions=$(sed -n 's/.* \([0-9]*\) mentions.*/\1/p' <<<"$line")
        printf '%s round %s %-9s wall %6.1f s  NER %6.1f s  peak RSS %5s MB  %s mentions\n' "$SIZE MB" "$round" "$shape" "$(echo "$ended - $began" | bc)" "$ner" "$rss" "$mentions"
    done
done | tee "$work/rounds.txt"
python3 - "$work/rounds.txt" <<'PY'
import re, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    m = re.search(r"(one-line|sentences)\s+wall\s+([\d.]+) s\s+NER\s+([\d.]+) s\s+peak RSS\s+(\d+)", line)
    if m:
        rows.setdefault(m.group(1), []).append(tuple(map(float, m.groups()[1:])))
med = {k: [statistics.median(r[i] for r in v) for i in range(3)] for k, v in rows.items()}
for k, (wall, ner, rss) in med.items():
    print(f"median {k:<9}: wall {wall:.1f} s, NER {ner:.1f} s, peak RSS {rss:.0f} MB")
o, s = med["one-line"], med["sentences"]
print(f"one-line / sentences: wall {o[0] / s[0]:.2f}x, NER {o[1] / s[1]:.2f}x, peak RSS {o[2] / s[2]:.2f}x")
PY
