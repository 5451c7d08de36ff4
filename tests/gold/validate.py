#!/usr/bin/env python3
"""Checker for the factmine evaluation gold set (python3, stdlib only).

Usage:  python3 tests/gold/validate.py [GOLD_DIR]

For every split directory (dev/, test/) it checks that each NAME.txt has a
NAME.gold.json and vice versa, that the article follows the layout
(URL, date, empty line, headline, empty line, body), that the JSON parses
and follows the schema described in README.md, that every `evidence` string
occurs exactly once in the article, that entity names and time texts occur
in the article, that predicates, units, qualifiers, periods and time values
are well formed, and prints per-split counts.  Exit status 1 on any error.
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

SPLITS = ("dev", "test")

PREDICATES = {
    "revenue", "profit", "loss", "cost", "spending", "investment", "funding_raised",
    "valuation", "market_cap", "market_share", "stock_change", "price", "headcount",
    "users", "growth", "count", "savings", "job_cuts", "loan", "debt", "deficit",
    "acquisition_price", "settlement", "compensation", "budget", "fine", "subsidy",
    "margin", "dividend", "tax", "production", "sales_volume", "inflation",
    "unemployment_rate", "interest_rate",
}
# Predicates whose amount is a ratio: unit must be "%" or "pp".
RATIO_PREDICATES = {"market_share", "stock_change", "growth", "margin", "inflation",
                    "unemployment_rate", "interest_rate"}
# Predicates whose amount is money (a ratio to GDP is also accepted for some).
MONEY_PREDICATES = {"revenue", "profit", "loss", "cost", "spending", "investment",
                    "funding_raised", "valuation", "market_cap", "price", "savings",
                    "loan", "debt", "deficit", "acquisition_price", "settlement",
                    "compensation", "budget", "fine", "subsidy", "dividend", "tax"}
MONEY_OR_RATIO = {"debt", "deficit", "tax", "budget", "spending"}
# Predicates whose amount is a count of things (or a physical quantity).
COUNT_PREDICATES = {"headcount", "users", "count", "job_cuts", "production", "sales_volume"}

CURRENCIES = {
    "EUR", "USD", "GBP", "CHF", "JPY", "CNY", "CAD", "AUD", "SEK", "NOK", "DKK",
    "PLN", "CZK", "HUF", "INR", "KRW", "BRL", "MXN", "HKD", "SGD", "TWD", "ZAR",
    "RUB", "TRY", "SAR", "AED", "ILS", "NZD",
}
UNIT_ACRONYMS = {"GPU", "CPU", "TPU"}  # count nouns written as upper-case acronyms
QUALIFIERS = {"exact", "approx", "more_than", "less_than", "at_least", "at_most", "range"}
ENTITY_TYPES = {"ORG", "PERSON", "PRODUCT", "PLACE", "GOV", "GROUP"}
GRAINS = {"day", "month", "quarter", "half", "year", "span"}
LANGS = {"fr", "en"}

FACT_KEYS = ["subject", "predicate", "value", "low", "high", "unit", "qualifier",
             "period", "object", "attributed_to", "part_of", "evidence"]
DOC_KEYS = ["doc", "lang", "date", "entities", "times", "facts"]

MIN_WORDS, MAX_WORDS = 150, 400
MIN_FACTS, MAX_FACTS = 3, 6

RE_YEAR = re.compile(r"^\d{4}$")
RE_FY = re.compile(r"^FY\d{4}$")
RE_QUARTER = re.compile(r"^\d{4}-Q[1-4]$")
RE_HALF = re.compile(r"^\d{4}-H[12]$")
RE_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
RE_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RE_COUNT_UNIT = re.compile(r"^[^\W\d_][^\W_]*(?:[ \-][^\W_]+)*$")


def parse_day(s):
    if not RE_DAY.match(s):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


def time_grain(value):
    """Return the grain implied by a time/period value, or None if malformed."""
    if not isinstance(value, str):
        return None
    if RE_YEAR.match(value) or RE_FY.match(value):
        return "year"
    if RE_QUARTER.match(value):
        return "quarter"
    if RE_HALF.match(value):
        return "half"
    if RE_MONTH.match(value):
        return "month"
    if parse_day(value):
        return "day"
    if value.count("/") == 1:
        a, b = value.split("/")
        da, db = parse_day(a), parse_day(b)
        if da and db and da <= db:
            return "span"
    return None


def unit_ok(unit):
    if not isinstance(unit, str) or not unit or unit != unit.strip():
        return False
    if unit in CURRENCIES or unit in ("%", "pp"):
        return True
    if unit.isupper():
        # an upper-case unit must be an ISO 4217 code or a known acronym noun
        return unit in UNIT_ACRONYMS
    return bool(RE_COUNT_UNIT.match(unit))


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


class Checker:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def err(self, where, msg):
        self.errors.append("{}: {}".format(where, msg))

    def warn(self, where, msg):
        self.warnings.append("{}: {}".format(where, msg))

    # ------------------------------------------------------------ article
    def read_article(self, path, where):
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        lines = raw.split("\n")
        if len(lines) < 6:
            self.err(where, "article too short / bad layout")
            return raw, None, ""
        if not re.match(r"^https?://\S+$", lines[0]):
            self.err(where, "line 1 must be a URL")
        date = lines[1].strip()
        if not parse_day(date):
            self.err(where, "line 2 must be a YYYY-MM-DD date, got {!r}".format(lines[1]))
        if lines[2] != "":
            self.err(where, "line 3 must be empty")
        if not lines[3].strip():
            self.err(where, "line 4 must be the headline")
        if lines[4] != "":
            self.err(where, "line 5 must be empty")
        body = "\n".join(lines[5:])
        if not body.strip():
            self.err(where, "empty body")
        words = len((lines[3] + " " + body).split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            self.err(where, "{} words (expected {}-{})".format(words, MIN_WORDS, MAX_WORDS))
        return raw, date, body

    # ------------------------------------------------------------ gold
    def check_doc(self, split, name, txt_path, json_path, stats):
        where = "{}/{}".format(split, name)
        raw, date, _body = self.read_article(txt_path, where)
        # The article text proper: everything after the date line.
        text = raw.split("\n", 2)[2] if raw.count("\n") >= 2 else raw
        try:
            with open(json_path, encoding="utf-8") as f:
                gold = json.load(f)
        except (ValueError, OSError) as e:
            self.err(where, "JSON does not parse: {}".format(e))
            return
        if not isinstance(gold, dict):
            self.err(where, "top-level JSON must be an object")
            return
        for k in DOC_KEYS:
            if k not in gold:
                self.err(where, "missing key {!r}".format(k))
        for k in gold:
            if k not in DOC_KEYS:
                self.err(where, "unknown key {!r}".format(k))
        if gold.get("doc") != name:
            self.err(where, "doc {!r} != file name {!r}".format(gold.get("doc"), name))
        lang = gold.get("lang")
        if lang not in LANGS:
            self.err(where, "lang must be one of {}".format(sorted(LANGS)))
        if not name.startswith(str(lang) + "_"):
            self.warn(where, "file name does not start with the language code")
        if gold.get("date") != date:
            self.err(where, "date {!r} != article line 2 {!r}".format(gold.get("date"), date))

        # entities
        ents = gold.get("entities") or []
        names = set()
        for i, e in enumerate(ents):
            w = "{} entity[{}]".format(where, i)
            if not isinstance(e, dict) or set(e) != {"name", "type"}:
                self.err(w, "entity must have exactly keys name, type")
                continue
            if e["type"] not in ENTITY_TYPES:
                self.err(w, "bad type {!r}".format(e["type"]))
            if e["name"] in names:
                self.err(w, "duplicate entity {!r}".format(e["name"]))
            names.add(e["name"])
            if not isinstance(e["name"], str) or e["name"] not in text:
                self.err(w, "entity name {!r} not found in article".format(e["name"]))

        # times
        times = gold.get("times") or []
        seen_times = set()
        for i, t in enumerate(times):
            w = "{} time[{}]".format(where, i)
            if not isinstance(t, dict) or set(t) != {"text", "value", "grain"}:
                self.err(w, "time must have exactly keys text, value, grain")
                continue
            if t["text"] in seen_times:
                self.err(w, "duplicate time text {!r}".format(t["text"]))
            seen_times.add(t["text"])
            if not isinstance(t["text"], str) or t["text"] not in text:
                self.err(w, "time text {!r} not found in article".format(t["text"]))
            if t["grain"] not in GRAINS:
                self.err(w, "bad grain {!r}".format(t["grain"]))
            g = time_grain(t["value"])
            if g is None:
                self.err(w, "malformed time value {!r}".format(t["value"]))
            elif g != t["grain"]:
                self.err(w, "value {!r} has grain {} but grain says {}".format(t["value"], g, t["grain"]))

        # facts
        facts = gold.get("facts") or []
        if not MIN_FACTS <= len(facts) <= MAX_FACTS:
            self.warn(where, "{} facts (expected {}-{})".format(len(facts), MIN_FACTS, MAX_FACTS))
        evidences = [f.get("evidence") for f in facts if isinstance(f, dict)]
        ev_counter = Counter(evidences)
        for i, fct in enumerate(facts):
            w = "{} fact[{}]".format(where, i)
            if not isinstance(fct, dict):
                self.err(w, "fact must be an object")
                continue
            missing = [k for k in FACT_KEYS if k not in fct]
            extra = [k for k in fct if k not in FACT_KEYS]
            if missing:
                self.err(w, "missing keys {}".format(missing))
                continue
            if extra:
                self.err(w, "unknown keys {}".format(extra))
            subj, pred, unit, qual = fct["subject"], fct["predicate"], fct["unit"], fct["qualifier"]
            value, low, high = fct["value"], fct["low"], fct["high"]
            if subj not in names:
                self.err(w, "subject {!r} is not a listed entity".format(subj))
            if pred not in PREDICATES:
                self.err(w, "predicate {!r} not in vocabulary".format(pred))
            if not unit_ok(unit):
                self.err(w, "malformed unit {!r}".format(unit))
            else:
                is_money = unit in CURRENCIES
                is_ratio = unit in ("%", "pp")
                if pred in RATIO_PREDICATES and not is_ratio:
                    self.err(w, "predicate {} needs unit % or pp, got {!r}".format(pred, unit))
                if pred in MONEY_PREDICATES and not is_money and not (pred in MONEY_OR_RATIO and is_ratio):
                    self.err(w, "predicate {} needs a currency unit, got {!r}".format(pred, unit))
                if pred in COUNT_PREDICATES and is_money:
                    self.err(w, "predicate {} cannot have a currency unit".format(pred))
            for k, x in (("value", value), ("low", low), ("high", high)):
                if x is not None and not is_num(x):
                    self.err(w, "{} must be a number or null".format(k))
            if qual not in QUALIFIERS:
                self.err(w, "bad qualifier {!r}".format(qual))
            elif qual in ("exact", "approx"):
                if value is None or low is not None or high is not None:
                    self.err(w, "{} needs value and null low/high".format(qual))
            elif qual == "range":
                if value is not None or low is None or high is None:
                    self.err(w, "range needs null value, low and high")
                elif is_num(low) and is_num(high) and low > high:
                    self.err(w, "low > high")
            elif qual in ("more_than", "at_least"):
                if value is not None or low is None or high is not None:
                    self.err(w, "{} needs null value, low set, null high".format(qual))
            elif qual in ("less_than", "at_most"):
                if value is not None or high is None or low is not None:
                    self.err(w, "{} needs null value, high set, null low".format(qual))
            if time_grain(fct["period"]) is None:
                self.err(w, "malformed period {!r}".format(fct["period"]))
            obj = fct["object"]
            if obj is not None and (not isinstance(obj, str) or obj not in text):
                self.err(w, "object {!r} must be null or occur in the article".format(obj))
            attr = fct["attributed_to"]
            if attr is not None:
                if attr not in names:
                    self.err(w, "attributed_to {!r} is not a listed entity".format(attr))
                if attr == subj:
                    self.err(w, "attributed_to equals subject")
            ev = fct["evidence"]
            if not isinstance(ev, str) or not ev:
                self.err(w, "evidence must be a non-empty string")
            else:
                n = text.count(ev)
                if n == 0:
                    self.err(w, "evidence {!r} not found verbatim in article".format(ev))
                elif n > 1:
                    self.err(w, "evidence {!r} occurs {} times (must be unique)".format(ev, n))
                if not re.search(r"\d", ev) and not re.search(
                        r"\b(un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|one|two|three|four|five|six|seven|eight|nine|ten)\b",
                        ev, re.I):
                    self.warn(w, "evidence {!r} contains no number".format(ev))
                if ev_counter[ev] > 1:
                    self.err(w, "evidence {!r} used by several facts".format(ev))
            po = fct["part_of"]
            if po is not None:
                if po == ev or po not in evidences:
                    self.err(w, "part_of {!r} must be the evidence of another fact".format(po))

        st = stats[split]
        st["articles"] += 1
        st["articles_" + str(lang)] += 1
        st["entities"] += len(ents)
        st["times"] += len(times)
        st["facts"] += len(facts)
        for fct in facts:
            if isinstance(fct, dict):
                st["pred:" + str(fct.get("predicate"))] += 1
                st["qual:" + str(fct.get("qualifier"))] += 1


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    chk = Checker()
    stats = {s: Counter() for s in SPLITS}
    for split in SPLITS:
        d = os.path.join(root, split)
        if not os.path.isdir(d):
            chk.err(split, "missing split directory")
            continue
        files = os.listdir(d)
        txts = {f[:-4] for f in files if f.endswith(".txt")}
        golds = {f[:-len(".gold.json")] for f in files if f.endswith(".gold.json")}
        for n in sorted(txts - golds):
            chk.err("{}/{}".format(split, n), "article has no .gold.json")
        for n in sorted(golds - txts):
            chk.err("{}/{}".format(split, n), ".gold.json has no article")
        for n in sorted(txts & golds):
            chk.check_doc(split, n, os.path.join(d, n + ".txt"), os.path.join(d, n + ".gold.json"), stats)

    # A doc name must not appear in both splits.
    names = {s: {f for f in os.listdir(os.path.join(root, s))} for s in SPLITS if os.path.isdir(os.path.join(root, s))}
    if len(names) == 2:
        for f in names["dev"] & names["test"]:
            chk.err(f, "file present in both dev and test")

    print("{:<6} {:>8} {:>4} {:>4} {:>9} {:>6} {:>6}".format("split", "articles", "fr", "en", "entities", "times", "facts"))
    total = Counter()
    for s in SPLITS:
        st = stats[s]
        total.update(st)
        print("{:<6} {:>8} {:>4} {:>4} {:>9} {:>6} {:>6}".format(
            s, st["articles"], st["articles_fr"], st["articles_en"], st["entities"], st["times"], st["facts"]))
    print("{:<6} {:>8} {:>4} {:>4} {:>9} {:>6} {:>6}".format(
        "total", total["articles"], total["articles_fr"], total["articles_en"], total["entities"],
        total["times"], total["facts"]))
    for s in SPLITS:
        preds = sorted((k[5:], v) for k, v in stats[s].items() if k.startswith("pred:"))
        quals = sorted((k[5:], v) for k, v in stats[s].items() if k.startswith("qual:"))
        print("\n[{}] predicates ({}): {}".format(s, len(preds), ", ".join("{}={}".format(k, v) for k, v in preds)))
        print("[{}] qualifiers: {}".format(s, ", ".join("{}={}".format(k, v) for k, v in quals)))
    unused = sorted(PREDICATES - {k[5:] for k in total if k.startswith("pred:")})
    print("\npredicates not covered by any split: {}".format(", ".join(unused) if unused else "none"))

    for w in chk.warnings:
        print("WARNING " + w)
    for e in chk.errors:
        print("ERROR " + e)
    if chk.errors:
        print("\n{} error(s)".format(len(chk.errors)))
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
