#!/usr/bin/env python3
"""Checks tools/gold_score.py's period comparison: two notations of one
calendar interval are the same period, and a fiscal year is the twelve
months ending in its year (not the calendar year); a different interval
is not. Run: python3 tests/gold_score_test.py <repo root>."""
import importlib.util
import os
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "."
spec = importlib.util.spec_from_file_location("gold_score", os.path.join(root, "tools", "gold_score.py"))
gs = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gs)

CASES = [
    ("2025-H2", "2025-07-01/2025-12-31", True),
    ("2025-H1", "2025-01-01/2025-06-30", True),
    ("2024-Q1", "2024-01-01/2024-03-31", True),
    ("2024-02", "2024-02-01/2024-02-29", True),   # a leap year's February
    ("2023-02", "2023-02-01/2023-02-28", True),
    ("2025", "2025-01-01/2025-12-31", True),
    ("2025-03-05", "2025-03-05/2025-03-05", True),
    ("2025", "2025", True),
    (None, None, True),
    ("FY2025", "2025", False),                    # a fiscal year is no calendar year
    ("FY2025", "2024-07-01/2025-06-30", True),    # ... but the twelve months it names, ending in 2025
    ("FY2025", "2024-04-01/2025-03-31", True),
    ("FY2025", "2025-01-01/2025-12-31", False),
    ("FY2025", "2023-07-01/2024-06-30", False),
    ("FY2025", "2024-07-01/2025-06-29", False),
    ("FY2025", "2024-10-01/2025-06-30", False),
    ("2025", "2025-01-01/2025-12-30", False),
    ("2025-H1", "2025-Q2", False),
    ("2025", None, False),
    ("..2025", "2025", False),
]

failures = 0
for a, b, want in CASES:
    for x, y in ((a, b), (b, a)):
        got = gs.same_period(x, y)
        if got != want:
            failures += 1
            print("FAIL same_period({!r}, {!r}) = {}, want {}".format(x, y, got, want))
print("{} failure(s)".format(failures))
sys.exit(1 if failures else 0)
