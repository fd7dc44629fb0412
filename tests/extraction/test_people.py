"""People in the text: their names, titles, sides and who leads."""

import datetime

from events.extraction import vocabulary
from events.extraction.people import collect_people, find_mentions, institution_names, name_candidates
from tests.extraction import by_kind, extract, kinds, names


def mentions(sentence, language="vi"):
    return [(m.name, m.side, m.role, m.lead) for m in find_mentions(sentence, language=language)]


# --- Titles before and after a name ---


def test_a_title_with_its_body_of_office_before_the_name():
    assert mentions("Bí thư Thành ủy Hà Nội Đinh Tiến Dũng phát biểu.") == [
        ("Đinh Tiến Dũng", "vn", "Bí thư Thành ủy Hà Nội", False)
    ]


def test_lao_names_and_their_titles():
    assert mentions("Đại sứ Lào tại Việt Nam Sengphet Houngboungnuang tới thăm.") == [
        ("Sengphet Houngboungnuang", "la", "Đại sứ Lào tại Việt Nam", False)
    ]


def test_titles_after_the_name_and_who_led():
    sentence = (
        "Chiều 26/10, đồng chí Ngô Thị Thanh Hằng, Ủy viên Trung ương Đảng, "
        "Phó Bí thư Thường trực Thành ủy chủ trì "
        "tiếp Đoàn cán bộ Văn phòng Trung ương Đảng Nhân dân cách mạng Lào, do "
        "đồng chí Chanthaboun Rattanavong, "
        "Phó Chánh Văn phòng làm trưởng đoàn."
    )
    assert mentions(sentence) == [
        ("Ngô Thị Thanh Hằng", "vn", "Phó Bí thư Thường trực Thành ủy", True),
        ("Chanthaboun Rattanavong", "la", "Phó Chánh Văn phòng", True),
    ]


def test_the_vocabulary_lists_titles_longest_first_where_it_matters():
    assert vocabulary.TITLES.index("Phó Bí thư Thường trực Thành ủy") < vocabulary.TITLES.index("Bí thư")


def test_an_english_body_of_office_is_not_part_of_the_name_after_it():
    sentence = (
        "On August 20, Secretary of the Hanoi Youth Union Chu Hong Minh received a delegation of the "
        "Vientiane Youth Union led by its Secretary Phonesavanh Inthavong in Hanoi."
    )
    found = {name: side for name, side, _role, _lead in mentions(sentence, language="en")}
    assert found.get("Chu Hong Minh") == "vn"
    assert not any("Union" in name for name in found)


# --- Where a name begins and ends ---


def test_a_surname_missing_from_the_list_is_still_read_after_an_honorific():
    assert mentions("do đồng chí Ninh Văn Khiêm, Bí thư Thành ủy Hà Nội dẫn đầu")[0][:3] == (
        "Ninh Văn Khiêm",
        "vn",
        "Bí thư Thành ủy Hà Nội",
    )


def test_a_name_that_ends_in_viet_and_a_list_of_comrades():
    sentence = (
        "Tham gia đoàn có các đồng chí: Nguyễn Ngọc Việt, UVBTV Trung ương Đoàn, Bí thư Thành đoàn; "
        "Nguyễn Khánh Bình, UVBCH Trung ương Đoàn."
    )
    assert [name for name, *_ in mentions(sentence)] == ["Nguyễn Ngọc Việt", "Nguyễn Khánh Bình"]
    assert [name for name, *_ in mentions("Đại sứ Nguyễn Bá Hùng Việt Nam tại Lào phát biểu.")] == [
        "Nguyễn Bá Hùng"
    ]


def test_a_name_does_not_stop_on_its_middle_name_before_a_lookalike_body():
    # "Doãn Thanh" folds like "Đoàn Thanh (niên)", the Youth Union; "Ngô Thị" is no whole name.
    assert mentions("Sáng 18/3, đồng chí Ngô Thị Doãn Thanh, Chủ tịch HĐND TP Hà Nội phát biểu.")[0][:2] == (
        "Ngô Thị Doãn Thanh",
        "vn",
    )


# --- Lao names in Lao and Vietnamese spelling ---


