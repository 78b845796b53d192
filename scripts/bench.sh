#!/usr/bin/env bash
# Throughput and memory, nergraph beside ONNX Runtime and the transformers baseline, in one run.
#
#   scripts/bench.sh                  CoNLL-2003 test + a 1 MB long line + a 10 MB generated folder
#   BENCH_MB="10 100" scripts/bench.sh   several generated sizes (100 MB takes long on 2 cores)
#   BENCH_MB=" " LONG_MB=" " scripts/bench.sh   the CoNLL rows only
#   HF_PYTHONPATH=/path/to/torch+transformers scripts/bench.sh   also runs scripts/bench_hf.py
#   NO_ORT=1 scripts/bench.sh         without the ONNX Runtime rows (which install onnxruntime,
#                                    onnx and transformers from PyPI into .deps/bench)
#   REPEAT=3 scripts/bench.sh        the CoNLL rows (all tools) and the long-line pair 3 times,
#                                    interleaved, since shared machines drift during a run;
#                                    then the median of each row
#
# Prints, for the NER stage and the whole pipeline: subword tokens/s, sentences/s, wall seconds
# and peak RSS. Needs the release build (scripts/run.sh builds it).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
cargo build --release --quiet
BIN=target/release/nergraph
CONLL=${CONLL:-../shared/data/conll2003/test.txt}
MODEL=${NERGRAPH_MODEL:-models/conll03-minilm-l6-uncased}
THREADS=${THREADS:-2}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

rss_of() { grep "Maximum resident" "$1" | awk '{printf "%.0f", $6/1024}'; }
wall_of() { grep "Elapsed (wall" "$1" | awk '{print $8}'; }

printf '%-78s %12s %12s %9s %9s\n' "what" "tokens/s" "sentences/s" "wall" "peak RSS"

# ONNX Runtime (and the transformers baseline's tokenizer) for the comparison rows, from PyPI,
# only for benchmarking. NO_ORT=1 skips them.
BENCH_DEPS="$PWD/.deps/bench"
if [[ -z "${NO_ORT:-}" && ! -f "$BENCH_DEPS/.installed-ort-1.20.1" ]]; then
    echo "bench: installing onnxruntime 1.20.1, onnx 1.17.0, transformers 4.46.3 into .deps/bench (PyPI)" >&2
    python3 -m pip install --quiet --disable-pip-version-check --target "$BENCH_DEPS" onnxruntime==1.20.1 onnx==1.17.0 transformers==4.46.3 && touch "$BENCH_DEPS/.installed-ort-1.20.1"
fi

conll_rows() {
    # 1. NER stage on CoNLL test, each word's best label (as ONNX Runtime and transformers
    #    read them): FP32 with nergraph's forward pass, FP32 with rust-bert's (the reference),
    #    opt-in int8 with its FP32 recheck of doubtful inputs (the default margin), int8 alone.
    #    The int8 rows also label the file with rust-bert's FP32, untimed, to report how many
    #    word labels int8 changed.
    for arithmetic in fp32 fp32-rust-bert int8 int8-only; do
        flag=()
        [[ $arithmetic == fp32-rust-bert ]] && flag=(--forward rust-bert)
        [[ $arithmetic == int8 ]] && flag=(--int8 --compare-fp32)
        [[ $arithmetic == int8-only ]] && flag=(--int8 --int8-recheck-margin 0 --compare-fp32)
        /usr/bin/time -v "$BIN" eval "$CONLL" --json --decode per-word --model "$MODEL" --threads "$THREADS" "${flag[@]}" >"$WORK/eval.json" 2>"$WORK/eval.time"
        python3 - "$WORK/eval.json" "$(rss_of "$WORK/eval.time")" "$(wall_of "$WORK/eval.time")" "$arithmetic" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
arithmetic = {"fp32": "FP32", "fp32-rust-bert": "FP32 rust-bert forward"}.get(sys.argv[4], "int8")
if arithmetic == "int8":
    arithmetic += " (recheck %g)" % r["int8_recheck_margin"] if r["int8_recheck_margin"] else " (no recheck)"
what = "nergraph NER stage %s, CoNLL test (F1 %.4f" % (arithmetic, r["f1"])
if "reference_agreement" in r:
    what += ", %.2f%% = FP32, %d%% rerun" % (100 * r["reference_agreement"], round(100 * r["rechecked_windows"] / r["windows"]))
what += ")"
print(f"{what:<78} {r['tokens_per_second']:>12.0f} {r['sentences_per_second']:>12.1f} {sys.argv[3]:>9} {sys.argv[2] + ' MB':>9}")
PY
    done

    # 2. ONNX Runtime on the same checkpoint, batches, threads and reading (scripts/bench_ort.py).
    if [[ -f "$BENCH_DEPS/.installed-ort-1.20.1" ]]; then
        for mode in fp32 int8; do
            PYTHONPATH="$BENCH_DEPS" /usr/bin/time -v python3 scripts/bench_ort.py "$CONLL" "$MODEL" "$ORT_WORK" --threads "$THREADS" --mode "$mode" >"$WORK/ort.json" 2>"$WORK/ort.time"
            python3 - "$WORK/ort.json" "$(rss_of "$WORK/ort.time")" <<'PY'
import json, sys
r = json.loads(open(sys.argv[1]).read().splitlines()[-1])
what = "onnxruntime %s %s, CoNLL test (F1 %.4f)" % (r["version"], "FP32" if r["mode"] == "fp32" else "dynamic int8", r["f1"])
print(f"{what:<78} {r['tokens_per_second']:>12.0f} {r['sentences_per_second']:>12.1f} {str(r['seconds']) + 's':>9} {sys.argv[2] + ' MB*':>9}")
PY
        done
    fi

    # 3. The transformers baseline, same data, model and threads.
    if [[ -n "${HF_PYTHONPATH:-}" ]] && PYTHONPATH="$HF_PYTHONPATH" python3 -c "import transformers" 2>/dev/null; then
        PYTHONPATH="$HF_PYTHONPATH" /usr/bin/time -v python3 scripts/bench_hf.py "$CONLL" "$MODEL" "$THREADS" >"$WORK/hf.json" 2>"$WORK/hf.time"
        python3 - "$WORK/hf.json" "$(rss_of "$WORK/hf.time")" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    r = json.loads(line)
    print(f"{'transformers ' + r['torch'] + ' ' + r['mode'] + ', CoNLL test':<78} {r['tokens_per_second']:>12.0f} {r['sentences_per_second']:>12.1f} {str(r['seconds']) + 's':>9} {sys.argv[2] + ' MB*':>9}")
PY
    else
        echo "transformers baseline skipped: set HF_PYTHONPATH to a folder with torch 2.4.x and transformers 4.46 (see scripts/bench_hf.py)"
    fi
}
ORT_WORK="$WORK/onnx"
for round in $(seq "${REPEAT:-1}"); do
    [[ ${REPEAT:-1} -gt 1 ]] && echo "-- CoNLL test, round $round"
    conll_rows
