#!/usr/bin/env python3
"""Writes each article of shared/corpus-bulk/*.txt as its own text file (a
date line, a blank line, then the article), the way users keep a folder of
articles.

    bench/corpus_to_folder.py ../shared/corpus-bulk OUT_DIR [--limit-mb N]
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_to_jsonl import articles  # noqa: E402


def main():
    folder, out = sys.argv[1], sys.argv[2]
    limit = None
    if "--limit-mb" in sys.argv:
        limit = float(sys.argv[sys.argv.index("--limit-mb") + 1]) * 1e6
    os.makedirs(out, exist_ok=True)
    written = 0
    for n, (head, text) in enumerate(articles(folder)):
        parts = [p.strip() for p in head[3:].split("|")]
        sub = os.path.join(out, "%03d" % (n // 1000))
        os.makedirs(sub, exist_ok=True)
        body = parts[1] + "\n\n" + text
        with open(os.path.join(sub, parts[0] + ".txt"), "w", encoding="utf-8") as f:
            f.write(body)
        written += len(body.encode("utf-8"))
        if limit and written >= limit:
            break


if __name__ == "__main__":
    main()
