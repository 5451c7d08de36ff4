#!/usr/bin/env python3
"""Score `factmine extract` against the gold set in tests/gold (python3, stdlib only).

Usage:

  tools/gold_score.py --factmine PATH/TO/factmine [--catalog FILE] SPLIT_DIR [SPLIT_DIR...]
      [--min-fact-f1 X] [--min-entity-f1 X] [--min-time-f1 X] [--verbose] [--json OUT]

  e.g.  tools/gold_score.py --factmine build/cli/factmine tests/gold/dev -v

For each SPLIT_DIR it runs, once,
  factmine extract -q --threads 1 [--catalog FILE] SPLIT_DIR/*.txt (sorted)
and compares each article's output line (found by `doc.id`, the path as given)
with SPLIT_DIR/NAME.gold.json (format: tests/gold/README.md).  factmine exit
status 1 (some inputs rejected) is reported and the rejected articles score
zero; status 2, a crash or no output at all is fatal.

It prints, per split and overall (micro-averaged over all documents), gold
count, system count, matched, precision, recall and F1 for:

  entities (typed)     gold {name, type}: a system entity whose `name` or any
                       mention `text` folds to the gold name, same `type`
  entities (untyped)   the same, type ignored
  times (value)        gold {text, value}: a system time whose `text` folds
                       equal to the gold text, or one folded text contains the
                       other as a run of whole words ("2024" / "en 2024"),
                       and whose `value` is equal
  times (text only)    the same, value ignored
  facts (strict)       subject matches (gold name folds equal to the system
                       subject's `name` or to a mention text of the entity with
                       the subject's `id` in this article's `entities`),
                       predicate equal, unit equal, numbers equal, period equal
  facts (relaxed)      strict minus period and qualifier (see numbers below)
  facts (value only)   unit and numbers only

then, over the strict matches, the accuracy of `object` (fold-match, null =
null; a system object {id, name} also matches through its entity's
mentions), `attributed_to` (same), `qualifier` (gold qualifier = system
quantity.qualifier) and `part_of` (gold: evidence of the total; system: index
of the total in `facts`; correct when that index is the system fact matched
to the gold total - its strict match, else its relaxed match - or both are
null).

Folding (names, mention texts, time texts): Unicode NFKD, combining marks
removed, casefold, typographic apostrophes -> ', whitespace collapsed, a
leading "l'", "le ", "la ", "les " removed, trailing punctuation removed.

Units: equal as written for currency codes, "%" and "pp"; for count lemmas
and other units, equal after NFKD / mark stripping / casefold ("salarié" =
"salarie", "GPU" = "gpu"). Physical units the guidelines keep as written
are brought to the base unit factmine reports before comparing (gold "358,9
TWh" = 3.589e11 kWh, "tonne" = "t", "litre" = "l", "twenty-foot equivalent
unit" = "TEU", "metre" = "m", "megawatt" = 1000 kW); see PHYSICAL_UNITS.

Numbers: equal within a relative tolerance of 1e-6.
  strict:  each of value / low / high: non-null in gold -> equal in the
           system; null in gold -> null in the system.
  relaxed and value only (qualifier ignored): every non-null gold number
           among value/low/high equals some non-null system number among
           value/low/high (so "plus de 200 millions" matches a system
           exact 200 millions, but a range matches only with both ends).
Period: gold `period` string = system `period.value` (both null matches),
or both name the same calendar interval in two notations: "2025-H2" and
"2025-07-01/2025-12-31", "2025" and "2025-01-01/2025-12-31" (the gold
writers chose either when a span coincides with a half, quarter, month or
year). Fiscal years ("FY2025") compare as written. Times' values likewise.

Each gold item matches at most one system item and vice versa, document by
document: greedy on the candidate pairs, best first (exact name / text /
period / qualifier agreement ranks higher), then augmenting paths so the
number of matches is maximal.

Missing keys in the system output are read as null; a system with no
entities, times or facts scores zeros.

--verbose lists, per document, the missed gold items (MISS) and the
unmatched system items (EXTRA) of entities (typed), times (value) and facts
(strict), with a hint when a looser match exists, and wrong attributes of
matched facts (DIFF).  --json OUT writes every number as JSON.

Exit status: 0; 1 when a floor is not met (--min-fact-f1: strict facts F1,
--min-entity-f1: typed entities F1, --min-time-f1: times (value) F1, all
overall); 2 on usage errors or when factmine fails (status 2, crash, no
output, unparsable output).
"""
import calendar
import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata

REL_TOL = 1e-6

