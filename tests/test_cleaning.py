"""Cleaning rules on short snippets written in the styles of several outlets, then on the five samples.

No database: events.cleaning is pure functions.
"""

import datetime
import json
import unicodedata
from pathlib import Path

import pytest

from events.cleaning import (
    VIETNAM_TIME,
    PublishedFrom,
    clean_text,
    date_in_url,
    detect_language,
    html_to_article,
    looks_damaged,
    read_clean_article,
    source_urls,
    split_sentences,
    split_title,
)
from events.text import squeeze

SAMPLES = Path(__file__).resolve().parent.parent / "sample_articles"
# The cleaning part of the hand-made gold annotations (../shared/gold): boilerplate, captions and the
# evidence sentence of every gold event, copied so the tests run from a fresh clone.
GOLD = json.loads((Path(__file__).parent / "fixtures/cleaning/samples_gold.json").read_text(encoding="utf-8"))

# Four paragraphs of an ordinary report, so the clutter added by each test is a small part of the page.
STORY = [
    "Chiều 8/8, tại trụ sở Thành ủy, Phó Bí thư Thường trực Thành ủy Hà Nội đã tiếp đoàn đại biểu "
    "Thủ đô Viêng Chăn do Trưởng ban Tổ chức Thành ủy Viêng Chăn dẫn đầu.",
    "Phát biểu tại buổi tiếp, Phó Bí thư Thường trực Thành ủy khẳng định quan hệ đặc biệt giữa hai Thủ đô "
    "ngày càng được củng cố, đi vào chiều sâu và mang lại hiệu quả thiết thực.",
    "Theo kế hoạch, năm 2025 hai bên sẽ trao đổi đoàn cán bộ, phối hợp đào tạo, bồi dưỡng cán bộ và thúc "
    "đẩy hợp tác trong các lĩnh vực quy hoạch đô thị, giáo dục, y tế.",
    "Thay mặt đoàn, Trưởng ban Tổ chức Thành ủy Viêng Chăn cảm ơn sự giúp đỡ quý báu của Hà Nội và mong "
    "muốn hai bên tiếp tục phối hợp chặt chẽ trong thời gian tới.",
]
TITLE = "Hà Nội - Viêng Chăn tăng cường hợp tác đào tạo cán bộ"


def page(*lines):
    return "\n\n".join(lines)


def paragraphs(text):
    return text.split("\n\n") if text else []


# --- split_title -----------------------------------------------------------------------------


def test_split_title_reads_the_city_portal_timestamp_and_removes_it():
    title, published, _source, rest = split_title(
        f"{TITLE} (21:18 26/10/2017)\n\n\nHNP - Chiều 26/10, hai bên hội đàm."
    )
    assert title == TITLE
    assert published == datetime.datetime(2017, 10, 26, 21, 18, tzinfo=VIETNAM_TIME)
    assert rest == "HNP - Chiều 26/10, hai bên hội đàm."


@pytest.mark.parametrize(
    "lead",
    [
        "Sáng 27/1, Chủ tịch nước Lào Thongloun Sisoulith dẫn đầu Đoàn đại biểu cấp cao thăm và làm việc "
        "với Đảng bộ, chính quyền thành phố Hà Nội.",
        "Delegations from Vientiane and Hanoi met on September 17, 2024 to discuss bilateral cooperation. "
        "During the meeting, the Mayor of Vientiane warmly welcomed the Vietnamese delegation led by the "
        "Mayor of Hanoi. The two leaders stressed the importance of cooperation between the two cities to "
        "promote economic and cultural development.",
    ],
)
def test_a_text_saved_without_its_headline_keeps_its_first_paragraph(lead):
    title, _published, _source, rest = split_title(f"{lead}\n\nHai bên trao đổi kinh nghiệm.")
    assert title == ""
    assert rest.startswith(lead)


def test_a_scrapers_date_field_opening_the_text_is_the_publication_date():
    title, published, _source, rest = split_title(
        " date 2024-09-19 Delegations from Vientiane and Hanoi met. " * 5
    )
    assert title == ""
    assert published.date() == datetime.date(2024, 9, 19)
    assert rest.startswith("Delegations from Vientiane")


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("(26/10/2017)", datetime.datetime(2017, 10, 26, tzinfo=VIETNAM_TIME)),
        ("(26/10/2017 21:18)", datetime.datetime(2017, 10, 26, 21, 18, tzinfo=VIETNAM_TIME)),
        ("- 26/10/2017", datetime.datetime(2017, 10, 26, tzinfo=VIETNAM_TIME)),
        ("[08:24 30/03/2025]", datetime.datetime(2025, 3, 30, 8, 24, tzinfo=VIETNAM_TIME)),
        ("- 26-10-2017 21:18", datetime.datetime(2017, 10, 26, 21, 18, tzinfo=VIETNAM_TIME)),
        ("(26.10.2017)", datetime.datetime(2017, 10, 26, tzinfo=VIETNAM_TIME)),
    ],
)
def test_split_title_reads_other_timestamp_forms(stamp, expected):
    title, published, _source, _ = split_title(f"{TITLE} {stamp}\nNội dung.")
    assert (title, published) == (TITLE, expected)


def test_split_title_skips_furniture_above_the_headline_and_reads_its_date_line():
    # thoidai.com.vn as scraped: breadcrumb, date line, then the headline and a font-size widget.
    text = f"Trang chủ Hữu nghị Bốn phương kết bạn\n14:14 | 27/08/2021 GMT+7\n\n{TITLE}\n\naa\n{STORY[0]}"
    title, published, _source, rest = split_title(text)
    assert (title, published) == (TITLE, datetime.datetime(2021, 8, 27, 14, 14, tzinfo=VIETNAM_TIME))
    assert clean_text(rest) == STORY[0]


def test_split_title_reads_the_date_line_under_a_repeated_headline():
    text = f"{TITLE}\n\n{TITLE}\n\nĐối ngoại - Ngày đăng : 15:09, 30/06/2014\n\n{STORY[0]}"
    title, published, _source, rest = split_title(text)
    assert published == datetime.datetime(2014, 6, 30, 15, 9, tzinfo=VIETNAM_TIME)
    assert clean_text(rest, title=title) == STORY[0]


def test_split_title_passes_over_markup_left_under_the_headline():
    text = (
        f"{TITLE}\n\n--> -->\nTrang chủ Hữu nghị Bốn phương kết bạn\n18:01 | 30/09/2023 GMT+7\n\n{STORY[0]}"
    )
    assert split_title(text)[1] == datetime.datetime(2023, 9, 30, 18, 1, tzinfo=VIETNAM_TIME)


def test_split_title_reads_a_byline_and_date_under_the_headline():
    text = f"Theo dõi Báo Hànộimới trên\n\n{TITLE}\n\nThùy Dương| 30/11/2018 06:51\n\n{STORY[0]}"
    title, published, _source, rest = split_title(text)
    assert (title, published) == (TITLE, datetime.datetime(2018, 11, 30, 6, 51, tzinfo=VIETNAM_TIME))
    assert rest == STORY[0]


def test_split_title_reads_a_scrapers_date_before_the_first_paragraph():
    title, published, _source, rest = split_title(f"{TITLE}\n\n date 2021-05-25 {STORY[0]}")
    assert (title, published) == (TITLE, datetime.datetime(2021, 5, 25, tzinfo=VIETNAM_TIME))
    assert rest == STORY[0]


