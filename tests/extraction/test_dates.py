"""Date expressions in Vietnamese and English news text, and the year a text without one is written in."""

import datetime
from decimal import Decimal

from events.extraction.dates import find_dates, infer_text_year
from tests.extraction import amounts, extract, kinds

PUBLISHED = datetime.date(2021, 8, 27)


def first(text, **reference):
    return find_dates(text, **reference)[0]


# --- Days, months and years in Vietnamese ---


def test_chieu_ngay_and_sang_forms_are_read():
    assert first(
        "chiều ngày 11/3, hai đoàn hội đàm", published=datetime.date(2024, 3, 12)
    ).date == datetime.date(2024, 3, 11)
    assert first("Sáng 5/9, tại trụ sở", published=datetime.date(2023, 9, 5)).date == datetime.date(
        2023, 9, 5
    )


def test_a_day_after_its_weekday_is_read():
    published = datetime.date(2024, 5, 14)
    assert first("Thứ Ba, 14/5, tại trụ sở Quận ủy", published=published).date == datetime.date(2024, 5, 14)
    assert first("Chiều thứ Ba, 13/10, Công an", published=published).date == datetime.date(2023, 10, 13)
    assert not find_dates("thứ ba 14 đội bóng", published=published)


def test_a_full_date_keeps_its_own_year():
    found = first("ngày 17/2/2023, đoàn đã đến", published=PUBLISHED)
    assert found.date == datetime.date(2023, 2, 17)
    assert not found.year_inferred


def test_month_and_year_forms():
    assert first("vào tháng 4 năm 2022").date == datetime.date(2022, 4, 1)
    assert first("vào tháng 4/2022").precision == "month"


def test_a_bare_year():
    found = first("Hội nghị năm 2019 diễn ra tại Hà Nội")
    assert (found.date, found.precision) == (datetime.date(2019, 1, 1), "year")


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


def test_tomorrow_with_a_bracketed_date_and_today():
    assert first(
        "khai mạc vào ngày mai (12/3) tại Viêng Chăn", published=datetime.date(2024, 3, 11)
    ).date == (datetime.date(2024, 3, 12))
    assert first("Hôm nay, hai bên hội đàm", published=datetime.date(2024, 3, 11)).date == datetime.date(
        2024, 3, 11
    )


# --- A day or month printed without its year ---


def test_part_of_day_with_day_and_month_takes_the_publication_year():
    found = first("Chiều 26/8, Bí thư Thành ủy tiếp Đại sứ Lào.", published=PUBLISHED)
    assert found.date == datetime.date(2021, 8, 26)
    assert found.precision == "day"
    assert found.year_inferred
    assert found.text == "Chiều 26/8"


def test_an_event_month_after_the_publication_month_belongs_to_the_previous_year():
    found = first("Ngày 20/12, hai bên đã ký kết", published=datetime.date(2022, 1, 5))
    assert found.date == datetime.date(2021, 12, 20)


def test_without_any_year_the_date_is_left_out_rather_than_guessed():
    found = first("chiều ngày 11/3, hai đoàn hội đàm")
    assert found.date is None
    assert (found.month, found.day) == (3, 11)


def test_an_english_month_without_a_year_takes_the_publication_year():
    text = (
        "Hanoi Party Secretary met the Lao Ambassador on Wednesday. In March, a high-level delegation from "
        "Hanoi paid a working visit to Vientiane, he said."
    )
    events = kinds(extract(text, title="", published=datetime.date(2024, 4, 11)))
    visit = events[("delegation", "visit")]
    assert (visit.date, visit.date_precision) == (datetime.date(2024, 3, 1), "month")


# --- Spans from one day to another ---


def test_spans_give_a_start_and_an_end():
    found = first("từ 1/7 đến 30/8, lớp học diễn ra", published=datetime.date(2025, 7, 2))
    assert (found.date, found.date_end) == (datetime.date(2025, 7, 1), datetime.date(2025, 8, 30))
    found = first("Trong hai ngày 5 và 6/9, đoàn thăm", published=datetime.date(2023, 9, 7))
    assert (found.date, found.date_end) == (datetime.date(2023, 9, 5), datetime.date(2023, 9, 6))
    found = first("đang thăm và làm việc tại Lào từ ngày 11 đến 13/9/2024")
    assert (found.date, found.date_end) == (datetime.date(2024, 9, 11), datetime.date(2024, 9, 13))