def test_hyphenated_lao_names_in_vietnamese_spelling():
    assert mentions("Thủ tướng Lào Xổm-xạ-vạt Lềnh-xạ-vẳn tiếp đoàn.")[0][:2] == (
        "Xổm-xạ-vạt Lềnh-xạ-vẳn",
        "la",
    )


def test_lao_names_in_vietnamese_spelling():
    five_syllables = mentions("Đoàn do đồng chí Xổm Phăn Pheng Khăm Mi, Phó Chủ tịch Quốc hội Lào dẫn đầu.")
    assert five_syllables[0][:2] == ("Xổm Phăn Pheng Khăm Mi", "la")
    marked = mentions(
        "Nhận lời mời của đồng chí Phútthavông Boualapha, Viện trưởng Viện KSND thủ đô Viêng Chăn."
    )
    assert marked[0][:2] == ("Phútthavông Boualapha", "la")


# --- Words that are not names ---


def test_honorifics_and_places_are_not_names():
    names = [name for name, *_ in name_candidates("đồng chí Hà Nội và ông Viêng Chăn, Mr Hanoi")]
    assert names == []


def test_a_byline_without_a_title_is_not_a_person():
    assert mentions("Hoàng Phúc") == []


def test_capitalised_english_words_are_not_lao_names():
    sentence = (
        "Bounmy Sysavath, Deputy Head of the Organisation Commission of the Vientiane Party Committee, said"
    )
    assert [name for name, *_ in mentions(sentence, "en")] == ["Bounmy Sysavath"]


# --- English names and who leads ---


def test_english_names_and_led_by():
    assert mentions("A delegation led by Vice Chairman Ha Minh Hai visited Vientiane.", "en") == [
        ("Ha Minh Hai", "vn", "Vice Chairman", True)
    ]
    assert mentions("Vientiane Mayor Atsaphangthong Siphandone said", "en")[0][:2] == (
        "Atsaphangthong Siphandone",
        "la",
    )


def test_a_name_after_led_by_is_a_person_without_a_title_before_it():
    text = (
        "President of Laos Thongloun Sisoulith received a delegation of Hà Nội led by Đinh Tiến Dũng, "
        "Politburo member and Secretary of the municipal Party Committee, in Vientiane on March 12."
    )
    events = kinds(extract(text, title="", published=datetime.date(2024, 3, 12)))
    assert names(events[("meeting", "reception")]) == {"Thongloun Sisoulith", "Đinh Tiến Dũng"}


def test_an_english_guest_who_is_leading_the_delegation_leads():
    text = (
        "Chairman of the Hanoi People's Committee Tran Sy Thanh on Tuesday met with Vientiane Mayor "
        "Khamphet Sisouvong, who is leading a delegation of the Lao capital on a working visit to Hanoi."
    )
    events = extract(text, title="", published=datetime.date(2024, 12, 1))
    meeting = kinds(events)[("meeting", "reception")]
    assert meeting.date == datetime.date(2024, 11, 26)
    assert {p.name for p in meeting.people if p.lead} == {"Khamphet Sisouvong"}


# --- Later mentions of a known person ---


def test_later_bare_mentions_join_the_known_person():
    people = collect_people(
        ["Bí thư Thành ủy Viêng Chăn Anouphap Tounalom phát biểu.", "Anouphap Tounalom cảm ơn."]
    )
    assert list(people) == ["anouphap tounalom"]
    assert people["anouphap tounalom"].sentences == {0, 1}


def test_later_mentions_by_the_given_name_alone():
    sentences = [
        "Secretary of the Hanoi Party Committee Dinh Tien Dung paid a courtesy call to Lao Prime Minister "
        "Sonexay Siphandone in Vientiane on March 11.",
        "In the afternoon the same day, Dung held talks with Vientiane Party Secretary Anouphap Tounalom.",
        "Sonexay asked Hanoi to share its experience.",
    ]
    people = collect_people(sentences, "en")
    assert people["dinh tien dung"].sentences == {0, 1}
    assert people["sonexay siphandone"].sentences == {0, 2}


def test_a_lone_vietnamese_syllable_needs_an_honorific_to_be_a_person():
    sentences = [
        "Phó Bí thư Thành ủy Hà Nội Lại Văn Thành tiếp đoàn.",
        "Thành ủy Hà Nội luôn quan tâm hợp tác với Viêng Chăn.",
        "Đồng chí Thành cảm ơn đoàn.",
    ]
    assert collect_people(sentences, "vi")["lai van thanh"].sentences == {0, 2}