def test_split_title_keeps_dates_that_are_part_of_the_title():
    text = "Kỷ niệm 60 năm quan hệ ngoại giao Việt Nam - Lào (5/9/1962 - 5/9/2022)\nNội dung."
    title, published, _source, _ = split_title(text)
    assert title == "Kỷ niệm 60 năm quan hệ ngoại giao Việt Nam - Lào (5/9/1962 - 5/9/2022)"
    assert published is None


def test_split_title_takes_a_date_line_under_the_title_as_the_page_date():
    # VnExpress prints the date on its own line under the headline.
    text = f"\n\n{TITLE}\nThứ năm, 8/8/2024, 15:00 (GMT+7)\n{STORY[0]}"
    title, published, _source, rest = split_title(text)
    assert title == TITLE
    assert published == datetime.datetime(2024, 8, 8, 15, 0, tzinfo=VIETNAM_TIME)
    assert rest == STORY[0]


def test_split_title_without_a_date():
    assert split_title(f"{TITLE}\n\n{STORY[0]}") == (TITLE, None, "", STORY[0])
    assert split_title("  \n\n ") == ("", None, "", "")


def test_split_title_normalises_to_nfc():
    title, _, _source, rest = split_title(unicodedata.normalize("NFD", f"{TITLE}\n{STORY[0]}"))
    assert title == TITLE and rest == STORY[0]


# --- clean_text: the end of the article ------------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "Có thể bạn quan tâm",
        "Nên xem",
        "Tin liên quan",
        "TIN LIÊN QUAN:",
        "Tin khác",
        "Các tin khác",
        "Tin cùng chuyên mục",
        "Xem thêm",
        "Các bài mới đăng",
        "Các bài đã đăng :",
        "Bài viết hay? Hãy đánh giá bài viết",
        "Ý KIẾN",
        "Bình luận (0)",
        "Viết bình luận",
        "Đọc nhiều",
        "Tin mới",
        "Related news",
        "Read more",
        "Phiên bản di động",
        "Từ khóa: Hà Nội, Viêng Chăn, hợp tác",
        "Tags: Hanoi, Vientiane",
    ],
)
def test_a_furniture_heading_ends_the_article(heading):
    related = [
        "Hà Nội phát động phong trào thi đua năm 2026",
        "Nhịp sống Thủ đô 30/03/2025 08:24",
        "Chiều 5/12, phường Thượng Cát tổ chức hội nghị triển khai nhiệm vụ năm 2026 với nhiều nội dung.",
        "Sáng 4/12, Ủy ban nhân dân xã Gia Lâm thông qua 10 nghị quyết quan trọng về kinh tế - xã hội.",
    ]
    assert paragraphs(clean_text(page(*STORY, heading, *related))) == STORY


def test_xem_them_inside_a_sentence_is_not_a_heading():
    sentence = "Bạn đọc có thể xem thêm thông tin về chương trình hợp tác trên cổng thông tin của Thành phố."
    text = page(STORY[0], sentence, "Xem thêm thông tin chi tiết tại đây:", *STORY[1:])
    assert sentence in paragraphs(clean_text(text))
    assert STORY[-1] in paragraphs(clean_text(text))


def test_a_related_box_inside_the_article_is_dropped_and_the_story_goes_on():
    # VietnamPlus and VOV put a "Tin liên quan" box with a few headlines after the first paragraphs.
    box = [
        "Tin liên quan",
        "Hà Nội tặng Viêng Chăn 200.000 USD phòng, chống dịch",
        "Thúc đẩy hợp tác giữa hai Thủ đô Hà Nội - Viêng Chăn",
    ]
    text = page(STORY[0], *box, *STORY[1:])
    assert paragraphs(clean_text(text)) == STORY


def test_an_english_read_more_box_is_dropped_and_the_story_goes_on():
    story = [
        "HÀ NỘI — Hà Nội Party Secretary Đinh Tiến Dũng on Thursday received a delegation from Vientiane, "
        "pledging to deepen the special ties between the two capitals.",
        "The two sides agreed to boost cooperation in urban planning, education and tourism in 2024-2028.",
        "The mayor thanked Hà Nội for its support over the years and invited the city's leaders to visit.",
        "Both sides also agreed to exchange delegations of officials every year to share their experience.",
    ]
    box = ["READ MORE", "Lao PM visits Hà Nội"]
    text = "\n".join([story[0], *box, *story[1:], "Related news", "Hà Nội in brief"])
    assert paragraphs(clean_text(text)) == story


def test_menu_labels_above_the_first_paragraph_do_not_end_the_article():
    text = page("Tin mới", "Đọc nhiều", *STORY, "Tin khác", "Hà Nội phát động phong trào thi đua năm 2026")
    assert paragraphs(clean_text(text)) == STORY


def test_a_related_list_high_on_a_short_page_still_ends_the_article():
    # laodongthudo.vn: a short report, then a long list where each headline is printed twice with a summary.
    items = []
    for number in range(6):
        headline = f"Hà Nội tổ chức hội nghị triển khai nhiệm vụ năm 2026 lần thứ {number + 1}"
        summary = (
            f"(LĐTĐ) Sáng {number + 1}/12, thành phố Hà Nội tổ chức hội nghị triển khai nhiệm vụ năm 2026."
        )
        items += [headline, headline, summary]
    text = page(STORY[0], STORY[1], "Có thể bạn quan tâm", *items)
    assert paragraphs(clean_text(text)) == STORY[:2]


def test_a_heading_followed_by_summaries_without_headlines_ends_the_article():
    summaries = [
        "Đoàn đại biểu Thành ủy Hà Nội đã vào Lăng viếng Chủ tịch Hồ Chí Minh nhân ngày thành lập Đảng.",
        "UBND thành phố Hà Nội đã phê duyệt chủ trương đầu tư dự án thu gom nước thải quanh Hồ Tây.",
        "Thành phố Hà Nội sẽ áp dụng cơ chế đền bù cao nhất khi cải tạo khu vực Hồ Gươm theo quy hoạch.",
    ]
    text = page(*STORY, "Bài viết hay? Hãy đánh giá bài viết", "user image", "User", "Ý KIẾN", *summaries)
    assert paragraphs(clean_text(text)) == STORY


# --- clean_text: lines inside the article -----------------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "Bí thư Thành ủy Hà Nội tặng quà lưu niệm Trưởng đoàn Viêng Chăn. (Ảnh: Thanh Hải) |",
        "Lãnh đạo hai Thủ đô chứng kiến lễ ký kết. (Ảnh: Nhật Nam)",
        "Thủ tướng tiếp Bí thư Thành ủy Viêng Chăn. Ảnh: VGP/Nhật Bắc",
        "Toàn cảnh hội đàm giữa hai Thủ đô. Ảnh: NGUYỄN KHÁNH",
        "Ảnh: Hoàng Phúc",
        "Đoàn đại biểu Viêng Chăn thăm Hoàng thành Thăng Long (Ảnh minh họa)",
        "Hanoi and Vientiane leaders at the talks (Photo: VNA)",
        "Hanoi Party Secretary receives the Lao Ambassador (VNA Photo)",
        "Party chief Đinh Tiến Dũng (right) and the Lao Ambassador. — VNA/VNS Photo Văn Điệp",
        "Hanoi leaders welcome the Vientiane delegation. Photo: Thanh Hai/The Hanoi Times",
    ],
)
def test_photo_captions_with_a_credit_are_dropped(caption):
    assert paragraphs(clean_text(page(STORY[0], STORY[1], caption, *STORY[2:]))) == STORY