def test_english_spans_across_two_months():
    found = first("held from April 15 to June 14 at the school", published=datetime.date(2024, 6, 14))
    assert (found.date, found.date_end) == (datetime.date(2024, 4, 15), datetime.date(2024, 6, 14))


def test_a_span_across_the_new_year_keeps_both_ends():
    found = find_dates("Đoàn thăm Lào từ 29/12/2024 đến 2/1/2025.")[0]
    assert (found.date, found.date_end) == (datetime.date(2024, 12, 29), datetime.date(2025, 1, 2))
    found = find_dates("Đoàn thăm Lào từ ngày 29/11 đến 2/12.", published=datetime.date(2024, 12, 3))[0]
    assert (found.date, found.date_end) == (datetime.date(2024, 11, 29), datetime.date(2024, 12, 2))


def test_an_english_span_of_day_and_month_across_two_months():
    found = find_dates("The delegation was in Laos from 30 June to 3 July 2023.")[0]
    assert (found.date, found.date_end) == (datetime.date(2023, 6, 30), datetime.date(2023, 7, 3))


# --- English dates, weekdays and days counted from publication ---


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


def test_a_capitalised_weekday_counts_back_from_publication():
    found = find_dates("On Thursday, the two sides held talks.", published=datetime.date(2024, 11, 22))
    assert found[0].date == datetime.date(2024, 11, 21)


def test_relative_english_dates_count_from_the_publication_date():
    published = datetime.date(2024, 5, 16)
    this_month = find_dates("floods earlier this month", published=published)[0]
    assert (this_month.date, this_month.precision) == (datetime.date(2024, 5, 1), "month")
    last_month = find_dates("signed last month", published=published)[0]
    assert (last_month.date, last_month.precision) == (datetime.date(2024, 4, 1), "month")
    morning = find_dates("received the guests this morning", published=published)[0]
    assert morning.date == published


def test_last_week_is_the_month_of_the_week_before_publication():
    found = find_dates("Last week, the departments signed a plan.", published=datetime.date(2025, 1, 3))
    assert (found[0].date, found[0].precision) == (datetime.date(2024, 12, 1), "month")


def test_a_term_closed_by_its_years_does_not_hide_the_signing_day():
    found = find_dates(
        "They signed a plan for the 2024-2025 period on Wednesday.", published=datetime.date(2024, 6, 14)
    )
    assert found[0].date == datetime.date(2024, 6, 12)


# --- The same day as the day named before ---


def test_cung_ngay_takes_the_day_named_before():
    text = (
        "Sáng 9/10, Phó Chủ tịch UBND thành phố Hà Nội Hà Minh Hải đã tiếp Đoàn đại biểu Sở Y tế Thủ đô "
        "Viêng Chăn do ông Bounsong Keola làm trưởng đoàn.\n\n"
        "Cùng ngày, Đoàn đã hội đàm với Sở Y tế Hà Nội về hợp tác đào tạo bác sĩ cho Lào."
    )
    events = extract(text, title="", published=datetime.date(2024, 10, 9))
    talks = kinds(events)[("meeting", "talks")]
    assert talks.date == datetime.date(2024, 10, 9)


def test_english_the_same_day_takes_the_day_named_before():
    text = (
        "Hanoi Party Secretary Bui Thi Minh Hoai paid a courtesy call on the Lao President in Vientiane "
        "on October 2. Later that day, the Hanoi delegation held talks with Vientiane Mayor Atsaphangthong "
        "Siphandone."
    )
    events = extract(text, title="", published=datetime.date(2024, 10, 3))
    talks = kinds(events)[("meeting", "talks")]
    assert talks.date == datetime.date(2024, 10, 2)


# --- Numbers and dates that are no event's date ---


def test_anniversaries_terms_and_targets_are_not_event_dates():
    text = (
        "kỷ niệm 95 năm Ngày thành lập Đảng bộ (17/3/1930 - 17/3/2025); Luật có hiệu lực từ 1/1/2025; "
        "quy hoạch đến năm 2030, tầm nhìn đến năm 2050; chỉ tiêu 22/22 đã đạt"
    )
    assert find_dates(text) == []


def test_related_news_timestamps_are_ignored():
    assert find_dates("Nhịp sống Thủ đô 30/03/2025 08:24") == []


def test_numbers_with_dots_and_dashes_are_not_dates():
    for text in (
        "tăng từ 3.5 đến 4.5 triệu lượt khách",
        "tăng 6-7% mỗi năm",
        "giai đoạn 2021-2025",
        "và 3.5 điểm",
    ):
        assert find_dates(text, published=PUBLISHED) == [], text