def test_a_lao_guest_named_again_by_his_first_name_after_ong_at_a_sentence_start():
    people = collect_people(
        [
            "Chiều 27-3, Tổng Bí thư tiếp ông Sinlavong Khoutphaythoune, Đô trưởng thủ đô Vientiane (Lào).",
            "Ông Sinlavong thông báo kết quả cuộc hội đàm với ông Hoàng Trung Hải, Bí thư Thành ủy Hà Nội.",
        ]
    )
    assert people["sinlavong khoutphaythoune"].sentences == {0, 1}


# --- Names that run into something else ---


def candidate_names(sentence, language="vi"):
    return [(name, side) for name, side, *_ in name_candidates(sentence, language)]


def test_a_name_glued_to_the_title_after_it_by_a_hyphen_ends_at_the_hyphen():
    sentence = "Ông Nguyễn Trọng Thanh-Bí thư chi bộ phường, nói: hơn nửa thế kỷ đã qua."
    assert candidate_names(sentence) == [("Nguyễn Trọng Thanh", "vn")]


def test_a_lao_name_with_two_syllables_written_as_one_word_is_read_whole():
    sentence = "Phó Chủ tịch LHCĐ Thủ đô Viêng Chăn Bouala Phanh ThiLa Sack cho biết như vậy."
    assert ("Bouala Phanh ThiLa Sack", "la") in candidate_names(sentence)


def test_an_english_lao_name_that_begins_like_a_vietnamese_one_stays_lao():
    sentence = "The delegation of Vientiane's trade union led by Dao Phet Aroune met Nguyen Thi Tuyen."
    assert candidate_names(sentence, "en") == [("Dao Phet Aroune", "la"), ("Nguyen Thi Tuyen", "vn")]


def test_an_english_title_before_a_name_and_country_names_are_not_names():
    assert candidate_names("said Dr Tran Thi Mai Huong, director", "en") == [("Tran Thi Mai Huong", "vn")]
    assert candidate_names("Tết cổ truyền các nước Ấn Độ, Sri Lanka, Thái Lan và Lào") == []


def test_an_english_title_keeps_the_place_written_before_it():
    sentence = (
        "Trong met Vientiane Mayor Sinlavong Khoutphaythoune and Lao Ambassador Sengphet Houngboungnuang."
    )
    roles = {name: role for name, _side, role, _lead in mentions(sentence, language="en")}
    assert roles == {
        "Sinlavong Khoutphaythoune": "Vientiane Mayor",
        "Sengphet Houngboungnuang": "Lao Ambassador",
    }


def test_a_counterpart_named_in_english_is_a_person():
    sentence = (
        "Dung informed his hosts about his previous talks with his Vientiane counterpart Anouphap Tounalom."
    )
    assert [(name, side) for name, side, _role, _lead in mentions(sentence, language="en")] == [
        ("Anouphap Tounalom", "la")
    ]


def test_a_long_english_chain_of_titles_still_reaches_the_name():
    sentence = (
        "They signed documents during the working trip by Politburo member, Secretary of the Party Committee "
        "and head of the National Assembly deputies' delegation of Hanoi Dinh Tien Dung to Laos."
    )
    assert [(name, side) for name, side, _role, _lead in mentions(sentence, language="en")] == [
        ("Dinh Tien Dung", "vn")
    ]


def test_an_english_title_in_lower_case_in_apposition():
    sentence = (
        "The city will expand cooperation, chairman of the municipal People's Council Nguyen Ngoc Tuan "
        "has said."
    )
    assert mentions(sentence, language="en") == [
        ("Nguyen Ngoc Tuan", "vn", "chairman of the municipal People's Council", False)
    ]


def test_an_abbreviation_s_stop_and_an_ambassador_s_full_title_do_not_end_the_title():
    sentence = (
        "Đến dự có Đại sứ đặc mệnh toàn quyền CHDCND Lào tại Việt Nam Sengphet Houngboungnuang; "
        "Phó Chủ tịch UBND TP. Hà Nội Nguyễn Mạnh Quyền cùng hơn 100 doanh nghiệp."
    )
    assert mentions(sentence) == [
        ("Sengphet Houngboungnuang", "la", "Đại sứ đặc mệnh toàn quyền CHDCND Lào tại Việt Nam", False),
        ("Nguyễn Mạnh Quyền", "vn", "Phó Chủ tịch UBND TP. Hà Nội", False),
    ]


