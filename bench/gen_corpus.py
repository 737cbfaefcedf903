#!/usr/bin/env python3
"""Write a synthetic corpus of news-like articles for benchmarks.

usage: gen_corpus.py SIZE_MB OUTDIR [--seed N]

Writes about SIZE_MB megabytes of plain-text articles (3-8 KB each) to
OUTDIR/NN/NNNNNN.txt.  Each article has page furniture (breadcrumbs, a
dateline, a byline, a footer with phone numbers, a licence code and a
URL), a headline and paragraphs mixing ordinary prose with figures in the
forms real reports use: digits with separators and decimals, scale words
(billion, bn, mln), spelled-out numbers, ranges, qualifiers, currencies
before and after the number (US$, $, yuan, RMB, euros, HK$, 元), percent
and percentage points, multipliers, measures, counted nouns, Chinese
scale characters, amounts with a converted amount in brackets; and
things that are not figures (dates, times, ordinals, 4G, phone numbers).

The same SIZE_MB and seed always give the same files, byte for byte, so
benchmark runs are comparable.  Only the standard library is used.
"""
import os
import random
import sys

PLACES = ["Zhejiang", "Jiangsu", "Guangdong", "Sichuan", "Hubei", "Anhui",
          "Hangzhou", "Ningbo", "Jiaxing", "Tongxiang", "Wuzhen", "Yiwu",
          "Shenzhen", "Chengdu", "Wuhan", "Suzhou", "Shanghai", "Beijing",
          "Hong Kong", "Singapore", "Germany", "Kenya", "Brazil", "Vietnam"]
FIRMS = ["Alibaba", "Tencent", "Huawei", "JD.com", "Xiaomi", "Baidu",
         "Tongdun Technology", "H3C", "Ant Group", "ByteDance", "a local "
         "logistics start-up", "a textile cooperative", "the county's "
         "largest dairy"]
METRICS = ["online retail sales", "digital economy output", "operating "
           "income", "total investment", "export volume", "registered "
           "capital", "industrial added value", "tax revenue", "software "
           "revenue", "fixed-asset investment", "e-commerce transaction "
           "volume", "express parcel deliveries", "R&D spending"]
NOUNS = ["enterprises", "start-ups", "5G base stations", "data centers",
         "engineers", "new jobs", "village shops", "online stores",
         "patents", "smart factories", "visitors", "delivery drivers",
         "charging piles", "cloud servers", "registered users"]
