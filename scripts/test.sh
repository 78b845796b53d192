#!/usr/bin/env bash
# The tests: set-up (libtorch, models, test tools), then every unit and integration test
# against the real model, in the release profile shared with scripts/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
exec cargo test --release "$@"
