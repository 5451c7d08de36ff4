#!/usr/bin/env python3
"""Check factmine entity catalog files (JSON Lines). Python 3 standard library only.

Usage:
    python3 validate.py                      # checks catalog.jsonl next to this script
    python3 validate.py catalog.jsonl my.jsonl

When several files are given they are checked as one catalog: ids must be unique
across all of them, parents and affiliations may point into any of them, and no
folded alias may be shared by two entities. Each file must be sorted on its own.

Prints the number of entries per type and exits with status 1 on any problem.
"""

import json
import os
import re
import sys
import unicodedata
from collections import Counter

TYPES = ("ORG", "PERSON", "PRODUCT", "PLACE", "GOV", "GROUP")
REQUIRED = {"id": str, "name": str, "type": str, "aliases": list}
OPTIONAL = {
    "cased_aliases": list,
    "wikidata": str,
    "parent": str,
    "affiliation": str,
    "role": str,
    "country": str,
    # true when the name is also written all in lower case ("zone euro"):
    # the matcher then accepts it without a capital.
    "lowercase": bool,
    # PLACE only: country, zone (a group of countries or a world region),
    # region (within a country) or city (a town, or a place within one).
    "place": str,
}
PLACE_KINDS = ("country", "zone", "region", "city")
PERSON_ONLY = ("affiliation", "role")
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
WIKIDATA_RE = re.compile(r"^Q[1-9][0-9]*$")
COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
# Elided or contracted forms are handled by the matcher and must not be listed.
ELISION_RE = re.compile(r"^(d|l|qu|j|n|s|c)['\u2019]", re.UNICODE)

# Folded forms that are ordinary French or English words (or otherwise too
# ambiguous in lower case). They may only appear in cased_aliases.
CASED_ONLY = {
    # function words and short words that collide with acronyms
    "a", "an", "the", "of", "in", "on", "to", "is", "it", "us", "who", "has",
    "un", "une", "le", "la", "les", "de", "des", "du", "et", "eu", "eau",
    "sec", "mes", "bis", "aie", "bad", "son", "su", "page", "fed",
    # names that are ordinary words
    "apple", "amazon", "meta", "orange", "free", "total", "shell", "visa",
    "oracle", "alphabet", "carrefour", "casino", "vinci", "legrand", "hermes",
    "tesla", "mistral", "adobe", "micron", "caterpillar", "snowflake",
    "perplexity", "cohere", "runway", "cursor", "stripe", "arm", "roche",
    "vanguard", "fidelity", "citadel", "sequoia", "fortune", "challenges",
    "windows", "chrome", "copilot", "azure", "llama", "bard", "claude",
    "alexa", "mac", "messenger", "threads", "optimus", "starship", "galaxy",
    "fiat", "jeep", "rafale", "leonardo", "etat", "gouvernement", "paris",
    "nice", "rennes", "bordeaux", "milan", "corse", "suisse", "chili",
    "argentine", "turkey", "grand est", "le monde", "les echos", "le point",
    "la poste", "la tribune", "le parisien", "le chat", "the information",
    "the economist", "the guardian", "l'usine nouvelle", "footsie",
    "cor", "ape", "aft", "ft", "gm", "hp", "safran", "decathlon", "android",
    "open ai", "les mousquetaires", "full self-driving", "region sud",
}


