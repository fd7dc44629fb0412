"""Vietnamese and English date expressions, and how a missing year is filled in."""

import datetime

from events.extraction.dates import find_dates, infer_text_year

PUBLISHED = datetime.date(2021, 8, 27)


def first(text, **reference):
    return find_dates(text, **reference)[0]


def test_part_of_day_with_day_and_month_takes_the_publication_year():
    found = first("Chiều 26/8, Bí thư Thành ủy tiếp Đại sứ Lào.", published=PUBLISHED)
    assert found.date == datetime.date(2021, 8, 26)
    assert found.precision == "day"
    assert found.year_inferred
    assert found.text == "Chiều 26/8"


def test_chieu_ngay_and_sang_forms_are_read():
    assert first(
        "chiều ngày 11/3, hai đoàn hội đàm", published=datetime.date(2024, 3, 12)
    ).date == datetime.date(2024, 3, 11)
    assert first("Sáng 5/9, tại trụ sở", published=datetime.date(2023, 9, 5)).date == datetime.date(
        2023, 9, 5
    )


def test_a_full_date_keeps_its_own_year():
    found = first("ngày 17/2/2023, đoàn đã đến", published=PUBLISHED)
    assert found.date == datetime.date(2023, 2, 17)
    assert not found.year_inferred


def test_an_event_month_after_the_publication_month_belongs_to_the_previous_year():
    found = first("Ngày 20/12, hai bên đã ký kết", published=datetime.date(2022, 1, 5))
    assert found.date == datetime.date(2021, 12, 20)


def test_month_and_year_forms():
    assert first("vào tháng 4 năm 2022").date == datetime.date(2022, 4, 1)
    assert first("vào tháng 4/2022").precision == "month"


def test_spans_give_a_start_and_an_end():
    found = first("từ 1/7 đến 30/8, lớp học diễn ra", published=datetime.date(2025, 7, 2))
    assert (found.date, found.date_end) == (datetime.date(2025, 7, 1), datetime.date(2025, 8, 30))
    found = first("Trong hai ngày 5 và 6/9, đoàn thăm", published=datetime.date(2023, 9, 7))
    assert (found.date, found.date_end) == (datetime.date(2023, 9, 5), datetime.date(2023, 9, 6))
    found = first("đang thăm và làm việc tại Lào từ ngày 11 đến 13/9/2024")
    assert (found.date, found.date_end) == (datetime.date(2024, 9, 11), datetime.date(2024, 9, 13))


def test_tomorrow_with_a_bracketed_date_and_today():
    assert first(
        "khai mạc vào ngày mai (12/3) tại Viêng Chăn", published=datetime.date(2024, 3, 11)
    ).date == (datetime.date(2024, 3, 12))
    assert first("Hôm nay, hai bên hội đàm", published=datetime.date(2024, 3, 11)).date == datetime.date(
        2024, 3, 11
    )


def test_without_any_year_the_date_is_left_out_rather_than_guessed():
    found = first("chiều ngày 11/3, hai đoàn hội đàm")
    assert found.date is None
    assert (found.month, found.day) == (3, 11)


def test_a_bare_year():
    found = first("Hội nghị năm 2019 diễn ra tại Hà Nội")
    assert (found.date, found.precision) == (datetime.date(2019, 1, 1), "year")


def test_anniversaries_terms_and_targets_are_not_event_dates():
    text = (
        "kỷ niệm 95 năm Ngày thành lập Đảng bộ (17/3/1930 - 17/3/2025); Luật có hiệu lực từ 1/1/2025; "
        "quy hoạch đến năm 2030, tầm nhìn đến năm 2050; chỉ tiêu 22/22 đã đạt"
    )
    assert find_dates(text) == []


def test_related_news_timestamps_are_ignored():
    assert find_dates("Nhịp sống Thủ đô 30/03/2025 08:24") == []


def test_english_dates():
    assert first("received the ambassador on August 26", published=PUBLISHED).date == datetime.date(
        2021, 8, 26
    )
    assert first("signed on 26 August 2021 in Hanoi").date == datetime.date(2021, 8, 26)
    assert first("held on Aug. 26", published=PUBLISHED).date == datetime.date(2021, 8, 26)
    found = first("paid a working visit from March 5-7", published=datetime.date(2024, 3, 8))
    assert (found.date, found.date_end) == (datetime.date(2024, 3, 5), datetime.date(2024, 3, 7))


def test_english_weekday_is_the_last_such_day_before_publication():
    # 27 August 2021 was a Friday.
    assert first("the two sides held talks on Monday", published=PUBLISHED).date == datetime.date(2021, 8, 23)


def test_the_article_year_comes_from_its_own_dated_facts():
    text = (
        "6 tháng đầu năm 2024, tăng trưởng đạt 6%, tăng hơn cùng kỳ 2023. Đặc biệt, ngày 28/6/2024, Quốc hội "
        "đã thông qua Luật Thủ đô sửa đổi, có hiệu lực từ 1/1/2025. Đại hội Đảng vào năm 2026."
    )
    assert infer_text_year(text) == 2024


def test_no_article_year_from_bare_years_or_spans():
    text = "các năm 2018 và 2019 dẫn đầu về thu hút FDI; chuỗi hợp tác từ tháng 4 năm 2022 đến nay"
    assert infer_text_year(text) is None