def test_a_caption_in_brackets_is_dropped():
    caption = "(Phó Chủ tịch UBND thành phố đón đoàn đại biểu Thủ đô Viêng Chăn tại sân bay Nội Bài)"
    assert paragraphs(clean_text(page(STORY[0], caption, *STORY[1:]))) == STORY


def test_a_sentence_about_photographs_is_not_a_caption():
    sentence = "Triển lãm giới thiệu hơn 200 bức ảnh: từ những ngày đầu xây dựng quan hệ đến hôm nay."
    assert sentence in paragraphs(clean_text(page(*STORY, sentence)))


@pytest.mark.parametrize(
    "slot", ["![]() |", "![](https://cdn.example.vn/anh1.jpg)", "undefined", "|", "| --- |"]
)
def test_image_placeholders_are_dropped(slot):
    assert paragraphs(clean_text(page(STORY[0], slot, *STORY[1:]))) == STORY


def test_a_caption_under_an_image_slot_or_alt_text_is_dropped():
    # laodongthudo.vn repeats the title as alt text, glued to a caption that has no credit.
    caption = "Phó Bí thư Thường trực Thành ủy trao quà lưu niệm tặng đoàn đại biểu Thủ đô Viêng Chăn."
    text = page(STORY[0], f"{TITLE}\n{caption}", STORY[1], f"undefined\n{caption}", *STORY[2:])
    assert paragraphs(clean_text(text, title=TITLE)) == STORY


def test_a_paragraph_after_an_image_is_kept_when_it_is_not_glued_to_it():
    text = page(STORY[0], TITLE, *STORY[1:])
    assert paragraphs(clean_text(text, title=TITLE)) == STORY


def test_the_lead_under_a_repeated_title_is_not_a_caption():
    assert paragraphs(clean_text(f"{TITLE}\n{STORY[0]}\n\n" + page(*STORY[1:]), title=TITLE)) == STORY


@pytest.mark.parametrize(
    "caption",
    [
        "Quang cảnh buổi tiếp.",
        "Các đại biểu chụp ảnh lưu niệm.",
        "Buổi làm việc giữa hai bên",
        "Lãnh đạo thành phố Hà Nội chụp ảnh lưu niệm với đoàn cán bộ Văn phòng Trung ương Đảng Lào",
        "Bí thư Thành ủy Hà Nội phát biểu tại buổi tiếp",
        "Bí thư Thành ủy Viêng Chăn Anouphap Tounalom",
        # Where each person stands in the photo (Hà Nội Mới, VnExpress).
        "Đại sứ CHDCND Lào Thongsavanh Phomvihane (phải) tiếp Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung.",
        "Phó Bí thư Thường trực Thành ủy (thứ hai từ trái) và các thành viên đoàn Viêng Chăn.",
        "Vientiane Mayor Atsaphangthong Siphandone (right) and the Hanoi delegation.",
    ],
)
def test_captions_that_describe_the_photo_are_dropped(caption):
    assert paragraphs(clean_text(page(STORY[0], STORY[1], caption, *STORY[2:]))) == STORY


@pytest.mark.parametrize(
    "sentence",
    [
        "Nhân dịp này, Thành phố Hà Nội trao quà tặng Thủ đô Viêng Chăn 200.000 USD để phòng, chống dịch.",
        "Cảnh sát giao thông Hà Nội bảo đảm an toàn cho đoàn đại biểu trong suốt thời gian thăm.",
        "Hợp tác toàn diện, thực chất",
    ],
)
def test_sentences_and_subheadings_that_look_a_little_like_captions_stay(sentence):
    assert sentence in paragraphs(clean_text(page(STORY[0], STORY[1], sentence, *STORY[2:])))


def test_a_caption_repeating_a_body_sentence_goes_and_the_paragraph_stays():
    body = STORY[1]
    cut_short = body.split(",")[0] + " ngày càng được củng cố"
    text = page(STORY[0], body.split(" và mang")[0], body, cut_short, *STORY[2:])
    cleaned = clean_text(text)
    assert paragraphs(cleaned) == STORY
    assert cleaned.count("Phát biểu tại buổi tiếp") == 1


@pytest.mark.parametrize(
    "widget",
    [
        "Chia sẻ",
        "In bài",
        "Gửi bài",
        "Chia sẻ Facebook Zalo Twitter Email",
        "Share | Print",
        "Lưu",
        "A- A+",
        "Trở về",
        "Quay lại",
        "Trang chủ > Thời sự > Chính trị",
        "Thời sự » Đối ngoại » Hà Nội - Viêng Chăn",
        ">> Xem thêm: Hà Nội và Viêng Chăn ký kết thỏa thuận hợp tác giai đoạn 2021 - 2025",
        "Read more: Hanoi, Vientiane boost cooperation",
        "Họ tên:(*)",
        "Mã xác nhận: L?y l?i m\ufffd b?o m?t",
        "ALSO READ: Vientiane hosts friendship volleyball tournament",
        "This site uses cookies to give you a better experience. By using it you agree to our cookie policy.",
        "Trang web sử dụng cookie để cải thiện trải nghiệm của bạn. Đồng ý",
        "Báo Điện tử Đảng Cộng sản Việt Nam - Cơ quan ngôn luận của Ban Chấp hành Trung ương",
        "Theo dõi Báo Quốc tế trên",
        "Video: Lễ ký kết biên bản ghi nhớ giữa hai Sở (Bản tin 18h)",
        "Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Quốc tế - Đối ngoại "
        "| Pháp luật | Bạn đọc | Video",
        "Viêng Chăn đón đoàn cán bộ Hà Nội sang trao đổi kinh nghiệm "
        "| Hà Nội sơ kết 3 năm thực hiện thỏa thuận",
    ],
)
def test_share_buttons_breadcrumbs_links_and_form_fields_are_dropped(widget):
    assert paragraphs(clean_text(page(STORY[0], widget, *STORY[1:]))) == STORY


def test_headlines_glued_under_the_lead_are_dropped():
    glued = (
        "Đồng chí Nguyễn Văn A làm Phó Chánh Văn phòng Thành ủy Hà Nội Cụ thể hóa các nội dung trong "
        "Luật Thủ đô về khoa học công nghệ Quán triệt tầm quan trọng của phong trào toàn dân bảo vệ an ninh "
        "Tổ quốc"
    )
    assert paragraphs(clean_text(f"{STORY[0]}\n{glued}\n\n" + page(*STORY[1:]))) == STORY


def test_a_short_subheading_under_the_lead_stays():
    text = page(STORY[0], "Hợp tác ngày càng đi vào chiều sâu", *STORY[1:])
    assert paragraphs(clean_text(text))[1] == "Hợp tác ngày càng đi vào chiều sâu"


def test_dated_related_items_are_dropped_but_dated_sentences_stay():
    dated = "Ngày 30/3/2025, hai bên sẽ tổng kết 5 năm thực hiện thỏa thuận hợp tác giai đoạn 2021 - 2025."
    text = page(
        *STORY[:2],
        "Phát huy giá trị cảnh quan không gian hồ Gươm",
        "Nhịp sống Thủ đô 30/03/2025 08:24",
        "Đoàn đại biểu Hà Nội thăm Lào (21:18 26/10/2017)",
        dated,
        *STORY[2:],
    )
    assert paragraphs(clean_text(text)) == [*STORY[:2], dated, *STORY[2:]]


