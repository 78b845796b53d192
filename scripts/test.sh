#!/usr/bin/env bash
# The tests: set-up (libtorch, models, test tools), formatting and lints, the rule tests that
# need no model (`--no-default-features`: text, linking, relations, outputs), then every unit
# and integration test against the real model, in the release profile shared with
# scripts/run.sh, and last the shard contract on a local two-node Ray cluster
# (scripts/test_ray.sh). Extra arguments go to the full `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
cargo fmt --check
cargo clippy --release --quiet --all-targets -- -D warnings
cargo clippy --release --quiet --no-default-features --all-targets -- -D warnings
cargo test --release --no-default-features
cargo test --release "$@"
scripts/test_ray.sh