PROSE = [
    "Officials said the plan would be reviewed again before winter.",
    "Residents who spoke to reporters described a quieter main street.",
    "The committee has not yet published the full report.",
    "Analysts expect the policy to take some time to show results.",
    "Several firms declined to comment on the figures.",
    "The new rules apply to all companies registered in the zone.",
    "Local schools have added courses on programming and design.",
    "A spokesperson said details would follow in a later statement.",
    "The town's canals still draw crowds on weekends and holidays.",
    "Critics argue that the subsidies favour larger companies.",
    "The project was announced at a press conference on Monday.",
    "Farmers in nearby villages now sell directly to city buyers.",
    "The second phase of the park is still under construction.",
    "Few of the older workshops have moved online so far.",
]
SPELLED = ["two", "three", "four", "five", "six", "seven", "eight", "nine",
           "ten", "twelve", "fifteen", "twenty", "twenty-five", "thirty",
           "forty", "fifty", "a hundred", "two hundred"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


class Writer:
    def __init__(self, rng):
        self.r = rng

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def digits(self, lo, hi, decimals=0):
        v = self.r.uniform(lo, hi)
        if decimals:
            return "{:,.{}f}".format(v, decimals)
        return "{:,}".format(int(v))

    def money(self):
        r = self.r.random()
        amount = self.digits(1, 999, self.r.choice([0, 1, 2]))
        scale = self.pick(["million", "billion", "trillion", "bn", "mln"])
        if r < 0.3:
            usd = self.digits(0.1, 99, 2)
            return "{} {} yuan (US${} {})".format(
                amount, scale, usd, self.pick(["million", "billion"]))
        if r < 0.45:
            return "${} {}".format(amount, scale)
        if r < 0.55:
            return "RMB {} {}".format(amount, scale)
        if r < 0.65:
            return "{} {} euros".format(amount, scale)
        if r < 0.72:
            return "HK${} {}".format(amount, scale)
        if r < 0.8:
            return "{}\u4ebf\u5143".format(self.digits(1, 99, 1))
        if r < 0.88:
            return "{} {} U.S. dollars".format(amount, scale)
        return "{} {} yuan".format(self.pick(SPELLED), scale)

    def qual(self):
        return self.pick(["", "", "", "about ", "over ", "more than ",
                          "nearly ", "at least ", "up to ", "less than ",
                          "around ", "some ", "almost "])

    def year(self):
        return self.r.randrange(2012, 2024)

    def figure_sentence(self):
        p, m, y = self.pick(PLACES), self.pick(METRICS), self.year()
        pct = self.digits(0.5, 60, 1)
        k = self.r.randrange(12)
        if k == 0:
            return ("In {}, {} in {} reached {}{}, up {} percent "
                    "year-on-year.".format(y, m, p, self.qual(), self.money(),
                                           pct))
        if k == 1:
            return ("{}'s {} rose from {} in {} to {} in {}, an average "
                    "annual growth rate of {}%.".format(
                        p, m, self.money(), y - 4, self.money(), y, pct))
        if k == 2:
            return ("By {}, the {} is expected to exceed {}, accounting for "
                    "{} percent of GDP.".format(y + 5, m, self.money(), pct))
        if k == 3:
            return ("{} has built {}{} {} across the {}.".format(
                p, self.qual(), self.digits(100, 90000),
                self.pick(NOUNS), self.pick(["city", "province", "county"])))
        if k == 4:
            return ("Last year, {} hired {} {} and opened {} {}.".format(
                self.pick(FIRMS), self.pick(SPELLED), self.pick(NOUNS),
                self.digits(2, 400), self.pick(NOUNS)))
        if k == 5:
            return ("The share of {} fell {} percentage points to {} per cent "
                    "in the first half of this year.".format(
                        m, self.digits(0.1, 5, 1), pct))
        if k == 6:
            return ("Output was {} times that of {} and grew {}-fold over "
                    "{} years.".format(self.pick(SPELLED[:8]),
                                       self.pick(PLACES),
                                       self.digits(1, 9, 1),
                                       self.pick(SPELLED[:6])))
        if k == 7:
            return ("The zone covers {} square kilometers, with {} "
                    "tonnes of goods shipped and {} kWh of power used.".format(
                        self.digits(10, 900), self.digits(1000, 900000),
                        self.digits(1, 99, 1) + " million"))
        if k == 8:
            return ("Between {} and {} {} are expected, and stays last "
                    "{} to {} days.".format(
                        self.digits(10, 50), self.digits(60, 200),
                        self.pick(NOUNS), self.pick(SPELLED[:4]),
                        self.pick(SPELLED[4:8])))
        if k == 9:
            return ("{} reported {} {} users, {} of them on 4G or 5G "
                    "networks.".format(self.pick(FIRMS),
                                       self.digits(1, 900, 1),
                                       self.pick(["million", "thousand"]),
                                       self.pick(["half", "most", "a third"])))
        if k == 10:
            return ("From January to {} this year, {} totaled {}, while "
                    "margins stayed at {}-{}%.".format(
                        self.pick(MONTHS[2:]), m, self.money(),
                        self.r.randrange(5, 10), self.r.randrange(11, 20)))
        return ("The sixth edition of the fair, held {} {}-{}, drew "
                "{}{} exhibitors from {} countries.".format(
                    self.pick(MONTHS), self.r.randrange(1, 14),
                    self.r.randrange(15, 28), self.qual(),
                    self.digits(200, 3000), self.pick(SPELLED[3:12])))

    def paragraph(self):
        parts = []
        for _ in range(self.r.randrange(2, 6)):
            if self.r.random() < 0.55:
                parts.append(self.figure_sentence())
            else:
                parts.append(self.pick(PROSE))
        return " ".join(parts)

    def article(self, n, target):
        y, mo, d = self.year(), self.r.randrange(1, 13), self.r.randrange(1, 29)
        head = [
            "Home > {} > News".format(self.pick(["Business", "Nation",
                                                 "Tech", "Regions"])),
            "{}-{:02d}-{:02d} {:02d}:{:02d}".format(
                y, mo, d, self.r.randrange(24), self.r.randrange(60)),
            "",
            "{} {} as {} grows".format(self.pick(PLACES),
                                       self.pick(["expands", "invests",
                                                  "bets on tech"]),
                                       self.pick(METRICS)),
            "",
            "By staff reporter | Updated: {} {}, {}".format(
                self.pick(MONTHS), d, y),
            "",
        ]
        body = []
        size = sum(len(x) + 1 for x in head)
        while size < target:
            p = self.paragraph()
            body.append(p)
            body.append("")
            size += len(p) + 2
        foot = [
            "1   2   3   >",
            "Tel: 0086-571-{} Fax: 0086-571-{}".format(
                self.r.randrange(80000000, 89999999),
                self.r.randrange(80000000, 89999999)),
            "Email: desk{}@example.cn  www.example.cn/news/{}/{}.html".format(
                n % 97, y, n),
            "Copyright (c) {} Example Daily. \u4eacICP\u5907{}\u53f7-{}".format(
                y, self.r.randrange(10000000, 99999999), self.r.randrange(1, 40)),
        ]
        return "\n".join(head + body + foot) + "\n"


def main(argv):
    seed = 1
    args = []
    i = 0
    while i < len(argv):
        if argv[i] == "--seed" and i + 1 < len(argv):
            seed = int(argv[i + 1])
            i += 2
        else:
            args.append(argv[i])
            i += 1
    if len(args) != 2:
        sys.stderr.write("usage: gen_corpus.py SIZE_MB OUTDIR [--seed N]\n")
        return 2
    total = int(float(args[0]) * 1000 * 1000)
    out = args[1]
    w = Writer(random.Random(seed))
    written, n = 0, 0
    while written < total:
        text = w.article(n, w.r.randrange(3000, 8000)).encode("utf-8")
        folder = os.path.join(out, "{:02d}".format(n // 1000 % 100))
        if n % 1000 == 0:
            os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "{:06d}.txt".format(n)), "wb") as f:
            f.write(text)
        written += len(text)
        n += 1
    sys.stderr.write("{} articles, {:.1f} MB in {}\n".format(
        n, written / 1e6, out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
