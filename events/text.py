"""Small text helpers shared by cleaning, extraction, search and people matching."""

import functools
import re
import unicodedata

# NFKD leaves "đ"/"Đ" alone: they are letters of their own, not "d" plus a mark.
_EXTRA_FOLDS = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"})
_SPACES = re.compile(r"\s+")


def _strip_marks(text):
    return "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))


# The same folding as a table over the Basic Multilingual Plane, built on first use (about 0.1 s):
# str.translate does in C what the character loop does in Python, and fold() runs on every name, title
# and query (about 50 µs a sentence in the loop, a few in the table).
@functools.cache
def _fold_table():
    table = {}
    for code in range(0x80, 0x10000):
        folded = _strip_marks(chr(code))
        if folded != chr(code):
            table[code] = folded or None
    table.update(_EXTRA_FOLDS)
    return table


_BEYOND_BMP = re.compile("[\U00010000-\U0010ffff]")


def nfc(text):
    """Unicode NFC, the one form every stored text is in."""
    return unicodedata.normalize("NFC", text or "")


def fold(text):
    """Lower-case, strip diacritics (đ -> d) and squeeze white space: 'Viêng Chăn' -> 'vieng chan'."""
    text = (text or "").translate(_fold_table())
    if _BEYOND_BMP.search(text):
        text = _strip_marks(text)  # mathematical letters, marks of historic scripts: the slow way
    return _SPACES.sub(" ", text.lower()).strip()


def squeeze(text):
    """Collapse runs of white space (no-break spaces included) to one space."""
    return _SPACES.sub(" ", text or "").strip()


def has_marks(text):
    """Is any letter written with a diacritic (or as đ)? "Thủy" has; "Thuy" and "Tounalom" have not."""
    return fold(text) != squeeze(text).lower()
