#!/usr/bin/env python3
"""Generates the catalog fixtures under fixtures/ deterministically.

  tools/gen_fixtures.py            # rewrite fixtures/catalogs and fixtures/records

The Chinese packaging catalog mixes real verified numbers (research/numbers.md
§2.3), generated numbers with correct check characters, every marking form of
§5.1 with its noise (full-width, missing dot, lower-case x, lists), malformed
numbers, pending marks with and without the Art 7 wording, and the look-alikes
printed on drug and device packaging (approval, registration and batch numbers,
bar codes, phone numbers, standards). Same seed, same bytes.
"""
import csv
import io
import json
import os
import random

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures")


def check_char(digits):
    total = sum(int(d) * (2 + i % 8) for i, d in enumerate(digits))
    r = total % 11
    return "X" if r == 10 else str(r)


def app_number(rng, year, type_digit):
    digits = "%04d%s%07d" % (year, type_digit, rng.randint(1, 1399999))
    return digits, check_char(digits)


FULL = str.maketrans("0123456789ZLXCN.:", "０１２３４５６７８９ＺＬＸＣＮ．：")

COMPANIES = [
    ("苏州康宁医药连锁有限公司", "苏州市吴中区东吴北路88号"),
    ("吴中区百姓大药房有限公司", "苏州市吴中区木渎镇中山东路12号"),
    ("苏州华康医疗器械有限公司", "苏州市吴中经济开发区塔韵路178号"),
    ("Shanghai MedTech Import Co., Ltd.", "上海市浦东新区张江路100号"),
]
DRUGS = ["复方丹参片", "阿莫西林胶囊", "布洛芬缓释胶囊", "板蓝根颗粒", "藿香正气水", "维生素C泡腾片",
         "蒙脱石散", "小儿感冒颗粒", "碘伏消毒液", "云南白药气雾剂"]
DEVICES = ["一次性使用输液器", "医用外科口罩", "电子血压计", "红外体温计", "一次性使用无菌注射器",
           "医用护理垫", "雾化器", "血糖试纸", "创可贴", "医用冷敷贴"]
NOISE = [
    "批号：{batch} 有效期至：{exp}",
    "国药准字Z4402{n4}",
    "国药准字H3202{n4}",
    "粤械注准2019214{n4}",
    "苏械注准2016214{n4}",
    "生产许可证编号：苏食药监械生产许2015{n4}号",
    "条形码 69{n11}",
    "执行标准：YY 0469-2011",
    "服务热线：400-800-{n4}",
    "电话：0512-6512{n4}",
    "规格：0.5g×24片/盒",
    "生产日期20{yy}0315",
    "新型冠状病毒防护 外观精美",
    "本品采用专利技术，质量可靠",
]

# (template, kind) — kind says which number to draw: inv, um, des, pend, pub.
MARKS = [
    ("专利号：ZL {y} {t} {s}.{c}", "any"),
    ("发明专利号：ZL{y}{t}{s}.{c}", "inv"),
    ("国家发明专利 专利号:ZL {y} {t} {s}.{c}", "inv"),
    ("实用新型专利号：ZL {y} {t} {s}.{c}", "um"),
    ("实用新型专利 ZL{y}{t}{s}.{c}", "um"),
    ("外观设计专利号：ZL {y} {t} {s}.{c}", "des"),
    ("外观设计专利 ZL{y}{t}{s}.{c}", "des"),
    ("本产品已获国家发明专利，专利号：ZL{y}{t}{s}.{c}", "inv"),
    ("专利号：FULLZL{y}{t}{s}.{c}", "any"),
    ("发明专利ZL{y}{t}{s}{c}", "inv"),
    ("发明专利申请号：{y}{t}{s}.{c}（专利申请，尚未授权）", "pend"),
    ("发明专利申请号：{y}{t}{s}.{c}", "pend"),
    ("已申请专利，申请号：{y}{t}{s}.{c}", "pend"),
    ("实用新型专利号：ZL {y} {t} {s}.{c}", "inv"),  # type mismatch
    ("专利号：ZL {y} {t} {s}.{c}、ZL {y2} {t2} {s2}.{c2}", "list"),
    ("发明专利授权公告号：CN {pub} B", "pub"),
]