def test_todays_is_no_date():
    assert not find_dates("It laid the foundation for today's MoU.", published=datetime.date(2024, 6, 14))


def test_the_start_of_a_long_record_is_no_event_date():
    assert find_dates("Từ năm 1980 đến nay, có khoảng 2,7 vạn học sinh Lào học tập tại Việt Nam.") == []
    assert find_dates("Since 2017, the Hanoi Police have trained 400 officers.") == []
    spans = find_dates("Từ năm 2019 đến năm 2021, hai bên phối hợp.")
    assert [d.date.year for d in spans] == [2019, 2021]


# --- The year an article's own facts give ---


def test_the_article_year_comes_from_its_own_dated_facts():
    text = (
        "6 tháng đầu năm 2024, tăng trưởng đạt 6%, tăng hơn cùng kỳ 2023. Đặc biệt, ngày 28/6/2024, Quốc hội "
        "đã thông qua Luật Thủ đô sửa đổi, có hiệu lực từ 1/1/2025. Đại hội Đảng vào năm 2026."
    )
    assert infer_text_year(text) == 2024


def test_the_year_of_an_english_anniversary_given_with_its_span_of_full_dates():
    text = (
        "The visit is among a series of activities celebrating the 60th anniversary of the diplomatic "
        "establishment (September 5, 1962 – September 5, 2022), and 45th anniversary of signing the "
        "Friendship and Cooperation Treaty between Vietnam and Laos (July 18, 1977 – July 18, 2022)."
    )
    assert infer_text_year(text) == 2022
    assert not [d for d in find_dates(text) if d.date and d.date.year == 2022 and d.day]


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


def test_a_year_the_article_calls_this_year_dates_a_day_without_a_year():
    text = "Năm nay, 2024, là năm hai Thủ đô kỷ niệm quan hệ. Chiều 4/6, hai bên gặp nhau."
    assert infer_text_year(text) == 2024


def test_a_year_called_a_year_of_anniversaries_dates_the_article():
    text = (
        "Năm 2017 là năm có nhiều hoạt động kỷ niệm giữa Việt Nam và Lào. Đoàn đại biểu Viện KSND thành phố "
        "Hà Nội sang thăm và làm việc tại Thủ đô Viêng Chăn từ ngày 13 đến 17/3."
    )
    visit = kinds(extract(text, title=""))[("delegation", "visit")]
    assert (visit.date, visit.date_end) == (datetime.date(2017, 3, 13), datetime.date(2017, 3, 17))


# --- Congresses and anniversaries that give a year ---


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


# --- Years the text implies (issue: reviews, spans, anniversaries still to come) ---


def test_a_review_of_a_years_work_is_held_the_year_after():
    assert (
        infer_text_year("Hội nghị tổng kết công tác năm 2020 và triển khai nhiệm vụ của Thành đoàn.") == 2021
    )
    # The reviewed year is no event's date.
    assert [d.date for d in find_dates("Hội nghị tổng kết công tác năm 2020 của Thành đoàn.")] == []


def test_an_anniversary_given_with_its_span_dates_the_text():
    assert (
        infer_text_year("Lễ kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954 - 10/10/2024) diễn ra.") == 2024
    )
    assert (
        infer_text_year("They marked the 70th anniversary of the Dien Bien Phu victory (1954-2024).") == 2024
    )
    assert infer_text_year("Hai bên chuẩn bị kỷ niệm 70 năm Ngày Giải phóng Thủ đô (1954 - 2024).") is None


def test_an_anniversary_being_prepared_for_dates_a_day_before_or_after_it():
    from events.extraction.dates import upcoming_anniversary_year

    text = (
        "Hà Nội đang chuẩn bị cho loạt sự kiện quan trọng - kỷ niệm 20 năm Hà Nội được công nhận là TP vì "
        "hoà bình."
    )
    assert upcoming_anniversary_year(text, 2, 19) == 2019  # before 16 July: that year
    assert upcoming_anniversary_year(text, 11, 4) is None  # after it: any earlier year


def test_english_day_spans_with_to():
    [span] = find_dates(
        "The delegation is in Hanoi from 5 to 12 October.", published=datetime.date(2024, 10, 13)
    )
    assert (span.date, span.date_end) == (datetime.date(2024, 10, 5), datetime.date(2024, 10, 12))


