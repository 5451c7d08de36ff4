#!/usr/bin/env python3
"""factmine check on the project's fixtures (tests/fixtures/check/README.md).

Each folder states one figure in several articles; the test runs
`factmine check --format json FOLDER` and asserts the verdict, the number of
independent sources, the flags and the sums that the folder's README row
expects. It also checks the text and HTML reports carry the same verdicts.

usage: check_test.py FACTMINE [REPO_ROOT]
"""
import json
import os
import subprocess
import sys

FACTMINE = sys.argv[1]
ROOT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..")
FIXTURES = os.path.join(ROOT, "tests", "fixtures", "check")
CATALOG = os.path.join(ROOT, "samples", "catalog.jsonl")

failures = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        failures.append(what)


def run(folder, fmt="json"):
    cmd = [FACTMINE, "check", "--format", fmt, "--catalog", CATALOG, os.path.join(FIXTURES, folder)]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        check(False, f"{folder}: exit {p.returncode}: {p.stderr.strip()[:300]}")
        return None
    return json.loads(p.stdout) if fmt == "json" else p.stdout


def claim(report, subject, predicate, unit=None, scope=None):
    found = [c for c in report["claims"]
             if c["key"]["subject"] == subject and c["key"]["predicate"] == predicate
             and (unit is None or c["key"]["unit"] == unit) and c["key"]["scope"] == scope]
    return found[0] if len(found) == 1 else None


def values(c):
    return sorted({s["quantity"]["value"] or s["quantity"]["low"] for s in c["statements"]})


def base(doc):
    return os.path.basename(doc)


def expect_claim(folder, report, subject, predicate, verdict, sources, unit=None, period=None, values_=None,
                 scope=None):
    c = claim(report, subject, predicate, unit, scope)
    name = f"{folder}: {subject}/{predicate}" + (f"/{unit}" if unit else "")
    check(c is not None, f"{name}: exactly one claim")
    if c is None:
        return None
    check(c["verdict"] == verdict, f"{name}: verdict {c['verdict']} == {verdict}")
    check(c["sources"] == sources, f"{name}: {c['sources']} independent sources == {sources}")
    if period is not None:
        check(c["key"]["period"] == period, f"{name}: period {c['key']['period']} == {period}")
    if values_ is not None:
        check(values(c) == values_, f"{name}: values {values(c)} == {values_}")
    return c


# agreement: three sources (one English), one value.
r = run("agreement")
if r:
    expect_claim("agreement", r, "brevalis", "revenue", "consistent", 3, "EUR", "2024", [2.5e9])

# rounding: 1,48 milliard vs "près de" / "environ" 1,5 milliard.
r = run("rounding")
if r:
    c = expect_claim("rounding", r, "talmira", "revenue", "compatible", 3, "EUR", "2024", [1.48e9, 1.5e9])
    if c:
        check("approximate" in c["tolerance"], f"rounding: tolerance names the qualifier: {c['tolerance']}")

# conflict: 2,1 vs 3,4 milliards, no slip.
r = run("conflict")
if r:
    c = expect_claim("conflict", r, "ostrale-air-groupe", "loss", "conflict", 2, "EUR", "2024", [2.1e9, 3.4e9])
    if c:
        check(c["flags"] == [], f"conflict: no slip flagged ({c['flags']})")

# scale slip: "1 milliard" against two statements of 10^12.
r = run("scale_slip")
if r:
    c = expect_claim("scale_slip", r, "kordium", "market_cap", "conflict", 3, "USD")
    if c:
        check(any(f.startswith("scale_slip (factor 10^3)") for f in c["flags"]), f"scale_slip: flagged ({c['flags']})")
        suspects = [base(c["statements"][i]["doc"]) for i in c["suspect_statements"]]
        check(suspects == ["03_infoflash.txt"], f"scale_slip: suspect is 03_infoflash ({suspects})")
        check(c["verdict_without_suspects"] in ("consistent", "compatible"),
              f"scale_slip: the others agree ({c['verdict_without_suspects']})")

