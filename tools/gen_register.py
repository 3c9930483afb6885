#!/usr/bin/env python3
"""Generates fixtures/registers/catalogs.csv: a legal-status register that
covers the numbers marked in the fixture catalogs, with every state.

  tools/build && tools/gen_register.py

The hand-written rows of fixtures/registers/register.csv come last, so that
they win on import (rows update by canonical number); before them every distinct valid number that `patmark extract` finds in
fixtures/catalogs/*.csv gets a row with a state drawn from a fixed seed and
dates consistent with it and with the inspection date 2026-11-25 (a right
whose term has run out is expired, a lapse falls between grant and expiry).
About one number in twelve is left out, so that `patmark check` also meets
numbers no source knows (estimated or unknown). Same seed, same bytes.
"""
import csv
import datetime
import hashlib
import io
import json
import os
import random
import subprocess

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
AS_OF = datetime.date(2026, 11, 25)
SEED = "patmark-register-20261125"
COLUMNS = ["number", "state", "patent_type", "filing_date", "grant_date", "expiry_date",
           "termination_date", "checked_on", "holder", "title"]

# (state, weight) for marks that present a patent, and for application marks.
PATENT_STATES = [("in_force", 55), ("expired", 6), ("lapsed", 12), ("invalidated", 5), ("abandoned", 3),
                 ("withdrawn", 3), ("pending", 4), (None, 12)]
# A granted patent's number (anything but CN, where the application number
# becomes the patent number) was never pending or withdrawn.
GRANTED_STATES = [(s, w) for s, w in PATENT_STATES if s not in ("withdrawn", "pending")]
APPLICATION_STATES = [("pending", 45), ("in_force", 20), ("rejected", 10), ("withdrawn", 10), ("abandoned", 5),
                      (None, 10)]

US_MILESTONES = [(6000000, 1999), (7000000, 2006), (8000000, 2011), (9000000, 2015), (10000000, 2018),
                 (11000000, 2021), (12000000, 2024)]


def rng_for(key):
    return random.Random(hashlib.sha256((SEED + key).encode()).digest())


def filing_year(mark, rng):
    canonical = mark["canonical"]
    digits = "".join(c for c in canonical if c.isdigit())
    if mark["jurisdiction"] == "CN" and mark["kind_code"] is None:
        return int(digits[:4]) if len(digits) >= 12 else 1900 + int(digits[:2]) + (100 if digits[:2] < "50" else 0)
    if mark["jurisdiction"] == "US" and canonical[2:].isdigit() and len(canonical) <= 10:
        n = int(canonical[2:])
        year = 1995
        for start, y in US_MILESTONES:
            if n >= start:
                year = y
        return year - rng.randint(2, 4)
    return rng.randint(2004, 2021)


def term_years(patent_type, filing):
    if patent_type == "utility_model":
        return 10
    if patent_type == "design":
        return 15 if filing >= datetime.date(2021, 6, 1) else 10
    return 20


def add_years(d, years):
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def between(rng, start, end):
    if end <= start:
        return start
    return start + datetime.timedelta(days=rng.randint(0, (end - start).days))


def row_for(mark):
    rng = rng_for(mark["canonical"])
    application = (mark["pending"] or mark["number_kind"] == "application" or mark["jurisdiction"] == "WO"
                   or (mark["kind_code"] or "").startswith("A"))
    if mark["jurisdiction"] == "WO":
        return None  # an international application has no legal status of its own
    if application:
        table = APPLICATION_STATES
    elif mark["jurisdiction"] == "CN":
        table = PATENT_STATES
    else:
        table = GRANTED_STATES
    states, weights = zip(*table)
    state = rng.choices(states, weights)[0]
    if state is None:
        return None
    patent_type = mark["patent_type"] or "invention"
    filing = datetime.date(filing_year(mark, rng), rng.randint(1, 12), rng.randint(1, 28))
    expiry = add_years(filing, term_years(patent_type, filing)) - datetime.timedelta(days=1)
    grant = between(rng, add_years(filing, 1), add_years(filing, 4))
    row = {"number": mark["canonical"], "state": state, "patent_type": patent_type,
           "filing_date": filing.isoformat(), "checked_on": "2026-11-01",
           "holder": mark["company"], "title": mark["product"]}
    if state in ("pending", "rejected", "withdrawn") or (state == "abandoned" and application):
        if state != "pending":
            row["termination_date"] = between(rng, filing, min(add_years(filing, 4), AS_OF)).isoformat()
        return row
    grant = min(grant, AS_OF - datetime.timedelta(days=30))
    row["grant_date"] = grant.isoformat()
    row["expiry_date"] = expiry.isoformat()
    if state == "in_force" and expiry < AS_OF:
        row["state"] = "expired"
    elif state == "expired" and expiry >= AS_OF:  # cannot have expired yet: it lapsed
        row["state"] = state = "lapsed"
    if state in ("lapsed", "invalidated", "abandoned"):
        row["termination_date"] = between(rng, grant, min(expiry, AS_OF)).isoformat()
    return row


def catalog_marks():
    binary = os.path.join(ROOT, "build", "bin", "patmark")
    catalogs = sorted(os.path.join(ROOT, "fixtures", "catalogs", f)
                      for f in os.listdir(os.path.join(ROOT, "fixtures", "catalogs")) if f.endswith(".csv"))
    for path in catalogs:
        rows = {r["id"]: r for r in csv.DictReader(open(path, encoding="utf-8"))}
        out = subprocess.run([binary, "extract", path, "--as-of", AS_OF.isoformat()], check=True,
                             capture_output=True, text=True).stdout
        for line in out.splitlines():
            record = json.loads(line)
            source = rows.get(record["record"], {})
            for m in record["marks"]:
                if m["mark_kind"] == "number" and m["format"]["valid"]:
                    m["company"] = source.get("company", "")
                    m["product"] = source.get("product", "")
                    yield m




def main():
    hand = list(csv.DictReader(open(os.path.join(ROOT, "fixtures", "registers", "register.csv"), encoding="utf-8")))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS + ["publication_number"], lineterminator="\n")
    writer.writeheader()
    seen = set()
    for mark in catalog_marks():
        if mark["canonical"] in seen:
            continue
        seen.add(mark["canonical"])
        row = row_for(mark)
        if row:
            writer.writerow(row)
    for r in hand:
        writer.writerow(r)
    with open(os.path.join(ROOT, "fixtures", "registers", "catalogs.csv"), "w", encoding="utf-8") as f:
        f.write(out.getvalue())


if __name__ == "__main__":
    main()
