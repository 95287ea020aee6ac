"""Reading the Unicode Han Database (Unihan) for the scripts that generate
namefold's character tables (gen_pinyin.py, gen_kanji.py)."""
import bz2
import os


def lines(d, name):
    """The lines of Unihan file `name` in folder `d`, plain or .bz2."""
    p = os.path.join(d, name)
    if os.path.exists(p):
        return open(p, encoding="utf-8")
    return bz2.open(p + ".bz2", "rt", encoding="utf-8")


def fields(d, name, keys):
    """{key: {character: value}} for each field in `keys` of file `name`."""
    out = {k: {} for k in keys}
    for line in lines(d, name):
        if line.startswith("#") or not line.strip():
            continue
        cp, k, v = line.rstrip("\n").split("\t", 2)
        if k in out:
            out[k][chr(int(cp[2:], 16))] = v
    return out
