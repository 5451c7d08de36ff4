#!/usr/bin/env python3
"""Self-test of tools/gold_score.py (stdlib unittest, no factmine binary needed).

  python3 tools/gold_score_test.py
"""
import json
import os
import sys
import tempfile
import unittest

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold_score as gs  # noqa: E402


def gold_fact(**kw):
    f = {"subject": "OpenAI", "predicate": "loss", "value": 4800000000, "low": None, "high": None,
         "unit": "USD", "qualifier": "approx", "period": "2024", "object": None,
         "attributed_to": "The Information", "part_of": None,
         "evidence": "une perte d'environ 4,8 milliards de dollars"}
    f.update(kw)
    return f


def sys_fact(subject=("openai", "OpenAI"), predicate="loss", value=4.8e9, low=None, high=None,
             unit="USD", qualifier="approx", period="2024", obj=None, attributed_to=None, part_of=None):
    return {"subject": None if subject is None else {"id": subject[0], "name": subject[1]},
            "predicate": predicate,
            "quantity": {"value": value, "low": low, "high": high, "unit": unit, "qualifier": qualifier,
                         "text": "environ 4,8 milliards de dollars"},
            "period": None if period is None else {"value": period, "grain": "year"},
            "object": obj, "attributed_to": attributed_to, "part_of": part_of,
            "sentence": 1, "confidence": 0.9}


ENTITIES = [
    {"id": "openai", "name": "OpenAI", "type": "ORG",
     "mentions": [{"start": 0, "end": 6, "text": "OpenAI"}, {"start": 9, "end": 20, "text": "l’entreprise"}]},
    {"id": "etat", "name": "Etat français", "type": "GOV",
     "mentions": [{"start": 30, "end": 38, "text": "L’État"}]},
    {"id": "ti", "name": "The Information", "type": "ORG", "mentions": []},
]


def strict(g, s, entities=ENTITIES):
    sd = gs.norm_sys_doc({"entities": entities, "facts": [s]})
    gd = gs.norm_gold_doc({"facts": [g]})
    return gs.fact_strict(gd["facts"][0], sd["facts"][0]) is not None


def relaxed(g, s, entities=ENTITIES):
    sd = gs.norm_sys_doc({"entities": entities, "facts": [s]})
    gd = gs.norm_gold_doc({"facts": [g]})
    return gs.fact_relaxed(gd["facts"][0], sd["facts"][0]) is not None


class FoldTest(unittest.TestCase):
    def test_fold(self):
        self.assertEqual(gs.fold("L’État"), "etat")
        self.assertEqual(gs.fold("l'État"), gs.fold("État"))
        self.assertEqual(gs.fold("  Commission   européenne. "), "commission europeenne")
        self.assertEqual(gs.fold("Les Echos"), gs.fold("Echos"))
        self.assertEqual(gs.fold("la Cour des comptes"), "cour des comptes")
        self.assertEqual(gs.fold("d’ici\u00a02030"), "d'ici 2030")
        self.assertEqual(gs.fold("Timothée Lacroix"), "timothee lacroix")
        self.assertEqual(gs.fold("Mistral AI,"), "mistral ai")
        # only a leading article with a space or an elision is stripped
        self.assertEqual(gs.fold("Lagardère"), "lagardere")
        self.assertEqual(gs.fold("Leclerc"), "leclerc")
        self.assertEqual(gs.fold(None), "")

    def test_contains_words(self):
        self.assertTrue(gs.contains_words(gs.fold("en 2024"), gs.fold("2024")))
        self.assertTrue(gs.contains_words(gs.fold("2024"), gs.fold("l'exercice 2024")))
        self.assertFalse(gs.contains_words("mai", "maintenant"))

    def test_units(self):
        self.assertTrue(gs.unit_equal("salarié", "Salarie"))
        self.assertTrue(gs.unit_equal("GPU", "gpu"))
        self.assertFalse(gs.unit_equal("USD", "usd"))
        self.assertFalse(gs.unit_equal("%", "pp"))


