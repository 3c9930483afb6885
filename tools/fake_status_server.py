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

EPO OPS 3.2 (research/legal-status.md §1):
  POST /3.2/auth/accesstoken         OAuth2 client credentials (Basic auth with
                                     --ops-key/--ops-secret): a token whose
                                     expires_in is a string, as OPS sends it
  GET /3.2/rest-services/legal/{application|publication}/{docdb|epodoc}/{number}
  POST /3.2/rest-services/legal/{application|publication}/{docdb|epodoc}
                                     (the bulk form: one number per line, at most
                                     100; one ops:patent-family per number known)
                                     INPADOC events as BadgerFish JSON, from
                                     fixtures/remote/ops/legal-events.csv; XML
                                     errors: 400 invalid_access_token, 404
                                     SERVER.EntityNotFound, 403 quota
  Every OPS answer carries X-Throttling-Control. Faults (POST /_faults):
  {"expire_tokens": true} revokes the tokens issued so far (expiry mid-run),
  {"quota_exhausted": true} answers 403 with X-Rejection-Reason,
  {"throttling": "busy (inpadoc=black:0, ...)", "retry_after_ms": 500}.

USPTO Open Data Portal:
  GET /api/v1/patent/applications/search?q=applicationMetaData.patentNumber:<n>
                                     with X-API-KEY (--odp-key): the file
                                     fixtures/remote/odp/<n>.json; 403 for a bad
                                     key, 404 for an unknown number (JSON errors)

An office's own HTTP/JSON service:
  GET /generic/patents/<canonical>   with "Authorization: Bearer <--generic-token>":
                                     fixtures/remote/generic/statuses.json's entry;
                                     401 for a bad token, 404 for an unknown number