def test_the_page_date_at_the_top_stays_for_the_extractor():
    assert paragraphs(clean_text(page("Thứ Năm, 08/08/2024 15:00", *STORY)))[0] == "Thứ Năm, 08/08/2024 15:00"


def test_a_byline_on_a_line_of_its_own_after_the_story_goes():
    assert paragraphs(clean_text(page(*STORY, "Hoàng Phúc"))) == STORY


def test_output_is_nfc_with_squeezed_spaces_one_paragraph_per_line():
    messy = unicodedata.normalize("NFD", f"  {STORY[0]}\u00a0 \n\n\t{STORY[1]}\r\n \u00a0\r\n{STORY[2]}   ")
    cleaned = clean_text(messy.replace("Chiều 8/8,", "Chiều  8/8,\t"))
    assert cleaned == "\n\n".join(STORY[:3])
    assert unicodedata.is_normalized("NFC", cleaned)


def test_a_damaged_page_is_kept_for_the_curators_to_see():
    damaged = STORY[0].encode("utf-8").decode("cp1252", errors="replace")
    assert clean_text(page(damaged, damaged + " 2")) != ""


def test_a_related_headline_printed_twice_is_dropped():
    # thoidai.com.vn glues each related item's link title and link text under the lead.
    doubled = "Trao 31 phần quà cho lưu học sinh Lào đang học tập tại Đồng Nai " * 2
    assert paragraphs(clean_text(page(STORY[0], doubled.strip(), *STORY[1:]))) == STORY


def test_related_headlines_stacked_under_the_lead_are_dropped():
    # thoidai.com.vn: two related headlines glued under the lead, each on its own line.
    lead = STORY[0]
    stacked = (
        f"{lead}\nViệt Nam tặng Lào công trình công viên hữu nghị tại Thủ đô Vientiane\n"
        "Tỉnh Nghệ An và Thủ đô Vientiane (Lào) ký kết thỏa thuận hợp tác giai đoạn 2025–2028"
    )
    assert paragraphs(clean_text(page(stacked, *STORY[1:]))) == STORY


def test_a_subheading_between_paragraphs_is_kept():
    subheading = "Đề xuất chương trình hợp tác thiết thực giai đoạn mới"
    assert paragraphs(clean_text(page(STORY[0], subheading, *STORY[1:]))) == [
        STORY[0],
        subheading,
        *STORY[1:],
    ]


def test_the_masthead_above_a_second_copy_of_the_headline_is_dropped():
    masthead = page("Mừng Đảng mừng Xuân 2026", "Logo", "Đăng ký mua gói ấn phẩm|Đăng nhập", "Đối ngoại")
    assert paragraphs(clean_text(page(masthead, TITLE, *STORY), title=TITLE)) == STORY


def test_a_long_menu_and_a_bar_above_the_headline_are_masthead_and_a_follow_line_goes():
    masthead = page(
        "KINH TẾ & ĐÔ THỊ | Thứ Sáu, 08/11/2019 | Đường dây nóng: 0961 010 808",
        "Thời sự | Chính trị | Kinh tế | Đô thị | Bất động sản | Văn hóa - Xã hội | Pháp luật | Thế giới | "
        "Kinh tế xanh",
        "Chính trị > Đối ngoại",
    )
    follow = "Theo dõi Kinh tế & Đô thị trên Google News"
    text = clean_text(page(masthead, TITLE, follow, *STORY), title=TITLE)
    assert paragraphs(text) == STORY
    among_widgets = "Theo dõi Báo Tin tức trên Google News | In bài | Cỡ chữ"
    assert paragraphs(clean_text(page(among_widgets, *STORY))) == STORY


def test_a_paragraph_that_repeats_a_phrase_is_kept():
    repeated = "Hà Nội - Viêng Chăn, Viêng Chăn - Hà Nội: " + STORY[1]
    assert paragraphs(clean_text(page(STORY[0], repeated, *STORY[2:]))) == [STORY[0], repeated, *STORY[2:]]


# --- looks_damaged ---------------------------------------------------------------------------


def test_clean_vietnamese_and_english_are_not_damaged():
    assert not looks_damaged(page(*STORY))
    assert not looks_damaged("Why does it matter? Hanoi and Vientiane agree. See https://x.vn/a.php?id=3")


def test_encoding_damage_is_noticed():
    text = page(*STORY)
    assert looks_damaged(text.encode("utf-8").decode("cp1252", errors="replace"))
    assert looks_damaged(text.encode("utf-8").decode("latin-1"))
    assert looks_damaged(text.encode("ascii", errors="replace").decode("ascii"))
    assert looks_damaged(text.replace("đ", "\ufffd"))
    assert looks_damaged("Mã xác nhận: L?y l?i m\ufffd b?o m?t")


def test_one_stray_mark_in_a_long_article_is_trivial():
    assert not looks_damaged(page(*STORY).replace("Viêng", "Vi\ufffdng", 1))


# --- The five samples ------------------------------------------------------------------------


def load_sample(name):
    raw = (SAMPLES / f"{name}.txt").read_text(encoding="utf-8")
    gold = GOLD[f"{name}.txt"]
    title, published, _source, body = split_title(raw)
    return raw, gold, title, published, clean_text(body, title=title)


SAMPLE_NAMES = sorted(path.stem for path in SAMPLES.glob("*.txt"))


def test_the_five_samples_are_there():
    assert len(SAMPLE_NAMES) == 5
    assert sorted(GOLD) == [f"{name}.txt" for name in SAMPLE_NAMES]


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_sample_boilerplate_is_gone(name):
    _, gold, _, _, cleaned = load_sample(name)
    for line in [*gold["inline_boilerplate"], gold["boilerplate_starts_at"]]:
        assert line.strip() not in cleaned


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_sample_captions_are_gone_as_lines(name):
    _, gold, _, _, cleaned = load_sample(name)
    assert gold["caption_lines"]
    for caption in gold["caption_lines"]:
        assert caption.strip() not in paragraphs(cleaned)


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_sample_evidence_survives(name):
    _, gold, _, _, cleaned = load_sample(name)
    for evidence in gold["evidence"]:
        assert squeeze(evidence) in squeeze(cleaned)


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_sample_body_paragraphs_survive_whole_and_in_order(name):
    raw, gold, _, _, cleaned = load_sample(name)
    body = raw.split(gold["boilerplate_starts_at"])[0]
    expected = [
        squeeze(line) for line in body.splitlines() if len(line.split()) >= 40 and line.strip()[-1] in ".:"
    ]
    kept = [line for line in paragraphs(cleaned) if line in expected]
    assert kept == expected


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_no_line_after_the_related_heading_survives(name):
    raw, gold, _, _, cleaned = load_sample(name)
    tail = raw.split(gold["boilerplate_starts_at"], 1)[1]
    furniture = {squeeze(line) for line in tail.splitlines() if squeeze(line)}
    assert furniture
    assert not furniture & set(paragraphs(cleaned))