# currency slip: 750 millions de dollars twice, d'euros once.
r = run("currency_slip")
if r:
    usd = expect_claim("currency_slip", r, "felsine-robotique", "acquisition_price", "consistent", 2, "USD",
                       values_=[7.5e8])
    eur = claim(r, "felsine-robotique", "acquisition_price", "EUR")
    check(eur is not None, "currency_slip: the euro statement is its own claim")
    if usd and eur:
        check(usd["key"]["object"] == "copperline-robotics", f"currency_slip: object {usd['key']['object']}")
        check(any(f.startswith("currency_slip") for f in eur["flags"]), f"currency_slip: flagged ({eur['flags']})")
        check([base(s["doc"]) for s in eur["statements"]] == ["03_courrier.txt"], "currency_slip: 03_courrier says EUR")
        check(eur["suspect_statements"] == [0], "currency_slip: the euro statement is the suspect")

# broken sum: 8 = 4 + 3 + 2 fails, 8,5 = 4 + 3 + 1,5 holds; the totals conflict.
r = run("broken_sum")
if r:
    expect_claim("broken_sum", r, "mareval", "investment", "conflict", 2, "EUR", values_=[8e9, 8.5e9])
    sums = {base(s["doc"]): s for s in r["sums"]}
    check(sorted(sums) == ["01_hebdo.txt", "02_quotidien.txt"], f"broken_sum: a sum per article ({sorted(sums)})")
    if "01_hebdo.txt" in sums:
        s = sums["01_hebdo.txt"]
        check(s["verdict"] == "fails", f"broken_sum: 01 fails ({s['verdict']})")
        check(sorted(p["quantity"]["value"] for p in s["parts"]) == [2e9, 3e9, 4e9], "broken_sum: 01 parts 4+3+2")
        check(s["parts_interval"][0] > s["whole"]["quantity"]["interval"][1], "broken_sum: 01 parts exceed the total")
    if "02_quotidien.txt" in sums:
        s = sums["02_quotidien.txt"]
        check(s["verdict"] == "holds", f"broken_sum: 02 holds ({s['verdict']})")
        check(sorted(p["quantity"]["value"] for p in s["parts"]) == [1.5e9, 3e9, 4e9], "broken_sum: 02 parts 4+3+1,5")
        # Parts inherit the total's currency ("dont 4 milliards" has none).
        check(all(p["quantity"]["unit"] == "EUR" for p in s["parts"]), "broken_sum: parts in EUR")

# same story: four articles, three copies of one dispatch -> two sources.
r = run("same_story")
if r:
    # (04 says "dans ses usines françaises", the others "en France": the
    # figure without a place joins the claim of the place it matches.)
    c = expect_claim("same_story", r, "ferrandis-aciers", "job_cuts", "consistent", 2, values_=[1150], scope="france")
    if c:
        check(c["documents"] == 4, f"same_story: 4 articles ({c['documents']})")
        check(c["values"][0]["sources"] == 2, f"same_story: value backed by 2 sources ({c['values'][0]})")

# mixed language: French and English, one claim.
r = run("mixed_language")
if r:
    c = expect_claim("mixed_language", r, "kymari", "valuation", "consistent", 2, "EUR", values_=[4.2e9])
    if c:
        check({s["lang"] for s in c["statements"]} == {"fr", "en"}, "mixed_language: both languages in one claim")

