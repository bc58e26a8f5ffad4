#!/usr/bin/env python3
"""Deterministic synthetic news corpus for clusterkg benchmarks.

Writes JSONL articles (id, title, date, url, text) of about 1-3 KB each,
built from our own sentence templates over the bundled gazetteer
(data/places) and sector lexicon (data/lexicon). Entities are drawn from
fixed pools with a skewed (Zipf-like) distribution, so popular companies,
funds and clusters recur across articles under full and short names, and
the number of distinct entities grows more slowly than the corpus.

    /usr/bin/python3 bench/gen_corpus.py --mb 10 --seed 1 -o corpus.jsonl
"""
import argparse
import csv
import json
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SYLLABLES = list("星河恒瑞华创新源博远智航中科天合卓越联汇启明泰康正道鼎盛长丰信达宏图睿驰海纳金桥晨光云帆")
FIELDS = ["智能科技", "新能源", "生物医药", "精密机械", "半导体", "新材料", "数字科技", "储能技术", "汽车零部件", "航空科技"]
SUFFIXES = ["有限公司", "股份有限公司", "集团有限公司"]
FUND_WORDS = ["产业投资基金", "创业投资基金", "产业发展基金"]
FILLER = [
    "业内人士认为，产业链上下游协同将是下一阶段竞争的关键。",
    "会上还发布了一批应用场景清单，涵盖制造、交通和城市治理等领域。",
    "多位企业负责人表示，将继续加大研发投入，提升核心部件的自主供给能力。",
    "与会专家围绕技术路线、标准制定和人才培养等议题进行了交流。",
    "下一步，当地将持续优化营商环境，推动重点项目早开工、早投产。",
    "记者在现场看到，多条自动化产线正在满负荷运转。",
    "据了解，相关配套政策将在年内陆续出台。",
    "活动期间，主办方组织了项目路演和供需对接。",
]


def load_places():
    cities, districts = [], {}
    path = os.path.join(ROOT, "data", "places", "china_admin_divisions.csv")
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["level"] == "city" and row["name"].endswith("市"):
                cities.append(row)
            elif row["level"] == "district":
                districts.setdefault(row["parent_code"], []).append(row)
    cities = [c for c in cities if districts.get(c["code"])]
    cities.sort(key=lambda r: r["code"])
    return cities, districts


def load_sectors():
    out = []
    path = os.path.join(ROOT, "data", "lexicon", "sectors.tsv")
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            name = row["name"]
            if name and row.get("context", "") != "strict" and len(name) >= 3:
                out.append(name)
    return sorted(set(out))


class Pools:
    def __init__(self, rng, cities, districts, sectors, n_companies, n_funds):
        self.rng = rng
        self.cities, self.districts, self.sectors = cities, districts, sectors
        self.companies = []
        seen = set()
        while len(self.companies) < n_companies:
            city = rng.choice(cities)
            short = city["short_name"] or city["name"][:-1]
            core = rng.choice(SYLLABLES) + rng.choice(SYLLABLES)
            full = short + core + rng.choice(FIELDS) + rng.choice(SUFFIXES)
            if full in seen:
                continue
            seen.add(full)
            self.companies.append((full, short + core, city))
        self.funds = []
        for i in range(n_funds):
            city = rng.choice(cities)
            short = city["short_name"] or city["name"][:-1]
            word = rng.choice(SYLLABLES) + rng.choice(SYLLABLES)
            self.funds.append((short + word + rng.choice(FUND_WORDS), short + word + "基金", city))

    def skewed(self, items):
        # Zipf-like: index ~ n * u^3 favours the head of the pool.
        u = self.rng.random()
        return items[min(len(items) - 1, int(len(items) * u * u * u))]


def article(rng, pools, n):
    city = pools.skewed(pools.cities)
    short = city["short_name"] or city["name"][:-1]
    district = rng.choice(pools.districts[city["code"]])
    sector = pools.skewed(pools.sectors)
    cluster = city["name"] + sector + "产业集群"
    year = rng.randint(2021, 2025)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    date = "%04d-%02d-%02d" % (year, month, day)
    comps = [pools.skewed(pools.companies) for _ in range(rng.randint(2, 5))]
    fund = pools.skewed(pools.funds)
    s = []
    s.append("%d月%d日，%s%s产业发展推进会在%s召开。" % (month, day, city["name"], sector, district["name"]))
    s.append("截至%d年底，%s已集聚%s企业%d家，%s实现产值约%d亿元。" %
             (year - 1, city["name"], sector, rng.randint(30, 900), cluster, rng.randint(50, 3000)))
    first = comps[0]
    s.append("%s（以下简称“%s”）总部位于%s%s，是%s的龙头企业。" %
             (first[0], first[1], city["name"], district["name"], cluster))
    s.append("%s宣布投资%d亿元在%s建设%s生产基地项目。" % (first[1], rng.randint(2, 120), district["name"], sector))
    for c in comps[1:]:
        kind = rng.randint(0, 2)
        if kind == 0:
            s.append("%s已成为%s成员单位。" % (c[0], cluster))
        elif kind == 1:
            s.append("%s位于%s%s，主营%s业务。" % (c[0], c[2]["name"], rng.choice(pools.districts[c[2]["code"]])["name"], sector))
        else:
            s.append("%s与%s签署战略合作协议，双方将在%s领域开展联合攻关。" % (c[0], first[1], sector))
        if rng.random() < 0.5:
            s.append(rng.choice(FILLER))
    s.append("%s（以下简称“%s”）由%s与%s人民政府共同发起设立，总规模%d亿元。" %
             (fund[0], fund[1], comps[-1][0], city["name"], rng.randint(10, 300)))
    s.append("%s将重点投向%s和%s等方向。" % (fund[1], sector, pools.skewed(pools.sectors)))
    s.append("按照规划，到%d年%s规模力争突破%d亿元。" % (year + rng.randint(2, 5), cluster, rng.randint(500, 6000)))
    while sum(len(x) for x in s) * 3 < rng.randint(1000, 3000):
        s.append(rng.choice(FILLER))
    paras, cur = [], []
    for x in s:
        cur.append(x)
        if len(cur) >= rng.randint(2, 4):
            paras.append("".join(cur))
            cur = []
    if cur:
        paras.append("".join(cur))
    title = "%s%s产业集群加快发展" % (short, sector)
    return {
        "id": "bench-%08d" % n,
        "title": title,
        "date": date,
        "url": "https://news.example.cn/%d/%08d.html" % (year, n),
        "text": "\n\n".join(paras),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, required=True, help="target size in MB (10^6 bytes)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--companies", type=int, default=0, help="company pool (default: grows with sqrt of size)")
    ap.add_argument("-o", "--output", required=True)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    cities, districts = load_places()
    sectors = load_sectors()
    n_companies = a.companies or int(3000 * max(1.0, a.mb) ** 0.5)
    pools = Pools(rng, cities, districts, sectors, n_companies, max(50, n_companies // 20))
    target = int(a.mb * 1e6)
    written = n = 0
    tmp = a.output + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        while written < target:
            line = json.dumps(article(rng, pools, n), ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    os.replace(tmp, a.output)
    print("gen_corpus: %d articles, %.1f MB -> %s" % (n, written / 1e6, a.output), file=sys.stderr)


if __name__ == "__main__":
    main()
