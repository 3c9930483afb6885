#!/usr/bin/env python3
"""Writes a synthetic product catalog of about N megabytes for benchmarks.

Rows look like the fixture catalog's: company, product and box text with
approval numbers, batch numbers and bar codes; 1% of rows carry a patent mark
and 1% are corrupted (a ragged row, an invalid byte, or a NUL).
"""
import argparse
import random


def check_char(digits):
    r = sum(int(d) * (2 + i % 8) for i, d in enumerate(digits)) % 11
    return "X" if r == 10 else str(r)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--megabytes", type=float, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1260)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    target = int(args.megabytes * 1e6)
    companies = ["苏州康宁医药连锁有限公司", "吴中区百姓大药房有限公司", "苏州华康医疗器械有限公司"]
    products = ["复方丹参片", "阿莫西林胶囊", "医用外科口罩", "电子血压计", "一次性使用输液器", "板蓝根颗粒"]
    written = 0
    with open(args.out, "wb") as f:
        header = b"id,company,product,production_date,box_text\n"
        f.write(header)
        written += len(header)
        i = 0
        while written < target:
            i += 1
            box = "%s 0.32g×60片 批号2024%04d 有效期至2026-%02d 国药准字Z4402%04d 条形码69%011d 请按说明书使用 生产日期20240315" % (
                rng.choice(products), rng.randint(0, 9999), rng.randint(1, 12), rng.randint(0, 9999), rng.randint(0, 10**11 - 1))
            roll = rng.random()
            if roll < 0.01:
                d = "%04d%s%07d" % (rng.randint(2004, 2016), rng.choice("123"), rng.randint(1, 1399999))
                box += " 发明专利号：ZL %s %s %s.%s" % (d[:4], d[4], d[5:], check_char(d))
            line = ("%d,%s,%s,2016-03-01,\"%s\"\n" % (i, rng.choice(companies), rng.choice(products), box)).encode()
            if 0.01 <= roll < 0.02:
                kind = rng.randint(0, 2)
                line = [line.replace(b",2016-03-01", b""), line.replace("请按".encode(), b"\xff\xfe"),
                        line.replace(b"2024", b"20\x0024", 1)][kind]
            f.write(line)
            written += len(line)


if __name__ == "__main__":
    main()