# scopes: "3 200 dans le monde, dont 1 150 en France", "En Espagne, 600":
# one claim per place, and no conflict between the whole and its parts.
r = run("scopes")
if r:
    check(not any(c["verdict"] == "conflict" for c in r["claims"]), "scopes: no conflict between places")
    whole = expect_claim("scopes", r, "ostrale-air-groupe", "job_cuts", "consistent", 3, values_=[3200])
    if whole:
        check(whole["key"]["scope"] is None, "scopes: 'dans le monde' is the whole")
        check(whole["key"]["unit"] == "job", f"scopes: postes and suppressions count jobs ({whole['key']['unit']})")
    france = [c for c in r["claims"] if c["key"]["scope"] == "france"]
    check(len(france) == 1 and france[0]["verdict"] == "consistent" and france[0]["sources"] == 2
          and values(france[0]) == [1150], "scopes: France 1 150, consistent, 2 sources")
    spain = [c for c in r["claims"] if c["key"]["scope"] == "espagne"]
    check(len(spain) == 1 and values(spain[0]) == [600], "scopes: Espagne 600, its own claim")
    check(all(s["verdict"] == "partial" for s in r["sums"]), "scopes: a place is a partial breakdown")
    check(not any(p["quantity"]["value"] == 10 for s in r["sums"] for p in s["parts"]),
          "scopes: 'un emploi sur dix' is no figure")

# subtotal: "6 milliards, dont 2,5 ... 2 ... 1,5" in one article, "4,5
# milliards dans ses usines et sa recherche" in another: 2,5 + 2, no conflict.
r = run("subtotal")
if r:
    c = expect_claim("subtotal", r, "talmira", "investment", "compatible", 2, "EUR", values_=[4.5e9, 6e9])
    if c:
        check(len(c["subtotals"]) == 1 and sorted(c["subtotals"][0]["parts"]) == [2e9, 2.5e9]
              and c["subtotals"][0]["of_total"] == 6e9, f"subtotal: 4,5 = 2,5 + 2 of 6 ({c['subtotals']})")
        st = c["statements"][c["subtotals"][0]["statement"]]
        check(st["quantity"]["value"] == 4.5e9, "subtotal: the statement is the 4,5 milliards")

# Filters: --subject (id or name, any case), --predicate, --verdict; the
# sums of the claims kept stay, with their claim index.
p = subprocess.run([FACTMINE, "check", "--format", "json", "--catalog", CATALOG, "--subject", "MARÉVAL",
                    "--verdict", "conflict", FIXTURES], capture_output=True, text=True)
r = json.loads(p.stdout) if p.returncode == 0 else None
check(r is not None and [c["key"]["subject"] for c in r["claims"]] == ["mareval"],
      "filters: --subject MARÉVAL --verdict conflict keeps the Maréval conflict only")
if r:
    check(len(r["sums"]) == 2 and all(s["claim"] == 0 for s in r["sums"]), "filters: its two sums stay, pointing to it")
p = subprocess.run([FACTMINE, "check", "--format", "json", "--catalog", CATALOG, "--predicate", "job_cuts", FIXTURES],
                   capture_output=True, text=True)
r = json.loads(p.stdout) if p.returncode == 0 else None
check(r is not None and len(r["claims"]) >= 2 and all(c["key"]["predicate"] == "job_cuts" for c in r["claims"]),
      "filters: --predicate job_cuts")

# The text report puts conflicts first and names the slip.
t = run("scale_slip", "text")
if t:
    check(t.index("CONFLICT") < t.index("[1 milliard de dollars]"), "text: conflict listed with its evidence")
    check("scale_slip" in t and "\n  ? " in t, "text: slip and suspect marked")

# The HTML report is one self-contained page.
h = run("broken_sum", "html")
if h:
    check(h.startswith("<!DOCTYPE html>"), "html: a page")
    check("http://" not in h.split("<body")[0] and "<script src" not in h and "<link" not in h,
          "html: no external resources in the head")
    multi = [c for c in run("broken_sum")["claims"] if c["verdict"] != "single_source"]
    check(h.count('class="claim"') == len(multi), f"html: one row per claim with two sources or more ({len(multi)})")
    check("--all</code> lists them" in h, "html: says single-source claims are left out")

print(f"\n{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
