#!/usr/bin/env python3
"""score.py: score extracted figures against the annotated gold set.

    score.py GOLD.jsonl [PREDICTED.jsonl] [--floor FLOOR.json] [--json]
             [--validate ARTICLE_DIR] [--verbose]

GOLD is one JSON object per line as described in tests/annotated/README.md;
PREDICTED is the output of `wicrun extract --format jsonl DIR`.  Within each
document (compared by file name), a predicted figure matches a gold figure
when their units are equal and their values agree within a relative 1e-6
(ranges: low and high too).  Matching is one-to-one; among candidates the
one whose span overlaps (or whose text equals) the gold span wins, then the
nearest one.  Precision, recall and F1 are on value+unit; on the matched
pairs the accuracy of role, period, approx, subject and implicit is given.

--validate DIR checks the gold against the articles in DIR (every text found
at its occurrence, values consistent with their text, fields well formed)
and also gives exact gold positions for matching.  PREDICTED may then be
left out to validate only.

Exit status: 0 fine; 1 a score under its floor or a gold problem found by
--validate; 2 bad usage or unreadable/malformed input.
Python 3 standard library only.
"""

import json
import math
import os
import re
import sys

ROLES = ("level", "change", "share", "target")
APPROX = ("about", "over", "at_least", "nearly", "under", "at_most")
ATTRS = ("role", "period", "approx", "subject", "implicit")
METRICS = ("precision", "recall", "f1") + ATTRS
REL_TOL = 1e-6

PROG = "score.py"


class InputError(Exception):
    """Unreadable or malformed input: exit status 2."""


class UsageError(InputError):
    """Bad command line: exit status 2, with the usage line."""


# ---------------------------------------------------------------- reading


def _is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool) \
        and math.isfinite(v)


def _opt(obj, key):
    """The value of an optional field; JSON null (and a NaN low/high, which
    is how the C side marks 'not a range') counts as absent."""
    v = obj.get(key)
    if isinstance(v, float) and math.isnan(v) and key in ("low", "high"):
        return None
    return v


def _check_fields(obj, where, gold):
    def bad(msg):
        raise InputError("%s: %s" % (where, msg))

    for key in ("doc", "unit"):
        if not isinstance(obj.get(key), str) or not obj[key]:
            bad("field '%s' must be a non-empty string" % key)
    if not _is_number(obj.get("value")):
        bad("field 'value' must be a finite number")
    if gold and (not isinstance(obj.get("text"), str) or not obj["text"]):
        bad("field 'text' must be a non-empty string")
    for key in ("text", "noun", "approx", "role", "subject", "metric"):
        v = _opt(obj, key)
        if v is not None and not isinstance(v, str):
            bad("field '%s' must be a string" % key)
    for key in ("low", "high"):
        v = _opt(obj, key)
        if v is not None and not _is_number(v):
            bad("field '%s' must be a finite number" % key)
    if (_opt(obj, "low") is None) != (_opt(obj, "high") is None):
        bad("fields 'low' and 'high' go together")
    v = _opt(obj, "period")
    if v is not None and not (_is_number(v) and float(v).is_integer()):
        bad("field 'period' must be an integer year")
    v = _opt(obj, "implicit")
    if v is not None and not isinstance(v, bool):
        bad("field 'implicit' must be true or false")
    for key in ("start", "end", "occurrence", "pair"):
        v = _opt(obj, key)
        if v is not None and not (isinstance(v, int)
                                  and not isinstance(v, bool)):
            bad("field '%s' must be an integer" % key)
    if gold and _opt(obj, "occurrence") is not None and obj["occurrence"] < 1:
        bad("field 'occurrence' must be 1 or more")


