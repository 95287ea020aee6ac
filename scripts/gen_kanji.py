#!/usr/bin/env python3
"""Generates data/kanji_readings.txt: Japanese readings of the kanji used in names.

Source: the Unicode Han Database (Unihan, Unicode Character Database), fields
kJapaneseKun and kJapaneseOn (Hepburn-style romanisation, uppercase), for the
characters Unihan marks kJoyoKanji or kJinmeiyoKanji (the kanji of general use
and the extra kanji allowed in Japanese personal names, about 3,000).
Unicode License v3.

Usage: python3 scripts/gen_kanji.py [UNIHAN_DIR] > data/kanji_readings.txt
UNIHAN_DIR holds Unihan_Readings.txt and Unihan_OtherMappings.txt (plain or
.bz2); default /usr/share/unicode (Debian's `unicode-data` package).

Output: one line per character, `readings<TAB>character` (the layout of
data/pinyin.txt, value first): up to three kun readings of at most six
letters (the native readings, which most family names use), then the first
on reading; lowercase, space-separated.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from unihan import fields  # noqa: E402

MAX_KUN = 3
MAX_LEN = 6


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
    r = fields(d, "Unihan_Readings.txt", ["kJapaneseKun", "kJapaneseOn"])
    m = fields(d, "Unihan_OtherMappings.txt", ["kJoyoKanji", "kJinmeiyoKanji"])
    name_kanji = set(m["kJoyoKanji"]) | set(m["kJinmeiyoKanji"])
    sys.stdout.write(
        "# Kun (up to 3) and first on readings of Unihan kJapaneseKun/kJapaneseOn for the"
        " kJoyoKanji and kJinmeiyoKanji characters (Unicode License v3); scripts/gen_kanji.py\n"
    )
    for ch in sorted(name_kanji):
        kun = [k.lower() for k in r["kJapaneseKun"].get(ch, "").split()]
        kun = [k for k in kun if k.isalpha() and k.isascii() and len(k) <= MAX_LEN]
        on = [o.lower() for o in r["kJapaneseOn"].get(ch, "").split()]
        on = [o for o in on if o.isalpha() and o.isascii()][:1]
        out = []
        for x in kun[:MAX_KUN] + on:
            if x not in out:
                out.append(x)
        if out:
            sys.stdout.write(f"{' '.join(out)}\t{ch}\n")


if __name__ == "__main__":
    main()
