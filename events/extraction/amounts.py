"""Money and goods in aid sentences: "200.000 USD", "1,5 tỷ đồng", "US$3 million", "30.000 khẩu trang".

Vietnamese writes 200.000 for two hundred thousand and 1,5 for one and a half; English the other
way round. Only call these functions on sentences already known to report aid or funding, so that
budget figures ("Thu ngân sách đạt trên 332.000 tỷ đồng") never become amounts.
"""

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from events.extraction import vocabulary
from events.extraction.types import ExtractedAmount
from events.text import fold

NUMBER = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_MULTIPLIER = "|".join(sorted(vocabulary.MULTIPLIERS, key=len, reverse=True))
_CURRENCY_AFTER = "|".join(
    re.escape(word) for word in sorted(vocabulary.CURRENCIES, key=len, reverse=True) if word != "$"
)
_AMOUNT_AFTER = re.compile(
    rf"(?<![\w.,])(?P<num>{NUMBER})\s*(?P<mult>(?:{_MULTIPLIER})\b)?\s*(?P<cur>{_CURRENCY_AFTER})(?![\w])",
    re.IGNORECASE,
)
_AMOUNT_BEFORE = re.compile(
    rf"(?P<cur>US\$|USD|VNĐ|VND|LAK|\$)\s*(?P<num>{NUMBER})(?:\s*(?P<mult>(?:{_MULTIPLIER})\b))?",
    re.IGNORECASE,
)
_ITEM_HEADS = "|".join(re.escape(head) for head in sorted(vocabulary.ITEM_HEADS, key=len, reverse=True))
_YEAR_WORD_BEFORE = re.compile(r"\b(?:năm|year)\s+$", re.IGNORECASE)
# Goods counted in words too, as small counts are written: "hai máy thở, một máy siêu âm".
_ITEM_COUNT_WORDS = "|".join(word for word in vocabulary.ITEM_COUNT_WORDS)
_ITEM = re.compile(
    rf"(?<![\w.,])(?P<num>{NUMBER}|(?:{_ITEM_COUNT_WORDS})(?=\s))\s*(?P<mult>(?:nghìn|ngàn|triệu)\b)?\s+"
    rf"(?P<head>{_ITEM_HEADS})\b",
    re.IGNORECASE,
)
_QUALIFIER = re.compile(
    r"\s*(?:[,;:.()]|\b(?:" + "|".join(re.escape(word) for word in vocabulary.ITEM_QUALIFIERS) + r")\b|\d|"
    r"[A-Z][A-Za-z]*[-\d])",
)
# "6 patient monitors", "200 sets of uniforms": an English count before a plural noun phrase; never the
# number of a name ("COVID-19 infections", "COVID-19 vaccines").
_ENGLISH_GOODS = re.compile(
    rf"(?<![\w.,$-])(?P<num>{NUMBER})\s+(?P<unit>(?:(?:sets?|units?|pieces?|boxes|packs?|tons?|tonnes) of )?"
    r"(?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*s)\b(?!\s*%)"
)
_CONVERSION = re.compile(vocabulary.CONVERSION, re.IGNORECASE)
_MONTH_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$"
)
_EACH = re.compile(
    r"(?P<count>\d+|" + "|".join(vocabulary.COUNT_WORDS) + r")\s+"
    r"(?P<what>[^,;:]{2,60}?)\s*,?\s*(?:mỗi|each)\s+\w+(?:\s+\w+)?\s*$",
    re.IGNORECASE,
)
_AID_VERB = re.compile(vocabulary.AID_VERBS, re.IGNORECASE)
# "Hà Nội sẽ hỗ trợ 5 tỷ đồng", "cam kết tài trợ", "pledged US$200,000": promised, not yet handed over.
_PLEDGE = re.compile(
    r"\bsẽ\b|cam kết|dự kiến|\bwill\b|\bpledged?\b|\bpledges\b|\bcommit(?:ted|s)? to\b|\bpromised?\b",
    re.IGNORECASE,
)
_STATISTICS = re.compile(vocabulary.STATISTICS)


@dataclass
class FoundAmount:
    start: int
    end: int
    value: Decimal
    unit: str


def parse_number(text, language="vi"):
    """'200.000' -> 200000, '1,5' -> 1.5 in Vietnamese; '40,000' -> 40000, '1.5' -> 1.5 in English."""
    text = text.strip()
    if language == "en":
        cleaned = text.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(?:,\d{3})+", text) and "." not in text and language != "vi":
        cleaned = text.replace(",", "")
    else:
        # Vietnamese: dots group thousands, a comma is the decimal mark. "1.5" with a single dot and
        # one or two digits after it is a decimal written the English way.
        if re.fullmatch(r"\d+\.\d{1,2}", text):
            cleaned = text
        else:
            cleaned = text.replace(".", "").replace(",", ".")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def _scaled(number, multiplier):
    if number is None:
        return None
    if multiplier:
        number = number * vocabulary.MULTIPLIERS[multiplier.lower()]
    return Decimal(int(number)) if number == number.to_integral() else number.normalize()


def _item_unit(text, head_end, head):
    rest = text[head_end:]
    stop = _QUALIFIER.search(rest)
    tail = rest[: stop.start()] if stop else rest
    # "bộ kit xét nghiệm nhanh kháng nguyên": the noun runs to a qualifier, a verb or punctuation.
    words = tail.split()[:6]
    while words and words[-1].lower() in ("of", "and", "và", "cho", "của"):
        words.pop()  # "10,000 doses of COVID-19 vaccines": the qualifier's capital stopped the noun
    return " ".join([head, *words]).strip()


