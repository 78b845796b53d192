#!/usr/bin/env python3
"""ONNX Runtime on the same data, checkpoint and threads as nergraph's NER stage.

Writes the checkpoint as an ONNX graph once (`build_onnx`, no torch needed) and fuses it with
ONNX Runtime's BERT optimizer, makes its int8 twin with `quantize_dynamic` (int8 weights,
per-call int8 activations: ONNX Runtime's standard CPU int8 recipe), then labels a CoNLL file:
each sentence one input, inputs sorted by length and batched with equal lengths only (at most
32 rows and 1,024 tokens, so no padding work; nergraph also packs inputs of different lengths
into one batch, which the fused Attention, reading one length a batch, cannot), each word
labelled by the argmax of its first subword. The CoNLL reader and the conlleval scorer are
scripts/reference_eval.py's. Prints one JSON object per mode: subword tokens (special tokens
included), seconds of tokenizer + model time, rates, F1.

Only for benchmarking (scripts/bench.sh); needs onnx, onnxruntime and transformers (for the
tokenizer) on PYTHONPATH: scripts/bench.sh installs them under .deps/bench.

Usage: bench_ort.py CONLL_FILE MODEL_DIR WORK_DIR [--threads 2] [--sessions 1] [--mode fp32|int8]...
"""
import argparse
import concurrent.futures
import json
import os
import sys
import time

from reference_eval import read_conll, score


def build_onnx(model_dir, path):
    """BERT token classification as an ONNX graph, written from the checkpoint's safetensors with
    the onnx helper (no torch needed), node for node as torch.onnx.export writes transformers'
    eager BERT, so ONNX Runtime's BERT fusions (Attention, SkipLayerNormalization, BiasGelu)
    recognise it."""
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper
    from safetensors.numpy import load_file

    config = json.load(open(os.path.join(model_dir, "config.json")))
    weights = load_file(os.path.join(model_dir, "model.safetensors"))
    hidden, heads = config["hidden_size"], config["num_attention_heads"]
    head_size = hidden // heads
    eps = config.get("layer_norm_eps", 1e-12)
    nodes, inits = [], []
    counter = [0]

    def name(base):
        counter[0] += 1
        return f"{base}_{counter[0]}"

    def const(array, base="c"):
        n = name(base)
        inits.append(numpy_helper.from_array(np.asarray(array), n))
        return n

    def op(kind, inputs, **attrs):
        out = name(kind)
        nodes.append(helper.make_node(kind, inputs, [out], name=name(kind + "_node"), **attrs))
        return out

    def w(key):
        return const(weights[key].astype(np.float32), key.replace(".", "_"))

    def linear(x, prefix):
        matrix = const(weights[prefix + ".weight"].T.copy().astype(np.float32), prefix.replace(".", "_") + "_wT")
        return op("Add", [op("MatMul", [x, matrix]), w(prefix + ".bias")])

    def norm(x, prefix):
        return op("LayerNormalization", [x, w(prefix + ".weight"), w(prefix + ".bias")], axis=-1, epsilon=eps)

    ids_shape = op("Shape", ["input_ids"])
    length = op("Gather", [ids_shape, const(np.array(1, dtype=np.int64))], axis=0)
    positions = op("Unsqueeze", [op("Range", [const(np.array(0, dtype=np.int64)), length, const(np.array(1, dtype=np.int64))]), const(np.array([0], dtype=np.int64))])
    embedded = op("Add", [op("Gather", [w("bert.embeddings.word_embeddings.weight"), "input_ids"]),
                          op("Gather", [w("bert.embeddings.position_embeddings.weight"), positions])])
    embedded = op("Add", [embedded, const(weights["bert.embeddings.token_type_embeddings.weight"][0].astype(np.float32))])
    x = norm(embedded, "bert.embeddings.LayerNorm")
    mask = op("Unsqueeze", [op("Unsqueeze", ["attention_mask", const(np.array([1], dtype=np.int64))]), const(np.array([2], dtype=np.int64))])
    mask = op("Mul", [op("Sub", [const(np.array(1.0, dtype=np.float32)), op("Cast", [mask], to=TensorProto.FLOAT)]),
                      const(np.array(np.finfo(np.float32).min, dtype=np.float32))])
    split_shape = const(np.array([0, 0, heads, head_size], dtype=np.int64))
    merge_shape = const(np.array([0, 0, hidden], dtype=np.int64))
    scale = const(np.array(np.sqrt(head_size), dtype=np.float32))
    for i in range(config["num_hidden_layers"]):
        p = f"bert.encoder.layer.{i}"
        q = op("Transpose", [op("Reshape", [linear(x, p + ".attention.self.query"), split_shape])], perm=[0, 2, 1, 3])
        k = op("Transpose", [op("Reshape", [linear(x, p + ".attention.self.key"), split_shape])], perm=[0, 2, 3, 1])
        v = op("Transpose", [op("Reshape", [linear(x, p + ".attention.self.value"), split_shape])], perm=[0, 2, 1, 3])
        scores = op("Add", [op("Div", [op("MatMul", [q, k]), scale]), mask])
        context = op("MatMul", [op("Softmax", [scores], axis=-1), v])
        context = op("Reshape", [op("Transpose", [context], perm=[0, 2, 1, 3]), merge_shape])
        x = norm(op("Add", [linear(context, p + ".attention.output.dense"), x]), p + ".attention.output.LayerNorm")
        inner = linear(x, p + ".intermediate.dense")
        erf = op("Erf", [op("Div", [inner, const(np.array(np.sqrt(2.0), dtype=np.float32))])])
        inner = op("Mul", [op("Mul", [inner, op("Add", [erf, const(np.array(1.0, dtype=np.float32))])]), const(np.array(0.5, dtype=np.float32))])
        x = norm(op("Add", [linear(inner, p + ".output.dense"), x]), p + ".output.LayerNorm")
    logits = linear(x, "classifier")
    nodes.append(helper.make_node("Identity", [logits], ["logits"]))
    graph = helper.make_graph(
        nodes, "bert_token_classification",
        [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "length"]),
         helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "length"])],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", "length", len(config["id2label"])])],
        inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    onnx.checker.check_model(model)
    onnx.save(model, path)
    return config