def test_a_finished_years_results_date_the_article_to_the_year_after():
    assert infer_text_year("Năm 2022, Thành phố hoàn thành toàn diện 22/22 chỉ tiêu chủ yếu.") == 2023
    assert infer_text_year("Quy mô kinh tế Hà Nội năm 2022 đạt 1.200.000 tỷ đồng.") == 2023
    assert infer_text_year("Trong giai đoạn 2016-2020, kinh tế Thủ đô tăng trưởng bình quân 7,39%.") == 2021


def test_targets_estimates_and_part_years_are_not_finished_results():
    assert (
        infer_text_year("Năm 2024, năm tăng tốc để hoàn thành các chỉ tiêu, mục tiêu của nhiệm kỳ.") is None
    )
    assert infer_text_year("Phấn đấu năm 2025 tăng trưởng GRDP đạt 8%.") is None
    assert infer_text_year("GRDP năm 2024 ước tăng 6,5%.") is None
    assert infer_text_year("Tăng trưởng đạt 6%, tăng hơn cùng kỳ năm 2023 là 1,2%.") is None


def test_congratulations_on_a_congress_or_a_new_assembly_give_its_year():
    text = (
        "Đại sứ chúc mừng thành công của Đại hội đại biểu toàn quốc lần thứ XIII của Đảng Cộng sản Việt Nam."
    )
    assert infer_text_year(text) == 2021
    assert infer_text_year("nhiệt liệt chúc mừng thành công Đại hội XIV của Đảng Cộng sản Việt Nam") == 2026
    assert infer_text_year("chúc mừng Đại hội lần thứ XI của Đảng Nhân dân Cách mạng Lào thành công") == 2021
    assert infer_text_year("chúc mừng cuộc bầu cử đại biểu Quốc hội khóa XV thành công tốt đẹp") == 2021
    assert (
        infer_text_year(
            "He congratulated Vietnam on the success of the 13th National Party Congress "
            "of the Communist Party of Vietnam"
        )
        == 2021
    )


def test_a_congress_mentioned_without_congratulations_gives_no_year():
    # A term's resolutions are carried out for five years.
    assert (
        infer_text_year(
            "Ngay sau thành công Đại hội đại biểu toàn quốc lần thứ XII của Đảng, Hà Nội đã triển khai"
        )
        is None
    )
    assert infer_text_year("thực hiện thắng lợi Nghị quyết Đại hội XIII của Đảng Cộng sản Việt Nam") is None


def test_an_anniversary_being_marked_gives_its_year():
    assert (
        infer_text_year(
            "hoạt động thiết thực kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào"
        )
        == 2022
    )
    assert infer_text_year("kỷ niệm 45 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác giữa Việt Nam và Lào") == 2022
    assert infer_text_year("nhân dịp kỷ niệm 80 năm Cách mạng Tháng Tám (1945 - 2025)") == 2025


def test_an_anniversary_still_to_come_or_planned_gives_no_year():
    assert infer_text_year("hướng tới kỷ niệm 50 năm Quốc khánh nước CHDCND Lào") is None
    text = (
        "Hai bên thống nhất phối hợp tổ chức các hoạt động kỷ niệm 50 năm Quốc khánh nước "
        "Cộng hòa Dân chủ Nhân dân Lào trong năm 2025."
    )
    assert infer_text_year(text) is None


def test_english_spans_across_two_months():
    found = first("held from April 15 to June 14 at the school", published=datetime.date(2024, 6, 14))
    assert (found.date, found.date_end) == (datetime.date(2024, 4, 15), datetime.date(2024, 6, 14))


def test_dashes_and_dots_between_day_and_month_are_read_as_slashes_are():
    # Hà Nội Mới and Nhân Dân write "17-11", Đại biểu Nhân dân and Lao Động write "16.5".
    published = datetime.date(2023, 11, 20)
    assert first("Ngày 17-11, Ban Đối ngoại thông báo", published=published).date == datetime.date(
        2023, 11, 17
    )
    assert first("sáng 16.5, tại thủ đô Vientiane", published=published).date == datetime.date(2023, 5, 16)
    assert first("sáng ngày 11-3-2024, tại Hà Nội", published=published).date == datetime.date(2024, 3, 11)
    assert first("Ngày 5.12.2022, đoàn đến", published=published).date == datetime.date(2022, 12, 5)
    visit = first("thăm Lào từ ngày 24 đến 26-11.", published=published)
    assert (visit.date, visit.date_end) == (datetime.date(2023, 11, 24), datetime.date(2023, 11, 26))


def test_numbers_with_dots_and_dashes_are_not_dates():
    for text in (
        "tăng từ 3.5 đến 4.5 triệu lượt khách",
        "tăng 6-7% mỗi năm",
        "giai đoạn 2021-2025",
        "và 3.5 điểm",
    ):
        assert find_dates(text, published=PUBLISHED) == [], text


def test_a_year_spoken_of_as_the_present_one_dates_the_article():
    assert infer_text_year("hai bên nhấn mạnh năm 2017 là một năm hết sức quan trọng trong quan hệ") == 2017
    assert (
        infer_text_year("Thông tin về tình hình phát triển kinh tế, xã hội của thành phố Hà Nội năm 2023")
        == 2023
    )
    assert infer_text_year("in response to Laos' National Tourism Year 2024, Hanoi will collaborate") == 2024
    assert (
        infer_text_year("cụ thể hóa tinh thần “Năm Đoàn kết hữu nghị Việt Nam - Lào, Lào - Việt Nam 2022”")
        == 2022
    )
    # A plan's horizon is no present year.
    assert infer_text_year("tình hình thực hiện kế hoạch giai đoạn 2021 - 2025") is None
