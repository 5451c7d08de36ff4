#!/usr/bin/env python3
"""Pairwise precision/recall of factmine's story grouping.

Reads a factmine database built from articles whose file names start with a
story label (`G07_02_...`: story G07) and compares the story clusters the
store assigned with those labels, over all pairs of documents:
precision = pairs grouped together that share a label / pairs grouped together,
recall = pairs sharing a label that were grouped together / pairs sharing a label.

  tools/story_eval.py DB [--min-precision P] [--min-recall R]

Exits 1 when a floor is not met.
"""
import argparse
import os
import re
import sqlite3
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--min-precision", type=float, default=0.0)
    ap.add_argument("--min-recall", type=float, default=0.0)
    args = ap.parse_args()
    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    rows = con.execute("SELECT source, story_id, copy_of FROM documents").fetchall()
    docs = []
    for source, story, copy_of in rows:
        m = re.match(r"([A-Za-z]+\d+)_", os.path.basename(source or ""))
        if m:
            docs.append((m.group(1), story))
    tp = fp = fn = 0
    for i in range(len(docs)):
        for j in range(i + 1, len(docs)):
            same = docs[i][0] == docs[j][0]
            grouped = docs[i][1] == docs[j][1]
            tp += same and grouped
            fp += grouped and not same
            fn += same and not grouped
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    labels = len({d[0] for d in docs})
    stories = len({d[1] for d in docs})
    print(f"documents {len(docs)}  labelled stories {labels}  stored stories {stories}")
    print(f"pairwise precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    ok = True
    if p < args.min_precision:
        print(f"FAIL: precision {p:.3f} below floor {args.min_precision}", file=sys.stderr)
        ok = False
    if r < args.min_recall:
        print(f"FAIL: recall {r:.3f} below floor {args.min_recall}", file=sys.stderr)
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
