#!/usr/bin/env python3
"""test_score.py: self-tests of score.py on tiny inline examples.

Run: python3 tests/annotated/test_score.py  (exit status non-zero on failure)
"""

import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # leave no __pycache__ in the source tree
import score  # noqa: E402

ARTICLE = (
    "Home > News\n"
    "Updated: 2019-10-17\n"
    "Sales rose 25 percent to 104 million (US$14.65 million) last year. "
    "Tongxiang has 2,507 4G base stations. Growth was 5 percent, "
    "and exports grew 5 percent too. Visits took five to six hours.\n"
)


def fig(doc="a.txt", text=None, value=0, unit="%", **kw):
    f = {"doc": doc, "value": value, "unit": unit}
    if text is not None:
        f["text"] = text
    f.update(kw)
    return f


class Files:
    """A temporary folder with helpers to write JSONL, JSON and articles."""

    def __init__(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def path(self, name):
        return os.path.join(self.dir, name)

    def jsonl(self, name, rows):
        with open(self.path(name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write((r if isinstance(r, str) else json.dumps(r)) + "\n")
        return self.path(name)

    def text(self, name, body):
        with open(self.path(name), "w", encoding="utf-8") as f:
            f.write(body)
        return self.path(name)

    def close(self):
        self.tmp.cleanup()


def run_main(argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = score.main(argv)
    return rc, out.getvalue(), err.getvalue()


def gold_rows(*rows):
    """Gold rows as read_jsonl would return them."""
    out = []
    for i, r in enumerate(rows):
        r = dict(r)
        r.setdefault("occurrence", 1)
        r["_line"], r["_index"] = i + 1, i
        out.append(r)
    return out


def pred_rows(*rows):
    out = []
    for i, r in enumerate(rows):
        r = dict(r)
        r["_line"], r["_index"] = i + 1, i
        out.append(r)
    return out


class TestMatching(unittest.TestCase):
    def test_value_and_unit_must_agree(self):
        g = gold_rows(fig(text="5 percent", value=5, unit="%"))[0]
        self.assertTrue(score.compatible(g, fig(value=5, unit="%")))
        self.assertTrue(score.compatible(g, fig(value=5 * (1 + 1e-9), unit="%")))
        self.assertFalse(score.compatible(g, fig(value=5.01, unit="%")))
        self.assertFalse(score.compatible(g, fig(value=5, unit="pp")))

    def test_ranges_compare_low_and_high(self):
        g = fig(text="five to six hours", value=5, low=5, high=6, unit="hour")
        self.assertTrue(score.compatible(
            g, fig(value=5, low=5, high=6, unit="hour")))
        self.assertFalse(score.compatible(
            g, fig(value=5, low=5, high=7, unit="hour")))
        self.assertFalse(score.compatible(g, fig(value=5, unit="hour")))
        self.assertFalse(score.compatible(
            fig(value=5, unit="hour"), fig(value=5, low=5, high=6, unit="hour")))

    def test_one_to_one(self):
        gold = gold_rows(fig(text="5 percent", value=5),
                         fig(text="5 percent", value=5, occurrence=2))
        res = score.score(gold, pred_rows(fig(text="5 percent", value=5)))
        self.assertEqual(res["matched"], 1)
        self.assertEqual(len(res["misses"]), 1)
        res = score.score(gold[:1], pred_rows(fig(value=5), fig(value=5)))
        self.assertEqual(res["matched"], 1)
        self.assertEqual(len(res["false_positives"]), 1)

    def test_overlapping_span_is_preferred(self):
        # Two gold "5 percent" with different roles; the prediction at the
        # second position must take the second gold figure.
        gold = gold_rows(
            fig(text="5 percent", value=5, role="change", subject="A"),
            fig(text="5 percent", value=5, occurrence=2, role="share",
                subject="B"))
        score.locate_gold(gold, {"a.txt": ARTICLE})
        self.assertLess(gold[0]["_start"], gold[1]["_start"])
        p = fig(text="5 percent", value=5, role="share", subject="B",
                start=gold[1]["_start"], end=gold[1]["_end"])
        res = score.score(gold, pred_rows(p))
        self.assertEqual(res["matched"], 1)
        self.assertEqual(res["role"], 1.0)
        self.assertEqual(res["subject"], 1.0)
        self.assertEqual(res["misses"][0]["start"], gold[0]["_start"])

    def test_overlap_beats_distance(self):
        art = "It took five to six hours (5-6 hours) in all."
        gold = gold_rows(
            fig(text="five to six hours", value=5, low=5, high=6, unit="hour",
                role="level"),
            fig(text="5-6 hours", value=5, low=5, high=6, unit="hour",
                role="change"))
        score.locate_gold(gold, {"a.txt": art})
        start = art.index("hours")  # inside the first span, nearer the second
        p = fig(text="hours", value=5, low=5, high=6, unit="hour",
                role="level", start=start, end=start + 5)
        res = score.score(gold, pred_rows(p))
        self.assertEqual(res["role"], 1.0)

    def test_equal_text_preferred_without_positions(self):
        gold = gold_rows(fig(text="5 percent", value=5, role="change"),
                         fig(text="5.0%", value=5, role="share"))
        res = score.score(gold, pred_rows(
            fig(text="5.0%", value=5, role="share")))
        self.assertEqual(res["role"], 1.0)

    def test_docs_compared_by_file_name(self):
        f = Files()
        try:
            g = f.jsonl("g.jsonl", [fig(doc="a.txt", text="5 percent",
                                        value=5, role="level",
                                        occurrence=1)])
            p = f.jsonl("p.jsonl", [fig(doc="corpus/a.txt", value=5),
                                    fig(doc="b.txt", value=5)])
            rc, out, _ = run_main([g, p, "--json"])
            self.assertEqual(rc, 0)
            res = json.loads(out)
            self.assertEqual((res["matched"], res["predicted"]), (1, 2))
        finally:
            f.close()


class TestMath(unittest.TestCase):
    def test_precision_recall_f1(self):
        gold = gold_rows(fig(text="5 percent", value=5),
                         fig(text="6 percent", value=6),
                         fig(text="7 percent", value=7))
        pred = pred_rows(fig(value=5), fig(value=8))
        res = score.score(gold, pred)
        self.assertEqual(res["matched"], 1)
        self.assertAlmostEqual(res["precision"], 0.5)
        self.assertAlmostEqual(res["recall"], 0.3333, places=4)
        self.assertAlmostEqual(res["f1"], 0.4)
        self.assertEqual(res["per_unit"]["%"]["gold"], 3)

    def test_empty_sides(self):
        res = score.score(gold_rows(fig(text="5 percent", value=5)), [])
        self.assertEqual((res["precision"], res["recall"], res["f1"]),
                         (1.0, 0.0, 0.0))
        self.assertIsNone(res["role"])
        res = score.score([], pred_rows(fig(value=5)))
        self.assertEqual((res["precision"], res["recall"]), (0.0, 1.0))

    def test_attributes(self):
        gold = gold_rows(
            fig(text="1", value=1, role="level", period=2019, subject="U.S.",
                approx="about", implicit=True, unit="CNY"),
            fig(text="2", value=2, role="change", unit="CNY"),
            fig(text="3", value=3, role="share", period=2020, unit="CNY"))
        pred = pred_rows(
            fig(value=1, role="level", period=2019, subject="us",
                approx="about", implicit=True, unit="CNY"),
            fig(value=2, role="level", period=None, subject=None,
                approx=None, implicit=False, unit="CNY"),
            fig(value=3, role="share", period=0, unit="CNY"))
        res = score.score(gold, pred)
        self.assertAlmostEqual(res["role"], 0.6667, places=4)
        self.assertAlmostEqual(res["period"], 0.6667, places=4)  # 0 = absent
        self.assertEqual(res["subject"], 1.0)   # case and dots ignored
        self.assertEqual(res["approx"], 1.0)
        self.assertEqual(res["implicit"], 1.0)
        self.assertEqual(len(res["attribute_mismatches"]), 2)

    def test_subject_by_gazetteer_name(self):
        # one place written two ways is one subject; two places are two
        gold = gold_rows(
            fig(text="1", value=1, subject="\u4e1c\u839e"),       # 东莞
            fig(text="2", value=2, subject="Zhejiang Province"),
            fig(text="3", value=3, subject="Hangzhou"),
            fig(text="4", value=4, subject="Lanxin Global"))
        pred = pred_rows(
            fig(value=1, subject="Dongguan"),
            fig(value=2, subject="Zhejiang"),
            fig(value=3, subject="Zhejiang"),
            fig(value=4, subject="lanxin global"))
        res = score.score(gold, pred)
        self.assertEqual(res["subject"], 0.75)


class TestFloorAndOutput(unittest.TestCase):
    def setUp(self):
        self.f = Files()
        self.gold = self.f.jsonl("g.jsonl", [
            fig(text="5 percent", value=5, role="change", occurrence=1),
            fig(text="6 percent", value=6, role="share", occurrence=1)])
        self.pred = self.f.jsonl("p.jsonl", [
            fig(value=5, role="level"), fig(value=6, role="share")])

    def tearDown(self):
        self.f.close()

    def test_floor_failure_names_metrics(self):
        floor = self.f.text("floor.json", '{"f1": 0.9, "role": 0.8}')
        rc, out, err = run_main([self.gold, self.pred, "--floor", floor])
        self.assertEqual(rc, 1)
        self.assertIn("below floor", err)
        self.assertIn("role 0.500 < 0.800", err)
        self.assertNotIn("f1", err)
        self.assertIn("f1 1.000", out)

    def test_floor_met(self):
        floor = self.f.text("floor.json", '{"f1": 1.0, "role": 0.5}')
        rc, _, err = run_main([self.gold, self.pred, "--floor", floor])
        self.assertEqual((rc, err), (0, ""))

    def test_bad_floor(self):
        for body in ('{"accuracy": 0.5}', '{"f1": 2}', "[0.5]", "{"):
            floor = self.f.text("floor.json", body)
            rc, _, err = run_main([self.gold, self.pred, "--floor", floor])
            self.assertEqual(rc, 2, body)
            self.assertIn("floor.json", err)

    def test_json_and_verbose(self):
        rc, out, _ = run_main([self.gold, self.pred, "--json"])
        res = json.loads(out)
        self.assertEqual(rc, 0)
        self.assertNotIn("misses", res)
        for k in score.METRICS + ("per_unit", "per_doc"):
            self.assertIn(k, res)
        rc, out, _ = run_main([self.gold, self.pred, "--json", "--verbose"])
        self.assertEqual(json.loads(out)["attribute_mismatches"][0]["attr"],
                         "role")
        rc, out, _ = run_main([self.gold, self.pred, "--verbose"])
        self.assertIn("attribute mismatches (1)", out)
        self.assertIn("a.txt", out)


class TestMalformed(unittest.TestCase):
    def setUp(self):
        self.f = Files()
        self.good = self.f.jsonl("good.jsonl", [
            fig(text="5 percent", value=5, role="level", occurrence=1)])

    def tearDown(self):
        self.f.close()

    def check(self, rows, needle):
        bad = self.f.jsonl("bad.jsonl", rows)
        rc, _, err = run_main([self.good, bad])
        self.assertEqual(rc, 2, err)
        self.assertIn("bad.jsonl:%s" % needle, err)
        self.assertEqual(len(err.strip().splitlines()), 1, err)

    def test_not_json(self):
        self.check([fig(value=5), "{not json"], "2: not valid JSON")

    def test_not_object(self):
        self.check(["", "[1, 2]"], "2: not a JSON object")

    def test_missing_or_wrong_fields(self):
        self.check([{"doc": "a.txt", "unit": "%"}], "1: field 'value'")
        self.check([{"doc": "a.txt", "value": "5", "unit": "%"}],
                   "1: field 'value'")
        self.check([fig(value=5, unit="")], "1: field 'unit'")
        self.check([fig(value=5, period="2019")], "1: field 'period'")
        self.check([fig(value=5, low=1)], "1: fields 'low' and 'high'")
        self.check([fig(value=5, implicit="yes")], "1: field 'implicit'")

    def test_gold_needs_text(self):
        bad = self.f.jsonl("bad.jsonl", [fig(value=5)])
        rc, _, err = run_main([bad, self.good])
        self.assertEqual(rc, 2)
        self.assertIn("bad.jsonl:1: field 'text'", err)

    def test_not_utf8(self):
        path = self.f.path("bad.jsonl")
        with open(path, "wb") as f:
            f.write(b'{"doc": "a.txt"}\n{"doc": "\xff"}\n')
        rc, _, err = run_main([self.good, path])
        self.assertEqual(rc, 2)
        self.assertIn("bad.jsonl:2: not valid UTF-8", err)

    def test_usage(self):
        for argv in ([], [self.good], [self.good, self.good, self.good],
                     [self.good, self.good, "--bogus"],
                     [self.good, self.good, "--floor"],
                     [self.good, "--validate", self.f.path("nodir")]):
            rc, _, err = run_main(argv)
            self.assertEqual(rc, 2, argv)
            self.assertIn("usage:", err)

    def test_unreadable(self):
        rc, _, err = run_main([self.good, self.f.path("missing.jsonl")])
        self.assertEqual(rc, 2)
        self.assertIn("missing.jsonl: cannot read", err)

    def test_exit_status_from_command_line(self):
        bad = self.f.jsonl("bad.jsonl", ["nope"])
        proc = subprocess.run(
            [sys.executable, os.path.join(HERE, "score.py"), self.good, bad],
            capture_output=True, text=True)
        self.assertEqual(proc.returncode, 2)
        self.assertIn("bad.jsonl:1", proc.stderr)


class TestValidate(unittest.TestCase):
    def setUp(self):
        self.f = Files()
        os.mkdir(self.f.path("arts"))
        self.arts = self.f.path("arts")
        with open(os.path.join(self.arts, "a.txt"), "w",
                  encoding="utf-8") as fh:
            fh.write(ARTICLE)

    def tearDown(self):
        self.f.close()

    def validate(self, rows):
        g = self.f.jsonl("g.jsonl", rows)
        return run_main([g, "--validate", self.arts])

    def base(self, **kw):
        f = fig(text="25 percent", value=25, unit="%", role="change",
                period=2018, occurrence=1)
        f.update(kw)
        return f

    def test_clean_gold(self):
        rc, out, err = self.validate([
            self.base(),
            fig(text="104 million", value=104e6, unit="CNY", role="level",
                implicit=True, occurrence=1),
            fig(text="US$14.65 million", value=14.65e6, unit="USD",
                role="level", occurrence=1),
            fig(text="2,507 4G base stations", value=2507, unit="count",
                noun="4G base stations", role="level", occurrence=1),
            fig(text="5 percent", value=5, role="change", occurrence=2),
            fig(text="five to six hours", value=5, low=5, high=6,
                unit="hour", role="level", occurrence=1)])
        self.assertEqual((rc, err), (0, ""))
        self.assertIn("gold OK: 6 figures", out)

    def test_problems(self):
        cases = [
            (self.base(text="26 percent"), "not found"),
            (self.base(text="5 percent", value=5, occurrence=3), "not found"),
            (self.base(value=2.5), "cannot be read"),
            (self.base(unit="pp"), "the text says %"),
            (self.base(role="growth"), "role"),
            (self.base(approx="roughly"), "approx"),
            (self.base(period=19), "plausible year"),
            (fig(text="104 million", value=104e6, unit="CNY", role="level",
                 occurrence=1), "set 'implicit'"),
            (fig(text="US$14.65 million", value=14.65e6, unit="USD",
                 role="level", implicit=True, occurrence=1), "names its unit"),
            (fig(text="2,507 4G base stations", value=2507, unit="count",
                 role="level", occurrence=1), "needs a 'noun'"),
            (fig(text="five to six hours", value=6, low=5, high=6,
                 unit="hour", role="level", occurrence=1), "low end"),
            (self.base(doc="zz.txt"), "no article"),
        ]
        for row, needle in cases:
            rc, _, err = self.validate([row])
            self.assertEqual(rc, 1, (row, err))
            self.assertIn(needle, err, row)

    def test_more_currencies_and_scales(self):
        # implicit baht, ringgit and rupiah; 円 names yen; a table header
        # in 10,000 or 100 million yuan scales an implicit cell
        with open(os.path.join(self.arts, "b.txt"), "w",
                  encoding="utf-8") as fh:
            fh.write("The rate was 32.65 per dollar. Sales: 45兆円.\n"
                     "Item (RMB 10,000)   1,250.5\n"
                     "Item (100 million yuan)   3.2\n")
        rows = [fig(doc="b.txt", text="32.65", value=32.65, unit="THB",
                    role="level", implicit=True, occurrence=1),
                fig(doc="b.txt", text="1,250.5", value=12505000,
                    unit="CNY", role="level", implicit=True, occurrence=1),
                fig(doc="b.txt", text="3.2", value=320000000, unit="CNY",
                    role="level", implicit=True, occurrence=1)]
        rc, out, err = self.validate(rows)
        self.assertEqual((rc, err), (0, ""))
        rc, _, err = self.validate([fig(doc="b.txt", text="45兆円",
                                        value=45e12, unit="CNY",
                                        role="level", occurrence=1)])
        self.assertEqual(rc, 1)
        self.assertIn("the text says JPY", err)

    def test_words_that_name_several_currencies(self):
        # "Rs" and "pesos" name the currency of the outlet's country; a
        # currency the word cannot name is still refused
        with open(os.path.join(self.arts, "c.txt"), "w",
                  encoding="utf-8") as fh:
            fh.write("Karachi got Rs 40 billion; Manila 12 billion pesos;"
                     " Almaty 90 billion tenge; Sydney $5 billion.\n")
        ok = [fig(doc="c.txt", text="Rs 40 billion", value=40e9, unit="PKR",
                  role="level", occurrence=1),
              fig(doc="c.txt", text="12 billion pesos", value=12e9,
                  unit="PHP", role="level", occurrence=1),
              fig(doc="c.txt", text="90 billion tenge", value=90e9,
                  unit="KZT", role="level", occurrence=1),
              fig(doc="c.txt", text="$5 billion", value=5e9,
                  unit="AUD", role="level", occurrence=1)]
        rc, out, err = self.validate(ok)
        self.assertEqual((rc, err), (0, ""))
        rc, _, err = self.validate([fig(doc="c.txt", text="Rs 40 billion",
                                        value=40e9, unit="EUR",
                                        role="level", occurrence=1)])
        self.assertEqual(rc, 1)
        self.assertIn("the text says INR PKR LKR NPR but unit is EUR", err)

    def test_chinese_currency_names_and_dirhams(self):
        # 美元, 港元, 欧元 and 日元 are not yuan though they end in 元;
        # "Dh312bn" is in dirhams
        with open(os.path.join(self.arts, "d.txt"), "w",
                  encoding="utf-8") as fh:
            fh.write("出口58.7亿美元，投资3亿欧元，营收12亿元。"
                     " Trade reached Dh312bn; Tk 122; R40 billion; 21pc.\n")
        ok = [fig(doc="d.txt", text="58.7亿美元", value=5.87e9, unit="USD",
                  role="level", occurrence=1),
              fig(doc="d.txt", text="3亿欧元", value=3e8, unit="EUR",
                  role="level", occurrence=1),
              fig(doc="d.txt", text="12亿元", value=1.2e9, unit="CNY",
                  role="level", occurrence=1),
              fig(doc="d.txt", text="Dh312bn", value=312e9, unit="AED",
                  role="level", occurrence=1),
              fig(doc="d.txt", text="Tk 122", value=122, unit="BDT",
                  role="level", occurrence=1),
              fig(doc="d.txt", text="R40 billion", value=40e9, unit="ZAR",
                  role="level", occurrence=1),
              fig(doc="d.txt", text="21pc", value=21, unit="%",
                  role="level", occurrence=1)]
        rc, out, err = self.validate(ok)
        self.assertEqual((rc, err), (0, ""))
        rc, _, err = self.validate([fig(doc="d.txt", text="58.7亿美元",
                                        value=5.87e9, unit="CNY",
                                        role="level", occurrence=1)])
        self.assertEqual(rc, 1)
        self.assertIn("the text says USD", err)

    def test_duplicates_and_overlaps(self):
        rc, _, err = self.validate([self.base(), self.base()])
        self.assertEqual(rc, 1)
        self.assertIn("same text and occurrence", err)
        rc, _, err = self.validate([
            fig(text="2,507 4G base stations", value=2507, unit="count",
                noun="4G base stations", role="level", occurrence=1),
            fig(text="2,507", value=2507, unit="count", noun="stations",
                role="level", occurrence=1)])
        self.assertEqual(rc, 1)
        self.assertIn("overlaps", err)

    def test_validate_gives_positions_for_matching(self):
        g = self.f.jsonl("g.jsonl", [
            fig(text="5 percent", value=5, role="change", subject="growth",
                occurrence=1),
            fig(text="5 percent", value=5, role="level", subject="exports",
                occurrence=2)])
        start = len(ARTICLE[:ARTICLE.rindex("5 percent")].encode("utf-8"))
        p = self.f.jsonl("p.jsonl", [fig(text="5 percent", value=5,
                                         role="level", subject="exports",
                                         start=start, end=start + 9)])
        rc, out, _ = run_main([g, p, "--validate", self.arts, "--json"])
        res = json.loads(out)
        self.assertEqual((rc, res["matched"], res["role"], res["subject"]),
                         (0, 1, 1.0, 1.0))


class TestTextHelpers(unittest.TestCase):
    def test_whole_matches(self):
        hay = "up 2.5 percent, 25 percent, US$5 billion, $5 billion, 5 percent"
        self.assertEqual(score.count_occurrences(hay, "5 percent"), 1)
        self.assertEqual(score.count_occurrences(hay, "$5 billion"), 1)
        self.assertEqual(score.count_occurrences("增长27.3%", "27.3%"), 1)
        self.assertEqual(score.count_occurrences("5-6 percent", "6 percent"),
                         0)
        self.assertEqual(score.count_occurrences("5.5 percent, 5,000 jobs",
                                                 "5"), 0)
        self.assertEqual(score.find_occurrence("a 5 b 5 c", "5", 2), (6, 7))

    def test_text_values(self):
        cases = {"37.73 billion yuan": 37.73e9, "£1.9bn": 1.9e9,
                 "₹18.23 lakh crore": 18.23e12, "218.7亿元": 218.7e8,
                 "3.6万人": 3.6e4, "250k": 250e3, "twenty-two productions": 22,
                 "twice": 2, "tenfold": 10, "12 cents": 0.12,
                 "−0.1%": -0.1, "7.92 mln tonnes": 7.92e6}
        for text, want in cases.items():
            vals = score.text_values(text)
            self.assertTrue(any(score.close(v, want) for v in vals),
                            (text, vals))


if __name__ == "__main__":
    unittest.main()