class FactMatchTest(unittest.TestCase):
    def test_exact(self):
        self.assertTrue(strict(gold_fact(), sys_fact()))

    def test_subject_through_mentions(self):
        g = gold_fact(subject="État", predicate="tax", unit="EUR", value=8e9)
        s = sys_fact(subject=("etat", "Etat français"), predicate="tax", unit="EUR", value=8000000000)
        self.assertTrue(strict(g, s))
        # without the entity list the id cannot be resolved and the name does not fold-match
        self.assertFalse(strict(g, s, entities=[]))

    def test_subject_null_or_wrong(self):
        self.assertFalse(strict(gold_fact(), sys_fact(subject=None)))
        self.assertFalse(strict(gold_fact(), sys_fact(subject=("ti", "The Information"))))

    def test_predicate_unit(self):
        self.assertFalse(strict(gold_fact(), sys_fact(predicate="cost")))
        self.assertFalse(strict(gold_fact(), sys_fact(unit="EUR")))

    def test_numbers(self):
        self.assertTrue(strict(gold_fact(), sys_fact(value=4800000000.000001)))
        self.assertFalse(strict(gold_fact(), sys_fact(value=4.9e9)))
        # a null gold bound must be null in the system too
        self.assertFalse(strict(gold_fact(), sys_fact(low=4.5e9)))
        g = gold_fact(value=None, low=1e9, high=1.5e9, qualifier="range", unit="EUR")
        self.assertTrue(strict(g, sys_fact(value=None, low=1e9, high=1.5e9, qualifier="range", unit="EUR")))
        self.assertFalse(strict(g, sys_fact(value=None, low=1e9, high=None, qualifier="more_than", unit="EUR")))

    def test_period(self):
        self.assertFalse(strict(gold_fact(), sys_fact(period="2025")))
        self.assertFalse(strict(gold_fact(), sys_fact(period=None)))
        self.assertTrue(strict(gold_fact(period=None), sys_fact(period=None)))
        self.assertTrue(relaxed(gold_fact(), sys_fact(period="2025")))

    def test_relaxed_qualifier(self):
        g = gold_fact(predicate="users", value=None, low=200000000, unit="utilisateur", qualifier="more_than")
        s = sys_fact(predicate="users", value=200000000, unit="utilisateur", qualifier="exact")
        self.assertFalse(strict(g, s))
        self.assertTrue(relaxed(g, s))
        g2 = gold_fact(value=None, low=1e9, high=1.5e9, qualifier="range")
        self.assertFalse(relaxed(g2, sys_fact(value=1e9, qualifier="exact")))

    def test_tolerant_missing_keys(self):
        sd = gs.norm_sys_doc({"facts": [{"predicate": "loss"}]})
        gd = gs.norm_gold_doc({"facts": [gold_fact()]})
        self.assertIsNone(gs.fact_strict(gd["facts"][0], sd["facts"][0]))
        c, _ = gs.score_doc(gd, gs.norm_sys_doc({}))
        self.assertEqual(c["facts_strict"]["matched"], 0)
        self.assertEqual(c["facts_strict"]["system"], 0)
        self.assertEqual(gs.prf(c["facts_strict"]), (0.0, 0.0, 0.0))


