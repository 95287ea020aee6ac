#!/usr/bin/env python3
"""Builds data/nicknames.tsv from the carltonnorthern/nicknames CSV.

Usage:
    python3 scripts/build_nicknames.py NAMES_CSV [OUT_TSV]

NAMES_CSV is `names.csv` of https://github.com/carltonnorthern/nicknames
(Apache-2.0), e.g. downloaded from
https://raw.githubusercontent.com/carltonnorthern/nicknames/21d75051c39cb022d145388d60c87dc30505228b/names.csv
OUT_TSV defaults to data/nicknames.tsv next to this script's repository.

Each `has_nickname` row (`name1,has_nickname,name2`) becomes one line
`name<TAB>nickname`, lowercased; rows whose names are not plain letters
(after trimming) are reported and skipped, duplicates dropped, lines
sorted, so rebuilding from the same CSV gives the same bytes. Standard
library only.
"""

import csv
import sys
from pathlib import Path

HEADER = (
    "# Given names and their nicknames: name<TAB>nickname, one pair a line.\n"
    "# Built by scripts/build_nicknames.py from carltonnorthern/nicknames names.csv\n"
    "# (Apache License 2.0, see data/nicknames.LICENSE and data/README.md).\n"
)


def is_name(s: str) -> bool:
    return 1 < len(s) <= 48 and all(c.isalpha() and c.isascii() for c in s)


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    src = Path(argv[1])
    out = Path(argv[2]) if len(argv) > 2 else Path(__file__).resolve().parent.parent / "data" / "nicknames.tsv"
    pairs = set()
    skipped = 0
    with src.open(newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader, None)
        if header != ["name1", "relationship", "name2"]:
            print(f"{src}:1: unexpected header {header!r}", file=sys.stderr)
            return 1
        for line, row in enumerate(reader, start=2):
            if len(row) != 3:
                print(f"{src}:{line}: expected 3 fields, got {len(row)}", file=sys.stderr)
                skipped += 1
                continue
            name, rel, nick = (x.strip().lower() for x in row)
            if rel != "has_nickname":
                continue
            if not (is_name(name) and is_name(nick)) or name == nick:
                print(f"{src}:{line}: skipped {row!r}", file=sys.stderr)
                skipped += 1
                continue
            pairs.add((name, nick))
    with out.open("w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        for name, nick in sorted(pairs):
            f.write(f"{name}\t{nick}\n")
    print(f"{out}: {len(pairs)} pairs ({skipped} rows skipped)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