CURRENCIES = {
    "EUR", "USD", "GBP", "CHF", "JPY", "CNY", "CAD", "AUD", "SEK", "NOK", "DKK",
    "PLN", "CZK", "HUF", "INR", "KRW", "BRL", "MXN", "HKD", "SGD", "TWD", "ZAR",
    "RUB", "TRY", "SAR", "AED", "ILS", "NZD",
}
EXACT_UNITS = CURRENCIES | {"%", "pp"}

METRICS = [
    ("entities_typed", "entities (typed)"),
    ("entities_untyped", "entities (untyped)"),
    ("times_value", "times (value)"),
    ("times_text", "times (text only)"),
    ("facts_strict", "facts (strict)"),
    ("facts_relaxed", "facts (relaxed)"),
    ("facts_value", "facts (value only)"),
]
ATTRS = ["object", "attributed_to", "qualifier", "part_of"]


class Fatal(Exception):
    pass


# ----------------------------------------------------------------- folding

_APOSTROPHES = dict.fromkeys(map(ord, "\u2019\u2018\u02bc\u02bb\u2032\u00b4`\uff07"), "'")
_LEADING_ARTICLE = re.compile(r"^(?:l'|le |la |les )")


MIN_CONFIDENCE = 0.0


def fold_basic(s):
    """NFKD, no combining marks, casefold, straight apostrophes, single spaces."""
    if s is None:
        return ""
    s = unicodedata.normalize("NFKD", str(s))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold().translate(_APOSTROPHES)
    return " ".join(s.split())


def fold(s):
    """fold_basic, then drop a leading French article and trailing punctuation."""
    s = fold_basic(s)
    s = _LEADING_ARTICLE.sub("", s, count=1)
    i = len(s)
    while i > 0 and (s[i - 1].isspace() or unicodedata.category(s[i - 1]).startswith("P")):
        i -= 1
    return s[:i]


def _words(s):
    return re.findall(r"\w+", s)


