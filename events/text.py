"""Small text helpers shared by cleaning, extraction, search and people matching."""

import re
import unicodedata

# NFKD leaves "đ"/"Đ" alone: they are letters of their own, not "d" plus a mark.
_EXTRA_FOLDS = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"})
_SPACES = re.compile(r"\s+")


def nfc(text):
    """Unicode NFC, the one form every stored text is in."""
    return unicodedata.normalize("NFC", text or "")


def fold(text):
    """Lower-case, strip diacritics (đ -> d) and squeeze white space: 'Viêng Chăn' -> 'vieng chan'."""
    text = unicodedata.normalize("NFKD", (text or "").translate(_EXTRA_FOLDS))
    text = "".join(char for char in text if not unicodedata.combining(char))
    return _SPACES.sub(" ", text.lower()).strip()


def squeeze(text):
    """Collapse runs of white space (no-break spaces included) to one space."""
    return _SPACES.sub(" ", text or "").strip()
