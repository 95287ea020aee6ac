#!/usr/bin/env python3
"""Generates data/pinyin.txt: toneless Hanyu Pinyin for common Han characters.

Source: the Unicode Han Database (Unihan, Unicode Character Database), field
kMandarin (the customary reading; the first value when there are two), for the
characters in Unihan's kUnihanCore2020 set (about 20,000 ideographs in common
use in China, Taiwan, Hong Kong, Japan, Korea and Macao). Unicode License v3.

Usage: python3 scripts/gen_pinyin.py [UNIHAN_DIR] > data/pinyin.txt
UNIHAN_DIR holds Unihan_Readings.txt and Unihan_DictionaryLikeData.txt (plain
or .bz2); default /usr/share/unicode (Debian's `unicode-data` package).

Output: one line per syllable, `syllable<TAB>characters`, syllables sorted;
tone marks are removed and ü is written u (as name spellings do).
"""
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from unihan import fields  # noqa: E402


def toneless(p):
    s = "".join(c for c in unicodedata.normalize("NFD", p) if not unicodedata.combining(c))
    return s.lower()


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
    mandarin = fields(d, "Unihan_Readings.txt", ["kMandarin"])["kMandarin"]
    core = fields(d, "Unihan_DictionaryLikeData.txt", ["kUnihanCore2020"])["kUnihanCore2020"]
    by_syl = {}
    for ch in sorted(mandarin):
        if ch not in core:
            continue
        syl = toneless(mandarin[ch].split()[0])
        if not syl.isascii() or not syl.isalpha():
            continue
        by_syl.setdefault(syl, []).append(ch)
    sys.stdout.write("# Toneless pinyin of Unihan kMandarin for kUnihanCore2020 (Unicode License v3); scripts/gen_pinyin.py\n")
    for syl in sorted(by_syl):
        sys.stdout.write(f"{syl}\t{''.join(by_syl[syl])}\n")


if __name__ == "__main__":
    main()