def contains_words(a, b):
    """True when the folded text a contains b (or b contains a) as a run of whole words."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    if len(wa) < len(wb):
        wa, wb = wb, wa
    n = len(wb)
    return any(wa[i:i + n] == wb for i in range(len(wa) - n + 1))


def unit_equal(g, s):
    if g is None or s is None:
        return g is None and s is None
    g, s = str(g).strip(), str(s).strip()
    if g in EXACT_UNITS or s in EXACT_UNITS:
        return g == s
    return fold_basic(g) == fold_basic(s)


# ----------------------------------------------------------------- numbers

def to_num(x):
    if x is None or isinstance(x, bool):
        return None
    if isinstance(x, (int, float)):
        return float(x)
    try:
        return float(str(x).strip())
    except ValueError:
        return None


def num_equal(a, b):
    if a is None or b is None:
        return False
    if a == b:
        return True
    return abs(a - b) <= REL_TOL * max(abs(a), abs(b))


def numbers_strict(g, s):
    for k in ("value", "low", "high"):
        gv, sv = g[k], s[k]
        if gv is None:
            if sv is not None:
                return False
        elif not num_equal(gv, sv):
            return False
    return True


def numbers_relaxed(g, s):
    gn = [g[k] for k in ("value", "low", "high") if g[k] is not None]
    sn = [s[k] for k in ("value", "low", "high") if s[k] is not None]
    if not gn:
        return not sn
    return all(any(num_equal(x, y) for y in sn) for x in gn)


def fmt_num(x):
    if x is None:
        return "null"
    if float(x).is_integer() and abs(x) < 1e6:
        return str(int(x))
    s = "{:.6g}".format(x)
    return s.replace("e+0", "e").replace("e+", "e").replace("e-0", "e-")


def fmt_amount(f):
    v, lo, hi, q = f["value"], f["low"], f["high"], f["qualifier"]
    if v is not None:
        return ("~" if q == "approx" else "") + fmt_num(v)
    if lo is not None and hi is not None:
        return "{}..{}".format(fmt_num(lo), fmt_num(hi))
    if lo is not None:
        return (">=" if q == "at_least" else ">") + fmt_num(lo)
    if hi is not None:
        return ("<=" if q == "at_most" else "<") + fmt_num(hi)
    return "?"


# ----------------------------------------------------------------- system output

def _get(d, k):
    return d.get(k) if isinstance(d, dict) else None


def _list(x):
    return x if isinstance(x, list) else []


def _mention_texts(ent):
    out = []
    for m in _list(_get(ent, "mentions")):
        t = m if isinstance(m, str) else _get(m, "text")
        if t:
            out.append(t)
    return out


def norm_sys_doc(d):
    """Normalise one output line into lists of plain dicts (tolerant of missing keys)."""
    ents = []
    by_id = {}
    for e in _list(_get(d, "entities")):
        if not isinstance(e, dict):
            continue
        ne = {"id": e.get("id"), "name": e.get("name"), "type": e.get("type"),
              "mentions": _mention_texts(e)}
        ne["folds"] = {fold(x) for x in [ne["name"]] + ne["mentions"] if x}
        ne["name_fold"] = fold(ne["name"]) if ne["name"] else None
        ents.append(ne)
        if ne["id"] is not None:
            by_id.setdefault(ne["id"], ne)
    times = []
    for t in _list(_get(d, "times")):
        if not isinstance(t, dict):
            continue
        val = t.get("value")
        times.append({"text": t.get("text"), "value": None if val is None else str(val),
                      "fold": fold(t.get("text"))})
    facts = []
    for f in _list(_get(d, "facts")):
        if isinstance(f, dict):
            conf = f.get("confidence")
            if MIN_CONFIDENCE and isinstance(conf, (int, float)) and conf < MIN_CONFIDENCE:
                continue
            facts.append(norm_sys_fact(f, by_id))
    return {"entities": ents, "times": times, "facts": facts}


def _ref(x, by_id):
    """A system reference ({id, name} / {name} / string / null) -> (display, set of folds)."""
    if x is None:
        return None, set()
    if isinstance(x, str):
        return x, {fold(x)}
    if not isinstance(x, dict):
        return str(x), {fold(str(x))}
    names = [x.get("name"), x.get("text")]
    ent = by_id.get(x.get("id")) if x.get("id") is not None else None
    if ent is not None:
        names.append(ent["name"])
        names.extend(ent["mentions"])
    display = x.get("name") or x.get("text") or (ent and ent["name"]) or x.get("id")
    folds = {fold(n) for n in names if n}
    if not folds and x.get("id") is not None:
        folds = {fold(x.get("id"))}
    return display, folds


def norm_sys_fact(f, by_id):
    q = f.get("quantity")
    if not isinstance(q, dict):
        q = f  # tolerate a flat fact
    subj_disp, subj_folds = _ref(f.get("subject"), by_id)
    subj = f.get("subject")
    subj_name_fold = fold(_get(subj, "name") if isinstance(subj, dict) else subj) if subj else None
    obj_disp, obj_folds = _ref(f.get("object"), by_id)
    att_disp, att_folds = _ref(f.get("attributed_to"), by_id)
    per = f.get("period")
    if isinstance(per, dict):
        per = per.get("value")
    po = f.get("part_of")
    return {
        "subject": subj_disp, "subject_folds": subj_folds, "subject_name_fold": subj_name_fold,
        "predicate": f.get("predicate"),
        "value": to_num(q.get("value")), "low": to_num(q.get("low")), "high": to_num(q.get("high")),
        "unit": q.get("unit"), "qualifier": q.get("qualifier"),
        "period": None if per is None else str(per),
        "object": obj_disp, "object_folds": obj_folds,
        "attributed_to": att_disp, "attributed_folds": att_folds,
        "part_of": po if isinstance(po, int) and not isinstance(po, bool) else None,
        "text": q.get("text"), "sentence": f.get("sentence"),
    }


# Gold physical unit (folded: "mètre" is "metre") -> (factmine's base unit, factor).
PHYSICAL_UNITS = {"twh": ("kWh", 1e9), "gwh": ("kWh", 1e6), "mwh": ("kWh", 1e3), "kwh": ("kWh", 1),
                  "terawatt-hour": ("kWh", 1e9), "gigawatt-hour": ("kWh", 1e6), "megawatt-hour": ("kWh", 1e3),
                  "kilowatt-hour": ("kWh", 1), "terawattheure": ("kWh", 1e9), "gigawattheure": ("kWh", 1e6),
                  "megawattheure": ("kWh", 1e3), "kilowattheure": ("kWh", 1),
                  "tonne": ("t", 1), "tonnes": ("t", 1),
                  "litre": ("l", 1), "litres": ("l", 1), "liter": ("l", 1), "liters": ("l", 1),
                  "hectolitre": ("l", 100), "hectolitres": ("l", 100),
                  "kilogram": ("kg", 1), "kilograms": ("kg", 1), "kilogramme": ("kg", 1), "kilo": ("kg", 1),
                  "twenty-foot equivalent unit": ("TEU", 1), "twenty-foot equivalent units": ("TEU", 1),
                  "metre": ("m", 1), "metres": ("m", 1), "meter": ("m", 1), "meters": ("m", 1),
                  "megawatt": ("kW", 1e3), "gigawatt": ("kW", 1e6),
                  "metre cube": ("m3", 1), "metres cubes": ("m3", 1), "cubic metre": ("m3", 1)}


def to_base_unit(unit, *numbers):
    base = PHYSICAL_UNITS.get(fold_basic(str(unit))) if unit is not None else None
    if base is None:
        return (unit,) + numbers
    return (base[0],) + tuple(None if x is None else x * base[1] for x in numbers)


def norm_gold_doc(g):
    ents = [{"name": e.get("name"), "type": e.get("type"), "fold": fold(e.get("name"))}
            for e in _list(g.get("entities")) if isinstance(e, dict)]
    times = [{"text": t.get("text"), "value": None if t.get("value") is None else str(t.get("value")),
              "fold": fold(t.get("text"))}
             for t in _list(g.get("times")) if isinstance(t, dict)]
    facts = []
    for f in _list(g.get("facts")):
        if not isinstance(f, dict):
            continue
        facts.append({
            "subject": f.get("subject"), "subject_fold": fold(f.get("subject")) if f.get("subject") else None,
            "predicate": f.get("predicate"),
            "qualifier": f.get("qualifier"),
            "period": None if f.get("period") is None else str(f.get("period")),
            "object": f.get("object"), "attributed_to": f.get("attributed_to"),
            "part_of": f.get("part_of"), "evidence": f.get("evidence"),
        })
        unit, value, low, high = to_base_unit(f.get("unit"), to_num(f.get("value")), to_num(f.get("low")),
                                              to_num(f.get("high")))
        facts[-1].update({"unit": unit, "value": value, "low": low, "high": high})
    return {"entities": ents, "times": times, "facts": facts}


# ----------------------------------------------------------------- matching

def match_items(golds, systems, score_fn):
    """One-to-one matching.  score_fn(g, s) -> None (no match) or a comparable score
    (higher = better).  Greedy on the best pairs first, then augmenting paths for
    maximum cardinality.  Returns {gold index: system index}."""
    cands = {}
    pairs = []
    for gi, g in enumerate(golds):
        lst = []
        for si, s in enumerate(systems):
            sc = score_fn(g, s)
            if sc is not None:
                lst.append((sc, si))
                pairs.append((sc, gi, si))
        lst.sort(key=lambda x: (x[0], -x[1]), reverse=True)
        cands[gi] = [si for _, si in lst]
    pairs.sort(key=lambda x: (x[0], -x[1], -x[2]), reverse=True)
    g2s, s2g = {}, {}
    for _, gi, si in pairs:
        if gi not in g2s and si not in s2g:
            g2s[gi], s2g[si] = si, gi

    def augment(gi, seen):
        for si in cands[gi]:
            if si in seen:
                continue
            seen.add(si)
            if si not in s2g or augment(s2g[si], seen):
                g2s[gi], s2g[si] = si, gi
                return True
        return False

    for gi in range(len(golds)):
        if gi not in g2s and cands[gi]:
            augment(gi, set())
    return g2s


def entity_score(typed):
    def fn(g, s):
        if g["fold"] not in s["folds"]:
            return None
        if typed and g["type"] != s["type"]:
            return None
        return (g["type"] == s["type"], g["fold"] == s["name_fold"])
    return fn


def time_score(with_value):
    def fn(g, s):
        exact = g["fold"] == s["fold"]
        if not exact and not contains_words(g["fold"], s["fold"]):
            return None
        same_value = same_period(g["value"], s["value"])
        if with_value and not same_value:
            return None
        return (same_value, exact)
    return fn


def subject_match(g, s):
    return g["subject_fold"] is not None and g["subject_fold"] in s["subject_folds"]


def ref_match(gold_str, sys_folds):
    if gold_str is None:
        return not sys_folds
    return fold(gold_str) in sys_folds


def _attr_bonus(g, s):
    return ((g["subject_fold"] == s["subject_name_fold"]) + (g["qualifier"] == s["qualifier"])
            + ref_match(g["object"], s["object_folds"]) + ref_match(g["attributed_to"], s["attributed_folds"]))


def period_interval(v):
    """The calendar interval a period value names, as (first, last) ISO
    dates, or None (a fiscal year, an open span, anything else)."""
    if v is None:
        return None
    m = re.fullmatch(r"(\d{4})", v)
    if m:
        y = int(m.group(1))
        return ("%04d-01-01" % y, "%04d-12-31" % y)
    m = re.fullmatch(r"(\d{4})-H([12])", v)
    if m:
        y, h = int(m.group(1)), int(m.group(2))
        return ("%04d-%02d-01" % (y, 1 + 6 * (h - 1)), "%04d-%02d-%02d" % (y, 6 * h, 30 if h == 1 else 31))
    m = re.fullmatch(r"(\d{4})-Q([1-4])", v)
    if m:
        y, q = int(m.group(1)), int(m.group(2))
        last_month = 3 * q
        return ("%04d-%02d-01" % (y, last_month - 2),
                "%04d-%02d-%02d" % (y, last_month, calendar.monthrange(y, last_month)[1]))
    m = re.fullmatch(r"(\d{4})-(\d{2})", v)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        if 1 <= mo <= 12:
            return ("%04d-%02d-01" % (y, mo), "%04d-%02d-%02d" % (y, mo, calendar.monthrange(y, mo)[1]))
        return None
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})", v)
    if m:
        return (m.group(1), m.group(1))
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})", v)
    if m:
        return (m.group(1), m.group(2))
    return None


def fiscal_year_span(fy, v):
    """Whether the span v is the twelve months of fiscal year fy ("FY2025"),
    named by the year it ends in: it runs from the first day of a month to
    the last day of the month a year later, and ends in that year (not on
    December 31, a calendar year)."""
    m = re.fullmatch(r"FY(\d{4})", fy or "")
    iv = period_interval(v)
    if not m or iv is None:
        return False
    first, last = iv
    y = int(m.group(1))
    fy_, fm, fd = (int(x) for x in first.split("-"))
    ly, lm, ld = (int(x) for x in last.split("-"))
    twelve = fd == 1 and ld == calendar.monthrange(ly, lm)[1] and (ly * 12 + lm) - (fy_ * 12 + fm) == 11
    return twelve and ly == y and (lm, ld) != (12, 31)


def same_period(a, b):
    if a == b:
        return True
    if fiscal_year_span(a, b) or fiscal_year_span(b, a):
        return True
    ia, ib = period_interval(a), period_interval(b)
    return ia is not None and ia == ib


def fact_strict(g, s):
    if not subject_match(g, s) or g["predicate"] != s["predicate"]:
        return None
    if not unit_equal(g["unit"], s["unit"]) or not numbers_strict(g, s):
        return None
    if not same_period(g["period"], s["period"]):
        return None
    return _attr_bonus(g, s)


def fact_relaxed(g, s):
    if not subject_match(g, s) or g["predicate"] != s["predicate"]:
        return None
    if not unit_equal(g["unit"], s["unit"]) or not numbers_relaxed(g, s):
        return None
    return (same_period(g["period"], s["period"]), numbers_strict(g, s), _attr_bonus(g, s))


def fact_value(g, s):
    if not unit_equal(g["unit"], s["unit"]) or not numbers_relaxed(g, s):
        return None
    return (subject_match(g, s) + (g["predicate"] == s["predicate"]) + same_period(g["period"], s["period"]),
            numbers_strict(g, s))


# ----------------------------------------------------------------- scoring

def new_counts():
    c = {k: {"gold": 0, "system": 0, "matched": 0} for k, _ in METRICS}
    c["attributes"] = {a: {"correct": 0, "total": 0} for a in ATTRS}
    c["predicates"] = {}
    return c


def add_counts(dst, src):
    for k, _ in METRICS:
        for f in ("gold", "system", "matched"):
            dst[k][f] += src[k][f]
    for a in ATTRS:
        for f in ("correct", "total"):
            dst["attributes"][a][f] += src["attributes"][a][f]
    for p, v in src["predicates"].items():
        d = dst["predicates"].setdefault(p, {"gold": 0, "system": 0, "matched": 0})
        for f in ("gold", "system", "matched"):
            d[f] += v[f]


def prf(c):
    p = c["matched"] / c["system"] if c["system"] else 0.0
    r = c["matched"] / c["gold"] if c["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def finish(c):
    """Counts -> JSON-able dict with precision/recall/f1 added."""
    out = {}
    for k, _ in METRICS:
        p, r, f = prf(c[k])
        out[k] = dict(c[k], precision=round(p, 6), recall=round(r, 6), f1=round(f, 6))
    out["attributes"] = {}
    for a in ATTRS:
        v = c["attributes"][a]
        out["attributes"][a] = dict(v, accuracy=round(v["correct"] / v["total"], 6) if v["total"] else None)
    out["predicates"] = {}
    for p, v in sorted(c["predicates"].items()):
        pp, rr, ff = prf(v)
        out["predicates"][p] = dict(v, precision=round(pp, 6), recall=round(rr, 6), f1=round(ff, 6))
    return out


def score_doc(gold, sys_doc):
    """Score one document. Returns (counts, details for --verbose)."""
    c = new_counts()
    G, S = gold, sys_doc
    m = {}
    m["entities_typed"] = match_items(G["entities"], S["entities"], entity_score(True))
    m["entities_untyped"] = match_items(G["entities"], S["entities"], entity_score(False))
    m["times_value"] = match_items(G["times"], S["times"], time_score(True))
    m["times_text"] = match_items(G["times"], S["times"], time_score(False))
    m["facts_strict"] = match_items(G["facts"], S["facts"], fact_strict)
    m["facts_relaxed"] = match_items(G["facts"], S["facts"], fact_relaxed)
    m["facts_value"] = match_items(G["facts"], S["facts"], fact_value)
    for k, _ in METRICS:
        kind = k.split("_")[0]
        c[k]["gold"] = len(G[kind])
        c[k]["system"] = len(S[kind])
        c[k]["matched"] = len(m[k])

    strict = m["facts_strict"]
    ev_index = {f["evidence"]: i for i, f in enumerate(G["facts"]) if f["evidence"]}
    diffs = []
    for gi, si in sorted(strict.items()):
        g, s = G["facts"][gi], S["facts"][si]
        checks = {
            "object": (ref_match(g["object"], s["object_folds"]), g["object"], s["object"]),
            "attributed_to": (ref_match(g["attributed_to"], s["attributed_folds"]),
                              g["attributed_to"], s["attributed_to"]),
            "qualifier": (g["qualifier"] == s["qualifier"], g["qualifier"], s["qualifier"]),
        }
        if g["part_of"] is None:
            ok = s["part_of"] is None
        else:
            tot = ev_index.get(g["part_of"])
            total_match = strict.get(tot, m["facts_relaxed"].get(tot)) if tot is not None else None
            ok = total_match is not None and total_match == s["part_of"]
        checks["part_of"] = (ok, g["part_of"], s["part_of"])
        for a in ATTRS:
            good, gv, sv = checks[a]
            c["attributes"][a]["total"] += 1
            c["attributes"][a]["correct"] += bool(good)
            if not good:
                diffs.append((gi, a, gv, sv))

    for f in G["facts"]:
        c["predicates"].setdefault(f["predicate"], {"gold": 0, "system": 0, "matched": 0})["gold"] += 1
    for f in S["facts"]:
        c["predicates"].setdefault(str(f["predicate"]), {"gold": 0, "system": 0, "matched": 0})["system"] += 1
    for gi in strict:
        c["predicates"][G["facts"][gi]["predicate"]]["matched"] += 1
    return c, {"matches": m, "diffs": diffs}


# ----------------------------------------------------------------- verbose listing

def q(s):
    return '"{}"'.format(s) if s is not None else "null"


def describe_gold_fact(f):
    return "{} {} {} {} {}".format(f["subject"], f["predicate"], fmt_amount(f), f["unit"], f["period"])


def describe_sys_fact(f):
    return "{} {} {} {} {}".format(f["subject"], f["predicate"], fmt_amount(f), f["unit"], f["period"])


def verbose_lines(gold, sys_doc, det):
    G, S, m = gold, sys_doc, det["matches"]
    out = []
    typed, untyped = m["entities_typed"], m["entities_untyped"]
    for gi, e in enumerate(G["entities"]):
        if gi not in typed:
            hint = ""
            if gi in untyped:
                hint = "  [sys type {}]".format(S["entities"][untyped[gi]]["type"])
            out.append("MISS entity {} {}{}".format(e["name"], e["type"], hint))
    used = set(typed.values())
    for si, e in enumerate(S["entities"]):
        if si not in used:
            out.append("EXTRA entity {} {}".format(e["name"], e["type"]))

    tv, tt = m["times_value"], m["times_text"]
    for gi, t in enumerate(G["times"]):
        if gi not in tv:
            hint = ""
            if gi in tt:
                st = S["times"][tt[gi]]
                hint = "  [sys {} {}]".format(q(st["text"]), st["value"])
            out.append("MISS time {} {}{}".format(q(t["text"]), t["value"], hint))
    used = set(tv.values())
    for si, t in enumerate(S["times"]):
        if si not in used:
            out.append("EXTRA time {} {}".format(q(t["text"]), t["value"]))

    fs, fr, fv = m["facts_strict"], m["facts_relaxed"], m["facts_value"]
    for gi, f in enumerate(G["facts"]):
        if gi in fs:
            continue
        hint = ""
        if gi in fr:
            s = S["facts"][fr[gi]]
            bits = []
            if not same_period(s["period"], f["period"]):
                bits.append("period {}".format(s["period"]))
            if not numbers_strict(f, s):
                bits.append("amount {} {}".format(fmt_amount(s), s["qualifier"]))
            hint = "  [relaxed match, sys " + ", ".join(bits) + "]"
        elif gi in fv:
            hint = "  [amount found as: {}]".format(describe_sys_fact(S["facts"][fv[gi]]))
        out.append("MISS fact {} {}{}".format(describe_gold_fact(f), q(f["evidence"]), hint))
    used = set(fs.values())
    for si, f in enumerate(S["facts"]):
        if si not in used:
            out.append("EXTRA fact {} {}".format(describe_sys_fact(f), q(f["text"])))
    for gi, a, gv, sv in det["diffs"]:
        f = G["facts"][gi]
        out.append("DIFF fact {} {}: {} gold={} sys={}".format(
            f["subject"], f["predicate"], a, q(gv) if isinstance(gv, str) else gv,
            q(sv) if isinstance(sv, str) else sv))
    return out


# ----------------------------------------------------------------- running factmine

def run_factmine(factmine, catalog, paths, split_dir):
    cmd = [factmine, "extract", "-q", "--threads", "1"]
    if catalog:
        cmd += ["--catalog", catalog]
    cmd += paths
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as e:
        raise Fatal("cannot run {}: {}".format(factmine, e))
    err = p.stderr.decode("utf-8", "replace").strip()
    if p.returncode == 2 or p.returncode < 0 or p.returncode > 2:
        raise Fatal("factmine failed on {} (exit status {}){}".format(
            split_dir, p.returncode, ":\n" + err if err else ""))
    out = p.stdout.decode("utf-8", "replace")
    if not out.strip():
        raise Fatal("factmine produced no output on {} (exit status {}){}".format(
            split_dir, p.returncode, ":\n" + err if err else ""))
    docs = []
    for n, line in enumerate(out.splitlines(), 1):
        if not line.strip():
            continue
        try:
            docs.append(json.loads(line))
        except ValueError as e:
            raise Fatal("factmine output line {} on {} is not JSON: {}".format(n, split_dir, e))
    return docs, p.returncode, err, cmd


def score_split(args, split_dir):
    if not os.path.isdir(split_dir):
        raise Fatal("not a directory: {}".format(split_dir))
    names = sorted(f for f in os.listdir(split_dir) if f.endswith(".txt"))
    if not names:
        raise Fatal("no *.txt in {}".format(split_dir))
    paths = [os.path.join(split_dir, f) for f in names]
    golds = {}
    notes = []
    for f in names:
        stem = f[:-4]
        gp = os.path.join(split_dir, stem + ".gold.json")
        if not os.path.exists(gp):
            notes.append("note: {} has no .gold.json, not scored".format(os.path.join(split_dir, f)))
            continue
        try:
            with open(gp, encoding="utf-8") as fh:
                golds[stem] = norm_gold_doc(json.load(fh))
        except (OSError, ValueError) as e:
            raise Fatal("cannot read {}: {}".format(gp, e))
    docs, rc, err, cmd = run_factmine(args.factmine, args.catalog, paths, split_dir)
    if rc == 1:
        notes.append("note: factmine exit status 1 on {} (some inputs rejected){}".format(
            split_dir, ":\n  " + err.replace("\n", "\n  ") if err else ""))

    by_path = {p: f[:-4] for p, f in zip(paths, names)}
    sys_docs = {}
    for d in docs:
        doc = _get(d, "doc") or {}
        did = _get(doc, "id")
        stem = by_path.get(did)
        if stem is None and isinstance(did, str):
            b = os.path.basename(did)
            stem = b[:-4] if b.endswith(".txt") else b
        if stem not in golds:
            if stem is not None and stem + ".txt" not in names:
                notes.append("note: output for unknown document {!r} ignored".format(did))
            continue
        sys_docs[stem] = norm_sys_doc(d)

    total = new_counts()
    per_doc = {}
    lines = []
    empty = {"entities": [], "times": [], "facts": []}
    for stem in sorted(golds):
        s = sys_docs.get(stem)
        if s is None:
            notes.append("note: no output for {}; scored as empty".format(stem))
            s = empty
        c, det = score_doc(golds[stem], s)
        add_counts(total, c)
        per_doc[stem] = {k: c[k] for k, _ in METRICS}
        if args.verbose:
            vl = verbose_lines(golds[stem], s, det)
            if vl:
                lines.append("  {}".format(stem))
                lines.extend("    " + x for x in vl)
    return {"counts": total, "docs": per_doc, "notes": notes, "verbose": lines,
            "factmine_status": rc, "command": cmd}


# ----------------------------------------------------------------- output

def print_table(title, c):
    print(title)
    print("  {:<20} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}".format("", "gold", "sys", "match", "prec", "rec", "f1"))
    for k, label in METRICS:
        p, r, f = prf(c[k])
        print("  {:<20} {:>6} {:>6} {:>6} {:>7.3f} {:>7.3f} {:>7.3f}".format(
            label, c[k]["gold"], c[k]["system"], c[k]["matched"], p, r, f))
    parts = []
    for a in ATTRS:
        v = c["attributes"][a]
        acc = "{:.3f}".format(v["correct"] / v["total"]) if v["total"] else "-"
        parts.append("{} {}/{} {}".format(a, v["correct"], v["total"], acc))
    print("  strict-fact attributes: " + ", ".join(parts))


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Score factmine extract against gold split directories (see the docstring).")
    ap.add_argument("--factmine", required=True, help="path to the factmine binary")
    ap.add_argument("--catalog", help="passed to factmine extract as --catalog FILE")
    ap.add_argument("splits", nargs="+", metavar="SPLIT_DIR")
    ap.add_argument("--min-fact-f1", type=float)
    ap.add_argument("--min-entity-f1", type=float)
    ap.add_argument("--min-time-f1", type=float)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--json", metavar="OUT")
    ap.add_argument("--min-confidence", type=float, default=0.0,
                    help="leave out system facts whose confidence is below this")
    args = ap.parse_args(argv)
    global MIN_CONFIDENCE
    MIN_CONFIDENCE = args.min_confidence

    if not (os.path.isfile(args.factmine) and os.access(args.factmine, os.X_OK)):
        print("gold_score: factmine binary not found or not executable: {}".format(args.factmine), file=sys.stderr)
        return 2
    if args.catalog and not os.path.isfile(args.catalog):
        print("gold_score: catalog not found: {}".format(args.catalog), file=sys.stderr)
        return 2

    results = {}
    overall = new_counts()
    try:
        for sd in args.splits:
            name = os.path.normpath(sd)
            if name in results:
                continue  # the same split given twice
            results[name] = score_split(args, sd)
            add_counts(overall, results[name]["counts"])
    except Fatal as e:
        print("gold_score: error: {}".format(e), file=sys.stderr)
        return 2

    for name, r in results.items():
        for n in r["notes"]:
            print(n, file=sys.stderr)
        print_table("split {} ({} documents)".format(name, len(r["docs"])), r["counts"])
        if r["verbose"]:
            print("  details (MISS = gold not found, EXTRA = system not in gold, DIFF = wrong attribute):")
            for line in r["verbose"]:
                print(line)
        print()
    if len(results) > 1:
        print_table("overall ({} documents)".format(sum(len(r["docs"]) for r in results.values())), overall)
        print()

    o = finish(overall)
    floors = []
    for opt, key, label in (("min_fact_f1", "facts_strict", "strict facts F1"),
                            ("min_entity_f1", "entities_typed", "typed entities F1"),
                            ("min_time_f1", "times_value", "times (value) F1")):
        x = getattr(args, opt)
        if x is not None:
            got = o[key]["f1"]
            floors.append({"floor": "--" + opt.replace("_", "-"), "metric": key, "min": x,
                           "value": got, "ok": got >= x - 1e-12})
    failed = [f for f in floors if not f["ok"]]
    for f in failed:
        print("FAIL {}: {} {:.3f} < {:.3f}".format(f["floor"], f["metric"], f["value"], f["min"]))

    if args.json:
        data = {
            "splits": {n: dict(finish(r["counts"]), documents={d: finish_doc(c) for d, c in r["docs"].items()},
                               factmine_status=r["factmine_status"], notes=r["notes"])
                       for n, r in results.items()},
            "overall": o,
            "floors": floors,
            "passed": not failed,
        }
        try:
            with open(args.json, "w", encoding="utf-8") as fh:
                json.dump(data, fh, indent=1, ensure_ascii=False)
                fh.write("\n")
        except OSError as e:
            print("gold_score: cannot write {}: {}".format(args.json, e), file=sys.stderr)
            return 2
    return 1 if failed else 0


def finish_doc(c):
    out = {}
    for k, _ in METRICS:
        p, r, f = prf(c[k])
        out[k] = dict(c[k], precision=round(p, 6), recall=round(r, 6), f1=round(f, 6))
    return out


if __name__ == "__main__":
    sys.exit(main())
