#!/usr/bin/env python3
"""Prints the seed's table (section 六 of the 2005 report) from an audit's
summary.json:

  tools/seed_table.py OUT/summary.json
"""
import json
import sys


def main():
    s = json.load(open(sys.argv[1], encoding="utf-8"))
    cn = s["marks_by_jurisdiction"].get("CN", {})
    notices = sum(1 for c in s["companies"] if c["violations"] > 0)
    rows = [
        ("inspection date (as of)", s["as_of"]),
        ("companies inspected", len(s["companies"])),
        ("products inspected", s["records"]),
        ("products with patent marks", s["marked_records"]),
        ("  invention", cn.get("invention", 0)),
        ("  utility model", cn.get("utility_model", 0)),
        ("  design", cn.get("design", 0)),
        ("numbers searched (distinct)", s["statuses"]["distinct_numbers"]),
        ("expired patents", s["marks_by_state"].get("expired", 0)),
        ("statuses unknown / estimated", "%d / %d" % (s["statuses"]["unknown"], s["statuses"]["estimated"])),
        ("rectification notices (companies with violations)", notices),
    ]
    width = max(len(k) for k, _ in rows)
    for k, v in rows:
        print("%-*s  %s" % (width, k, v))


if __name__ == "__main__":
    main()