done | tee "$WORK/conll-rows.txt"
echo "  (* peak RSS of the whole Python process; int8 rows' wall and RSS include the untimed FP32 comparison)"
if [[ ${REPEAT:-1} -gt 1 ]]; then
    # Medians per row over the interleaved rounds.
    python3 - "$WORK/conll-rows.txt" <<'PY'
import re, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    m = re.match(r"(\S.*?)\s{2,}(\d+)\s+[\d.]+\s", line)
    if m:
        name = re.sub(r" \(F1 .*", "", m.group(1)).strip()
        rows.setdefault(name, []).append(int(m.group(2)))
print("-- medians of %d rounds, subword tokens/s" % max(len(v) for v in rows.values()))
for name, values in rows.items():
    print(f"{name:<78} {statistics.median(values):>12.0f}   rounds: {', '.join(map(str, values))}")
PY
fi

# 3. Whole pipeline on CoNLL test as raw text (one file per CoNLL document, a sentence a line).
python3 - "$CONLL" "$WORK/conll-raw" <<'PY'
import os, sys
out = sys.argv[2]; os.makedirs(out)
docs, words, sents = [], [], []
for line in open(sys.argv[1], encoding="utf-8"):
    c = line.split()
    if not c or c[0] == "-DOCSTART-":
        if words: sents.append(" ".join(words)); words = []
        if c and c[0] == "-DOCSTART-" and sents: docs.append(sents); sents = []
        continue
    words.append(c[0])
if words: sents.append(" ".join(words))
if sents: docs.append(sents)
for i, d in enumerate(docs):
    open(os.path.join(out, f"doc{i:04d}.txt"), "w").write("\n".join(d) + "\n")
PY
run_pipeline() {
    local name=$1 dir=$2
    /usr/bin/time -v "$BIN" run "$dir" --out "$WORK/out-$name" --no-cache --quiet --model "$MODEL" --threads "$THREADS" 2>"$WORK/$name.err" || true
    local line
    line=$(grep "^nergraph: .* documents" "$WORK/$name.err" || echo "")
    python3 - "$line" "$(rss_of "$WORK/$name.err")" "$(wall_of "$WORK/$name.err")" "$name" <<'PY'
import re, sys
line, rss, wall, name = sys.argv[1:5]
m = re.search(r"(\d+) sentences.*NER ([\d.]+) s, (\d+) subword tokens/s", line)
sentences, ner_s, tps = (int(m.group(1)), float(m.group(2)), int(m.group(3))) if m else (0, 0.0, 0)
h, _, s = wall.rpartition(":")
secs = float(s) + (60 * float(h.split(":")[-1]) if h else 0) + (3600 * float(h.split(":")[0]) if h.count(":") else 0)
print(f"{'nergraph whole pipeline, ' + name:<78} {tps:>12} {sentences / max(secs, 1e-9):>12.1f} {wall:>9} {rss + ' MB':>9}")
PY
}
run_pipeline "CoNLL test as raw text" "$WORK/conll-raw"

# 4. A long line: the same 1 MB of news as one line without sentence punctuation and as one
#    sentence a line (scripts/bench_long.sh prints both, their medians and the ratio).
for mb in ${LONG_MB-1}; do
    scripts/bench_long.sh "$mb" "${REPEAT:-1}" --threads "$THREADS"
done

# 5. Generated folders.
for mb in ${BENCH_MB:-10}; do
    python3 scripts/make_corpus.py "$WORK/corpus-$mb" "$mb" >/dev/null
    run_pipeline "generated ${mb} MB" "$WORK/corpus-$mb"
    rm -rf "$WORK/corpus-$mb" "$WORK/out-generated ${mb} MB"
done