def test_a_surname_in_capitals_and_a_title_after_a_dash():
    assert mentions("Attending were Ms. LE Kim Anh, President of Hanoi Women's Union.", language="en") == [
        ("Le Kim Anh", "vn", "President of Hanoi Women's Union", False)
    ]
    assert mentions(
        "Về phía LĐLĐ thành phố Hà Nội có đồng chí Đặng Thị Phương Hoa - Phó Chủ tịch Thường trực LĐLĐ "
        "thành phố Hà Nội."
    ) == [("Đặng Thị Phương Hoa", "vn", "Phó Chủ tịch Thường trực LĐLĐ thành phố Hà Nội", False)]


def test_surnames_of_the_northern_peoples_are_surnames():
    assert mentions("Phó Chủ tịch Thường trực Quốc hội Tòng Thị Phóng đồng chủ trì hội thảo.") == [
        ("Tòng Thị Phóng", "vn", "Phó Chủ tịch Thường trực Quốc hội", True)  # "đồng chủ trì": a host
    ]


def test_a_vietnamese_name_by_its_last_syllables_is_the_same_person_and_a_malls_name_is_nobody():
    text = (
        "Chiều 4/7, trong khuôn khổ chuyến thăm, làm việc tại Hà Nội, Sở Công Thương Viêng Chăn và Sở Công "
        "Thương Hà Nội đã khảo sát tại Trung tâm thương mại Aeon Mall Hà Đông. Quyền Giám đốc Sở Công "
        "Thương Hà Nội Trần Thị Phương Lan cho hay, thị trường Lào rất tiềm năng. Theo bà Phương Lan, hai "
        "bên sẽ tăng cường hợp tác."
    )
    visit = by_kind(extract(text, published=datetime.date(2023, 7, 5)))[("delegation", "visit")]
    assert {person.name for person in visit.people} == {"Trần Thị Phương Lan"}


def test_a_lower_case_chief_of_an_office_names_the_person_after_it():
    text = (
        "During a working session with Secretary of the Lao People’s Revolutionary Party (LPRP) Central "
        "Committee and chief of the LPRP Central Committee’s Office Thongsalith Mangnomek on February 17, "
        "Hanoi Party Secretary Dinh Tien Dung briefed the guest."
    )
    people = collect_people([text], "en")
    assert people["thongsalith mangnomek"].role == "chief of the LPRP Central Committee’s Office"


def test_an_acronym_in_brackets_cuts_no_title_and_a_lao_name_may_end_as_english_words_do():
    text = (
        "Chairman of the municipal People's Council Nguyen Ngoc Tuan held a working session on January 5 "
        "with visiting Vice President of the Lao National Assembly (NA) Chaleun Yiapaoher."
    )
    people = collect_people([text], "en")
    assert people["chaleun yiapaoher"].role == "Vice President of the Lao National Assembly"
    assert people["chaleun yiapaoher"].side == "la"
    assert not [name for name, _, _, _ in name_candidates("Vice Minister Partner Member spoke.", "en")]


def test_a_school_named_after_a_person_is_nobody_taking_part():
    text = (
        "Sáng 4/11, tại trường Nguyễn Du (Thủ đô Viêng Chăn, Lào), Báo Hà Nội Mới phối hợp với Báo "
        "Viêng Chăn Mới tổ chức lễ phát động cuộc thi. Tổng Biên tập Báo Hà Nội Mới Nguyễn Văn Minh "
        "phát biểu."
    )
    people = {
        person.name
        for event in extract(text, published=datetime.date(2009, 11, 4))
        for person in event.people
    }
    assert "Nguyễn Du" not in people


def test_an_english_title_before_a_lao_name_is_not_part_of_it():
    assert mentions("The delegation was led by Chief Prosecutor Khamsouk Sengmixay.", "en") == [
        ("Khamsouk Sengmixay", "la", "Chief Prosecutor", True)
    ]


