"""A title for each event, in Vietnamese, from its category and the leaders of each side:
"Bí thư Thành ủy Hà Nội Đinh Tiến Dũng tiếp Đại sứ ... Sengphet Houngboungnuang"."""

import re

from django.utils import translation

from events.extraction import vocabulary
from events.models import CATEGORY_LABELS

COURSE = re.compile(rf"(?:{vocabulary.COURSE_WORDS})", re.IGNORECASE)


def title_for(candidate, people, place, direction):
    hanoi = _label(people, "vn", "Hà Nội")
    lao = _label(people, "la", "đoàn Lào" if direction == "to_hanoi" else "Lào")
    category = candidate.category
    if category == "reception":
        return f"{hanoi} tiếp {lao}" if direction != "to_laos" else f"{lao} tiếp {hanoi}"
    if category == "talks":
        return f"Hội đàm giữa {hanoi} và {lao}"
    if category == "online_talks":
        return f"Hội đàm trực tuyến giữa {hanoi} và {lao}"
    if category == "courtesy_call":
        return f"{lao} chào xã giao {hanoi}" if direction != "to_laos" else f"{hanoi} chào xã giao {lao}"
    if category == "other":
        return f"{_capitalised(candidate.cue)} giữa {hanoi} và {lao}"
    if category == "visit":
        where = "Việt Nam" if direction == "to_hanoi" else (place or "Lào")
        guest = lao if direction == "to_hanoi" else hanoi
        return f"{guest} thăm và làm việc tại {where}"
    if category == "training":
        course = candidate.cue if COURSE.match(candidate.cue) else "lớp đào tạo"
        return f"{_capitalised(course)} cho cán bộ Lào tại {place or 'Hà Nội'}"
    if category == "aid":
        recipients = [a.recipient for a in candidate.amounts if a.recipient]
        if candidate.reverse:
            return f"Lào hỗ trợ {recipients[0] if recipients else 'Hà Nội'}"
        return f"Hà Nội hỗ trợ {recipients[0] if recipients else 'Lào'}"
    if category == "funded_project":
        return (
            f"Dự án {candidate.project} do Hà Nội hỗ trợ" if candidate.project else "Dự án do Hà Nội hỗ trợ"
        )
    # An agreement, plan or memorandum, under the category's Vietnamese name ("Kế hoạch hợp tác").
    with translation.override("vi"):
        name = str(CATEGORY_LABELS.get(category, category))
    return f"{name} giai đoạn {candidate.period}" if candidate.period else f"{name} Hà Nội - Lào"


def _capitalised(text):
    return f"{text[:1].upper()}{text[1:]}"


def _label(people, side, fallback):
    """The leader of a side with their title, else anyone of that side, else `fallback`."""
    for person in people:
        if person.side == side and person.lead:
            return f"{person.role} {person.name}".strip()
    for person in people:
        if person.side == side:
            return f"{person.role} {person.name}".strip()
    return fallback