def read_jsonl(path, gold):
    """A list of figure dicts; raises InputError naming file and line."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        raise InputError("%s: cannot read: %s" % (path, e.strerror or e))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[:e.start].count(b"\n") + 1
        raise InputError("%s:%d: not valid UTF-8" % (path, line))
    out = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = "%s:%d" % (path, n)
        try:
            obj = json.loads(line)
        except ValueError as e:
            raise InputError("%s: not valid JSON (%s)" % (where, e.msg))
        if not isinstance(obj, dict):
            raise InputError("%s: not a JSON object" % where)
        _check_fields(obj, where, gold)
        fig = dict(obj)
        fig["doc"] = os.path.basename(obj["doc"].replace("\\", "/"))
        fig["_line"] = n
        fig["_index"] = len(out)
        out.append(fig)
    return out


def read_floor(path):
    try:
        with open(path, encoding="utf-8") as f:
            floor = json.load(f)
    except OSError as e:
        raise InputError("%s: cannot read: %s" % (path, e.strerror or e))
    except ValueError as e:
        raise InputError("%s:%d: not valid JSON (%s)"
                         % (path, getattr(e, "lineno", 1),
                            getattr(e, "msg", e)))
    if not isinstance(floor, dict):
        raise InputError("%s:1: the floor must be a JSON object" % path)
    for key, v in floor.items():
        if key not in METRICS:
            raise InputError("%s:1: unknown metric '%s' (known: %s)"
                             % (path, key, ", ".join(METRICS)))
        if not _is_number(v) or not 0 <= v <= 1:
            raise InputError("%s:1: floor of '%s' must be a number in [0, 1]"
                             % (path, key))
    return floor


# ------------------------------------------------------- locating spans

def _wordish(ch):
    """A letter or digit that would glue to a match; CJK characters do not
    (Chinese text puts numbers right against them: '增长27.3%')."""
    if not ch.isalnum():
        return False
    o = ord(ch)
    return not (0x2E80 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF
                or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF)


def _boundary_ok(hay, i, j, text):
    """A match hay[i:j] counts only when it is not part of a longer number
    or word: '5 percent' does not occur inside '2.5 percent' or '25
    percent', '$5 billion' does not occur inside 'US$5 billion'."""
    if i > 0:
        prev = hay[i - 1]
        if _wordish(prev):
            return False
        if text[0].isdigit() and \
                prev in ".,+-\u2212\u2013$\u20ac\u00a3\u00a5\u20b9/":
            return False
    if j < len(hay):
        nxt = hay[j]
        if _wordish(nxt):
            return False
        if text[-1].isdigit() and nxt in ".," and j + 1 < len(hay) \
                and hay[j + 1].isdigit():
            return False
    return True


def find_occurrence(hay, text, occurrence):
    """(start, end) character offsets of the occurrence-th whole match of
    text in hay, or None."""
    seen = 0
    i = hay.find(text)
    while i >= 0:
        j = i + len(text)
        if _boundary_ok(hay, i, j, text):
            seen += 1
            if seen == occurrence:
                return i, j
        i = hay.find(text, i + 1)
    return None


def count_occurrences(hay, text):
    n, i = 0, hay.find(text)
    while i >= 0:
        if _boundary_ok(hay, i, i + len(text), text):
            n += 1
        i = hay.find(text, i + 1)
    return n


def load_articles(directory, docs):
    """{doc: text} for the docs that can be read; missing ones left out."""
    arts = {}
    for doc in docs:
        path = os.path.join(directory, doc)
        try:
            with open(path, "rb") as f:
                raw = f.read()
        except OSError:
            continue
        text = raw.decode("utf-8", errors="replace")
        if text.startswith("\ufeff"):
            text = text[1:]
        arts[doc] = text.replace("\r\n", "\n").replace("\r", "\n")
    return arts


def locate_gold(gold, arts):
    """Set _start/_end (byte offsets of the normalised text, as wicrun
    reports them) on each gold figure that can be found."""
    for g in gold:
        hay = arts.get(g["doc"])
        g["_start"] = g["_end"] = None
        if hay is None:
            continue
        pos = find_occurrence(hay, g["text"], g.get("occurrence") or 1)
        if pos is not None:
            g["_start"] = len(hay[:pos[0]].encode("utf-8"))
            g["_end"] = g["_start"] + len(g["text"].encode("utf-8"))


# ---------------------------------------------------------- validation

_SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve "
    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