def fold(text):
    """Lower-case and strip accents (the matcher's comparison key)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class Report:
    def __init__(self):
        self.errors = []

    def error(self, where, message):
        self.errors.append("%s: %s" % (where, message))


def check_alias_text(rep, where, alias, field):
    if not isinstance(alias, str) or not alias:
        rep.error(where, "%s contains an empty or non-string value: %r" % (field, alias))
        return False
    if alias != alias.strip() or "  " in alias:
        rep.error(where, "%s %r has stray whitespace" % (field, alias))
    if "\u2019" in alias:
        rep.error(where, "%s %r uses a typographic apostrophe; use ASCII '" % (field, alias))
    if ELISION_RE.match(alias):
        rep.error(where, "%s %r starts with an elided article or preposition" % (field, alias))
    if len(fold(alias)) < 2:
        rep.error(where, "%s %r is too short" % (field, alias))
    if fold(alias).isdigit():
        rep.error(where, "%s %r is a bare number" % (field, alias))
    return True


def load(path, rep):
    entries = []
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as exc:
        rep.error(path, "cannot read: %s" % exc)
        return entries
    if raw.startswith(b"\xef\xbb\xbf"):
        rep.error(path, "file starts with a UTF-8 BOM")
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        rep.error(path, "not valid UTF-8: %s" % exc)
        return entries
    if text and not text.endswith("\n"):
        rep.error(path, "last line has no trailing newline")
    for number, line in enumerate(text.split("\n"), start=1):
        if line == "" and number == text.count("\n") + 1:
            break  # end of file after the final newline
        where = "%s:%d" % (path, number)
        if not line.strip():
            rep.error(where, "empty line")
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            rep.error(where, "invalid JSON: %s" % exc)
            continue
        if not isinstance(obj, dict):
            rep.error(where, "line is not a JSON object")
            continue
        entries.append((where, path, obj))
    return entries


def check_entry(rep, where, obj):
    ok = True
    for key, kind in REQUIRED.items():
        if key not in obj:
            rep.error(where, "missing required field %r" % key)
            ok = False
        elif not isinstance(obj[key], kind):
            rep.error(where, "field %r must be %s" % (key, kind.__name__))
            ok = False
    for key in obj:
        if key not in REQUIRED and key not in OPTIONAL:
            rep.error(where, "unknown field %r" % key)
    for key, kind in OPTIONAL.items():
        value = obj.get(key)
        if value is not None and not isinstance(value, kind):
            rep.error(where, "field %r must be %s or null" % (key, kind.__name__))
            ok = False
    if not ok:
        return False

    if not ID_RE.match(obj["id"]):
        rep.error(where, "id %r is not a lowercase ASCII slug" % obj["id"])
    if not obj["name"].strip():
        rep.error(where, "name is empty")
    if obj["type"] not in TYPES:
        rep.error(where, "type %r is not one of %s" % (obj["type"], ", ".join(TYPES)))
    if not obj["aliases"]:
        rep.error(where, "aliases is empty")
    for key in PERSON_ONLY:
        if obj.get(key) is not None and obj["type"] != "PERSON":
            rep.error(where, "%r is only allowed on PERSON entries" % key)
    if obj.get("wikidata") is not None and not WIKIDATA_RE.match(obj["wikidata"]):
        rep.error(where, "wikidata %r is not a Q-id" % obj["wikidata"])
    if obj.get("country") is not None and not COUNTRY_RE.match(obj["country"]):
        rep.error(where, "country %r is not an ISO 3166-1 alpha-2 code" % obj["country"])
    if obj.get("place") is not None and (obj["type"] != "PLACE" or obj["place"] not in PLACE_KINDS):
        rep.error(where, "place %r: only on PLACE entries, one of %s" % (obj["place"], ", ".join(PLACE_KINDS)))
    if obj.get("role") is not None and not obj["role"].strip():
        rep.error(where, "role is empty")

    seen = {}
    for field in ("aliases", "cased_aliases"):
        for alias in obj.get(field) or []:
            if not check_alias_text(rep, where, alias, field):
                continue
            key = fold(alias)
            if key in seen:
                rep.error(where, "%r duplicates %r (same folded form)" % (alias, seen[key]))
            else:
                seen[key] = alias
            if field == "aliases" and key in CASED_ONLY:
                rep.error(where, "%r is an ordinary word: move it to cased_aliases" % alias)
            if field == "cased_aliases" and not alias[0].isupper():
                rep.error(where, "cased alias %r must start with a capital letter" % alias)
    if fold(obj["name"]) not in seen:
        rep.error(where, "name %r is not listed in aliases or cased_aliases" % obj["name"])
    return True


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    paths = argv[1:] or [os.path.join(here, "catalog.jsonl")]
    rep = Report()

    entries = []
    for path in paths:
        loaded = load(path, rep)
        previous = None
        for where, _, obj in loaded:
            if isinstance(obj.get("type"), str) and isinstance(obj.get("id"), str):
                key = (obj["type"], obj["id"])
                if previous is not None and key < previous:
                    rep.error(where, "not sorted by (type, id): %s/%s comes after %s/%s"
                              % (key + previous))
                previous = key
        entries.extend(loaded)

    valid = []
    for where, path, obj in entries:
        if check_entry(rep, where, obj):
            valid.append((where, obj))

    ids = {}
    for where, obj in valid:
        if obj["id"] in ids:
            rep.error(where, "duplicate id %r (first at %s)" % (obj["id"], ids[obj["id"]]))
        else:
            ids[obj["id"]] = where
    by_id = {obj["id"]: obj for _, obj in valid}

    for where, obj in valid:
        for key in ("parent", "affiliation"):
            target = obj.get(key)
            if target is None:
                continue
            if target == obj["id"]:
                rep.error(where, "%s points to the entry itself" % key)
            elif target not in by_id:
                rep.error(where, "%s %r does not exist" % (key, target))
        # parent chains must end (no cycles)
        chain, current = [obj["id"]], obj.get("parent")
        while current is not None and current in by_id:
            if current in chain:
                rep.error(where, "parent cycle: %s" % " -> ".join(chain + [current]))
                break
            chain.append(current)
            current = by_id[current].get("parent")

    owners = {}
    for where, obj in valid:
        for field in ("aliases", "cased_aliases"):
            for alias in obj.get(field) or []:
                if not isinstance(alias, str) or not alias:
                    continue
                key = fold(alias)
                owner = owners.get(key)
                if owner is None:
                    owners[key] = (obj["id"], alias, where)
                elif owner[0] != obj["id"]:
                    rep.error(where, "alias %r of %r collides with %r of %r (%s)"
                              % (alias, obj["id"], owner[1], owner[0], owner[2]))

    counts = Counter(obj["type"] for _, obj in valid if obj["type"] in TYPES)
    for type_name in TYPES:
        print("%-8s %5d" % (type_name, counts.get(type_name, 0)))
    print("%-8s %5d" % ("TOTAL", sum(counts.values())))

    if rep.errors:
        for message in rep.errors:
            print("ERROR " + message, file=sys.stderr)
        print("%d problem(s) found" % len(rep.errors), file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