def test_the_nth_national_day_and_a_gathering_named_with_its_year_give_the_article_year():
    assert (
        infer_text_year(
            "Ambassador Thongsavanh thanked him for his congratulations on the 43rd National Day of Laos."
        )
        == 2018
    )
    assert (
        infer_text_year(
            "The Hanoi delegation was in Laos from September 17-19 for the ASEAN Mayors "
            "Forum (AMF) 2024 and a working visit to Vientiane."
        )
        == 2024
    )
    # A gathering still to come says nothing of the article's year.
    assert infer_text_year("The two cities will prepare for the ASEAN Summit 2026 together.") is None


def test_a_year_said_to_be_the_present_one_or_an_exhibition_named_with_its_year_gives_the_article_year():
    assert infer_text_year("He mentioned that 2024 is a crucial year for Vientiane.") == 2024
    assert (
        infer_text_year(
            "A booth was set up at the That Luang Festival and Vientiane Trade Exhibition 2023, running "
            "from November 23-27."
        )
        == 2023
    )
    assert infer_text_year("Between 2015 and 2020, trade doubled.") is None


def test_a_gathering_attended_and_told_with_its_year_gives_the_article_year():
    english = (
        "During his working trip to Laos from November 4-5, Hanoi's mayor attended the conference on trade, "
        "investment, and tourism connection between Hanoi and Vientiane in 2022."
    )
    assert infer_text_year(english) == 2022
    assert infer_text_year("Đoàn đã tham dự Hội nghị xúc tiến đầu tư Hà Nội - Viêng Chăn năm 2023.") == 2023
    assert infer_text_year("Hai bên đánh giá kết quả hợp tác năm 2021.") is None  # no gathering attended


def test_a_date_written_year_first_is_read_year_month_day():
    # The dash after the year is no "from ... to": 2025-12-03 is 3 December, never 12 March.
    found = first("Cập nhật 2025-12-03, hai bên hội đàm", published=datetime.date(2025, 12, 3))
    assert found.date == datetime.date(2025, 12, 3)
    assert not found.year_inferred
    assert [d.date for d in find_dates("mã số 2025-13-40")] == []


def test_a_day_written_with_mung_before_it():
    [day] = find_dates("Ngày mùng 8 tháng 5, hai bên hội đàm.", published=datetime.date(2024, 5, 10))
    assert (day.date, day.precision) == (datetime.date(2024, 5, 8), "day")


def test_last_year_is_the_year_before_publication_and_a_gift_then_is_a_gift_of_its_own():
    events = extract(
        "The Hanoi People's Committee on Tuesday handed over medical supplies worth 3 billion VND to "
        "Vientiane. Last year, Hanoi also presented 200,000 USD to Vientiane for pandemic prevention.",
        published=datetime.date(2021, 8, 18),
    )
    assert [(event.date, event.date_precision, amounts(event)) for event in events] == [
        (datetime.date(2021, 8, 17), "day", [(Decimal(3_000_000_000), "VND")]),
        (datetime.date(2020, 1, 1), "year", [(Decimal(200_000), "USD")]),
    ]
    (gift,) = extract(
        "Năm ngoái, Hà Nội đã trao tặng Thủ đô Viêng Chăn 100.000 USD.", published=datetime.date(2024, 5, 10)
    )
    assert (gift.date, gift.date_precision) == (datetime.date(2023, 1, 1), "year")
    # Years ago, or the year before another: not the year before publication.
    for text in ("nhiều năm trước", "2 năm trước", "năm trước đó", "tăng 10% so với năm trước"):
        assert not [
            found for found in find_dates(text, published=datetime.date(2024, 5, 10)) if found.date
        ], text


def test_yesterday_afternoon_is_the_day_before_publication():
    found = first(
        "Chiều qua, Chủ tịch LĐLĐ thành phố Hà Nội đã tiếp đoàn.", published=datetime.date(2023, 6, 8)
    )
    assert (found.date, found.precision) == (datetime.date(2023, 6, 7), "day")


def test_a_holidays_date_in_brackets_after_its_name_dates_nothing_reported():
    national_day = (
        "Bí thư Thành ủy vui mừng đón Đoàn đúng dịp kỷ niệm 49 năm Quốc khánh nước Cộng hòa Dân chủ Nhân dân "
        "Lào (2/12)."
    )
    assert find_dates(national_day, published=datetime.date(2024, 11, 29)) == []
    womens_day = "Hội LHPN tổ chức gặp mặt nhân Ngày Phụ nữ Việt Nam (20/10)."
    assert find_dates(womens_day, published=datetime.date(2023, 10, 21)) == []
    # A day in brackets after a part of the day is the day of what is told.
    today = find_dates("Chiều nay (5/6), Hà Nội trao 20 tấn gạo.", published=datetime.date(2024, 6, 5))
    assert {d.date for d in today} == {datetime.date(2024, 6, 5)}