def export(model_dir, work):
    """The FP32 ONNX file, fused with ONNX Runtime's BERT optimizer, and its int8 twin, made once
    per work folder."""
    raw = os.path.join(work, "model.raw.onnx")
    fp32 = os.path.join(work, "model.onnx")
    int8 = os.path.join(work, "model.int8.onnx")
    if not os.path.exists(fp32):
        config = build_onnx(model_dir, raw)
        from onnxruntime.transformers.optimizer import optimize_model

        optimized = optimize_model(raw, model_type="bert", num_heads=config["num_attention_heads"], hidden_size=config["hidden_size"], opt_level=0)
        print(json.dumps({"onnx_fusions": optimized.get_fused_operator_statistics()}), file=sys.stderr)
        optimized.save_model_to_file(fp32 + ".partial")
        os.replace(fp32 + ".partial", fp32)
    if not os.path.exists(int8):
        from onnxruntime.quantization import QuantType, quantize_dynamic

        import onnx

        # The fused graph's contrib ops have no shape inference; their outputs are FP32.
        quantize_dynamic(fp32, int8 + ".partial", weight_type=QuantType.QInt8, extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
        os.replace(int8 + ".partial", int8)
    return {"fp32": fp32, "int8": int8}


def plan(lengths, batch_size=32, batch_tokens=1024):
    """Longest first, one length per batch, at most `batch_size` rows and `batch_tokens` tokens."""
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    batches, i = [], 0
    while i < len(order):
        length = lengths[order[i]]
        rows = max(1, min(batch_size, batch_tokens // max(length, 1)))
        j = i
        while j < len(order) and j - i < rows and lengths[order[j]] == length:
            j += 1
        batches.append(order[i:j])
        i = j
    return batches


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("conll")
    parser.add_argument("model_dir")
    parser.add_argument("work")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--sessions", type=int, default=1, help="sessions run side by side, threads split between them")
    parser.add_argument("--mode", action="append", choices=["fp32", "int8"])
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    files = export(args.model_dir, args.work)

    import numpy as np
    import onnxruntime as ort
    from transformers import AutoConfig, AutoTokenizer

    labels = AutoConfig.from_pretrained(args.model_dir).id2label
    tokenizer = AutoTokenizer.from_pretrained(args.model_dir)
    data = read_conll(args.conll)
    gold = [tags for _, tags in data]
    for mode in args.mode or ["fp32", "int8"]:
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.intra_op_num_threads = max(1, args.threads // args.sessions)
        options.inter_op_num_threads = 1
        sessions = [ort.InferenceSession(files[mode], options, providers=["CPUExecutionProvider"]) for _ in range(args.sessions)]

        start = time.perf_counter()
        encoded = tokenizer([words for words, _ in data], is_split_into_words=True)
        batches = plan([len(ids) for ids in encoded["input_ids"]])
        predicted = [None] * len(data)

        def run(session, batch):
            ids = np.array([encoded["input_ids"][i] for i in batch], dtype=np.int64)
            logits = session.run(["logits"], {"input_ids": ids, "attention_mask": np.ones_like(ids)})[0]
            best = logits.argmax(-1)
            for row, sentence in enumerate(batch):
                tags, seen = ["O"] * len(data[sentence][0]), set()
                for position, word in enumerate(encoded.word_ids(sentence)):
                    if word is not None and word not in seen:
                        seen.add(word)
                        tags[word] = labels[int(best[row, position])]
                predicted[sentence] = tags

        if args.sessions == 1:
            for batch in batches:
                run(sessions[0], batch)
        else:
            # Each worker thread owns one session (ORT releases the GIL while it runs).
            def worker(k):
                for b in range(k, len(batches), args.sessions):
                    run(sessions[k], batches[b])

            with concurrent.futures.ThreadPoolExecutor(args.sessions) as pool:
                list(pool.map(worker, range(args.sessions)))
        seconds = time.perf_counter() - start
        tokens = sum(len(ids) for ids in encoded["input_ids"])
        print(json.dumps({
            "tool": "onnxruntime", "mode": mode, "version": ort.__version__, "threads": args.threads,
            "sessions": args.sessions, "sentences": len(data), "subword_tokens": tokens,
            "seconds": round(seconds, 3), "tokens_per_second": round(tokens / seconds, 1),
            "sentences_per_second": round(len(data) / seconds, 1), "f1": round(score(gold, predicted)[2], 4),
        }), flush=True)


if __name__ == "__main__":
    main()
