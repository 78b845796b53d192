#!/usr/bin/env bash
# The main job on the sample articles: set-up, build, then `nergraph run seeds --out output`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cargo build --release --quiet
exec target/release/nergraph run seeds --out output "$@"