Standard library only, so that it runs wherever python3 does.
"""
import argparse
import base64
import csv
import json
import os
import secrets
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
STATS = {"requests": 0, "connections": 0, "in_flight": 0, "max_in_flight": 0, "by_path": {}}
FAULTS = {"latency_ms": 0, "next": []}
ODP = {"key": "test-odp-key", "dir": ""}
GENERIC = {"token": "test-generic-token", "statuses": {}}
OPS = {"key": "test-key", "secret": "test-secret", "token_seconds": 1199, "tokens": {}, "events": {}}
DEFAULT_THROTTLING = ("idle (images=green:200, inpadoc=green:60, other=green:1000, "
                      "retrieval=green:200, search=green:30)")


def load_ops_events(path):
    """reference -> (kind, filing date, [event rows]) from the fixture CSV."""
    events = {}
    with open(path, encoding="utf-8") as f:
        rows = [line for line in f if not line.startswith("#")]
    for row in csv.DictReader(rows):
        entry = events.setdefault(row["reference"], (row["kind"], row["filing_date"], []))
        entry[2].append(row)
    return events


def text(value):
    return {"$": value}


def one_or_many(items):
    """BadgerFish: a single child is an object, repeated children an array."""
    return items[0] if len(items) == 1 else items


def ops_legal_json(reference, kind, filing_date, rows):
    country, number, doc_kind = (reference.split(".") + ["", ""])[:3] if "." in reference else (
        reference[:2], reference[2:], "")
    events = []
    for row in rows:
        code = row["code"]
        events.append({
            "@code": code.ljust(4), "@desc": row["description"], "@infl": row["influence"],
            "ops:pre": [{"@line": "1", "$": f"{country} {number} {code}"}],
            "ops:L001EP": text(country), "ops:L002EP": text("F"),
            "ops:L003EP": text(number.rjust(16)), "ops:L004EP": text((doc_kind or "B").ljust(2)),
            "ops:L005EP": text("PI"), "ops:L007EP": text(row["gazette_date"]), "ops:L008EP": text(code),
            "ops:L018EP": text(row["gazette_date"]), "ops:L019EP": text(row["gazette_date"]),
        })
    document_id = {"@document-id-type": "docdb", "country": text(country), "doc-number": text(number),
                   "kind": text(doc_kind or "B")}
    application = {"@doc-id": "1", "@is-representative": "YES",
                   "document-id": {"@document-id-type": "docdb", "country": text(country),
                                   "doc-number": text(number), "kind": text("A"),
                                   "date": text(filing_date.replace("-", ""))}}
    reference_key = "application-reference" if kind == "application" else "publication-reference"
    return {"ops:world-patent-data": {
        "@xmlns": {"ops": "http://ops.epo.org", "$": "http://www.epo.org/exchange"},
        "ops:patent-family": {
            "@legal": "true", "@total-result-count": "1",
            "ops:" + reference_key: {"document-id": document_id},
            "ops:family-member": {"@family-id": "4711", "publication-reference": {"document-id": [document_id]},
                                  "application-reference": application,
                                  "ops:legal": one_or_many(events)}}}}


def ops_error(status, code, message, headers=None):
    return (status, f'<fault xmlns="http://ops.epo.org"><code>{code}</code><message>{message}</message></fault>',
            "application/xml", headers)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, so clients can reuse connections
    disable_nagle_algorithm = True  # headers and body go in separate writes: no 40 ms delayed-ACK stalls

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
        if path.startswith("/3.2/"):
            return self.send(*self.ops(method, path, body))
        if path.startswith("/api/v1/patent/"):
            return self.send(*self.odp(path, params))
        if path.startswith("/generic/patents/"):
            if self.headers.get("Authorization") != "Bearer " + GENERIC["token"]:
                return self.send(401, '{"error": "unauthorized"}')
            entry = GENERIC["statuses"].get(urllib.parse.unquote(path.rsplit("/", 1)[1]))
            if entry is None:
                return self.send(404, '{"error": "not found"}')
            return self.send(200, json.dumps(entry, ensure_ascii=False))
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

    def ops(self, method, path, body):
        with LOCK:
            throttling = FAULTS.get("throttling", DEFAULT_THROTTLING)
            headers = {"X-Throttling-Control": throttling}
            if "retry_after_ms" in FAULTS:
                headers["Retry-After"] = FAULTS["retry_after_ms"]
            if FAULTS.pop("expire_tokens", False):
                OPS["tokens"].clear()
        if path == "/3.2/auth/accesstoken" and method == "POST":
            expected = base64.b64encode(f"{OPS['key']}:{OPS['secret']}".encode()).decode()
            if self.headers.get("Authorization") != "Basic " + expected or "grant_type=client_credentials" not in body:
                return ops_error(401, "401", "Client credentials are invalid")
            token = secrets.token_hex(12)
            with LOCK:
                OPS["tokens"][token] = time.time() + OPS["token_seconds"]
            return (200, json.dumps({"access_token": token, "token_type": "BearerToken",
                                     "expires_in": str(OPS["token_seconds"]), "issued_at": str(int(time.time() * 1000)),
                                     "scope": "core", "status": "approved", "refresh_count": "0"}),
                    "application/json", None)
        auth = self.headers.get("Authorization", "")
        with LOCK:
            expiry = OPS["tokens"].get(auth[len("Bearer "):]) if auth.startswith("Bearer ") else None
            quota = FAULTS.get("quota_exhausted", False)
        if expiry is None or expiry < time.time():
            return ops_error(400, "CLIENT.InvalidAccessToken", "invalid_access_token", headers)
        if quota:
            return (403, "<error><code>403</code><message>This request has been rejected due to the violation of "
                    "Fair Use policy</message></error>", "application/xml",
                    dict(headers, **{"X-Rejection-Reason": "IndividualQuotaPerHour"}))
        if "black" in throttling:
            return ops_error(403, "CLIENT.RobotDetected", "throttled", headers)
        parts = path.split("/")
        # GET /3.2/rest-services/legal/{type}/{format}/{number}, or POST
        # /3.2/rest-services/legal/{type}/{format} with one number per line.
        if parts[3:4] != ["legal"] or not ((method == "GET" and len(parts) == 7) or (method == "POST" and len(parts) == 6)):
            return ops_error(404, "CLIENT.InvalidReference", "no such service", headers)
        kind, number_format = parts[4], parts[5]
        numbers = [parts[6]] if method == "GET" else [line.strip() for line in body.splitlines() if line.strip()]
        if len(numbers) > 100:
            return ops_error(413, "CLIENT.TooManyReferences", "at most 100 references per request", headers)
        families = []
        for number in numbers:
            if number_format == "epodoc" and kind == "application" and "." not in number:
                number = f"{number[:2]}.{number[2:]}.A"
            entry = OPS["events"].get(number)
            if entry is not None and entry[0] == kind:
                families.append(ops_legal_json(number, *entry)["ops:world-patent-data"]["ops:patent-family"])
        if not families:
            return ops_error(404, "SERVER.EntityNotFound", "No results found", headers)
        answer = {"ops:world-patent-data": {"@xmlns": {"ops": "http://ops.epo.org"},
                                            "ops:patent-family": one_or_many(families)}}
        return (200, json.dumps(answer), "application/json", headers)

    def odp(self, path, params):
        def error(code, name, details):
            return (code, json.dumps({"code": code, "error": name, "errorDetails": details,
                                      "requestIdentifier": "00000000-0000-0000-0000-000000000000"}),
                    "application/json", None)
        if self.headers.get("X-API-KEY") != ODP["key"]:
            return error(403, "Forbidden", "Invalid or missing API key")
        query = urllib.parse.unquote(params.get("q", ""))
        prefix = "applicationMetaData.patentNumber:"
        if path != "/api/v1/patent/applications/search" or not query.startswith(prefix):
            return error(400, "Bad Request", "unsupported query")
        number = query[len(prefix):]
        file = os.path.join(ODP["dir"], number + ".json")
        if not number.isalnum() or not os.path.exists(file):
            return error(404, "Not Found", "No matching records found")
        with open(file, encoding="utf-8") as f:
            return (200, f.read(), "application/json", None)

    def do_GET(self):
        self.handle_request("GET")

    def do_POST(self):
        self.handle_request("POST")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=0, help="0: any free port (the default)")
    parser.add_argument("--ops-key", default="test-key")
    parser.add_argument("--ops-secret", default="test-secret")
    parser.add_argument("--ops-token-seconds", type=int, default=1199)
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--ops-events", default=os.path.join(here, "..", "fixtures", "remote", "ops",
                                                             "legal-events.csv"))
    parser.add_argument("--odp-key", default="test-odp-key")
    parser.add_argument("--odp-dir", default=os.path.join(here, "..", "fixtures", "remote", "odp"))
    parser.add_argument("--generic-token", default="test-generic-token")
    parser.add_argument("--generic-statuses", default=os.path.join(here, "..", "fixtures", "remote", "generic",
                                                                   "statuses.json"))
    args = parser.parse_args()
    ODP.update(key=args.odp_key, dir=args.odp_dir)
    with open(args.generic_statuses, encoding="utf-8") as f:
        GENERIC.update(token=args.generic_token, statuses=json.load(f))
    OPS.update(key=args.ops_key, secret=args.ops_secret, token_seconds=args.ops_token_seconds,
               events=load_ops_events(args.ops_events))
    # A listen backlog of 5 (the default) drops the SYNs of a client that
    # opens dozens of connections at once, which then wait a second to retry.
    ThreadingHTTPServer.request_queue_size = 256
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    print(f"PORT {server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