def test_sample_related_lists_dated_2025_are_gone():
    *_, cleaned_000 = load_sample("000_db0f2f1aff2b203e")
    *_, cleaned_003 = load_sample("003_dcb2878248db2b41")
    assert "/03/2025" not in cleaned_000 and "Barcelona" not in cleaned_000
    assert "VinFuture 2025" not in cleaned_003 and "12/2025" not in cleaned_003
    # The article's own "2021 - 2025" stays.
    assert "giai đoạn 2021 - 2025" in cleaned_000


def test_sample_004_title_timestamp_is_the_page_date():
    _, _, title, published, cleaned = load_sample("004_d548c2b8f2f68a56")
    assert published == datetime.datetime(2017, 10, 26, 21, 18, tzinfo=VIETNAM_TIME)
    assert title.endswith("Nhân dân cách mạng Lào")
    assert "L?y l?i" not in cleaned and "Họ tên" not in cleaned


def test_sample_002_title_repeats_are_dropped():
    _, _, title, _, cleaned = load_sample("002_ab267f7e1ec23f34")
    assert title not in paragraphs(cleaned)
    assert paragraphs(cleaned)[-1].startswith("Nhấn mạnh mối quan hệ hiếm có")  # the byline went


def test_sample_003_image_slots_are_dropped():
    *_, cleaned = load_sample("003_dcb2878248db2b41")
    assert "undefined" not in paragraphs(cleaned)


def test_sample_004_is_not_damaged_by_its_comment_form_alone():
    raw, *_ = load_sample("004_d548c2b8f2f68a56")
    assert not looks_damaged(raw)


# --- HTML ------------------------------------------------------------------------------------

NEWS_PAGE = """<!DOCTYPE html>
<html lang="vi-VN"><head><meta charset="utf-8">
<title>Hà Nội và Viêng Chăn ký kế hoạch hợp tác năm 2025 - Báo Kinh tế &amp; Đô thị</title>
<meta property="og:title" content="Hà Nội và Viêng Chăn ký kế hoạch hợp tác năm 2025 | Kinh tế &amp; Đô thị">
<meta property="og:url" content="https://kinhtedothi.vn/og-url.html">
<meta property="article:published_time" content="2025-01-15T16:30:00+07:00">
<link rel="canonical" href="/ha-noi-vieng-chan-ky-ke-hoach.html">
</head><body>
<header class="site-header"><div class="today">Thứ Sáu, 05/12/2025</div>
<nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a> <a href="/kinh-te">Kinh tế</a></nav></header>
<div class="breadcrumb"><a>Trang chủ</a> &gt; <a>Thời sự</a> &gt; <a>Đối ngoại</a></div>
<article class="detail">
<h1>Hà Nội và Viêng Chăn ký kế hoạch hợp tác năm 2025</h1>
<div class="share-bar"><a>Chia sẻ</a> <a>Facebook</a> <a>Zalo</a> <a>In bài</a></div>
<p class="sapo">Chiều 15/1, tại trụ sở Thành ủy, lãnh đạo thành phố Hà Nội đã tiếp đoàn đại biểu Thủ đô
Viêng Chăn và hai bên ký kế hoạch hợp tác năm 2025.</p>
<div class="box-tin-lien-quan"><h3>Tin liên quan</h3><ul>
<li><a href="/a">Hà Nội tặng Viêng Chăn 200.000 USD phòng chống dịch</a>
<time datetime="2021-08-26">26/08/2021</time></li>
<li><a href="/b">Thúc đẩy hợp tác giữa hai Thủ đô Hà Nội - Viêng Chăn</a></li></ul></div>
<p>Phát biểu tại buổi tiếp, Bí thư Thành ủy Hà Nội khẳng định quan hệ đặc biệt giữa hai Thủ đô ngày càng
được củng cố, đi vào chiều sâu và mang lại hiệu quả thiết thực.</p>
<figure><img src="/anh1.jpg" alt="Hà Nội và Viêng Chăn ký kế hoạch hợp tác năm 2025">
<figcaption>Lãnh đạo hai Thủ đô chứng kiến lễ ký kế hoạch hợp tác. Ảnh: Thanh Hải</figcaption></figure>
<p>Theo kế hoạch, năm 2025 hai bên sẽ trao đổi đoàn cán bộ, phối hợp đào tạo, bồi dưỡng cán bộ và thúc đẩy
hợp tác trong các lĩnh vực quy hoạch đô thị, giáo dục, y tế và du lịch.</p>
<div class="tags">Từ khóa: <a>Hà Nội</a> <a>Viêng Chăn</a></div>
</article>
<aside class="sidebar"><h3>Đọc nhiều</h3><ul><li><a>Giá vàng hôm nay tăng mạnh</a>
<time datetime="2025-12-05T08:00">05/12/2025</time></li></ul></aside>
<section class="related-news"><h3>Tin cùng chuyên mục</h3><div class="item">
<a>Đoàn đại biểu Hà Nội thăm New Zealand</a>
<p>Chiều 4/12, đoàn đại biểu cấp cao thành phố Hà Nội đã có buổi làm việc tại thủ đô Wellington.</p></div>
</section>
<div class="comment-box"><h3>Bình luận</h3><form><label>Họ tên:(*)</label><input></form></div>
<footer><p>Cơ quan chủ quản: UBND thành phố Hà Nội. Giấy phép số 123/GP-BTTTT.</p></footer>
</body></html>"""


def test_html_article_takes_the_page_metadata():
    article = html_to_article(NEWS_PAGE, url="https://kinhtedothi.vn/tin/123")
    assert article.title == "Hà Nội và Viêng Chăn ký kế hoạch hợp tác năm 2025"
    assert article.published == datetime.datetime(2025, 1, 15, 16, 30, tzinfo=VIETNAM_TIME)
    assert article.url == "https://kinhtedothi.vn/ha-noi-vieng-chan-ky-ke-hoach.html"
    assert article.language == "vi"


def test_html_article_text_is_the_story_without_furniture():
    text = html_to_article(NEWS_PAGE).text
    assert paragraphs(text)[0].startswith("Chiều 15/1, tại trụ sở Thành ủy")
    assert "Theo kế hoạch, năm 2025 hai bên sẽ trao đổi đoàn cán bộ" in text
    for clutter in [
        "Tin liên quan",
        "200.000 USD",
        "chứng kiến lễ ký",
        "Chia sẻ",
        "Trang chủ",
        "Từ khóa",
        "Đọc nhiều",
        "New Zealand",
        "Họ tên",
        "Giấy phép",
    ]:
        assert clutter not in text


JSON_LD_PAGE = """<html lang="en"><head><title>Hanoi, Vientiane boost ties | Vietnam News</title>
<meta property="og:url" content="https://vietnamnews.vn/politics-laws/1/hanoi-vientiane.html">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "NewsArticle", "headline": "Hanoi, Vientiane boost ties",
  "datePublished": "2023-02-17T20:00:00Z"},
 {"@type": "ItemList", "itemListElement": [
  {"@type": "NewsArticle", "datePublished": "2025-03-30T08:00:00+07:00"}]}
]}</script></head><body>
<article><p>HÀ NỘI — Hanoi Party Secretary Đinh Tiến Dũng received a delegation of the Lao Party Central
Committee Office in Hà Nội on Friday, as the two offices agreed a plan to carry out their agreement.</p>
<p>The Lao official thanked the city for sharing its experience in socio-economic development and said the
delegation would study the six lessons carefully after returning home.</p></article>
<aside class="related"><p>Related news</p><time datetime="2025-03-30">30/03/2025</time></aside>
</body></html>"""


