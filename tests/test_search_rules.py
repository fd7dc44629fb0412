"""The search rules of README's "Searching", on the database the suite runs on (PostgreSQL or SQLite)."""

import datetime
import unicodedata
from unittest import mock

from django.core.cache import cache
from django.test import TestCase
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase

from events import filters, search
from events.models import Event, Organization, Person

from .builders import make_meeting, make_person


def titles(events):
    return [event.title for event in events]


def found(query):
    return set(titles(Event.objects.public().search(query)))


class WholeSyllableTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        for title in [
            "Hai bên trao đổi kinh nghiệm",
            "Triển khai kế hoạch hợp tác",
            "Tiếp ông Lê Hải",
            "Tiếp ông Trần Hài",
            "Hái chè ở Sóc Sơn",
            "Chairman visits Hanoi",
            "Ông Đinh Tiến Dũng tiếp đoàn",
            "Cải tạo công trình xây dựng",
            "Dùng chung dữ liệu",
            "Ông Dinh chủ trì",
            "Lớp tiếng Việt cho cán bộ",
            "Hội đàm tại Hà Nội",
            "Xây dựng Đảng: Hoà Bình và Thuỷ Nguyên",
            "Thủy lợi ở Hòa Bình",
        ]:
            make_meeting(title=title)

    def test_a_word_matches_whole_syllables_never_a_part_of_one(self):
        self.assertEqual(
            found('"hai"'),
            {"Hai bên trao đổi kinh nghiệm", "Tiếp ông Lê Hải", "Tiếp ông Trần Hài", "Hái chè ở Sóc Sơn"},
        )
        self.assertNotIn("Triển khai kế hoạch hợp tác", found("hai"))
        self.assertNotIn("Chairman visits Hanoi", found("hai ong"))
        self.assertNotIn("Lớp tiếng Việt cho cán bộ", found("tien dung"))

    def test_a_word_typed_without_marks_matches_every_marked_form(self):
        self.assertEqual(
            found('"dung"'),
            {
                "Ông Đinh Tiến Dũng tiếp đoàn",
                "Cải tạo công trình xây dựng",
                "Dùng chung dữ liệu",
                "Xây dựng Đảng: Hoà Bình và Thuỷ Nguyên",
            },
        )
        self.assertEqual(found('"dinh"'), {"Ông Đinh Tiến Dũng tiếp đoàn", "Ông Dinh chủ trì"})

    def test_a_word_typed_with_marks_matches_those_marks_only(self):
        self.assertEqual(found('"Hải"'), {"Tiếp ông Lê Hải"})
        self.assertEqual(found('"hài"'), {"Tiếp ông Trần Hài"})
        self.assertEqual(found('"đinh"'), {"Ông Đinh Tiến Dũng tiếp đoàn"})
        self.assertEqual(found('"dũng"'), {"Ông Đinh Tiến Dũng tiếp đoàn"})

    def test_case_decomposed_input_and_the_place_of_the_tone_mark_do_not_matter(self):
        self.assertEqual(found('"HẢI"'), {"Tiếp ông Lê Hải"})
        self.assertEqual(found(unicodedata.normalize("NFD", '"Hải"')), {"Tiếp ông Lê Hải"})
        both = {"Xây dựng Đảng: Hoà Bình và Thuỷ Nguyên", "Thủy lợi ở Hòa Bình"}
        self.assertEqual(found('"hòa bình"'), both)
        self.assertEqual(found('"hoà bình"'), both)
        self.assertEqual(found('"thủy"'), both)


class PrefixTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        khamphao = make_person("Khamphao Ernthavanh", side="la")
        thongsalith = make_person("Thongsalith Mangnomek", side="la")
        dungkham = make_person("Dungkham Phomvihane", side="la")
        make_meeting(title="Tiếp Phó Đô trưởng", people=[(khamphao, "", True)])
        make_meeting(title="Hội đàm với Đô trưởng", people=[(thongsalith, "", True)])
        make_meeting(title="Tiếp đoàn Lào", people=[(dungkham, "", True)])
        make_meeting(title="Khám bệnh miễn phí")
        make_meeting(title="Lớp tiếng Việt cho Đô trưởng")

    def test_the_last_word_is_the_beginning_of_a_word(self):
        self.assertEqual(found("kham"), {"Tiếp Phó Đô trưởng", "Khám bệnh miễn phí"})
        self.assertEqual(found("do truong khamph"), {"Tiếp Phó Đô trưởng"})
        self.assertEqual(found("do truong tie"), {"Lớp tiếng Việt cho Đô trưởng", "Tiếp Phó Đô trưởng"})
        self.assertEqual(found("do truong tien"), {"Lớp tiếng Việt cho Đô trưởng"})

    def test_a_long_name_is_found_by_its_beginning_anywhere_in_the_query(self):
        self.assertEqual(found("thongs mangnomek"), {"Hội đàm với Đô trưởng"})
        self.assertEqual(found("khamph ernthavanh"), {"Tiếp Phó Đô trưởng"})
        # Documented: "dung" typed without marks begins the long name "Dungkham" wherever it stands.
        self.assertEqual(found("dung phomvihane"), {"Tiếp đoàn Lào"})

    def test_a_short_word_before_the_last_never_begins_a_vietnamese_syllable(self):
        # "tien" is a whole syllable: it must not find "tiếng" unless it is being typed (the last word).
        self.assertEqual(found("tien viet"), set())
        self.assertEqual(found("truo do"), set())

    def test_a_quoted_or_excluded_word_is_whole(self):
        self.assertEqual(found('"kham"'), {"Khám bệnh miễn phí"})
        self.assertEqual(
            found('do truong -"kham"'),
            {"Hội đàm với Đô trưởng", "Lớp tiếng Việt cho Đô trưởng", "Tiếp Phó Đô trưởng"},
        )
        # The long-name rule holds for exclusions too: -kham leaves out Khamphao's events.
        self.assertEqual(found("do truong -kham"), {"Hội đàm với Đô trưởng", "Lớp tiếng Việt cho Đô trưởng"})


class PhraseExclusionAndOrderTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        make_meeting(title="Hà Nội và Viêng Chăn ký kế hoạch")
        make_meeting(title="Viêng Chăn tiếp đoàn Hà Nội")
        make_meeting(title="Nội dung làm việc ở Hà Giang")
        make_meeting(title="Đoàn đến Hà", place="Nội Bài")
        make_meeting(title="Hội đàm trực tuyến", summary="Hai bên hội đàm về quy hoạch Viêng Chăn.")

    def test_plain_words_match_in_any_order(self):
        self.assertEqual(
            found("ha noi vieng chan"), {"Hà Nội và Viêng Chăn ký kế hoạch", "Viêng Chăn tiếp đoàn Hà Nội"}
        )
        self.assertEqual(found("chan vieng noi ha"), found("ha noi vieng chan"))

    def test_a_quoted_phrase_matches_consecutive_syllables_of_one_field(self):
        self.assertEqual(
            found('"ha noi"'), {"Hà Nội và Viêng Chăn ký kế hoạch", "Viêng Chăn tiếp đoàn Hà Nội"}
        )
        self.assertIn("Nội dung làm việc ở Hà Giang", found("ha noi"))
        self.assertNotIn("Đoàn đến Hà", found('"ha noi"'))  # the title ends, the place begins
        self.assertEqual(found('"noi va vieng"'), {"Hà Nội và Viêng Chăn ký kế hoạch"})

    def test_a_minus_excludes_a_word_or_a_phrase(self):
        self.assertEqual(
            found("vieng chan -tiep"), {"Hà Nội và Viêng Chăn ký kế hoạch", "Hội đàm trực tuyến"}
        )
        self.assertEqual(found('ha -"ha noi"'), {"Nội dung làm việc ở Hà Giang", "Đoàn đến Hà"})
        self.assertEqual(found("-noi -vieng"), set())

    def test_a_query_with_no_word_left_filters_nothing(self):
        everything = found("")
        self.assertEqual(len(everything), 5)
        for query in ["-", '"', '""', "- -", "!!! ???", "🇻🇳🇱🇦", "\x00", "\u202e\u200b", '-"']:
            with self.subTest(query=query):
                self.assertEqual(found(query), everything)


class RankingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        dung = make_person("Đinh Tiến Dũng", side="vn")
        cls.in_summary = make_meeting(
            title="Hội nghị tổng kết", date=datetime.date(2024, 5, 1), summary="Ông Đinh Tiến Dũng phát biểu."
        )
        cls.in_people = make_meeting(
            title="Tiếp đoàn Lào", date=datetime.date(2019, 5, 1), people=[(dung, "Bí thư", True)]
        )
        cls.in_title = make_meeting(title="Đinh Tiến Dũng tiếp Đại sứ", date=datetime.date(2015, 5, 1))
        cls.scattered = make_meeting(title="Viêng Chăn cử đoàn sang Hà Nội", date=datetime.date(2023, 1, 1))
        cls.phrase = make_meeting(title="Hợp tác Hà Nội – Viêng Chăn", date=datetime.date(2016, 1, 1))
        cls.phrase_in_summary = make_meeting(
            title="Ký kết", date=datetime.date(2025, 1, 1), summary="Hợp tác Hà Nội Viêng Chăn."
        )

    def test_matches_in_the_title_and_people_come_before_the_summary(self):
        ranked = titles(Event.objects.search("dinh tien dung"))
        # Title and people alike, newest first among them; the summary last though it is the newest.
        self.assertEqual(ranked, titles([self.in_people, self.in_title, self.in_summary]))

    def test_a_phrase_comes_before_scattered_words(self):
        ranked = titles(Event.objects.search("ha noi vieng chan"))
        # The phrase in the title, then scattered in the title, then the phrase in the summary only.
        self.assertEqual(ranked, titles([self.phrase, self.scattered, self.phrase_in_summary]))

    def test_newest_and_oldest_first_stay_selectable_on_the_timeline(self):
        def timeline(**params):
            return titles(
                self.client.get("/", {"q": "ha noi vieng chan", **params}).context["page"].object_list
            )

        self.assertEqual(timeline(), titles([self.phrase, self.scattered, self.phrase_in_summary]))
        self.assertEqual(timeline(order="relevance"), timeline())
        self.assertEqual(
            timeline(order="newest"), titles([self.phrase_in_summary, self.scattered, self.phrase])
        )
        self.assertEqual(
            timeline(order="oldest"), titles([self.phrase, self.scattered, self.phrase_in_summary])
        )

    def test_a_search_read_by_id_ranks_and_counts_as_one_searched_again(self):
        """filters.few_found: few events found are read by id, many are searched for again; the page and
        its counts are the same either way."""

        def timeline(query):
            context = self.client.get("/", {"q": query}).context
            return titles(context["page"].object_list), context["summary"]["total"]

        for query in ("ha noi vieng chan", "dinh tien dung", "-ky"):
            by_id = timeline(query)
            cache.clear()
            with mock.patch.object(filters, "FEW_FOUND", 0):
                searched_again = timeline(query)
            cache.clear()
            self.assertEqual(by_id, searched_again)
            self.assertEqual(by_id[0], titles(Event.objects.public().search(query)))


class SuggestionTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        anouphap = make_person("Anouphap Tounalom", side="la")
        hidden = make_person("Anouphab Tounalon", side="la")
        make_meeting(title="Hội đàm", people=[(anouphap, "", True)])
        make_meeting(title="Bị loại", status="rejected", people=[(hidden, "", True)])
        committee = Organization.objects.create(name="Thành ủy Viêng Chăn", side="la")
        make_meeting(title="Tiếp đoàn").organizations.add(committee)

    def people_and_organizations(self):
        return [
            Person.objects.filter(participations__event__status="extracted").distinct(),
            Organization.objects,
        ]

    def test_the_nearest_names_are_suggested(self):
        self.assertEqual(
            search.suggestions("anoupap", self.people_and_organizations()), ["Anouphap Tounalom"]
        )
        self.assertEqual(
            search.suggestions("anoupap tounalon", self.people_and_organizations()), ["Anouphap Tounalom"]
        )
        self.assertEqual(
            search.suggestions("thanh uy vieng chang", self.people_and_organizations()),
            ["Thành ủy Viêng Chăn"],
        )

    def test_nothing_is_suggested_for_nothing_near(self):
        self.assertEqual(search.suggestions("xyzzyq", self.people_and_organizations()), [])
        self.assertEqual(search.suggestions("-anouphap", self.people_and_organizations()), [])
        self.assertEqual(search.suggestions("", self.people_and_organizations()), [])

    def test_the_timeline_suggests_only_when_nothing_matched_and_only_public_names(self):
        response = self.client.get("/", {"q": "anoupap"})
        self.assertEqual(response.context["page"].paginator.count, 0)
        self.assertEqual([s["name"] for s in response.context["suggestions"]], ["Anouphap Tounalom"])
        self.assertContains(response, "Có phải bạn muốn tìm")
        self.assertContains(response, "?q=Anouphap+Tounalom")
        self.assertNotContains(response, "Anouphab Tounalon")
        response = self.client.get("/", {"q": "anouphap"})
        self.assertEqual(response.context["suggestions"], [])


class DocumentsFollowTheRecordTests(TestCase):
    def test_an_events_document_follows_its_people_and_a_persons_follows_its_name(self):
        event = make_meeting(title="Hội đàm")
        self.assertEqual(found("sengphet"), set())
        person = make_person("Sengphet Houngboungnuang", side="la")
        event.participations.create(person=person, is_lead=True)
        event.refresh_search_text()
        self.assertEqual(found("sengphet"), {"Hội đàm"})
        person.aliases = ["Xengphet"]
        person.save()
        self.assertEqual(list(search.matching(Person.objects.all(), "xengphet")), [person])


class QueryParserTests(HypothesisTestCase):
    @classmethod
    def setUpTestData(cls):
        make_meeting(title="Hà Nội tiếp Viêng Chăn")

    @settings(max_examples=200, deadline=None)
    @given(st.text(max_size=300))
    def test_any_text_is_a_query_that_runs(self, text):
        query = search.parse(text)
        self.assertLessEqual(sum(len(term.syllables) for term in query.terms), search.MAX_QUERY_SYLLABLES)
        list(Event.objects.search(text)[:5])
        list(search.matching(Person.objects.all(), text)[:5])
        search.suggestions(text, [Person.objects.all()])
