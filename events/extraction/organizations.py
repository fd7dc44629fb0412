"""The bodies an event's sentences name: "Thành ủy Hà Nội", "Đại sứ quán Lào", "UBND TP Hà Nội"."""

import re

from events.extraction import vocabulary
from events.extraction.people import WORD, capitalised
from events.extraction.types import ExtractedOrganization

ORGANIZATION_HEADS = re.compile(rf"(?<![\w])(?:{vocabulary.ORGANIZATION_HEADS})\b")


def find_organizations(sentence):
    organizations = []
    for match in ORGANIZATION_HEADS.finditer(sentence):
        words = []
        position = match.end()
        for word in WORD.finditer(sentence, position):
            if sentence[position : word.start()].strip():
                break
            text = word.group(0)
            if not (
                capitalised(text) or text.isupper() or text.lower() in vocabulary.ORGANIZATION_LINK_WORDS
            ):
                break
            words.append(text)
            position = word.end()
        while words and not (capitalised(words[-1]) or words[-1].isupper()):
            words.pop()
        name = " ".join([match.group(0), *words])
        if match.group(0) in {"Sở", "Bộ", "Ban Tổ chức"} and not words:
            continue
        if name in {"Bộ Chính", "Bộ Chính trị"} or name.startswith("Bộ Chính"):
            continue
        lowered = name.lower()
        side = (
            "la"
            if any(re.search(rf"\b{marker}\b", lowered) for marker in vocabulary.LAO_MARKERS)
            else ("vn" if any(marker in lowered for marker in vocabulary.VIETNAM_MARKERS) else "")
        )
        organizations.append(ExtractedOrganization(name=name, side=side))
    return organizations


def organizations_of(sentences):
    """Each body the sentences name, once, in order."""
    found = []
    for sentence in sentences:
        for organization in find_organizations(sentence):
            if organization.name not in {o.name for o in found}:
                found.append(organization)
    return found