def find_amounts(text, language="vi"):
    """Money and counted goods in `text`, in order, as FoundAmount."""
    found = []
    taken = []

    def add(start, end, value, unit):
        if value is None or value <= 0 or any(not (end <= s or start >= e) for s, e in taken):
            return
        if text[end : end + 2].strip().startswith("%"):
            return
        taken.append((start, end))
        found.append(FoundAmount(start, end, value, unit))

    for match in _AMOUNT_BEFORE.finditer(text):
        number = parse_number(match.group("num"), "en" if language != "vi" else "vi")
        unit = vocabulary.CURRENCIES[match.group("cur").lower()]
        add(match.start(), match.end(), _scaled(number, match.group("mult")), unit)
    for match in _AMOUNT_AFTER.finditer(text):
        number = parse_number(match.group("num"), language)
        unit = vocabulary.CURRENCIES[match.group("cur").lower()]
        add(match.start(), match.end(), _scaled(number, match.group("mult")), unit)
    for match in _ITEM.finditer(text):
        if _YEAR_WORD_BEFORE.search(text[max(0, match.start() - 8) : match.start()]):
            continue  # "Trong năm 2024 máy móc ...": a year, not a count
        written = match.group("num").lower()
        counted = vocabulary.ITEM_COUNT_WORDS.get(written)
        number = Decimal(counted) if counted else parse_number(written, language)
        unit = _item_unit(text, match.end("head"), match.group("head"))
        add(match.start(), match.end(), _scaled(number, match.group("mult")), unit)
    if language == "en":
        for match in _ENGLISH_GOODS.finditer(text):
            words = re.sub(r"^\w+ of ", "", match.group("unit")).split()
            if words[-1] in vocabulary.NOT_GOODS or any(w in vocabulary.GOODS_BREAKS for w in words[1:-1]):
                continue
            if words[0] in vocabulary.GOODS_BREAKS:
                continue
            if _MONTH_BEFORE.search(text[max(0, match.start() - 12) : match.start()]):
                continue  # "on May 25 presented medical supplies": a day, not a count
            number = parse_number(match.group("num"), language)
            add(match.start(), match.end(), _scaled(number, None), match.group("unit"))
    found.sort(key=lambda amount: amount.start)
    money = {"USD", "VND", "LAK", "EUR"}
    for before, amount in zip(found, found[1:], strict=False):
        if (
            amount.unit in money
            and before.unit in money
            and _CONVERSION.search(text[before.end : amount.start])
        ):
            amount.value = None
    return [amount for amount in found if amount.value is not None]


def _clean_recipient(text):
    text = re.sub(r"^(?:cho|tới|đến|to|for)\s+", "", text.strip(" ,:;-"), flags=re.IGNORECASE)
    text = re.sub(r"\s+(?:với|gồm|là|số tiền|khoản|trị giá|with)$", "", text)
    # The purpose that follows is not part of the recipient: "... to help them fight COVID-19"; nor the way
    # the gift went: "Hanoi via the Lao Embassy in Vietnam", "Viêng Chăn thông qua Đại sứ quán".
    text = re.split(
        r"\s+(?:to help|to support|to fight|in order|để|nhằm|phục vụ|góp phần|via|through|thông qua)\b", text
    )[0]
    return text.strip(" ,:;-")


def aid_amounts(sentence, language="vi", *, project=False):
    """Amounts in an aid sentence, each with the recipient the clause names and a count for "mỗi tỉnh".
    For a funded `project` its cost counts ("với tổng mức đầu tư 1,5 triệu USD; phía Lào đóng góp 2 tỷ
    kíp"), which elsewhere would be an investment figure."""
    amounts = []
    for clause_match in re.finditer(r"[^;]+", sentence):
        clause = clause_match.group(0)
        found = [
            amount
            for amount in find_amounts(clause, language)
            if project or not _STATISTICS.search(clause[max(0, amount.start - 40) : amount.start])
        ]
        if not found:
            continue
        first = found[0]
        before = clause[: first.start]
        recipient = ""
        count = None
        each = _EACH.search(before)
        if each:
            count_word = each.group("count").lower()
            count = int(count_word) if count_word.isdigit() else vocabulary.COUNT_WORDS.get(count_word)
            recipient = f"{count} {each.group('what').strip()}" if count else each.group("what")
        else:
            verbs = list(_AID_VERB.finditer(before))
            if verbs:
                recipient = _clean_recipient(before[verbs[-1].end() :])
            if not recipient or len(recipient) > 90 or not recipient[:1].isupper():
                after = re.search(r"\b(?:cho|tới|to)\s+(?P<who>[^,.;]{2,80})", clause[found[-1].end :])
                recipient = _clean_recipient(after.group("who")) if after else ""
        status = "pledged" if _PLEDGE.search(clause[: first.start]) else "delivered"
        previous_end = first.end
        for amount in found:
            # "ủng hộ Thủ đô Hà Nội 15.000 USD và ủng hộ TP Hồ Chí Minh 15.000 USD": a verb between two
            # amounts names the next one's recipient.
            between = clause[previous_end : amount.start]
            verbs = list(_AID_VERB.finditer(between))
            if verbs and not each:
                named = _clean_recipient(between[verbs[-1].end() :])
                if named and len(named) <= 90 and named[:1].isupper():
                    recipient = named
            previous_end = amount.end
            amounts.append(
                ExtractedAmount(
                    status=status,
                    value=amount.value,
                    unit=amount.unit,
                    recipient=recipient,
                    count=count,
                    evidence=clause.strip(),
                )
            )
    return amounts


def same_amount(first, second):
    return first.value == second.value and fold(first.unit) == fold(second.unit)