def test_html_published_comes_from_json_ld_in_vietnam_time_not_from_related_items():
    article = html_to_article(JSON_LD_PAGE, url="https://vietnamnews.vn/x")
    assert article.published == datetime.datetime(2023, 2, 18, 3, 0, tzinfo=VIETNAM_TIME)
    assert article.title == "Hanoi, Vientiane boost ties"
    assert article.url == "https://vietnamnews.vn/politics-laws/1/hanoi-vientiane.html"
    assert article.language == "en"
    assert "Related news" not in article.text and "received a delegation" in article.text


def test_html_date_printed_beside_the_headline_is_used_and_the_header_clock_is_not():
    html = """<html lang="vi"><body>
    <div class="header"><span class="date">Thứ Sáu, 05/12/2025</span></div>
    <div class="detail"><h1>Viêng Chăn thăm Hà Nội</h1>
    <span class="post-date">Thứ Năm, 26/10/2017 21:18</span>
    <div class="content"><p>Chiều 26/10, đoàn đại biểu Thủ đô Viêng Chăn đã đến thăm và làm việc tại Hà Nội
    theo lời mời của lãnh đạo Thành phố.</p></div></div></body></html>"""
    article = html_to_article(html)
    assert article.published == datetime.datetime(2017, 10, 26, 21, 18, tzinfo=VIETNAM_TIME)
    assert article.url is None


def test_html_without_a_date_of_its_own_has_none_rather_than_today():
    html = """<html lang="vi"><body><div class="header"><span class="date">Thứ Sáu, 05/12/2025</span></div>
    <div class="detail"><h1>Viêng Chăn thăm Hà Nội</h1><div class="content"><p>Chiều 26/10, đoàn đại biểu
    Thủ đô Viêng Chăn đã đến thăm và làm việc tại Hà Nội theo lời mời của lãnh đạo Thành phố.</p></div></div>
    <div class="box-related"><time datetime="2025-12-04">04/12/2025</time></div></body></html>"""
    assert html_to_article(html).published is None


def test_html_bytes_are_accepted():
    article = html_to_article(NEWS_PAGE.encode("utf-8"))
    assert article.title == "Hà Nội và Viêng Chăn ký kế hoạch hợp tác năm 2025"
    assert "Theo kế hoạch, năm 2025 hai bên sẽ trao đổi đoàn cán bộ" in article.text


def test_html_laid_out_in_a_table_falls_back_to_the_page_text():
    # Old city portals put the article in a table, which trafilatura leaves out (include_tables=False).
    sentence = (
        "Sáng 9/3, đoàn đại biểu Thủ đô Viêng Chăn do Phó Chủ tịch UBND Thủ đô Viêng Chăn dẫn đầu đã đến "
        "thăm và làm việc tại Hà Nội."
    )
    html = f"""<html><head><title>Viêng Chăn thăm Hà Nội | Cổng thông tin điện tử Hà Nội</title></head>
    <body><nav>Trang chủ</nav><table><tr><td>{sentence}</td></tr></table>
    <footer>Bản quyền</footer></body></html>"""
    article = html_to_article(html, url="https://hanoi.gov.vn/tin/1")
    assert article.text == sentence
    assert article.title == "Viêng Chăn thăm Hà Nội"
    assert article.url == "https://hanoi.gov.vn/tin/1"
    assert article.language is None


def test_html_keeps_the_lead_paragraph_that_sits_outside_the_body():
    body = "".join(
        f"<p>Đoạn thân bài số {n} kể chi tiết buổi làm việc giữa hai Thủ đô và các nội dung hợp tác.</p>"
        for n in range(1, 6)
    )
    page = f"""<html lang="vi"><head><title>Hà Nội tiếp đoàn Viêng Chăn</title></head><body>
    <article><h1>Hà Nội tiếp đoàn Viêng Chăn</h1>
    <h2 class="detail-sapo">Chiều 12/5, Phó Chủ tịch UBND thành phố Hà Nội tiếp đoàn đại biểu Sở Giáo dục
    Thủ đô Viêng Chăn do Phó Giám đốc Sở làm trưởng đoàn.</h2>
    <div class="detail-content">{body}</div></article></body></html>"""
    article = html_to_article(page)
    assert article.text.startswith("Chiều 12/5, Phó Chủ tịch UBND thành phố Hà Nội tiếp đoàn")
    assert article.text.count("Chiều 12/5") == 1
    assert "Đoạn thân bài số 3" in article.text


def test_a_bracketed_link_to_a_related_article_is_dropped():
    body = (
        "Ngày 12/4, lãnh đạo Thành phố Hồ Chí Minh đến chúc mừng Tổng lãnh sự quán Lào nhân dịp Tết.\n\n"
        "[Thủ đô Hà Nội và thủ đô Vientiane tăng cường hợp tác]\n\n"
        "Lãnh đạo thành phố chúc mừng nhân dân Lào [ảnh minh họa] đón năm mới an vui."
    )
    text = clean_text(body)
    assert "tăng cường hợp tác]" not in text
    assert "[ảnh minh họa]" in text  # brackets inside a paragraph stay


# --- The hand-off to extraction ---------------------------------------------------------------


def test_the_language_is_read_from_the_text_not_from_names_in_it():
    english = "Hanoi Party Secretary Đinh Tiến Dũng received the Lao Ambassador on Thursday. " * 5
    assert detect_language(english) == "en"
    assert detect_language("Bí thư Thành ủy Hà Nội tiếp Đại sứ Lào tại Việt Nam, chiều 26/8. " * 3) == "vi"


def test_a_clean_article_takes_its_page_date_from_a_dateline_on_top_and_says_so():
    article = read_clean_article("Sep 20, 2024 / 04:35 PM\n\nHanoi met Vientiane. They signed a plan.")
    assert (article.published, article.published_from) == (datetime.date(2024, 9, 20), PublishedFrom.DATELINE)
    assert article.language == "en"
    assert article.sentences == ["Sep 20, 2024 / 04:35 PM", "Hanoi met Vientiane.", "They signed a plan."]


def test_a_timestamp_closing_the_title_is_the_page_date_unless_one_is_given():
    stamped = "Hà Nội tiếp đoàn Viêng Chăn (21:18 26/10/2017)"
    article = read_clean_article("Nội dung.", title=stamped)
    assert (article.title, article.published) == ("Hà Nội tiếp đoàn Viêng Chăn", datetime.date(2017, 10, 26))
    assert article.published_from == PublishedFrom.TITLE
    given = read_clean_article("Nội dung.", title=stamped, published=datetime.date(2017, 10, 27))
    assert given.published == datetime.date(2017, 10, 27)


def test_sentences_split_at_stops_but_not_after_abbreviations():
    line = "TP. Hà Nội tiếp Mr. Phankham. Hai bên ký kết.The Department agreed."
    assert split_sentences(line) == [
        "TP. Hà Nội tiếp Mr. Phankham.",
        "Hai bên ký kết.",
        "The Department agreed.",
    ]