def test_the_day_a_law_comes_into_force_dates_nothing_reported():
    text = "Hanoi is preparing to put into force the 2024 Law on the Capital from January 1, 2025."
    assert [d.date for d in find_dates(text, published=datetime.date(2024, 11, 30)) if d.day] == []
    text = "The new rules take effect on March 1, 2025, the ministry said."
    assert [d.date for d in find_dates(text, published=datetime.date(2025, 2, 10)) if d.day] == []


def test_last_and_a_month_name_is_that_month_before_the_page_date():
    found = find_dates("He recalled his online talks last November.", published=datetime.date(2022, 1, 14))
    assert [(d.date, d.precision) for d in found] == [(datetime.date(2021, 11, 1), "month")]


def test_the_year_a_term_was_signed_in_after_a_relative_clause():
    # A year after a term is no date ("giai đoạn 2019-2024 ... năm 2024" would be the term's), but the year
    # the term "mà hai bên ký kết" in is the signing's.
    for text, year in (
        ("Biên bản ghi nhớ giai đoạn 2019-2024 mà hai bên ký kết năm 2019 đã được thực hiện tốt.", 2019),
        ("the memorandum for the 2019-2024 period which the two sides signed in 2019", 2019),
        ("Biên bản ghi nhớ giai đoạn 2019-2024, hoàn thành năm 2024.", None),
    ):
        found = [d.date.year for d in find_dates(text) if d.precision == "year"]
        assert found == ([year] if year else []), text


def test_a_span_with_its_month_in_words_is_read_as_a_span():
    published = datetime.date(2009, 10, 9)
    found = first(
        "đang thăm và làm việc tại Thủ đô Viêng Chăn từ ngày 7 đến ngày 10 tháng 10", published=published
    )
    assert (found.date, found.date_end) == (datetime.date(2009, 10, 7), datetime.date(2009, 10, 10))
    found = first("từ ngày 28 tháng 9 đến ngày 2 tháng 10 năm 2019, đoàn", published=published)
    assert (found.date, found.date_end) == (datetime.date(2019, 9, 28), datetime.date(2019, 10, 2))
    assert not find_dates("kéo dài từ 2 đến 3 tháng", published=published)


def test_a_full_date_written_in_words_gives_the_text_its_year():
    assert infer_text_year("Viêng Chăn (KPL) - Ngày 13 tháng 5 năm 2019, tại Văn phòng Đô trưởng ...") == 2019
    events = extract(
        "Viêng Chăn (KPL) - Ngày 13 tháng 5 năm 2019, tại Văn phòng Đô trưởng Thủ đô Viêng Chăn, Đô trưởng "
        "đã tiếp Đoàn đại biểu Công an thành phố Hà Nội.\n\n"
        "Trước đó, ngày 12 tháng 5, Đoàn đã hội đàm với Công an Thủ đô Viêng Chăn.",
    )
    assert kinds(events)[("meeting", "talks")].date == datetime.date(2019, 5, 12)


def test_months_written_by_their_names_date_days_and_spans():
    published = datetime.date(2009, 6, 29)
    assert [
        (d.date, d.precision) for d in find_dates("Ngày 26 tháng Sáu, tại Hà Nội", published=published)
    ] == [(datetime.date(2009, 6, 26), "day")]
    span = find_dates("sang thăm từ ngày 24 đến ngày 28 tháng Sáu", published=published)
    assert [(d.date, d.date_end) for d in span] == [(datetime.date(2009, 6, 24), datetime.date(2009, 6, 28))]
    assert [d.date for d in find_dates("ngày 2 tháng Mười Hai năm 2019")] == [datetime.date(2019, 12, 2)]


def test_an_anniversarys_days_in_brackets_date_nothing_reported():
    text = (
        "Chuyến thăm diễn ra trong Năm Đoàn kết hữu nghị Việt Nam - Lào 2012, kỷ niệm 50 năm Ngày thiết lập "
        "quan hệ ngoại giao (5-9-1962 / 5-9-2012) và 35 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác Việt Nam - "
        "Lào (18-7-1977 / 18-7-2012)."
    )
    assert [d.date.year for d in find_dates(text, reference_year=2012) if d.precision == "day"] == []
