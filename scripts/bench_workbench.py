"""How fast the workbench's pages answer on a (grown) archive: starts `coincide serve` on it and
asks each page a few times, one request at a time, printing the median and the slowest time.

    python scripts/bench_workbench.py --db /tmp/grown-20000.db [--rounds 3] [--json]

The archive is opened as is (it gets migrated when it is older): give it a copy. Grow one with
scripts/bench_archive.py.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request

PAGES = [
    "/", "/?sort=oldest&offset=10000", "/events", "/events?type=AGREE", "/events?country=GBR",
    "/events?actor=blair", "/events?since=2005&undated=true", "/events?offset=50000", "/quotes",
    "/quotes?speaker=Tony+Blair", "/quotes?words=tax", "/actors", "/actors?kind=party", "/actors/Tony%20Blair",
    "/actors/Labour", "/actors/GBR", "/topics", "/topics/immigration", "/compare?a=Labour&b=Conservatives",
    "/compare?a=USA&b=Russia", "/network", "/network?kind=criticises", "/api/events?limit=100",
    "/api/quotes?speaker=Blair", "/api/network", "/api/actors/Labour/stances",
    "/events?topic=defence", "/network?topic=defence", "/quotes?topic=defence", "/topics/defence",
    "/search?q=tax", "/search?q=tax&section=quote", "/search?q=tax&sort=newest", "/search?q=tax&topic=macroeconomics",
    "/search?q=minister", "/api/search?q=election&limit=50", "/api/positions?actor=Labour", "/api/topics/defence",
    # an actor filter naming a whole country or a very busy actor
    "/events?actor=GBR", "/events?actor=GBR&type=AGREE", "/api/events?actor=GBR", "/events?actor=labour",
    "/events?actor=blair&type=DISAPPROVE", "/quotes?speaker=Labour", "/network?topic=defence&since=2005",
    "/compare?a=GBR&b=USA",
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "coincide", "serve", "--db", args.db, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.time() + 600
        while time.time() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stories?limit=1", timeout=60).read()
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.5)
        out = []
        for path in PAGES:
            times, status = [], None
            for _ in range(args.rounds):
                t0 = time.perf_counter()
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=120) as r:
                        r.read()
                        status = r.status
                except urllib.error.HTTPError as exc:
                    status = exc.code
                times.append(time.perf_counter() - t0)
            row = {"path": path, "status": status, "median_ms": round(statistics.median(times) * 1000),
                   "max_ms": round(max(times) * 1000)}
            out.append(row)
            if not args.json:
                print(f"{row['median_ms']:6d} ms median {row['max_ms']:6d} ms max  {status}  {path}", flush=True)
        if args.json:
            print(json.dumps(out))
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
