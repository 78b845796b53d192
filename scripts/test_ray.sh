#!/usr/bin/env bash
# The Ray test: a local two-node Ray cluster (a head and one worker on this machine, token
# authentication off, both stopped on exit), scripts/ray_run.py over the sample articles in 3
# shards with one shard killed on its first attempt, and every output compared with
# `nergraph run` byte for byte. Prints "N passed, N failed". Needs `cargo build --release`.
#
# Ray advertises a node's primary interface address even when told 127.0.0.1, so the cluster,
# its driver and the shards run in a network namespace of their own that has only a loopback
# interface: all of the test's traffic stays on 127.0.0.1 inside it (needs root, as CI is).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --ray >/dev/null
export PYTHONPATH="$PWD/.deps/ray${PYTHONPATH:+:$PYTHONPATH}"
export RAY_AUTH_MODE=disabled RAY_USAGE_STATS_ENABLED=0
netns="nergraph-ray-$$"
ip netns add "$netns"
ip netns exec "$netns" ip link set lo up
IN_NS="ip netns exec $netns"
RAY="$IN_NS python3 -m ray.scripts.scripts"
work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
cleanup() {
    $RAY stop --force >/dev/null 2>&1 || true
    ip netns del "$netns" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
$RAY start --head --port "$port" --num-cpus 1 --include-dashboard false --disable-usage-stats >"$work/head.log" 2>&1
$RAY start --address "127.0.0.1:$port" --num-cpus 1 --disable-usage-stats >"$work/worker.log" 2>&1
nodes=$($IN_NS python3 -c "import ray; ray.init(address='127.0.0.1:$port', log_to_driver=False); print(len([n for n in ray.nodes() if n['Alive'] and n['NodeManagerAddress'] == '127.0.0.1']))" 2>/dev/null)
echo "ray cluster: $nodes nodes"

target/release/nergraph run seeds --out "$work/run" --quiet --no-cache
NERGRAPH_RAY_FAIL_ONCE=1 $IN_NS python3 scripts/ray_run.py seeds --out "$work/ray" --shards 3 --address "127.0.0.1:$port" --retries 2 2>"$work/driver.log" || {
    cat "$work/driver.log"
    echo "0 passed, 1 failed"
    exit 1
}
passed=0
failed=0
check() {
    if "$@"; then passed=$((passed + 1)); else echo "FAILED: $*"; failed=$((failed + 1)); fi
}
check test "$nodes" -eq 2
check test -f "$work/ray/.work/.ray-failed-once-1"
check grep -q "shard 1 done" "$work/driver.log"
for file in mentions.jsonl entities.json links.jsonl graph.json graph.graphml graph.html; do
    check cmp -s "$work/run/$file" "$work/ray/$file"
done
echo "$passed passed, $failed failed"
test "$failed" -eq 0
