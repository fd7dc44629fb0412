"""A bounded load test of the app, loopback only: wrk at concurrency 32 for 60 s on a mix of pages.

    python3 bench/load_test.py --app http://127.0.0.1:PORT --app-pid GUNICORN_MASTER_PID \
        --database-url postgresql://postgres@127.0.0.1:5432/hv_bench [--seconds 60] [--connections 32]

(run.sh --load / --load-only start the servers and call it.) The mix: timeline, filters, searches,
the three kinds of detail page, a person page, JSON and the CSV of a filtered view, round-robin.
Reports total requests, errors, 5xx (must be 0) and every worker's RSS at start, middle and end
(must not keep growing). wrk stops by itself after --seconds; nothing but 127.0.0.1 is targeted.
"""

import argparse
import json
import os
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from driver import CLK_TCK, children, pick_ids, status_kb, tree_ticks  # noqa: E402


def paths(ids):
    q = urllib.parse.urlencode
    return [
        "/",
        "/?" + q({"category": "talks", "year": 2020}),
        f"/?person={ids['person']}",
        "/?" + q({"q": "vieng chan"}),
        "/?" + q({"q": "dinh tien dung"}),
        "/?" + q({"kind": "agreement", "has_amounts": "true"}),
        "/?" + q({"place": "vieng chan", "direction": "to_laos"}),
        "/?page=50",
        "/?order=oldest&year=2001",
        f"/events/{ids['meeting']}/",
        f"/events/{ids['delegation']}/",
        f"/events/{ids['agreement']}/",
        f"/people/{ids['person']}/",
        "/api/events/?" + q({"format": "json", "category": "talks", "year": 2020, "size": 500}),
        "/api/events/?" + q({"format": "csv", "year": 2020}),
    ]


def rss_mb(pids):
    return {str(p): round(status_kb(p, "VmRSS") / 1024, 1) for p in pids}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--app-pid", type=int, required=True)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("LOAD_SECONDS", "60")))
    parser.add_argument("--connections", type=int, default=int(os.environ.get("LOAD_CONNECTIONS", "32")))
    parser.add_argument("--out")
    args = parser.parse_args()
    host = urllib.parse.urlsplit(args.app).hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("the load test targets loopback only")

    ids = pick_ids(args.database_url)
    mix = paths(ids)
    workers = children(args.app_pid)
    samples = {"start": rss_mb(workers)}
    print(
        f"{len(mix)} URLs round-robin, {args.connections} connections, {args.seconds} s; "
        f"{len(workers)} workers",
        flush=True,
    )
    print(f"RSS MB at start: {samples['start']}", flush=True)

    def middle():
        time.sleep(args.seconds / 2)
        samples["middle"] = rss_mb(workers)
        print(f"RSS MB at {args.seconds // 2} s: {samples['middle']}", flush=True)

    sampler = threading.Thread(target=middle, daemon=True)
    sampler.start()
    ticks, started = tree_ticks(args.app_pid), time.monotonic()
    env = dict(os.environ, BENCH_PATHS="|||".join(mix))
    out = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{args.connections}",
            f"-d{args.seconds}s",
            "--timeout",
            "30s",
            "--latency",
            "-s",
            str(HERE / "load.lua"),
            args.app,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=args.seconds + 120,
    )
    elapsed = time.monotonic() - started
    cpu = round(100 * (tree_ticks(args.app_pid) - ticks) / CLK_TCK / elapsed)
    sampler.join()
    samples["end"] = rss_mb(workers)
    samples["end_workers_alive"] = sorted(str(p) for p in children(args.app_pid))
    print(f"RSS MB at end: {samples['end']}", flush=True)
    line = next((text for text in out.stdout.splitlines() if text.startswith("BENCHJSON ")), None)
    if line is None:
        sys.exit(f"wrk gave no result:\n{out.stdout}\n{out.stderr}")
    figures = json.loads(line[len("BENCHJSON ") :])
    errors = (
        figures["connect_errors"] + figures["read_errors"] + figures["write_errors"] + figures["timeouts"]
    )
    growth = {p: round(samples["end"].get(p, 0) - samples["start"][p], 1) for p in samples["start"]}
    restarted = sorted(set(samples["start"]) - set(samples["end_workers_alive"]))
    print(
        f"\nload: {figures['requests']:,} requests in {figures['duration_s']:.0f} s ({figures['rps']:.1f} req/s), "
        f"p50 {figures['p50_ms']:.0f} ms, p95 {figures['p95_ms']:.0f} ms, p99 {figures['p99_ms']:.0f} ms, "
        f"max {figures['max_ms']:.0f} ms; 2xx {figures['status_2xx']:,}, 3xx {figures['status_3xx']}, "
        f"4xx {figures['status_4xx']}, 5xx {figures['status_5xx']}, socket errors/timeouts {errors}; "
        f"server CPU {cpu}% of one core"
    )
    print(
        f"RSS growth start->end per worker (MB): {growth}; workers gone (restarted/killed): {restarted or 'none'}"
    )
    verdict = "PASS" if figures["status_5xx"] == 0 and errors == 0 and not restarted else "FAIL"
    print(
        f"load_summary {verdict} requests={figures['requests']} errors={errors} "
        f"status_5xx={figures['status_5xx']} rps={figures['rps']:.1f} p95_ms={figures['p95_ms']:.0f} "
        f"max_rss_growth_mb={max(growth.values()) if growth else 0}"
    )
    if args.out:
        Path(args.out).write_text(
            json.dumps(
                {"figures": figures, "rss_mb": samples, "growth_mb": growth, "cpu_pct": cpu, "urls": mix},
                indent=1,
            )
        )


if __name__ == "__main__":
    main()