_SCALES = [
    (r"thousand", 1e3), (r"million", 1e6), (r"billion", 1e9),
    (r"trillion", 1e12), (r"bn", 1e9), (r"mn", 1e6), (r"mln", 1e6),
    (r"bln", 1e9), (r"tn", 1e12), (r"trn", 1e12), (r"trln", 1e12),
    (r"lakh", 1e5), (r"crore", 1e7),
    (r"cr", 1e7), (r"k", 1e3), (r"m", 1e6), (r"b", 1e9), (r"K", 1e3),
    (r"M", 1e6), (r"B", 1e9), (r"cents?", 0.01), (r"\u4e07", 1e4),
    (r"\u4ebf", 1e8),
]
_NUM_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")
_WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")

# (unit, pattern) in order: the first marker found decides.
_UNIT_MARKERS = [
    ("pp", r"percentage[- ]points?|\bpp\b|\bppt\b"),
    ("%", r"%|\bper ?cent\b|\bpct\b|(?<=\d)pc\b"),
    ("HKD", r"HK\$|(?<![A-Za-z])HKD(?![A-Za-z])|Hong Kong dollars?|\u6e2f\u5143"),
    ("SGD", r"(?<![A-Za-z])S\$|(?<![A-Za-z])SGD(?![A-Za-z])|Singapore dollars?"),
    ("AUD", r"(?<![A-Za-z])A\$|(?<![A-Za-z])AUD(?![A-Za-z])|Australian dollars?"),
    ("NZD", r"(?<![A-Za-z])NZ\$|(?<![A-Za-z])NZD(?![A-Za-z])|New Zealand dollars?"),
    ("CAD", r"(?<![A-Za-z])C\$|(?<![A-Za-z])CAD(?![A-Za-z])|Canadian dollars?"),
    ("TWD", r"(?<![A-Za-z])NT\$|(?<![A-Za-z])TWD(?![A-Za-z])|Taiwan dollars?"),
    ("BRL", r"(?<![A-Za-z])R\$|(?<![A-Za-z])BRL(?![A-Za-z])|\breais\b|\breal\b"),
    ("KRW", r"\bwon\b|(?<![A-Za-z])KRW(?![A-Za-z])|\u20a9"),
    ("VND", r"(?<![A-Za-z])VND(?![A-Za-z])|\bdong\b|\u20ab"),
    ("NGN", r"\u20a6|\bnaira\b|(?<![A-Za-z])NGN(?![A-Za-z])"),
    ("KES", r"(?<![A-Za-z])(?:KSh|KES)(?![A-Za-z])|Kenyan shillings?"),
    ("KES UGX TZS", r"(?<![A-Za-z])Sh(?![A-Za-z])|\bshillings?\b"),
    ("MXN", r"(?<![A-Za-z])MXN(?![A-Za-z])|Mex\$"),
    ("MYR", r"(?<![A-Za-z])(?:RM|MYR)(?![A-Za-z])|\bringgit\b"),
    ("IDR", r"(?<![A-Za-z])(?:Rp|IDR)(?![A-Za-z])|\brupiah\b"),
    ("THB", r"\u0e3f|\bbaht\b|(?<![A-Za-z])THB(?![A-Za-z])"),
    ("MXN PHP ARS COP CLP", r"\bpesos?\b"),
    ("USD", r"US\$|(?<![A-Za-z])USD(?![A-Za-z])|U\.S\. dollars?|\u7f8e\u5143"),
    ("AED", r"(?<![A-Za-z])(?:Dhs?|AED)(?![A-Za-z])|\bdirhams?\b"),
    ("BDT", r"(?<![A-Za-z])(?:Tk|BDT)(?![A-Za-z])|\btaka\b"),
    ("ZAR", r"(?<![A-Za-z])(?:R(?=\d)|ZAR)(?![A-Za-z])|\brand\b"),
    # a bare "$" is the dollar of the outlet's country
    ("USD AUD CAD NZD SGD HKD TWD", r"\$"),
    ("JPY", r"\byen\b|(?<![A-Za-z])JPY(?![A-Za-z])|\u5186|\u65e5\u5143"),
    ("EUR", r"\u6b27\u5143"),  # 欧元, before 元 is read as yuan
    # \u00a5 is CNY or JPY by context: either may be annotated
    ("CNY", r"\byuan\b|(?<![A-Za-z])(?:RMB|CNY)(?![A-Za-z])"
            r"|\brenminbi\b|\u5143"),
    ("EUR", r"\u20ac|\beuros?\b|(?<![A-Za-z])EUR(?![A-Za-z])"),
    ("GBP", r"\u00a3|\bpounds?\b|(?<![A-Za-z])GBP(?![A-Za-z])"),
    ("INR", r"\u20b9|(?<![A-Za-z])INR(?![A-Za-z])"),
    # "Rs", "rupees", "pesos", "shillings" name several currencies: the
    # outlet's country decides, so any of them may be annotated
    ("INR PKR LKR NPR", r"\brupees?\b|(?<![A-Za-z])Rs\.?(?![A-Za-z])"),
    ("PHP", r"\u20b1|(?<![A-Za-z])PHP(?![A-Za-z])|Philippine pesos?"),
    ("KZT", r"\u20b8|\btenge\b|(?<![A-Za-z])KZT(?![A-Za-z])"),
    ("PKR", r"(?<![A-Za-z])PKR(?![A-Za-z])|Pakistani rupees?"),
    ("x", r"\btimes\b|fold\b|\btwice\b|\bthrice\b"),
    ("cents", r"\bcents?\b"),  # any currency that has cents
]
_CURRENCIES = {"CNY", "USD", "EUR", "GBP", "HKD", "INR", "JPY", "SGD", "AUD",
               "NZD", "CAD", "TWD", "BRL", "KRW", "VND", "NGN", "KES",
               "MXN", "MYR", "IDR", "THB", "PHP", "PKR", "LKR", "NPR",
               "KZT", "UGX", "TZS", "ARS", "COP", "CLP", "AED", "BDT", "ZAR"}
