#!/usr/bin/env bash
# Installs what nergraph needs, idempotently: libtorch 2.4.0 (from the PyPI torch wheel) under
# .deps/, and the NER models from ../shared/models (when present) under models/.
#
#   scripts/setup.sh            CPU-only libtorch (about 690 MB)
#   scripts/setup.sh --test     also the test tools: networkx (PyPI), Debian's chromium,
#                               playwright-core (npm, drives the viewer tests), and Ray
#   scripts/setup.sh --ray      Ray (PyPI, pinned) under .deps/ray, for scripts/ray_run.py
#   NERGRAPH_TORCH=cuda scripts/setup.sh   the full CUDA wheel (about 5 GB) for GPU users
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
TORCH_VERSION=2.4.0
DEPS="$ROOT/.deps/python"
STAMP="$ROOT/.deps/torch-$TORCH_VERSION-${NERGRAPH_TORCH:-cpu}.installed"
PYTHON=${PYTHON:-python3}

log() { echo "setup: $*" >&2; }

install_libtorch() {
    if [[ -f "$STAMP" && -f "$DEPS/torch/lib/libtorch_cpu.so" ]]; then
        return
    fi
    log "installing libtorch $TORCH_VERSION (${NERGRAPH_TORCH:-cpu}) from the PyPI torch wheel into .deps/"
    rm -rf "$DEPS" "$ROOT"/.deps/torch-*.installed
    mkdir -p "$DEPS"
    if [[ "${NERGRAPH_TORCH:-cpu}" == "cuda" ]]; then
        "$PYTHON" -m pip install --quiet --disable-pip-version-check --target "$DEPS" "torch==$TORCH_VERSION"
    else
        # torch without its CUDA dependencies; libtorch_cpu.so still links the CUDA runtime
        # and CUPTI, which the two small nvidia wheels provide.
        "$PYTHON" -m pip install --quiet --disable-pip-version-check --no-deps --target "$DEPS" \
            "torch==$TORCH_VERSION" nvidia-cuda-runtime-cu12==12.1.105 nvidia-cuda-cupti-cu12==12.1.105
        (cd "$DEPS/torch/lib" && rm -f libtorch_cuda.so libtorch_cuda_linalg.so libc10_cuda.so libcaffe2_nvrtc.so libcusparseLt-*.so.0)
        # A torch-sys built against the other flavour must be rebuilt.
        cargo clean --release -p torch-sys >/dev/null 2>&1 || true
        cargo clean -p torch-sys >/dev/null 2>&1 || true
    fi
    touch "$STAMP"
}

install_models() {
    local shared="$ROOT/../shared/models"
    [[ -d "$shared" ]] || { log "no ../shared/models; keeping models/ as it is"; return; }
    mkdir -p "$ROOT/models"
    for source in "$shared"/*/; do
        local name
        name=$(basename "$source")
        [[ -f "$source/config.json" ]] || continue
        local target="$ROOT/models/$name"
        if [[ -d "$target" ]] && diff -rq "$source" "$target" >/dev/null 2>&1; then
            continue
        fi
        log "installing model $name into models/"
        rm -rf "$target.partial"
        cp -r "$source" "$target.partial"
        chmod -R u+w "$target.partial"
        rm -rf "$target"
        mv "$target.partial" "$target"
    done
}

install_test_tools() {
    if ! PYTHONPATH="$ROOT/.deps/pytools" "$PYTHON" -c "import networkx" >/dev/null 2>&1; then
        log "installing networkx (graph.json and GraphML checks) into .deps/pytools"
        "$PYTHON" -m pip install --quiet --disable-pip-version-check --target "$ROOT/.deps/pytools" "networkx>=3.4"
    fi
    if [[ ! -x /usr/bin/chromium ]]; then
        log "installing Debian's chromium (viewer test)"
        local sudo=""
        [[ $(id -u) -eq 0 ]] || sudo="sudo"
        export DEBIAN_FRONTEND=noninteractive
        $sudo apt-get install -y -q chromium >/dev/null 2>&1 || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q chromium >/dev/null; }
    fi
    local playwright="$ROOT/.deps/node/node_modules/playwright-core/package.json"
    if ! grep -q "\"version\": \"$PLAYWRIGHT_VERSION\"" "$playwright" 2>/dev/null; then
        command -v npm >/dev/null || { log "npm (Node.js) is needed for the viewer tests"; exit 1; }
        log "installing playwright-core $PLAYWRIGHT_VERSION (viewer tests) from npm into .deps/node"
        mkdir -p "$ROOT/.deps/node"
        npm install --prefix "$ROOT/.deps/node" --no-audit --no-fund --silent --save-exact "playwright-core@$PLAYWRIGHT_VERSION"
    fi
}

RAY_VERSION=2.60.0
PLAYWRIGHT_VERSION=1.64.1

install_ray() {
    if PYTHONPATH="$ROOT/.deps/ray" "$PYTHON" -c "import ray, sys; sys.exit(ray.__version__ != '$RAY_VERSION')" >/dev/null 2>&1; then
        return
    fi
    log "installing Ray $RAY_VERSION (scripts/ray_run.py) into .deps/ray"
    rm -rf "$ROOT/.deps/ray"
    "$PYTHON" -m pip install --quiet --disable-pip-version-check --target "$ROOT/.deps/ray" "ray==$RAY_VERSION"
}

install_libtorch
install_models
case "${1:-}" in
    --test)
        install_test_tools
        install_ray
        ;;
    --ray) install_ray ;;
esac
if [[ ! -f models/minilm-l6-wordcase-ner/config.json ]]; then
    log "warning: the default model models/minilm-l6-wordcase-ner is missing; pass --model DIR"
fi
