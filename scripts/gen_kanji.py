#!/usr/bin/env python3
"""Generates data/kanji_readings.txt: Japanese readings of the kanji used in names.

Source: the Unicode Han Database (Unihan, Unicode Character Database), fields
kJapaneseKun and kJapaneseOn (Hepburn-style romanisation, uppercase), for the
characters Unihan marks kJoyoKanji or kJinmeiyoKanji (the kanji of general use
and the extra kanji allowed in Japanese personal names, about 3,000) and the
other characters of Unihan's core set (kUnihanCore2020) with a Japanese source
(J): the older and variant forms that family names keep (澤 for 沢, 鹽 for 塩),
about 6,400 in all; and the simplified, traditional and z-variant forms
Unihan links to those (Unihan_Variants.txt) that have no readings of their
own, read as the kanji they stand for (宫 for 宮, 义 for 義, 內 for 内).
Unicode License v3.

Usage: python3 scripts/gen_kanji.py [UNIHAN_DIR] > data/kanji_readings.txt
UNIHAN_DIR holds Unihan_Readings.txt and Unihan_OtherMappings.txt (plain or
.bz2); default /usr/share/unicode (Debian's `unicode-data` package).

Output: one line per character, `readings<TAB>character` (the layout of
data/pinyin.txt, value first): up to MAX_NAME_READINGS native (kun)
readings, which most names use, then up to MAX_ON_READINGS on readings (a
name reads a kanji by its second or third on reading too: 久 kyuu and ku);
lowercase, space-separated.

Unihan writes a kun reading in its dictionary form, okurigana included
(`NARU` for 成, `TAKAI` for 高, `MITSU` for 三). A name writes the kanji
alone and reads the stem the way the language forms nouns from such words
(`name_forms`): a verb by its continuative (ren'yōkei) form, the noun-making
form (naru → nari, nasu → nashi, sakaeru → sakae), an adjective by its stem
(takai → taka, tadashii → tadashi), a native numeral without the counter
-tsu (mitsu → mi). Each kun reading is followed by those forms. An
adjective's classical terminal form in -shi, which given names keep (takai →
takashi, yoi → yoshi), comes last, after the on readings, so that the
readings before it keep their rank.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from unihan import fields  # noqa: E402

MAX_NAME_READINGS = 5
MAX_ON_READINGS = 3
MAX_LEN = 7
VARIANT_FIELDS = ["kSimplifiedVariant", "kTraditionalVariant", "kZVariant"]

# Godan verb endings and their continuative (ren'yōkei) form.
RENYOU = [("tsu", "chi"), ("su", "shi"), ("ru", "ri"), ("ku", "ki"), ("gu", "gi"),
          ("mu", "mi"), ("bu", "bi"), ("nu", "ni")]


def name_forms(kun, numeral):
    """The forms of kun reading `kun` a name uses (see the module docs);
    `numeral`: the kanji is a number (Unihan kPrimaryNumeric)."""
    if numeral and kun.endswith("tsu") and len(kun) > 3:
        return [kun[:-3]]
    if kun.endswith("shii"):
        return [kun[:-1]]
    if kun.endswith(("ai", "oi", "ui")) and len(kun) >= 4:
        return [kun[:-1]]
    if kun.endswith(("eru", "iru")) and len(kun) >= 5:
        # Ichidan verbs: the stem.
        return [kun[:-2]]
    for end, cont in RENYOU:
        if kun.endswith(end) and len(kun) > len(end) + 1:
            return [kun[: -len(end)] + cont]
    if kun.endswith(("au", "ou", "uu")) and len(kun) >= 4:
        return [kun[:-1] + "i"]
    return []


def classical_form(kun):
    """The classical terminal form in -shi of adjective reading `kun`, which
    given names keep (takai -> takashi, yoi -> yoshi), or None."""
    if kun.endswith(("ai", "oi", "ui")) and not kun.endswith("shii") and len(kun) >= 3:
        return kun[:-1] + "shi"
    return None


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
    r = fields(d, "Unihan_Readings.txt", ["kJapaneseKun", "kJapaneseOn"])
    m = fields(d, "Unihan_OtherMappings.txt", ["kJoyoKanji", "kJinmeiyoKanji"])
    core = fields(d, "Unihan_DictionaryLikeData.txt", ["kUnihanCore2020"])["kUnihanCore2020"]
    nums = fields(d, "Unihan_NumericValues.txt", ["kPrimaryNumeric"])["kPrimaryNumeric"]
    # The kanji of general use and of names, and the other characters of
    # Unihan's core set that it marks as used in Japan (source J): the older
    # (kyujitai) and variant forms family names keep (澤, 內, 邊, 齋).
    name_kanji = set(m["kJoyoKanji"]) | set(m["kJinmeiyoKanji"])
    name_kanji |= {c for c, v in core.items() if "J" in v}
    sys.stdout.write(
        "# Kun readings with their name forms (up to 5) and up to 3 on readings of Unihan"
        " kJapaneseKun/kJapaneseOn for the kJoyoKanji and kJinmeiyoKanji characters and the"
        " kUnihanCore2020 characters with a J source, and for their kSimplifiedVariant,"
        " kTraditionalVariant and kZVariant forms without readings of their own"
        " (Unicode License v3);"
        " scripts/gen_kanji.py\n"
    )
    table = {}
    for ch in sorted(name_kanji):
        kun = [k.lower() for k in r["kJapaneseKun"].get(ch, "").split()]
        kun = [k for k in kun if k.isalpha() and k.isascii()]
        names = []
        for k in kun:
            for x in ([k] if len(k) <= MAX_LEN - 1 else []) + name_forms(k, ch in nums):
                if len(x) <= MAX_LEN and x not in names:
                    names.append(x)
        on = [o.lower() for o in r["kJapaneseOn"].get(ch, "").split()]
        on = [o for o in on if o.isalpha() and o.isascii()][:MAX_ON_READINGS]
        # The classical forms last: the readings before keep their rank.
        classical = [c for c in map(classical_form, kun[:MAX_NAME_READINGS]) if c]
        out = []
        for x in names[:MAX_NAME_READINGS] + on + classical:
            if x not in out:
                out.append(x)
        if out:
            table[ch] = out
    # A Japanese name written with another form of its kanji (a name copied
    # through Chinese text takes the simplified form, 宫 for 宮, 义 for 義;
    # an older or variant form, 內 for 内, 戶 for 戸): the form Unihan links
    # to a kanji (kSimplifiedVariant, kTraditionalVariant, kZVariant) reads
    # as the kanji does, when it has no readings of its own.
    var = fields(d, "Unihan_Variants.txt", VARIANT_FIELDS)
    variants = {}
    for ch in sorted(table):
        for f in VARIANT_FIELDS:
            for v in var[f].get(ch, "").split():
                v = chr(int(v.split("<")[0][2:], 16))
                if v not in table and v not in variants:
                    variants[v] = table[ch]
    table.update(variants)
    for ch in sorted(table):
        sys.stdout.write(f"{' '.join(table[ch])}\t{ch}\n")


if __name__ == "__main__":
    main()
