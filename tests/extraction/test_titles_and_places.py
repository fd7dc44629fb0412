"""Each event's title and place (events/extraction/titles.py, places.py)."""

import datetime

from events.extraction.places import display_place, explicit_place

from . import by_kind, extract

PUBLISHED = datetime.date(2024, 9, 13)


# --- Titles name the leaders of each side ---


def test_a_reception_is_titled_host_receives_guest_with_their_titles():
    text = (
        "Chiều 12/9, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng tiếp Đại sứ Lào tại Việt Nam Sengphet "
        "Houngboungnuang."
    )
    reception = by_kind(extract(text, published=PUBLISHED))[("meeting", "reception")]
    assert reception.title == (
        "Bí thư Thành ủy Hà Nội Đinh Tiến Dũng tiếp Đại sứ Lào tại Việt Nam Sengphet Houngboungnuang"
    )


def test_an_agreement_is_titled_by_its_kind_and_term():
    text = (
        "Ngày 4/4/2022, tại Viêng Chăn, lãnh đạo Thủ đô Hà Nội và Thủ đô Viêng Chăn đã ký Thỏa thuận hợp tác "
        "giai đoạn 2022-2025."
    )
    agreement = by_kind(extract(text, published=PUBLISHED))[("agreement", "cooperation_agreement")]
    assert agreement.title == "Thỏa thuận hợp tác giai đoạn 2022-2025"


# --- Places in their Vietnamese form ---


def test_the_place_a_sentence_names_is_written_the_vietnamese_way():
    assert explicit_place("The delegation arrived in Vientiane on Monday.") == "Viêng Chăn"
    assert explicit_place("Đoàn đã sang Lào làm việc.") == "Lào"
    assert explicit_place("Hai bên trao đổi kinh nghiệm.") == ""


def test_without_a_place_of_its_own_an_event_is_where_the_travellers_went():
    assert display_place("", "to_hanoi", "") == "Hà Nội"
    assert display_place("", "to_laos", "Đoàn sang Viêng Chăn") == "Viêng Chăn"
    assert display_place("Lào", "to_laos", "Đoàn sang Luang Prabang") == "Lào"
    assert display_place("Luang Prabang", "to_laos", "") == "Luang Prabang"