def test_the_founders_of_the_relationship_take_no_part():
    sentence = (
        "Vui mừng trước mối quan hệ đặc biệt do Chủ tịch Hồ Chí Minh cùng Chủ tịch Kay-xỏn Phôm-vi-hẳn "
        "dày công vun đắp, Phó Bí thư Thường trực Thành ủy Hà Nội Ngô Thị Thanh Hằng cho biết."
    )
    assert [name for name, *_ in mentions(sentence)] == ["Ngô Thị Thanh Hằng"]
    english = "The ties nurtured by President Kaysone Phomvihane are a treasure, Chairman Tran Sy Thanh said."
    assert [name for name, *_ in mentions(english, "en")] == ["Tran Sy Thanh"]
    led = "Đoàn do Chủ tịch HĐND Nguyễn Văn An dẫn đầu đã gây dựng nhiều chương trình."
    assert [name for name, *_ in mentions(led)] == ["Nguyễn Văn An"]  # who led is no founder


def test_a_lao_name_told_again_by_its_last_word_is_the_same_person():
    text = (
        "Vice Chairman of the Vietnamese National Assembly Nguyen Duc Hai hosted a reception in Hanoi on "
        "December 12 for Vice Chairwoman of the People's Council of Vientiane Lamphoy Siakkhachanh.\n\n"
        "Siakkhachanh, for her part, informed the host about the outcomes of her talks with delegates from "
        "the Hanoi People's Council."
    )
    talks = kinds(extract(text, published=datetime.date(2023, 12, 12)))[("meeting", "talks")]
    assert "Lamphoy Siakkhachanh" in {person.name for person in talks.people}


def test_a_lao_name_with_a_one_letter_syllable_is_one_name():
    sentence = (
        "Tham dự hội đàm có đồng chí Dao Phet A Loun - Chủ tịch Liên hiệp Công đoàn thành phố Viêng Chăn."
    )
    assert [(m.name, m.side) for m in find_mentions(sentence)] == [("Dao Phet A Loun", "la")]
    # Vietnamese names carry their marks; a Hmong name's "A" stays a Vietnamese name.
    assert [(m.name, m.side) for m in find_mentions("Bí thư Giàng A Lử phát biểu.")] == [("Giàng A Lử", "vn")]


def test_a_news_agency_quoted_as_a_source_is_not_a_person():
    sentence = (
        "According to Vietnam News Agency, Vice Chairman of the Hanoi municipal People's Committee, "
        "trade between Hanoi and Laos has grown."
    )
    assert find_mentions(sentence, language="en") == []


def test_lower_case_deputy_titles_in_apposition_name_people_without_dangling_words():
    sentence = "According to Nguyen Sy Truong, deputy head of the voluntary group, this is the 7th year."
    assert mentions(sentence, language="en") == [("Nguyen Sy Truong", "vn", "deputy head", False)]


def test_a_title_before_a_comma_and_an_honorific_keeps_no_comma():
    (visit,) = extract(
        "The Vientiane Capital Party Committee delegation, headed by its Secretary, Mr Anouphap Tounalom, is "
        "visiting Vietnam from October 8-12 at the invitation of the Hanoi Party Committee.",
        published=datetime.date(2024, 5, 10),
    )
    assert [(person.name, person.role) for person in visit.people] == [("Anouphap Tounalom", "Secretary")]


def test_a_title_of_a_district_or_ward_body_runs_through_the_lower_case_level():
    people = collect_people(
        [
            "Ngay sau buổi tiếp, Chủ tịch UBND quận Long Biên Đinh Thị Hương Giang và Huyện trưởng Khamphoui "
            "Sengdara đã ký Biên bản ghi nhớ.",
            "Bí thư Đảng ủy phường Phúc Đồng Nguyễn Văn Hùng phát biểu.",
        ]
    )
    assert {(person.name, person.role) for person in people.values()} >= {
        ("Đinh Thị Hương Giang", "Chủ tịch UBND quận Long Biên"),
        ("Nguyễn Văn Hùng", "Bí thư Đảng ủy phường Phúc Đồng"),
    }