class DocScoreTest(unittest.TestCase):
    def test_one_to_one_and_attributes(self):
        gold = {"entities": [{"name": "OpenAI", "type": "ORG"}, {"name": "État", "type": "GOV"},
                             {"name": "The Information", "type": "ORG"}],
                "times": [{"text": "en 2024", "value": "2024", "grain": "year"},
                          {"text": "l’an dernier", "value": "2023", "grain": "year"}],
                "facts": [gold_fact(),
                          gold_fact(evidence="dont 2 milliards", value=2e9, qualifier="exact",
                                    attributed_to=None, part_of="une perte d'environ 4,8 milliards de dollars")]}
        system = {"entities": ENTITIES,
                  "times": [{"text": "2024", "value": "2024"}, {"text": "l'an dernier", "value": "2024"}],
                  "facts": [sys_fact(attributed_to={"id": "ti", "name": "The Information"}),
                            sys_fact(value=2e9, qualifier="exact", part_of=0),
                            sys_fact()]}  # duplicate: must not be matched twice
        c, det = gs.score_doc(gs.norm_gold_doc(gold), gs.norm_sys_doc(system))
        self.assertEqual(c["entities_typed"]["matched"], 3)
        self.assertEqual(c["times_value"]["matched"], 1)
        self.assertEqual(c["times_text"]["matched"], 2)
        self.assertEqual(c["facts_strict"], {"gold": 2, "system": 3, "matched": 2})
        self.assertEqual(det["matches"]["facts_strict"], {0: 0, 1: 1})
        a = c["attributes"]
        self.assertEqual(a["attributed_to"], {"correct": 2, "total": 2})
        self.assertEqual(a["part_of"], {"correct": 2, "total": 2})
        lines = gs.verbose_lines(gs.norm_gold_doc(gold), gs.norm_sys_doc(system), det)
        self.assertTrue(any(x.startswith("EXTRA fact OpenAI loss ~4.8e9 USD 2024") for x in lines), lines)
        self.assertTrue(any(x.startswith('MISS time "l’an dernier" 2023') for x in lines), lines)

    def test_entity_type(self):
        gold = {"entities": [{"name": "Bercy", "type": "GOV"}]}
        system = {"entities": [{"id": "bercy", "name": "Bercy", "type": "PLACE", "mentions": []}]}
        c, _ = gs.score_doc(gs.norm_gold_doc(gold), gs.norm_sys_doc(system))
        self.assertEqual(c["entities_typed"]["matched"], 0)
        self.assertEqual(c["entities_untyped"]["matched"], 1)

    def test_matching_is_maximal(self):
        # greedy would pair g0 with s0 (better score) and leave g1 unmatched
        m = gs.match_items([0, 1], [0, 1], lambda g, s: {(0, 0): 2, (0, 1): 1, (1, 0): 1}.get((g, s)))
        self.assertEqual(m, {0: 1, 1: 0})


class EndToEndTest(unittest.TestCase):
    """Runs main() with a stand-in factmine script on a hand-made one-article split."""

    def test_main(self):
        with tempfile.TemporaryDirectory() as d:
            split = os.path.join(d, "split")
            os.mkdir(split)
            with open(os.path.join(split, "fr_x.txt"), "w", encoding="utf-8") as f:
                f.write("https://example.org/x\n2024-09-28\n\nTitre\n\nOpenAI perd 4,8 milliards de dollars.\n")
            with open(os.path.join(split, "fr_x.gold.json"), "w", encoding="utf-8") as f:
                json.dump({"doc": "fr_x", "lang": "fr", "date": "2024-09-28",
                           "entities": [{"name": "OpenAI", "type": "ORG"}], "times": [],
                           "facts": [gold_fact(qualifier="exact", attributed_to=None,
                                               evidence="4,8 milliards de dollars")]}, f)
            fake = os.path.join(d, "factmine")
            out = {"doc": {"id": os.path.join(split, "fr_x.txt")}, "entities": [], "times": [], "facts": []}
            with open(fake, "w") as f:
                f.write("#!/bin/sh\necho '{}'\n".format(json.dumps(out)))
            os.chmod(fake, 0o755)
            js = os.path.join(d, "out.json")
            devnull = open(os.devnull, "w")
            old = sys.stdout
            sys.stdout = devnull
            try:
                rc_ok = gs.main(["--factmine", fake, split, "--json", js])
                rc_floor = gs.main(["--factmine", fake, split, "--min-entity-f1", "0.5"])
            finally:
                sys.stdout = old
                devnull.close()
            self.assertEqual(rc_ok, 0)
            self.assertEqual(rc_floor, 1)
            with open(js, encoding="utf-8") as f:
                data = json.load(f)
            self.assertEqual(data["overall"]["facts_strict"]["gold"], 1)
            self.assertEqual(data["overall"]["facts_strict"]["f1"], 0.0)


if __name__ == "__main__":
    unittest.main()
