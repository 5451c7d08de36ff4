#!/usr/bin/env python3
"""Splits shared/corpus-bulk/*.txt ("@@ orangesum-<id> | date | category | source"
blocks) into the interface's JSONL input, one article per line.

    bench/corpus_to_jsonl.py ../shared/corpus-bulk OUT.jsonl [--limit-mb N]
"""
import json
import os
import sys


def articles(folder):
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        head, lines = None, []
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("@@ orangesum-"):
                    if head:
                        yield head, "".join(lines)
                    head, lines = line, []
                elif head:
                    lines.append(line)
        if head:
            yield head, "".join(lines)


def main():
    folder, out = sys.argv[1], sys.argv[2]
    limit = None
    if "--limit-mb" in sys.argv:
        limit = float(sys.argv[sys.argv.index("--limit-mb") + 1]) * 1e6
    written = 0
    with open(out, "w", encoding="utf-8") as o:
        for head, text in articles(folder):
            parts = [p.strip() for p in head[3:].split("|")]
            obj = {"id": parts[0], "date": parts[1], "lang": "fr", "text": text}
            line = json.dumps(obj, ensure_ascii=False) + "\n"
            o.write(line)
            written += len(text.encode("utf-8"))
            if limit and written >= limit:
                break


if __name__ == "__main__":
    main()