_QUALIFIERS = re.compile(
    r"^(about|around|approximately|roughly|some|over|more than|above|"
    r"nearly|almost|at least|no less than|less than|under|below|up to|"
    r"at most|no more than|close to|between|from)\b", re.I)


def _word_numbers(text):
    """Values of spelled-out numbers in text ('five', 'twenty-one',
    'two hundred')."""
    vals, cur, have = [], 0, False
    for w in _WORD_RE.findall(text.lower()):
        if w in ("twice", "thrice"):
            vals.append(2 if w == "twice" else 3)
            continue
        if w.endswith("fold") and w[:-4].rstrip("-") in _SMALL:
            w = w[:-4].rstrip("-")  # 'tenfold', 'three-fold'
        elif w.endswith("fold") and w[:-4].rstrip("-") in _TENS:
            w = w[:-4].rstrip("-")
        parts = w.split("-")
        if all(p in _SMALL or p in _TENS for p in parts):
            cur += sum(_SMALL.get(p, 0) + _TENS.get(p, 0) for p in parts)
            have = True
        elif w == "hundred" and have:
            cur *= 100
        elif w == "dozen":
            cur, have = (cur or 1) * 12, True
        else:
            if have:
                vals.append(cur)
            cur, have = 0, False
    if have:
        vals.append(cur)
    return vals


def text_values(text):
    """Candidate values a figure's text can stand for."""
    nums = [float(m.group().replace(",", "")) for m in _NUM_RE.finditer(text)]
    nums += [float(v) for v in _word_numbers(text)]
    scales = []
    for pat, mult in _SCALES:
        # 'million', 'bn', 'm', 'k' right after a number or a space
        rx = r"(?<=[\d\s])%s(?![A-Za-z])" % pat if pat.isalpha() else pat
        if re.search(rx, text, re.I if len(pat) > 2 else 0):
            scales.append(mult)
    combos = {1.0}
    combos.update(scales)
    prod = 1.0
    for s in scales:
        prod *= s
    combos.add(prod)
    neg = text.lstrip()[:1] in ("-", "\u2212")
    out = set()
    for n in nums:
        for s in combos:
            out.add(n * s)
            if neg:
                out.add(-n * s)
    return out


