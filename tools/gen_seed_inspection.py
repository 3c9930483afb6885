#!/usr/bin/env python3
"""Generates fixtures/seed-inspection/: the seed's inspection as a catalog.

  tools/gen_seed_inspection.py

The seed (../shared/seeds/, section 六): on 29 April the district IP office
and the drug regulator inspected two drug distributors and one medical-device
maker; about 1,260 products were checked, 28 carried patent marks (13
invention, 2 utility model, 13 design), every number was searched, one was
an expired patent, and a rectification order followed.

The inspection year is 2005: the report describes the "fifth World IP Day"
(the first was 2001-04-26) and the new requirements of the 11th Five-Year
Plan (2006-2010), so it was written early in 2006 about 2005; the "2017" in
its title is the repost's. products.csv holds 1,260 products; 28 of them
carry one mark each, worded as the 2003 Provisions require (type in Chinese
and the ZL number), with numbers of the right type, check characters and
years before 2005. register.csv holds the status of those 28 rights as a
search would return them: 27 in force on 2005-04-29, one utility model
expired on 2003-11-15. Same seed, same bytes.
"""
import csv
import datetime
import io
import os
import random

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "seed-inspection")
SEED = 20050429

COMPANIES = [
    ("苏州康宁医药连锁有限公司", "苏州市吴中区东吴北路88号", "drugs", 520, {"invention": 6, "design": 6}),
    ("吴中区百姓大药房有限公司", "苏州市吴中区木渎镇中山东路12号", "drugs", 480,
     {"invention": 5, "utility_model": 1, "design": 3}),
    ("苏州华康医疗器械有限公司", "苏州市吴中经济开发区塔韵路178号", "devices", 260,
     {"invention": 2, "utility_model": 1, "design": 4}),
]
TYPE_DIGIT = {"invention": "1", "utility_model": "2", "design": "3"}
TYPE_WORDS = {"invention": "中国发明专利", "utility_model": "中国实用新型专利", "design": "中国外观设计专利"}
TERM = {"invention": 20, "utility_model": 10, "design": 10}

DRUGS = ["板蓝根颗粒", "复方丹参片", "维生素C泡腾片", "藿香正气水", "感冒灵颗粒", "阿莫西林胶囊", "六味地黄丸",
         "银翘解毒片", "复方甘草片", "布洛芬缓释胶囊", "健胃消食片", "清开灵口服液", "小儿止咳糖浆", "双黄连口服液"]
DEVICES = ["一次性使用输液器", "医用外科口罩", "电子血压计", "医用棉签", "一次性注射器", "体温计", "医用纱布块",
           "创可贴", "雾化器", "血糖试纸"]
FORMS = ["0.25g×24片", "10g×20袋", "10ml×10支", "0.3g×36粒", "100ml", "12片×2板"]


def check_char(digits):
    r = sum(int(d) * (2 + i % 8) for i, d in enumerate(digits)) % 11
    return "X" if r == 10 else str(r)


def number(rng, year, ptype):
    """A patent number filed in `year`: the old 8-digit form before 2003-10-01."""
    if year < 2003:
        digits = "%02d%s%05d" % (year % 100, TYPE_DIGIT[ptype], rng.randint(10000, 99999))
        spaced = "%s %s %s" % (digits[:2], digits[2], digits[3:])
    else:
        digits = "%04d%s%07d" % (year, TYPE_DIGIT[ptype], rng.randint(1, 99999))
        spaced = "%s %s %s" % (digits[:4], digits[4], digits[5:])
    return digits + "." + check_char(digits), spaced + "." + check_char(digits)


def plain_box(rng, kind, product, i):
    if kind == "drugs":
        return "%s %s 国药准字Z%08d 批号%06d 有效期至2007-%02d 请仔细阅读说明书并按说明使用" % (
            product, rng.choice(FORMS), rng.randint(10000000, 99999999), rng.randint(40101, 50428), rng.randint(1, 12))
    return "%s 苏食药监械(准)字2004第%07d号 灭菌批号%06d 一次性使用 用后销毁" % (
        product, rng.randint(1000000, 2999999), rng.randint(40101, 50428))


def main():
    rng = random.Random(SEED)
    products, register = [], []
    marked_plan = []
    for company, address, kind, count, types in COMPANIES:
        slots = rng.sample(range(count), sum(types.values()))
        kinds = [t for t, n in sorted(types.items()) for _ in range(n)]
        marked_plan.append(dict(zip(slots, kinds)))
    expired_done = False
    pid = 0
    for (company, address, kind, count, _), plan in zip(COMPANIES, marked_plan):
        names = DRUGS if kind == "drugs" else DEVICES
        for i in range(count):
            pid += 1
            product = names[i % len(names)]
            made = "2004-%02d-%02d" % (rng.randint(6, 12), rng.randint(1, 28))
            box = plain_box(rng, kind, product, i)
            if i in plan:
                ptype = plan[i]
                expired = ptype == "utility_model" and not expired_done
                year = 1993 if expired else rng.randint(1996, 2004)
                canonical, printed = number(rng, year, ptype)
                box += " %s 专利号：ZL %s" % (TYPE_WORDS[ptype], printed)
                filing = datetime.date(year, 11, 16) if expired else datetime.date(year, rng.randint(1, 9),
                                                                                   rng.randint(1, 28))
                expiry = filing.replace(year=filing.year + TERM[ptype]) - datetime.timedelta(days=1)
                delay = rng.randint(200, 1100 if ptype == "invention" else 400)
                grant = max(min(filing + datetime.timedelta(days=delay), datetime.date(2005, 3, 1)),
                            filing + datetime.timedelta(days=90))
                register.append({
                    "number": "ZL" + canonical, "state": "expired" if expired else "in_force", "patent_type": ptype,
                    "filing_date": filing.isoformat(), "grant_date": grant.isoformat(),
                    "expiry_date": expiry.isoformat(), "termination_date": "", "checked_on": "2005-05-20",
                    "holder": company, "title": product})
                expired_done = expired_done or expired
            products.append({"id": "S%04d" % pid, "company": company, "address": address, "product": product,
                             "production_date": made, "box_text": box})
    for name, rows in (("products.csv", products), ("register.csv", register)):
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(rows[0].keys()), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
            f.write(out.getvalue())


if __name__ == "__main__":
    main()