def test_a_stop_before_a_lower_case_word_ends_no_sentence_whatever_its_marks():
    # "đ" and "ở" are lower-case letters that a range such as À-Ỹ would have taken for capitals.
    hosts = (
        "Thiếu tướng Nguyễn Văn Nghinh, Chủ tịch Hội CCB Hà Nội… đã tiếp đoàn Viêng Chăn. Đoàn ở lại 3 ngày."
    )
    assert split_sentences(hosts) == [
        "Thiếu tướng Nguyễn Văn Nghinh, Chủ tịch Hội CCB Hà Nội… đã tiếp đoàn Viêng Chăn.",
        "Đoàn ở lại 3 ngày.",
    ]
    assert split_sentences("Các sở, ngành... ở hai Thủ đô. 200 cán bộ dự.") == [
        "Các sở, ngành... ở hai Thủ đô.",
        "200 cán bộ dự.",
    ]


def test_a_weekday_clock_at_the_top_is_the_sites_header_not_the_page_date():
    article = read_clean_article(
        "Thứ hai 29/04/2024 16:46\n\nSáng 11/3, Bí thư Thành ủy Hà Nội sang thăm Lào."
    )
    assert article.published is None
    dated = read_clean_article(
        "Thứ Năm, 18:20, 11/04/2024\n\nSáng 11/4, Bí thư Thành ủy Hà Nội sang thăm Lào."
    )
    assert dated.published == datetime.date(2024, 4, 11)


def test_a_date_labelled_as_the_pages_update_is_the_page_date_without_a_comma_after_its_label():
    article = read_clean_article(
        "Cập nhật lúc 10:20, 29/06/2009\n\nSố lần đọc: 512\n\nNgày 26 tháng Sáu, đoàn Viêng Chăn thăm Hà Nội."
    )
    assert (article.published, article.published_from) == (datetime.date(2009, 6, 29), PublishedFrom.DATELINE)


# --- Furniture known by its shape on outlets never seen before ---


@pytest.mark.parametrize(
    "sentence",
    [
        "Đoàn đã đến thăm và làm việc tại cơ quan của Thành ủy Viêng Chăn.",
        "Video ghi lại lễ bàn giao được phát trên sóng truyền hình hai Thủ đô tối cùng ngày.",
        "Hai bên trao đổi về chương trình tập huấn: quản lý đô thị | giao thông công cộng.",
    ],
)
def test_sentences_with_a_notices_words_stay(sentence):
    assert paragraphs(clean_text(page(STORY[0], sentence, *STORY[1:]))) == [STORY[0], sentence, *STORY[1:]]


def test_menus_above_the_story_and_prompts_counters_and_source_lines_after_it_go():
    text = page(
        "Công cụ làm việc cá nhân",
        "Tìm kiếm",
        "...",
        *STORY,
        "Nguồn KTĐT: http://www.ktdt.vn/chinh-tri/tin-tuc/2014/03/810230c0/tang-cuong-hop-tac/",
        "Mời quý độc giả theo dõi VOV.VN trên",
        "(0) Bình luận",
        "Phản hồi",
        "* Vui lòng nhập bình luận tiếng Việt có dấu",
    )
    assert paragraphs(clean_text(text)) == STORY


def test_the_pages_slug_printed_as_a_line_goes_but_a_subheading_stays():
    slug = "can tang cuong quan he huu nghi giua hai hoi huu nghi tp ha noi"
    text = page(STORY[0], slug, "Hợp tác toàn diện", *STORY[1:])
    assert paragraphs(clean_text(text)) == [STORY[0], "Hợp tác toàn diện", *STORY[1:]]


def test_the_date_in_a_pages_address_or_source_line_is_its_page_date_when_nothing_else_says():
    assert date_in_url("http://www.ktdt.vn/chinh-tri/tin-tuc/2014/03/810230c0/tang-cuong/") == (
        datetime.date(2014, 3, 1),
        "month",
    )
    assert date_in_url("https://langngheviet.com.vn/ha-noi-ho-tro-vieng-chan-26082021-25147.html") == (
        datetime.date(2021, 8, 26),
        "day",
    )
    assert date_in_url("https://tapchicongsan.org.vn/-/2018/23024/doan-uy-ban.aspx") is None
    text = "Sáng 4/3, Hà Nội tiếp đoàn Viêng Chăn.\n\nNguồn KTĐT: http://www.ktdt.vn/tin-tuc/2014/03/81/x/"
    article = read_clean_article("Sáng 4/3, Hà Nội tiếp đoàn Viêng Chăn.", urls=source_urls(text))
    assert (article.published, article.published_precision) == (datetime.date(2014, 3, 1), "month")
    assert article.published_from == PublishedFrom.URL


def test_an_article_id_carrying_its_publication_moment_dates_the_page():
    # The CMS behind baochinhphu.vn numbers pages by section, then yymmddhhmmss.
    url = "https://thanglong.chinhphu.vn/khai-mac-trien-lam-anh-ha-noi-vieng-chan-103220810111039779.htm"
    assert date_in_url(url) == (datetime.date(2022, 8, 10), "day")
    # Other long ids are not dates: a month of 13, an hour of 25.
    assert date_in_url("https://example.vn/bai-viet-103221310111039779.htm") is None
    assert date_in_url("https://example.vn/bai-viet-103220810251039779.htm") is None
    assert date_in_url("https://en.vietnamplus.vn/hanoi-vientiane-expand-cooperation/283152.vnp") is None


def test_spaces_lost_with_the_pages_line_breaks_come_back_when_the_page_lost_several():
    glued = (
        "State President Truong Tan Sang made this remark while receivingVientiane Party Committee Secretary "
        "Soukanh Mahalat.\n\nHe informed the host of his talks with Hanoi Party CommitteeSecretary PhamQuang "
        "Nghi."
    )
    assert clean_text(glued) == (
        "State President Truong Tan Sang made this remark while receiving Vientiane Party Committee "
        "Secretary Soukanh Mahalat.\n\nHe informed the host of his talks with Hanoi Party Committee "
        "Secretary Pham Quang Nghi."
    )
    # A name written so, once or twice, is left as it is.
    assert clean_text("Theo VnExpress và YouTube, hai Thủ đô đã ký kết biên bản ghi nhớ.") == (
        "Theo VnExpress và YouTube, hai Thủ đô đã ký kết biên bản ghi nhớ."
    )


def test_a_paragraph_broken_at_a_fixed_width_is_one_paragraph_again():
    wrapped = (
        "Việt Nam-Lào tăng cường hợp tác ngành tòa án\n"
        "Ngày 23/6/2011, hai đoàn đã có cuộc gặp.\n"
        "Tại\ncuộc gặp diễn ra ở thành phố Vientiane, hai bên đã thông báo cho nhau về tình\n"
        "hình công tác.\n"
        "Chuyến\nthăm diễn ra từ ngày\n21-26/6.\n"
        "Hợp tác toàn diện\nHai bên ký kết thỏa thuận."
    )
    assert clean_text(wrapped).split("\n\n") == [
        "Việt Nam-Lào tăng cường hợp tác ngành tòa án",
        "Ngày 23/6/2011, hai đoàn đã có cuộc gặp.",
        "Tại cuộc gặp diễn ra ở thành phố Vientiane, hai bên đã thông báo cho nhau về tình hình công tác.",
        "Chuyến thăm diễn ra từ ngày 21-26/6.",
        # A capital after a line that ends no sentence starts a paragraph of its own: a heading.
        "Hợp tác toàn diện",
        "Hai bên ký kết thỏa thuận.",
    ]


def test_academic_titles_end_no_sentence():
    assert split_sentences(
        "On the side of the Academy, there were Assoc.Prof. Dr. TRAN Quang Tien, its President."
    ) == ["On the side of the Academy, there were Assoc.Prof. Dr. TRAN Quang Tien, its President."]