def close(a, b):
    if a == b:
        return True
    return abs(a - b) <= REL_TOL * max(abs(a), abs(b))


def validate(gold, arts, directory):
    """A list of problem strings."""
    problems = []
    seen = {}
    for g in gold:
        where = "%s: %s %r" % (g["doc"], "line %d" % g["_line"], g["text"])

        def bad(msg):
            problems.append("%s: %s" % (where, msg))

        hay = arts.get(g["doc"])
        occ = g.get("occurrence")
        if occ is None:
            bad("no 'occurrence'")
            occ = 1
        key = (g["doc"], g["text"], occ)
        if key in seen:
            bad("same text and occurrence as line %d" % seen[key])
        seen[key] = g["_line"]
        if hay is None:
            bad("no article %s in %s" % (g["doc"], directory))
        elif find_occurrence(hay, g["text"], occ) is None:
            bad("occurrence %d not found (the text occurs %d time(s))"
                % (occ, count_occurrences(hay, g["text"])))
        if g["text"] != g["text"].strip():
            bad("text has leading or trailing space")
        if _QUALIFIERS.match(g["text"]):
            bad("text starts with a qualifier; put it in 'approx'")
        role = g.get("role")
        if role not in ROLES:
            bad("role %r is not one of %s" % (role, "/".join(ROLES)))
        approx = _opt(g, "approx")
        if approx is not None and approx not in APPROX:
            bad("approx %r is not one of %s" % (approx, "/".join(APPROX)))
        period = _opt(g, "period")
        if period is not None and not 1800 <= period <= 2200:
            bad("period %r is not a plausible year" % period)
        unit = g["unit"]
        if unit == "count" and not _opt(g, "noun"):
            bad("a count needs a 'noun'")
        if unit != "count" and _opt(g, "noun"):
            bad("'noun' is only for unit 'count'")
        low, high = _opt(g, "low"), _opt(g, "high")
        if low is not None:
            if low > high:
                bad("low %r is above high %r" % (low, high))
            if not close(g["value"], low):
                bad("value %r is not the low end %r" % (g["value"], low))
        cands = text_values(g["text"])
        if g.get("implicit"):
            # a table header may give the scale: "HK$'000", "(HK cents)",
            # "(RMB 10,000)", "(100 million yuan)"
            cands |= {c * m for c in cands
                      for m in (1e-2, 1e3, 1e4, 1e6, 1e8, 1e9)}
        for name, v in (("value", g["value"]), ("low", low), ("high", high)):
            if v is not None and not any(close(v, c) for c in cands):
                bad("%s %r cannot be read from the text" % (name, v))
        marker = None
        for u, pat in _UNIT_MARKERS:
            if re.search(pat, g["text"]):
                marker = u
                break
        if marker == "cents" and unit in _CURRENCIES:
            marker = unit
        if marker is None and "\u00a5" in g["text"] and unit in ("CNY", "JPY"):
            marker = unit
        if marker is not None and unit in marker.split():
            marker = unit  # one of the currencies an ambiguous word names
        if marker is not None and marker != unit:
            bad("the text says %s but unit is %s" % (marker, unit))
        if g.get("implicit"):
            if unit not in _CURRENCIES:
                bad("'implicit' is for inferred currencies, unit is %s"
                    % unit)
            if marker is not None:
                bad("'implicit' but the text names its unit")
        elif unit in _CURRENCIES and marker != unit:
            bad("currency %s not written in the text: set 'implicit'"
                % unit)
    problems += _overlaps(gold, arts)
    return problems


