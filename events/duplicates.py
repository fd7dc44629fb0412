"""People and organisations that are likely one and the same, with why they look alike, for curators
to merge (the admin's "Có thể trùng" pages).

Lao names reach the Vietnamese press through several romanisations: a letter more or less, a final
"e", an "h" after "t" ("Khamphoui Sisavath", "Khamphouy Sisavat", "Khamphoui Sisavathe"). Such names
share a sound key. Bodies are compared with their abbreviations spelled out ("UBND" is "Ủy ban nhân
dân"). Records are grouped by key first, so a record is only compared with the few that share a word;
nothing is merged here, only proposed.
"""

import difflib
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from .extraction.vocabulary import ORGANIZATION_ABBREVIATIONS
from .text import fold, has_marks

REASONS = {
    "marks": _("cùng chữ, khác dấu"),
    "sound": _("cách phiên âm khác nhau của một tên"),
    "part": _("tên này là một phần của tên kia"),
    "letters": _("chỉ khác một vài chữ cái"),
    "spelled_out": _("cùng tên khi viết đầy đủ chữ viết tắt"),
}
# Romanisations of one Lao sound: "ou"/"u", "y"/"i", "ph"/"p", a final "e" or "h".
_SOUNDS = [(r"ou", "u"), (r"y", "i"), (r"(?<=[tpkcs])h", ""), (r"(.)\1", r"\1"), (r"e$", ""), (r"h$", "")]


@dataclass
class LikelyDuplicate:
    first: object
    second: object
    reasons: list


def sound_key(name):
    """The letters of a name as it sounds: "Khamphoui Sisavath" and "Khamphouy Sisavathe" share one."""
    words = []
    for word in re.split(r"[\s-]+", fold(name)):
        for pattern, replacement in _SOUNDS:
            word = re.sub(pattern, replacement, word)
        words.append(word)
    return " ".join(word for word in words if word)


def spelled_out(name):
    words = "".join(char if char.isalnum() else " " for char in fold(name)).split()
    return " ".join(ORGANIZATION_ABBREVIATIONS.get(word, word) for word in words)


def likely_duplicate_people(people):
    return _likely_duplicates(list(people), key=sound_key)


def likely_duplicate_organizations(organizations):
    return _likely_duplicates(list(organizations), key=spelled_out, spelled=True)


def _likely_duplicates(records, key, spelled=False):
    names = {record.pk: [record.name, *record.aliases] for record in records}
    by_word = defaultdict(set)
    for record in records:
        for name in names[record.pk]:
            for word in key(name).split()[:2]:
                by_word[word].add(record.pk)
    by_pk = {record.pk: record for record in records}
    found = []
    pairs = {
        tuple(sorted(pair))
        for group in by_word.values()
        if len(group) < 50
        for pair in itertools.combinations(group, 2)
    }
    for first, second in sorted(pairs):
        if reasons := _reasons(names[first], names[second], key, spelled):
            found.append(
                LikelyDuplicate(by_pk[first], by_pk[second], [REASONS[reason] for reason in reasons])
            )
    return found


def _reasons(first_names, second_names, key, spelled):
    reasons = []
    for first, second in itertools.product(first_names, second_names):
        folded_first, folded_second = fold(first), fold(second)
        if folded_first == folded_second and has_marks(first) and has_marks(second) and first != second:
            reasons.append("marks")
        elif folded_first != folded_second and key(first) == key(second):
            reasons.append("spelled_out" if spelled else "sound")
        elif _one_inside_the_other(folded_first, folded_second):
            reasons.append("part")
        elif (
            folded_first != folded_second
            and len(folded_first) >= 10
            and _few_letters_apart(folded_first, folded_second)
        ):
            reasons.append("letters")
    return list(dict.fromkeys(reasons))


def _one_inside_the_other(first, second):
    """ "Anouphap" and "Anouphap Tounalom"; "Nguyễn Văn Phong" and "Nguyễn Phong" are not (word order)."""
    shorter, longer = sorted((first.split(), second.split()), key=len)
    return 2 <= len(shorter) < len(longer) and longer[: len(shorter)] == shorter


def _few_letters_apart(first, second):
    return difflib.SequenceMatcher(None, first, second).ratio() >= 0.9
