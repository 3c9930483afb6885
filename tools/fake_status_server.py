#!/usr/bin/env python3
"""A fake of the remote legal-status services, for tests: HTTP on 127.0.0.1
only, on a port the OS picks (printed as "PORT <n>" on the first line of
standard output). The tests start and stop it themselves.

Routes (more come with the OPS, ODP and HTTP/JSON sources):
  GET|POST /echo           the request back as JSON: method, path, headers, body
  GET /delay/<ms>          answers "ok" after <ms> milliseconds
  GET /status/<code>       answers <code>; ?retry_after=<v> adds Retry-After
  GET /truncated           promises 100 bytes, sends 10, closes
  GET /hang                never answers (a client timeout)
  GET /_stats              {"requests": n, "connections": m, "max_in_flight": k,
                           "by_path": {...}}: what the clients did
  POST /_faults            JSON {"latency_ms": n, "next": [{"status": 503,
                           "headers": {...}, "body": "..."}, ...]}: added latency
                           for every request, and canned answers for the next ones

Standard library only, so that it runs wherever python3 does.
"""
import argparse
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
STATS = {"requests": 0, "connections": 0, "in_flight": 0, "max_in_flight": 0, "by_path": {}}
FAULTS = {"latency_ms": 0, "next": []}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, so clients can reuse connections

    def setup(self):
        super().setup()
        with LOCK:
            STATS["connections"] += 1

    def log_message(self, *args):  # quiet: tests read stdout for the port only
        pass

    def send(self, status, body, content_type="application/json", headers=None):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, str(value))
        self.end_headers()
        self.wfile.write(data)

    def read_body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length).decode("utf-8", "replace") if length else ""

    def handle_request(self, method):
        body = self.read_body()
        path, _, query = self.path.partition("?")
        params = dict(p.split("=", 1) for p in query.split("&") if "=" in p)
        if path == "/_stats":
            with LOCK:
                return self.send(200, json.dumps(STATS))
        if path == "/_faults" and method == "POST":
            with LOCK:
                FAULTS.update(json.loads(body or "{}"))
            return self.send(200, "{}")
        with LOCK:
            STATS["requests"] += 1
            STATS["by_path"][path] = STATS["by_path"].get(path, 0) + 1
            STATS["in_flight"] += 1
            STATS["max_in_flight"] = max(STATS["max_in_flight"], STATS["in_flight"])
            latency = FAULTS.get("latency_ms", 0)
            canned = FAULTS["next"].pop(0) if FAULTS.get("next") else None
        try:
            self.answer(method, path, params, body, latency, canned)
        finally:
            with LOCK:
                STATS["in_flight"] -= 1

    def answer(self, method, path, params, body, latency, canned):
        if latency:
            time.sleep(latency / 1000)
        if canned is not None:
            return self.send(canned.get("status", 200), canned.get("body", ""),
                             canned.get("content_type", "application/xml"), canned.get("headers"))
        if path == "/echo":
            return self.send(200, json.dumps({"method": method, "path": self.path,
                                              "headers": dict(self.headers.items()), "body": body}))
        if path.startswith("/delay/"):
            time.sleep(int(path.rsplit("/", 1)[1]) / 1000)
            return self.send(200, "ok", "text/plain")
        if path.startswith("/status/"):
            headers = {"Retry-After": params["retry_after"]} if "retry_after" in params else None
            return self.send(int(path.rsplit("/", 1)[1]), '{"status":"canned"}', headers=headers)
        if path == "/truncated":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "100")
            self.end_headers()
            self.wfile.write(b"0123456789")
            self.wfile.flush()
            self.close_connection = True
            return
        if path == "/hang":
            time.sleep(60)
            return self.send(200, "too late", "text/plain")
        return self.send(404, "<error><code>404</code><message>no such route</message></error>",
                         "application/xml")

    def do_GET(self):
        self.handle_request("GET")

    def do_POST(self):
        self.handle_request("POST")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=0, help="0: any free port (the default)")
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    print(f"PORT {server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
