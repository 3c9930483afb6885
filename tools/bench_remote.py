#!/usr/bin/env python3
"""Remote look-ups against the fake OPS (tools/fake_status_server.py): 1,000
distinct numbers at 50 ms latency with 32 requests in flight. First one
request per number (bulk_size 1): the wall time of `patmark check --source
ops` against the ideal (distinct x latency / concurrency); then a second run
that the cache must answer without a request; then the default bulk requests
of 100 numbers. Run by `tools/bench remote` (which builds first)."""
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DISTINCT, LATENCY_MS, CONCURRENCY = 1000, 50, 32


def cn_check(digits):
    r = sum(int(c) * (2 + i % 8) for i, c in enumerate(digits)) % 11
    return "X" if r == 10 else str(r)


def stats(port):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stats") as r:
        counts = json.load(r)["by_path"]
    return sum(n for path, n in counts.items() if "/rest-services/legal/" in path)


def main():
    server = subprocess.Popen([sys.executable, os.path.join(ROOT, "tools", "fake_status_server.py")],
                              stdout=subprocess.PIPE, text=True)
    try:
        port = int(server.stdout.readline().split()[1])
        request = urllib.request.Request(f"http://127.0.0.1:{port}/_faults", method="POST",
                                         data=json.dumps({"latency_ms": LATENCY_MS}).encode())
        urllib.request.urlopen(request).read()
        with tempfile.TemporaryDirectory(prefix="patmark-bench-remote-") as work:
            catalog = os.path.join(work, "catalog.csv")
            with open(catalog, "w", encoding="utf-8") as f:
                f.write("id,box\n")
                for i in range(1, DISTINCT + 1):
                    digits = "20151%07d" % i
                    f.write(f"R{i},发明专利 专利号：ZL{digits}.{cn_check(digits)}\n")
            env = dict(os.environ, OPS_KEY="test-key", OPS_SECRET="test-secret")
            ideal = DISTINCT * LATENCY_MS / 1000 / CONCURRENCY
            runs = [("one request per number", 1, "a"), ("again: the cache", 1, "a"), ("bulk requests of 100", 100, "b")]
            for run, bulk, cache in runs:
                config = os.path.join(work, f"config-{bulk}.json")
                with open(config, "w") as f:
                    json.dump({"sources": {"ops": {"base_url": f"http://127.0.0.1:{port}/3.2", "concurrency": CONCURRENCY,
                                                   "requests_per_minute": 10_000_000, "timeout_ms": 30000,
                                                   "bulk_size": bulk}},
                               "cache": {"path": os.path.join(work, f"cache-{cache}.db")}}, f)
                command = [os.path.join(ROOT, "build", "bin", "patmark"), "check", catalog, "--as-of", "2026-11-25",
                           "--source", "ops", "--config", config]
                before = stats(port)
                start = time.monotonic()
                subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                wall = time.monotonic() - start
                asked = stats(port) - before
                print(f"   {run}: {wall:.2f} s, {asked} requests"
                      + (f"; ideal {ideal:.2f} s ({DISTINCT} x {LATENCY_MS} ms / {CONCURRENCY}), ratio {wall / ideal:.2f}"
                         if bulk == 1 and asked else ""))
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