REAL = [
    ("ZL 2014 1 0026192.3", "发明专利号："), ("ZL 2023 1 0397744.0", "发明专利 "),
    ("ZL 2024 1 0040777.4", "专利号："), ("ZL 2016 2 0161392.4", "实用新型专利号："),
    ("ZL 2019 3 0267772.5", "外观设计专利号："), ("ZL202110377287.X", "发明专利："),
    ("ZL2013106997442", "发明专利号："), ("ZL 2008 2 0009767.0", "实用新型专利 "),
    ("00112313.0", "发明专利号："), ("95115608.X", "发明专利号："),
]
BAD = [
    "专利号：ZL 2009 1 0012345.6",        # wrong check character (numbers.md §0)
    "专利号:ZL20101061327.6",             # a digit missing, as found in the wild
    "发明专利号：ZL 2014 4 0026192.6",     # type digit 4
    "发明专利号：89103229.2",              # wrong check on an old number
    "发明专利号：ZL202110377287.x",        # lower-case x
    "授权公告号：CN 116455754 U",          # kind code does not fit the type
    "发明专利：CN116455754A",              # an application publication called a patent
]


def mark_text(rng, template, kind):
    if kind == "any":
        kind = rng.choice(["inv", "um", "des"])
    type_digit = {"inv": "1", "um": "2", "des": "3", "pend": "1", "list": "1"}.get(kind, "1")
    year = rng.randint(2004, 2016)
    digits, c = app_number(rng, year, type_digit)
    d2, c2 = app_number(rng, rng.randint(2004, 2016), "2")
    fields = dict(y=digits[:4], t=digits[4], s=digits[5:], c=c,
                  y2=d2[:4], t2=d2[4], s2=d2[5:], c2=c2, pub=str(rng.randint(101000000, 116999999)))
    text = template.format(**fields)
    if "FULL" in text:
        head, tail = text.split("FULL")
        text = head + tail.translate(FULL).replace(" ", "　")
    return text


def noise(rng):
    return rng.choice(NOISE).format(batch="2024%04d" % rng.randint(1, 9999), exp="2026-%02d" % rng.randint(1, 12),
                                    n4="%04d" % rng.randint(0, 9999), n11="%011d" % rng.randint(0, 10**11 - 1),
                                    yy="%02d" % rng.randint(15, 24))


