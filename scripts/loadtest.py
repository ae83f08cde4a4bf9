"""Load test of `coincide serve`: concurrent clients on /api/search and /api/compare.

    .venv/bin/coincide ingest ../shared/data/bbc-politics --db /tmp/load.db
    .venv/bin/python scripts/loadtest.py --db /tmp/load.db [--clients 50] [--seconds 30]

Starts its own server on a free loopback port (or uses --url, which must be a loopback address),
runs N client threads for a fixed time, each sending requests one after another (search and
compare alternating, queries drawn from the archive's own words and actors), and prints requests,
errors, throughput and p50/p95/max latency per endpoint as JSON. Nothing leaves this machine.
"""

from __future__ import annotations

import argparse
import http.client
import ipaddress
import json
import random
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

SEARCH_WORDS = ["election", "labour", "tax", "minister", "blair", "brown", "howard", "iraq", "asylum",
                "police", "budget", "immigration", "vote", "europe", "health", "schools", "tories", "war"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def actor_names(db: str, n: int = 12) -> list[str]:
    # The actors most often holding a position: comparisons that have work to do.
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT a.name, COUNT(*) c FROM positions p JOIN actors a ON a.story_id = p.story_id AND a.actor_id = p.holder"
            " WHERE length(a.name) > 2 GROUP BY a.name ORDER BY c DESC LIMIT ?", (n,)).fetchall()
        return [r[0] for r in rows] or ["Tony Blair", "Michael Howard"]
    finally:
        conn.close()


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="the SQLite archive to serve")
    parser.add_argument("--url", help="an already running server (loopback only); default: start one")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    server = None
    if args.url:
        parts = urlsplit(args.url)
        host, port = parts.hostname or "", parts.port or 80
        if host != "localhost" and not ipaddress.ip_address(host).is_loopback:
            parser.error("--url must be a loopback address: this load test never leaves the machine")
    else:
        host, port = "127.0.0.1", free_port()
        server = subprocess.Popen([sys.executable, "-m", "coincide", "serve", "--db", args.db, "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.time() + 60
        while True:
            with socket.socket() as s:
                if s.connect_ex((host, port)) == 0:
                    break
            if server.poll() is not None or time.time() > deadline:
                raise SystemExit(f"the server did not start: {server.stderr.read().decode()[-2000:]}")
            time.sleep(0.2)

    try:
        return run(args, host, port)
    finally:
        if server:
            server.terminate()
            server.wait(timeout=20)


def run(args: argparse.Namespace, host: str, port: int) -> int:
    names = actor_names(args.db)
    lock = threading.Lock()
    results: dict[str, dict] = {k: {"requests": 0, "errors": 0, "latencies": [], "statuses": {}} for k in ("search", "compare")}
    stop_at = time.time() + args.seconds

    def client(i: int) -> None:
        rng = random.Random(args.seed * 1000 + i)
        conn = http.client.HTTPConnection(host, port, timeout=60)
        n = 0
        while time.time() < stop_at:  # bounded: a fixed time, then every client stops
            kind = "search" if n % 2 == 0 else "compare"
            n += 1
            if kind == "search":
                path = f"/api/search?q={quote(rng.choice(SEARCH_WORDS))}&limit=20"
            else:
                a, b = rng.sample(names, 2)
                path = f"/api/compare?a={quote(a)}&b={quote(b)}"
            started = time.perf_counter()
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException) as exc:
                status = type(exc).__name__
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=60)
            elapsed = time.perf_counter() - started
            with lock:
                r = results[kind]
                r["requests"] += 1
                r["latencies"].append(elapsed)
                r["statuses"][str(status)] = r["statuses"].get(str(status), 0) + 1
                # 404: two actors the archive cannot resolve is a valid answer, not a failure
                if status not in (200, 404):
                    r["errors"] += 1
        conn.close()

    started = time.time()
    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(args.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(args.seconds + 120)
    wall = time.time() - started

    report = {"clients": args.clients, "seconds": round(wall, 1), "actors": names}
    for kind, r in results.items():
        lat = r["latencies"]
        report[kind] = {
            "requests": r["requests"], "errors": r["errors"], "statuses": r["statuses"],
            "per_second": round(r["requests"] / wall, 1),
            "p50_ms": round(percentile(lat, 0.50) * 1000, 1) if lat else None,
            "p95_ms": round(percentile(lat, 0.95) * 1000, 1) if lat else None,
            "max_ms": round(max(lat) * 1000, 1) if lat else None,
        }
    print(json.dumps(report, indent=2))
    return 1 if any(results[k]["errors"] for k in results) else 0


if __name__ == "__main__":
    sys.exit(main())
