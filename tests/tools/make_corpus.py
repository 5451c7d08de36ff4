#!/usr/bin/env python3
"""Writes a synthetic corpus of short French and English news items as JSONL,
for the ingest tests (crash, parallelism, disk full). Every item is unique,
dated, and carries a few amounts; the texts are generated here, from the
vocabulary below, so the tests never depend on outside material.

    tests/tools/make_corpus.py OUT.jsonl N [--seed S]
"""
import json
import random
import sys

COMPANIES = ["Altrova", "Brenex", "Calipso Énergie", "Dunmore Labs", "Erlang Motors", "Fjord Capital",
             "Galatée", "Hexaline", "Iroko Santé", "Jurassic Data", "Kelvin Grid", "Lumen & Co"]
VERBS_FR = ["a levé", "prévoit d'investir", "a perdu", "a réalisé un chiffre d'affaires de", "va supprimer"]
UNITS_FR = ["millions d'euros", "milliards de dollars", "millions de dollars", "postes"]
CITIES = ["Lyon", "Nantes", "Lille", "Bordeaux", "Grenoble", "Rennes", "Toulouse", "Dijon"]
VERBS_EN = ["raised", "plans to invest", "lost", "reported revenue of", "will cut"]
UNITS_EN = ["million dollars", "billion euros", "million pounds", "jobs"]


def item(rng, i):
    company = rng.choice(COMPANIES)
    day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if rng.random() < 0.8:
        n = rng.randint(2, 900)
        text = (f"{company} {rng.choice(VERBS_FR)} {n} {rng.choice(UNITS_FR)} en {rng.randint(2019, 2025)}, "
                f"selon un communiqué publié à {rng.choice(CITIES)}.\n\n"
                f"La société compte {rng.randint(20, 9000)} salariés et vise une croissance de "
                f"{rng.randint(1, 40)} % d'ici {rng.randint(2026, 2030)}. (dépêche {i})\n")
        lang = "fr"
    else:
        n = rng.randint(2, 900)
        text = (f"{company} {rng.choice(VERBS_EN)} {n} {rng.choice(UNITS_EN)} in {rng.randint(2019, 2025)}, "
                f"the company said in {rng.choice(CITIES)}.\n\n"
                f"It employs {rng.randint(20, 9000)} people and targets {rng.randint(1, 40)}% growth. (item {i})\n")
        lang = "en"
    return {"id": f"gen-{i:06d}", "date": day, "lang": lang, "text": text}


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 7
    rng = random.Random(seed)
    with open(out, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps(item(rng, i), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