def cn_packaging(rng):
    rows = []
    for i in range(240):
        company, address = COMPANIES[i % 3]
        product = rng.choice(DRUGS if i % 3 != 2 else DEVICES)
        parts = [product, noise(rng)]
        roll = i % 8
        if roll in (1, 3, 5):
            template, kind = MARKS[(i // 8 + roll) % len(MARKS)]
            parts.append(mark_text(rng, template, kind))
        elif roll == 6 and i // 8 < len(REAL):
            number, label = REAL[i // 8]
            parts.append(label + number)
        elif roll == 7 and i // 8 < len(BAD):
            parts.append(BAD[i // 8])
        parts.append(noise(rng))
        rows.append(["P%04d" % (i + 1), company, address, product, "2016-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
                     " ".join(parts)])
    return rows


# Imported drugs and devices: the marking forms of numbers.md §5.2-5.5 with
# generated numbers (valid check digits where offices have them), malformed and
# out-of-range numbers, and the look-alikes of imported packaging.
IMPORTERS = [
    ("Shanghai MedTech Import Co., Ltd.", "上海市浦东新区张江路100号"),
    ("苏州华康医疗器械有限公司", "苏州市吴中经济开发区塔韵路178号"),
    ("Acme Medical Devices Inc.", "100 Main Street, Springfield, OH 45501, USA"),
    ("Nippon Iryo K.K.", "東京都千代田区丸の内1-1-1"),
]
IMPORTED = ["Blood glucose meter", "Pulse oximeter", "Insulin pen needles", "Knee brace", "Nebulizer",
            "Infusion set", "Hearing aid", "Contact lens solution", "Inhaler", "Wound dressing"]
FOREIGN_NOISE = [
    "Model {n7}", "REF {n7} QTY 10", "Lot {n7} Exp. 2027-{mm}", "ISO 13485:2016 certified", "FDA 510(k) K{n6}",
    "CE 0123", "NDC {n5}-{n3}-{n2}", "UDI (01)0081234567{n4}", "Tel. +1 800 555 {n4}", "Made in USA",
    "Rx only", "国械注进2019314{n4}", "Part No. {n3}-{n4}-00", "EN ISO 14971:2019", "Store below 25 °C",
]


def ep_check(digits):
    total = 0
    for i, d in enumerate(digits):
        p = int(d) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return str((10 - total % 10) % 10)


def de_check(digits):
    total = sum(int(d) * w for d, w in zip(reversed(digits), range(2, 100)))
    r = total % 11
    return None if r == 1 else ("0" if r == 0 else str(11 - r))


def grouped(n):
    return "{:,}".format(n)


def foreign_mark(rng, i):
    us = lambda: grouped(rng.randint(7000000, 12400000))
    design = lambda: "D" + grouped(rng.randint(700000, 1050000))
    roll = i % 20
    if roll == 0:
        return "U.S. Pat. No. %s" % us()
    if roll == 1:
        return "Patents: %s; %s; %s and other patents pending." % (us(), us(), design())
    if roll == 2:
        return "Protected by U.S. Pat. Nos. %s B2 and %s. Patents: www.acme-medical.com/patents" % (us(), us())
    if roll == 3:
        return rng.choice(["Pat. Pend.", "Patent pending", "Patents pending"])
    if roll == 4:
        ep = "%02d%06d" % (rng.randint(2, 24), rng.randint(1, 999999))
        return "EP %s B1; European patent application %s.%s" % (
            " ".join(["%d" % rng.randint(1, 3), "%03d" % rng.randint(0, 999), "%03d" % rng.randint(0, 999)]),
            ep, ep_check(ep))
    if roll == 5:
        return "WO %d/%06d A1" % (rng.randint(2005, 2024), rng.randint(1, 199999))
    if roll == 6:
        while True:
            digits = "10%04d%06d" % (rng.randint(2004, 2024), rng.randint(1, 120000))
            c = de_check(digits)
            if c is not None:
                break
        return "DE %s %s %s %s B4 (Aktenzeichen %s %s %s %s.%s)" % (
            digits[:2], digits[2:6], digits[6:9], digits[9:], digits[:2], digits[2:6], digits[6:9], digits[9:], c)
    if roll == 7:
        return "特許第%d号、第%d号" % (rng.randint(5000000, 7600000), rng.randint(5000000, 7600000))
    if roll == 8:
        return rng.choice(["登録実用新案第%d号" % rng.randint(3100000, 3250000),
                           "意匠登録第%d号" % rng.randint(1500000, 1780000),
                           "特願平%d-%06d" % (rng.randint(1, 11), rng.randint(1, 399999)), "特許出願中"])
    if roll == 9:
        return rng.choice(["특허 제10-%07d호" % rng.randint(1000000, 2800000),
                           "실용신안 제20-%07d호" % rng.randint(100000, 500000),
                           "디자인등록 제30-%07d호" % rng.randint(500000, 1300000),
                           "특허출원 제10-%04d-%07d호(심사중)" % (rng.randint(2015, 2024), rng.randint(1, 199999))])
    if roll == 10:
        return rng.choice(["專利證書號 I%06d" % rng.randint(500000, 850000), "中華民國專利 第M%06d號" % rng.randint(500000, 660000),
                           "設計專利 D%06d" % rng.randint(150000, 230000), "專利申請中"])
    if roll == 11:
        return rng.choice(["KR Patent No. 10-%07d" % rng.randint(1000000, 2800000), "TW I%06d" % rng.randint(500000, 850000),
                           "JP %d B2" % rng.randint(6000000, 7600000)])
    if roll == 12:
        return "美国专利 US %s" % us()
    if roll == 13:
        return "Des. Pat. %s" % grouped(rng.randint(700000, 1050000))
    if roll == 14:
        return "US %d/%07d A1 (U.S. Patent Application Publication)" % (rng.randint(2010, 2024), rng.randint(1, 450000))
    if roll == 15:
        return rng.choice(["Plant Pat. %s" % grouped(rng.randint(25000, 35000)), "RE%s" % grouped(rng.randint(45000, 49000)),
                           "Gebrauchsmuster 20 %d %03d %03d" % (rng.randint(2004, 2024), rng.randint(0, 99), rng.randint(0, 999))])
    # Malformed or impossible marks, each with the problem it shows.
    return rng.choice([
        "U.S. Pat. No. 13,250,000",            # beyond the 2026 ceiling
        "U.S. Pat. No. D1,250,000",            # design beyond the ceiling
        "US 7,654,321 A1",                     # application kind on a grant
        "EP 1 234 567 B4",                     # no EP B4
        "European patent application 16000312.7",  # WIPO's example fails the check digit
        "DE 10 2007 004 488.4",                # wrong check digit
        "특허 제40-1234567호",                   # right-type code 40 is a trade mark
        "專利證書號 I12345",                     # 5 digits
        "WO 2031/123456",                      # year after the inspection
        "特願平45-179521",                       # Heisei 45 never was
        "실용신안 제10-1234567호",               # words say utility model, the code says patent
    ])


def foreign_packaging(rng):
    rows = []
    for i in range(160):
        company, address = IMPORTERS[i % len(IMPORTERS)]
        product = rng.choice(IMPORTED)
        fields = dict(n7="%07d" % rng.randint(0, 9999999), n6="%06d" % rng.randint(0, 999999),
                      n5="%05d" % rng.randint(0, 99999), n4="%04d" % rng.randint(0, 9999),
                      n3="%03d" % rng.randint(0, 999), n2="%02d" % rng.randint(0, 99), mm="%02d" % rng.randint(1, 12))
        parts = [product, rng.choice(FOREIGN_NOISE).format(**fields)]
        if i % 7 != 6:  # one row in seven carries no mark
            parts.append(foreign_mark(rng, i))
        parts.append(rng.choice(FOREIGN_NOISE).format(**fields))
        rows.append(["F%04d" % (i + 1), company, address, product,
                     "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)), " ".join(parts)])
    return rows


def write_csv(path, header, rows, encoding="utf-8", bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    data = buf.getvalue().encode(encoding)
    with open(path, "wb") as f:
        f.write((b"\xef\xbb\xbf" if bom else b"") + data)


def main():
    rng = random.Random(20170429)
    os.makedirs(os.path.join(ROOT, "catalogs"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "records"), exist_ok=True)
    header = ["id", "company", "address", "product", "production_date", "box_text"]
    write_csv(os.path.join(ROOT, "catalogs", "cn-packaging.csv"), header, cn_packaging(rng))
    write_csv(os.path.join(ROOT, "catalogs", "foreign-packaging.csv"), header,
              foreign_packaging(random.Random(20170430)))

    small = [["G1", COMPANIES[0][0], "板蓝根颗粒", "发明专利号：ZL 2014 1 0026192.3 批号20160412"],
             ["G2", COMPANIES[1][0], "医用外科口罩", "实用新型专利：ZL201620161392.4，粤械注准20192140123"],
             ["G3", COMPANIES[2][0], "电子血压计", "外观设计专利号：ＺＬ　２０１９　３　０２６７７７２．５"],
             ["G4", COMPANIES[2][0], "红外体温计", "无专利标记"]]
    write_csv(os.path.join(ROOT, "records", "gb18030.csv"), ["id", "company", "product", "box_text"], small, "gb18030")
    write_csv(os.path.join(ROOT, "records", "utf8-bom.csv"), ["id", "company", "product", "box_text"], small, bom=True)

    with open(os.path.join(ROOT, "records", "nested.jsonl"), "w", encoding="utf-8") as f:
        for rec in [
            {"id": "J1", "company": COMPANIES[0][0], "package": {"front": "复方丹参片", "back": "专利号：ZL 2014 1 0026192.3"},
             "inserts": ["说明书", "发明专利申请号：202410040777.4（专利申请，尚未授权）"]},
            {"id": 2, "company": COMPANIES[1][0], "package": {"front": "板蓝根颗粒 国药准字Z44020211"}},
            {"company": COMPANIES[2][0], "label": "实用新型专利号：ZL 2016 2 0161392.4、ZL 2008 2 0009767.0"},
        ]:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    with open(os.path.join(ROOT, "records", "bad.csv"), "wb") as f:
        f.write("id,company,box_text\n".encode())
        f.write("1,甲公司,专利号：ZL 2014 1 0026192.3\n".encode())
        f.write("2,乙公司\n".encode())                                   # ragged
        f.write("3,丙公司,NUL\x00在这里 ZL201620161392.4\n".encode())     # NUL byte
        f.write(b"4,\xff\xfe,\xe4\xb8\x93\xe5\x88\xa9\xe5\x8f\xb7 ZL201930267772.5\n")  # invalid bytes
        f.write("5,丁公司,\"引号没有关闭 发明专利 ZL 2016 2 0161392.4".encode())     # unclosed at EOF
    open(os.path.join(ROOT, "records", "empty.csv"), "wb").close()
    with open(os.path.join(ROOT, "records", "header-only.csv"), "wb") as f:
        f.write(b"id,company,box_text\n")


if __name__ == "__main__":
    main()