def _overlaps(gold, arts):
    """Gold spans that overlap in their article: usually an 'occurrence'
    that counts a match inside another figure's span."""
    spans = {}
    for g in gold:
        hay = arts.get(g["doc"])
        pos = hay and find_occurrence(hay, g["text"], g.get("occurrence") or 1)
        if pos:
            spans.setdefault(g["doc"], []).append((pos[0], pos[1], g))
    out = []
    for doc, lst in spans.items():
        lst.sort(key=lambda s: (s[0], -s[1]))
        reach = None  # the span reaching furthest so far
        for b in lst:
            if reach is not None and b[0] < reach[1]:
                out.append("%s: line %d %r overlaps line %d %r (check"
                           " 'occurrence')" % (doc, b[2]["_line"], b[2]["text"],
                                              reach[2]["_line"],
                                              reach[2]["text"]))
            if reach is None or b[1] > reach[1]:
                reach = b
    return out


# --------------------------------------------------------------- matching


def _range_of(f):
    low, high = _opt(f, "low"), _opt(f, "high")
    return None if low is None else (float(low), float(high))


def compatible(g, p):
    if g["unit"].strip() != p["unit"].strip():
        return False
    if not close(float(g["value"]), float(p["value"])):
        return False
    rg, rp = _range_of(g), _range_of(p)
    if (rg is None) != (rp is None):
        return False
    if rg is not None:
        return close(rg[0], rp[0]) and close(rg[1], rp[1])
    return True


def match_doc(golds, preds):
    """One-to-one matching inside one document: a list of (g, p)."""
    positional = all(g.get("_start") is not None for g in golds) and \
        all(isinstance(_opt(p, "start"), int) for p in preds)
    if not positional:
        order = sorted(preds, key=lambda p: (
            _opt(p, "start") if isinstance(_opt(p, "start"), int) else 0,
            p["_index"]))
        rank = {id(p): i for i, p in enumerate(order)}
    pairs = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if not compatible(g, p):
                continue
            ptext = _opt(p, "text") or ""
            same = ptext == g["text"]
            if positional:
                ps = p["start"]
                pe = _opt(p, "end") if isinstance(_opt(p, "end"), int) \
                    else ps + len(ptext.encode("utf-8"))
                overlap = ps < g["_end"] and g["_start"] < max(pe, ps + 1)
                tier = 0 if overlap and same else (1 if overlap else 2)
                dist = abs(ps - g["_start"])
            else:
                inside = bool(ptext) and (ptext in g["text"]
                                          or g["text"] in ptext)
                tier = 0 if same else (1 if inside else 2)
                dist = abs(rank[id(p)] - gi)
            pairs.append((tier, dist, gi, pi))
    pairs.sort()
    used_g, used_p, out = set(), set(), []
    for _, _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((golds[gi], preds[pi]))
    return out


def _norm_str(v):
    """Compare strings case-insensitively, ignoring dots and runs of
    space: 'U.S.' == 'us', 'Light of  Internet Expo' == 'light of internet
    expo'."""
    if v is None:
        return None
    v = " ".join(str(v).replace(".", "").split()).casefold()
    return v or None


_GAZETTEER = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                          "..", "..", "runtime", "extract", "gazetteer.tsv")
_canonical = None


def _canonical_subject(v):
    """A subject by the gazetteer's canonical name, so that one place
    written two ways ('东莞' in a Chinese page's gold, 'Dongguan' from the
    extractor; 'Zhejiang Province' and 'Zhejiang') is one subject.  Names
    the gazetteer does not know are left as they are."""
    global _canonical
    if _canonical is None:
        _canonical = {}
        try:
            with open(_GAZETTEER, encoding="utf-8") as f:
                for line in f:
                    cols = line.rstrip("\n").split("\t")
                    if len(cols) >= 3 and not line.startswith("#"):
                        _canonical[_norm_str(cols[0])] = _norm_str(cols[2])
        except OSError:
            pass
    v = _norm_str(v)
    return _canonical.get(v, v)


def attr_equal(name, g, p):
    if name == "implicit":
        return bool(_opt(g, "implicit")) == bool(_opt(p, "implicit"))
    if name == "period":
        a, b = _opt(g, "period"), _opt(p, "period")
        a = None if a in (None, 0) else int(a)
        b = None if b in (None, 0) else int(b)
        return a == b
    if name == "subject":
        return (_canonical_subject(_opt(g, name)) ==
                _canonical_subject(_opt(p, name)))
    return _norm_str(_opt(g, name)) == _norm_str(_opt(p, name))