def test_a_bar_of_trending_topics_under_an_upper_case_label_is_page_furniture():
    bar = (
        "WORDS ON THE STREET 70th anniversary of Hanoi's Liberation Day Vietnam - Asia 2023 Smart City "
        "Summit Hanoi celebrates 15 years of administrative boundary adjustment 31st Sea Games - Vietnam 2021"
    )
    story = "\n\n".join(STORY)
    assert clean_text(f"{bar}\n\n{story}") == clean_text(story)
    # A lead that opens with its place in capitals is a sentence of the story.
    lead = "HÀ NỘI - Chiều 8/5, Phó Chủ tịch UBND Thành phố đã tiếp đoàn đại biểu Thủ đô Viêng Chăn."
    assert clean_text(f"{lead}\n\n{story}").startswith(lead)
    # Nor is a paragraph opening with abbreviations and naming many people, stop or no stop.
    names = "UBND TP Hà Nội Tiếp Đoàn Đại Biểu Thủ Đô Viêng Chăn Do Đồng Chí Anouphap Tounalom Dẫn Đầu"
    assert clean_text(f"{names}\n\n{story}").startswith(names)


def test_a_box_of_dated_headlines_low_in_the_article_is_dropped_and_the_story_goes_on():
    # Hanoi Times prints "Related news" and dated headlines after the fourth paragraph of five or more.
    box = [
        "Related news",
        "Hanoimoi reporters explore Vientiane's development (Apr 22, 2019)",
        "Hanoi, Vientiane boost information cooperation (Nov 5, 2019)",
    ]
    more = [
        "Trước đó, ngày 7/8, đoàn đã làm việc với Ban Tổ chức Thành ủy Hà Nội về công tác đào tạo, bồi dưỡng "
        "cán bộ lãnh đạo, quản lý của hai Thủ đô trong giai đoạn tới.",
        "Đoàn đại biểu Thủ đô Viêng Chăn thăm và làm việc tại Hà Nội từ ngày 6 đến ngày 10/8 theo lời mời "
        "của Thành ủy Hà Nội, trong khuôn khổ thỏa thuận hợp tác giữa hai Thủ đô.",
    ]
    text = page(*STORY, *box, *more)
    assert paragraphs(clean_text(text)) == [*STORY, *more]
    # Undated headlines there are the page's related list: the story ends.
    text = page(*STORY, "Related news", "Hanoi in brief", "Vientiane in brief", *more)
    assert paragraphs(clean_text(text)) == STORY


def test_an_undated_box_low_in_the_article_is_dropped_when_the_story_goes_on_naming_its_people():
    # Hànộimới puts "Tin liên quan" and two undated headlines past the middle of a long story; the
    # paragraph after them names the person and the school the story named: the story goes on.
    story = [
        "Chiều 12-10, Trường Đào tạo cán bộ Lê Hồng Phong thành phố Hà Nội bế giảng lớp bồi dưỡng cho cán bộ "
        "Thủ đô Viêng Chăn, do đồng chí Khamphet Vongsouthi làm trưởng đoàn.",
        *STORY[1:],
    ]
    box = [
        "Tin liên quan",
        "Hà Nội - Viêng Chăn thúc đẩy hợp tác đào tạo cán bộ",
        "Cán bộ Viêng Chăn học hỏi Hà Nội",
    ]
    more = [
        "Thay mặt các học viên, đồng chí Khamphet Vongsouthi cảm ơn Trường Đào tạo cán bộ Lê Hồng Phong đã "
        "tạo điều kiện tốt nhất cho đoàn trong suốt thời gian học tập.",
        "Trước đó, sáng 11-10, Phó Bí thư Thành ủy Hà Nội đã tiếp chào xã giao đoàn học viên tại trụ sở.",
    ]
    assert paragraphs(clean_text(page(*story, *box, *more))) == [*story, *more]
    # Summaries of other stories under the same box name other people and places: the story ends there.
    others = [
        "Chiều 5/12, Ủy ban nhân dân phường Thượng Cát tổ chức hội nghị triển khai nhiệm vụ năm 2026 với "
        "nhiều nội dung quan trọng.",
        "Sáng 4/12, Hội đồng nhân dân xã Gia Lâm thông qua 10 nghị quyết quan trọng về kinh tế - xã hội.",
    ]
    assert paragraphs(clean_text(page(*story, *box, *others))) == story


def test_a_box_inside_the_article_may_be_followed_by_a_paragraph_and_a_captioned_photo():
    # The story resumes under the box with one paragraph, then a photo's caption with its credit, then
    # more story: the box goes, the caption goes, the story stays.
    box = [
        "Tin liên quan",
        "Hà Nội khởi công trường học tặng Thủ đô Viêng Chăn",
        "Lãnh đạo thành phố tiếp đoàn (03/03/2015)",
    ]
    resumed = (
        "Phát biểu tại buổi lễ, Phó Chủ tịch UBND thành phố Nguyễn Thị Hà cho biết ngôi trường là món quà "
        "của Hà Nội."
    )
    caption = "Phó Chủ tịch UBND TP Nguyễn Thị Hà cắt băng khánh thành công trình. Ảnh: Minh Anh"
    more = "Chiều cùng ngày, Đô trưởng Thủ đô Viêng Chăn đã tiếp đoàn công tác thành phố Hà Nội."
    kept = paragraphs(clean_text(page(STORY[0], *box, resumed, caption, more, *STORY[1:])))
    assert kept == [STORY[0], resumed, more, *STORY[1:]]


def test_a_caption_with_its_credit_after_dashes():
    # Vientiane Times closes a caption with "-- Photo Thongdy".
    caption = "Participants in the training course pose for a group photo in Hanoi. -- Photo Thongdy"
    assert paragraphs(clean_text(page(*STORY[:2], caption, *STORY[2:]))) == STORY
    # A dash inside a sentence that goes on is no credit.
    line = "The two sides agreed -- photo exhibitions included -- to hold more cultural events this year."
    assert line in paragraphs(clean_text(page(*STORY[:2], line, *STORY[2:])))


def test_a_caption_credited_with_initials():
    caption = "Bí thư Thành đoàn Hà Nội và đồng chí Khonesavanh Xayavong ký kết biên bản ghi nhớ. Ảnh: H.M.T"
    assert paragraphs(clean_text(page(*STORY[:2], caption, *STORY[2:]))) == STORY


def test_a_name_that_shares_a_syllable_with_the_capital_still_names_the_story():
    # "Nguyễn Thị Hà" is a name of the story, though "Hà" begins "Hà Nội": after an undated box low on the
    # page, a paragraph naming her again goes on with the story.
    story = [
        "Sáng 30/8, Phó Chủ tịch UBND thành phố Nguyễn Thị Hà dự lễ khánh thành trường học tặng Viêng Chăn.",
        *STORY[1:],
    ]
    box = [
        "Tin liên quan",
        "Hà Nội khởi công trường học tặng Thủ đô Viêng Chăn",
        "Lãnh đạo thành phố tiếp đoàn",
    ]
    more = ["Phát biểu tại buổi lễ, Phó Chủ tịch UBND thành phố Nguyễn Thị Hà cảm ơn các nhà tài trợ."]
    assert paragraphs(clean_text(page(*story, *box, *more))) == [*story, *more]