def test_an_english_departments_field_before_a_name_is_not_part_of_the_name():
    sentences = [
        "The Vientiane delegation, led by Deputy Director of the Vientiane Department of Education and "
        "Sports Bounpheng Sayavong, was received in Hanoi.",
        "Speaking at the ceremony, deputy director of the Ha Noi Department of Home Affairs Nguyen Thi Thu "
        "Hien said the city had trained 200 Vientiane officials.",
    ]
    assert set(collect_people(sentences, "en")) == {"bounpheng sayavong", "nguyen thi thu hien"}


def test_a_young_leaders_honorific_and_the_red_cross_are_no_part_of_a_name():
    people = collect_people(
        [
            "Anh Souksavanh Keomany, Bí thư Đoàn Thanh niên Thủ đô Viêng Chăn cho biết, Viêng Chăn có nhiều "
            "mô hình hay.",
            "Ông Nguyễn Tuấn Anh phát biểu.",
        ]
    )
    assert set(people) == {"souksavanh keomany", "nguyen tuan anh"}
    people = collect_people(
        ["President of the Vientiane Capital Chapter of the Lao Red Cross Thipphavanh Keosouvanh spoke."],
        "en",
    )
    assert set(people) == {"thipphavanh keosouvanh"}


def test_a_school_named_after_someone_is_no_person_but_a_principal_named_after_it_is():
    text = (
        "Chiều 12-10, Trường Đào tạo cán bộ Lê Hồng Phong thành phố Hà Nội tổ chức lễ bế giảng lớp bồi "
        "dưỡng cho cán bộ Thủ đô Viêng Chăn (Lào), do đồng chí Khamphet Vongsouthi làm trưởng đoàn.\n\n"
        "Phát biểu bế giảng, Phó Hiệu trưởng Trường Đào tạo cán bộ Lê Hồng Phong đánh giá cao tinh thần "
        "học tập của các học viên."
    )
    everyone = {
        name for event in extract(text, published=datetime.date(2022, 10, 13)) for name in names(event)
    }
    assert "Lê Hồng Phong" not in everyone and "Khamphet Vongsouthi" in everyone
    # With a title before the school and no sentence naming the school alone, the name may be the
    # holder's: it is not set aside.
    titled = "Phó Hiệu trưởng Trường Đào tạo cán bộ Phạm Thị Thanh Hương đã tiếp đoàn cán bộ Viêng Chăn."
    assert institution_names([titled]) == set()
    assert institution_names(["Trường THPT Chu Văn An tiếp đoàn học sinh Viêng Chăn."]) == {"chu van an"}


def test_an_academic_honorific_before_a_name_is_an_honorific():
    sentence = (
        "Phát biểu bế giảng, TS Phạm Thị Thanh Hương, Phó Hiệu trưởng nhà trường đánh giá cao các học viên."
    )
    assert [mention.name for mention in find_mentions(sentence)] == ["Phạm Thị Thanh Hương"]
    assert [m.name for m in find_mentions("Đón đoàn có PGS.TS Nguyễn Văn Minh và ThS Lê Thị Hoa.")] == [
        "Nguyễn Văn Minh",
        "Lê Thị Hoa",
    ]


def test_a_lao_given_name_that_ends_as_english_words_do():
    # "Khamsing" ends in "-ing", but begins as Lao given names do.
    assert mentions("Đoàn do Đại tá Khamsing Sayakone dẫn đầu.") == [
        ("Khamsing Sayakone", "la", "Đại tá", True)
    ]
    assert mentions("Director Housing Nguyen spoke.", language="en") == []


def test_the_head_named_after_a_school_named_after_someone_is_a_person_and_the_school_is_not():
    sentence = (
        "Dự lễ có Hiệu trưởng Trường Đào tạo cán bộ Lê Hồng Phong Đặng Hữu Phước; về phía Lào có đồng chí "
        "Sengdavanh Luangrath."
    )
    assert [name for name, *_ in mentions(sentence)] == ["Đặng Hữu Phước", "Sengdavanh Luangrath"]
    assert mentions(sentence)[0][2] == "Hiệu trưởng Trường Đào tạo cán bộ Lê Hồng Phong"


def test_a_name_whose_middle_syllable_is_a_surname_stays_one_name():
    assert [name for name, *_ in name_candidates("Phó Chủ tịch Đỗ Thị Hồng Hà phát biểu.")] == [
        "Đỗ Thị Hồng Hà"
    ]