def _prf(n_gold, n_pred, n_match):
    p = n_match / n_pred if n_pred else 1.0
    r = n_match / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r > 0 else 0.0
    return p, r, f


def _bucket(gold_n, pred_n, matched):
    p, r, f = _prf(gold_n, pred_n, matched)
    return {"gold": gold_n, "predicted": pred_n, "matched": matched,
            "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(f, 4)}


def _short(f):
    out = {"doc": f["doc"], "text": _opt(f, "text"), "value": f["value"],
           "unit": f["unit"]}
    for k in ("low", "high", "start"):
        if _opt(f, k) is not None:
            out[k] = f[k]
    if f.get("_start") is not None:  # a gold figure located by --validate
        out["start"] = f["_start"]
    return out


def score(gold, pred):
    """The score dict (see --json)."""
    docs = sorted({g["doc"] for g in gold} | {p["doc"] for p in pred})
    by_doc_g = {d: [] for d in docs}
    by_doc_p = {d: [] for d in docs}
    for g in gold:
        by_doc_g[g["doc"]].append(g)
    for p in pred:
        by_doc_p[p["doc"]].append(p)
    matched = []
    for d in docs:
        matched += match_doc(by_doc_g[d], by_doc_p[d])
    mg = {id(g) for g, _ in matched}
    mp = {id(p) for _, p in matched}
    prec, rec, f1 = _prf(len(gold), len(pred), len(matched))
    res = {"gold": len(gold), "predicted": len(pred),
           "matched": len(matched), "precision": round(prec, 4),
           "recall": round(rec, 4), "f1": round(f1, 4)}
    mismatches = []
    for a in ATTRS:
        ok = 0
        for g, p in matched:
            if attr_equal(a, g, p):
                ok += 1
            else:
                mismatches.append({"attr": a, "doc": g["doc"],
                                   "text": g["text"], "gold": _opt(g, a),
                                   "predicted": _opt(p, a)})
        res[a] = round(ok / len(matched), 4) if matched else None
    units = sorted({g["unit"] for g in gold} | {p["unit"] for p in pred})
    res["per_unit"] = {
        u: _bucket(sum(1 for g in gold if g["unit"] == u),
                   sum(1 for p in pred if p["unit"] == u),
                   sum(1 for g, _ in matched if g["unit"] == u))
        for u in units}
    res["per_doc"] = {
        d: _bucket(len(by_doc_g[d]), len(by_doc_p[d]),
                   sum(1 for g, _ in matched if g["doc"] == d))
        for d in docs}
    res["misses"] = [_short(g) for g in gold if id(g) not in mg]
    res["false_positives"] = [_short(p) for p in pred if id(p) not in mp]
    res["attribute_mismatches"] = mismatches
    return res


# ----------------------------------------------------------------- output


def _fmt(v):
    return "n/a" if v is None else "%.3f" % v


def print_text(res, verbose, out=None):
    w = (out or sys.stdout).write
    w("gold %d  predicted %d  matched %d\n"
      % (res["gold"], res["predicted"], res["matched"]))
    w("precision %s  recall %s  f1 %s\n"
      % (_fmt(res["precision"]), _fmt(res["recall"]), _fmt(res["f1"])))
    w("on %d matched: %s\n" % (res["matched"], "  ".join(
        "%s %s" % (a, _fmt(res[a])) for a in ATTRS)))
    if not verbose:
        return
    for title, key in (("unit", "per_unit"), ("doc", "per_doc")):
        rows = res[key]
        width = max([len(title)] + [len(k) for k in rows])
        w("\n%-*s %6s %6s %6s %6s %6s %6s\n" % (
            width, title, "gold", "pred", "match", "prec", "rec", "f1"))
        for k, b in rows.items():
            w("%-*s %6d %6d %6d %6.3f %6.3f %6.3f\n" % (
                width, k, b["gold"], b["predicted"], b["matched"],
                b["precision"], b["recall"], b["f1"]))
    w("\nmisses (%d):\n" % len(res["misses"]))
    for m in res["misses"]:
        w("  %s: %r = %s %s\n" % (m["doc"], m["text"], m["value"], m["unit"]))
    w("\nfalse positives (%d):\n" % len(res["false_positives"]))
    for m in res["false_positives"]:
        w("  %s: %r = %s %s\n" % (m["doc"], m["text"], m["value"], m["unit"]))
    w("\nattribute mismatches (%d):\n" % len(res["attribute_mismatches"]))
    for m in res["attribute_mismatches"]:
        w("  %s: %r %s: gold %r, predicted %r\n" % (
            m["doc"], m["text"], m["attr"], m["gold"], m["predicted"]))


def below_floor(res, floor):
    out = []
    for k in METRICS:
        if k in floor:
            v = res.get(k)
            if v is None or v < floor[k]:
                out.append("%s %s < %.3f" % (k, _fmt(v), floor[k]))
    return out


USAGE = ("usage: score.py GOLD.jsonl [PREDICTED.jsonl] [--floor FLOOR.json]"
         " [--json] [--validate ARTICLE_DIR] [--verbose]")


def parse_args(argv):
    opts = {"floor": None, "json": False, "validate": None, "verbose": False}
    pos = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ("--floor", "--validate"):
            if i + 1 >= len(argv):
                raise UsageError("%s needs an argument" % a)
            opts[a[2:]] = argv[i + 1]
            i += 2
            continue
        if a.startswith("--floor=") or a.startswith("--validate="):
            k, v = a[2:].split("=", 1)
            opts[k] = v
        elif a == "--json":
            opts["json"] = True
        elif a in ("--verbose", "-v"):
            opts["verbose"] = True
        elif a in ("-h", "--help"):
            opts["help"] = True
        elif a.startswith("-") and a != "-":
            raise UsageError("unknown option %s" % a)
        else:
            pos.append(a)
        i += 1
    if opts.get("help"):
        return opts, pos
    if not pos or len(pos) > 2:
        raise UsageError("expected GOLD.jsonl and PREDICTED.jsonl")
    if len(pos) == 1 and not opts["validate"]:
        raise UsageError("PREDICTED.jsonl is needed unless --validate is"
                         " given")
    if opts["validate"] and not os.path.isdir(opts["validate"]):
        raise UsageError("%s: not a directory" % opts["validate"])
    return opts, pos


def main(argv):
    try:
        opts, pos = parse_args(argv)
        if opts.get("help"):
            print(USAGE)
            return 0
        floor = read_floor(opts["floor"]) if opts["floor"] else None
        gold = read_jsonl(pos[0], gold=True)
        pred = read_jsonl(pos[1], gold=False) if len(pos) > 1 else None
    except InputError as e:
        sys.stderr.write("%s: %s\n" % (PROG, e))
        if isinstance(e, UsageError):
            sys.stderr.write(USAGE + "\n")
        return 2
    if opts["validate"]:
        arts = load_articles(opts["validate"], {g["doc"] for g in gold})
        problems = validate(gold, arts, opts["validate"])
        if problems:
            for p in problems:
                sys.stderr.write("%s: %s\n" % (pos[0], p))
            sys.stderr.write("%s: %d problem(s) in the gold\n"
                             % (PROG, len(problems)))
            return 1
        locate_gold(gold, arts)
        if pred is None:
            print("gold OK: %d figures in %d documents"
                  % (len(gold), len({g["doc"] for g in gold})))
            return 0
    res = score(gold, pred)
    if opts["json"]:
        if not opts["verbose"]:
            for k in ("misses", "false_positives", "attribute_mismatches"):
                del res[k]
        json.dump(res, sys.stdout, indent=1, sort_keys=False)
        sys.stdout.write("\n")
    else:
        print_text(res, opts["verbose"])
    if floor is not None:
        low = below_floor(res, floor)
        if low:
            sys.stderr.write("%s: below floor: %s\n" % (PROG, "; ".join(low)))
            return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except BrokenPipeError:  # output cut short, e.g. by `| head`
        sys.stderr.close()
        sys.exit(1)
