#!/usr/bin/env python3
"""Runs nergraph over a folder on a Ray cluster: `nergraph plan` on the driver, one Ray Core
task per shard running `nergraph analyse WORK --shard K`, then `nergraph link` on the driver.

    scripts/ray_run.py INPUT_DIR --out OUT_DIR [--shards N] [--address ADDR] [--work DIR] [-- PLAN OPTIONS]

The work folder must be visible at the same path on every node (a shared filesystem or a
mounted bucket), and so must the nergraph binary and the model folder the plan names. A shard
that exits 1 (failed: a crash, a kill, a full disk) is retried by Ray up to --retries times; one
that exits 2 (a bad plan, another model) is never retried. The script exits with `link`'s
status: 0 done, 1 failed, 2 never retry, 3 done but some files were skipped.

Install Ray first (scripts/setup.sh --ray puts the pinned version in .deps/ray):
    PYTHONPATH=.deps/ray python3 scripts/ray_run.py seeds --out out --shards 4

Testing hook: NERGRAPH_RAY_FAIL_ONCE=K makes the first attempt of shard K die mid-way (it is
killed after its first document reaches the cache), so the retry path is exercised.
"""
import argparse
import os
import subprocess
import sys
import time

import ray

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class RetryableShardError(Exception):
    """The shard failed in a way a retry can fix (exit 1, or killed by a signal)."""


class PermanentShardError(Exception):
    """The shard failed in a way no retry fixes (exit 2)."""


def analyse_shard(binary, work, shard, threads, fail_once):
    env = dict(os.environ)
    marker = os.path.join(work, f".ray-failed-once-{shard}")
    if fail_once == shard and not os.path.exists(marker):
        open(marker, "w").close()
        env["NERGRAPH_TEST_ABORT_AFTER_CACHED"] = "1"
    started = time.time()
    result = subprocess.run(
        [binary, "analyse", work, "--shard", str(shard), "--threads", str(threads), "--quiet"],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    message = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else ""
    if result.returncode == 0:
        return {"shard": shard, "seconds": round(time.time() - started, 2), "message": message}
    if result.returncode == 2:
        raise PermanentShardError(f"shard {shard}: {message}")
    raise RetryableShardError(f"shard {shard}: exit {result.returncode}: {message}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input_dir")
    parser.add_argument("--out", required=True)
    parser.add_argument("--shards", type=int, default=0, help="default: the cluster's CPUs / --cpus-per-shard")
    parser.add_argument("--address", default=None, help="Ray cluster address ('auto' for the one this node belongs to); default: a local Ray")
    parser.add_argument("--work", default=None, help="shared work folder (default: OUT_DIR/.work)")
    parser.add_argument("--nergraph", default=os.path.join(REPO, "target", "release", "nergraph"))
    parser.add_argument("--cpus-per-shard", type=int, default=1)
    parser.add_argument("--memory-per-shard-mb", type=int, default=1500, help="Ray memory reservation per analyse task")
    parser.add_argument("--retries", type=int, default=3, help="retries of a shard that exits 1")
    parser.add_argument("--aliases", default=None)
    argv = sys.argv[1:]
    # After "--": options for `nergraph plan` (--model, --int8, --max-file-mb).
    plan_args = argv[argv.index("--") + 1 :] if "--" in argv else []
    args = parser.parse_args(argv[: argv.index("--")] if "--" in argv else argv)

    work = os.path.abspath(args.work or os.path.join(args.out, ".work"))
    binary = os.path.abspath(args.nergraph)
    ray.init(address=args.address, log_to_driver=False)
    shards = args.shards or max(1, int(ray.cluster_resources().get("CPU", 1)) // args.cpus_per_shard)

    plan = subprocess.run([binary, "plan", args.input_dir, "--shards", str(shards), "--work", work, *plan_args], cwd=os.getcwd())
    if plan.returncode != 0:
        return plan.returncode

    task = ray.remote(
        num_cpus=args.cpus_per_shard,
        memory=args.memory_per_shard_mb * 1024 * 1024,
        max_retries=args.retries,
        retry_exceptions=[RetryableShardError],
    )(analyse_shard)
    # Tasks run in the workers' environment, not the driver's: the test hook travels as an argument.
    fail_once = int(os.environ["NERGRAPH_RAY_FAIL_ONCE"]) if os.environ.get("NERGRAPH_RAY_FAIL_ONCE") else None
    pending = [task.remote(binary, work, shard, args.cpus_per_shard, fail_once) for shard in range(shards)]
    failed = None
    for ref in pending:
        try:
            report = ray.get(ref)
            print(f"ray_run: shard {report['shard']} done in {report['seconds']} s: {report['message']}", file=sys.stderr)
        except ray.exceptions.RayTaskError as error:
            cause = error.cause if hasattr(error, "cause") else error
            print(f"ray_run: {cause}", file=sys.stderr)
            failed = 2 if isinstance(cause, PermanentShardError) else 1
    if failed is not None:
        return failed

    link = [binary, "link", work, "--out", args.out]
    if args.aliases:
        link += ["--aliases", args.aliases]
    return subprocess.run(link, cwd=os.getcwd()).returncode


if __name__ == "__main__":
    sys.exit(main())
