"""Extraction quality through the whole pipeline, measured by the evaluation's own scorer.

The floors sit a little under today's figures so that a change which makes extraction worse fails
the build. tests/corpus is tuned on; tests/corpus_heldout was held out until its errors guided a round
of general rules (December 2026), and tests/corpus_written (sets U to Z, AA to AF and AH) was blind until
its first runs guided others, so none is a blind test any more: the evaluation's larger set of real
articles is.
"""

import functools
import importlib.util
import io
import json
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.test import TestCase

TESTS = Path(__file__).resolve().parent.parent
ROOT = TESTS.parent
# The evaluation's own scorer and the samples' gold, beside the checkout (CI has them there too): the
# scorer changes, so it is never copied.
SHARED = ROOT.parent / "shared"


@functools.cache
def shared_scorer():
    spec = importlib.util.spec_from_file_location("shared_eval_score", SHARED / "eval" / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer


class ExtractionQualityTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command(
            "import_articles",
            str(ROOT / "sample_articles"),
            str(TESTS / "corpus"),
            str(TESTS / "corpus_heldout"),
            str(TESTS / "corpus_written"),
            stdout=io.StringIO(),
        )
        cls.export = Path(tempfile.mkdtemp()) / "export.json"
        call_command("export_events", output=str(cls.export), stderr=io.StringIO())

    def score(self, gold):
        return shared_scorer().score(str(self.export), str(gold))

    def test_the_sample_articles_meet_the_issue_targets(self):
        result = self.score(SHARED / "gold")
        self.assertGreaterEqual(result["f1"], 0.95)
        self.assertEqual(result["primary_recall"], 1.0)
        self.assertEqual(result["amount_recall"], 1.0)
        self.assertGreaterEqual(result["people_recall"], 0.9)
        self.assertGreaterEqual(result["org_precision"], 0.95)
        self.assertGreaterEqual(result["org_recall"], 0.85)
        self.assertEqual(result["cleaning"]["boilerplate_lines_left"], 0)
        # Four of the five print no year; what their text implies dates 11 of the 20 gold events. The
        # others' years come from outside sources (see ../shared/gold notes).
        self.assertGreaterEqual(result["date_exact"], 0.55)

    def test_the_tuning_corpus_stays_where_it_is(self):
        result = self.score(TESTS / "corpus" / "gold")
        self.assertGreaterEqual(result["f1"], 0.95)
        self.assertGreaterEqual(result["date_exact"], 0.85)

    def test_the_held_out_corpus_does_not_get_worse(self):
        result = self.score(TESTS / "corpus_heldout" / "gold")
        self.assertGreaterEqual(result["f1"], 0.92, json.dumps(result["counts"]))
        self.assertGreaterEqual(result["primary_recall"], 0.9)
        self.assertGreaterEqual(result["people_recall"], 0.88)
        self.assertGreaterEqual(result["date_exact"], 0.86)

    def test_the_written_corpus_does_not_get_worse(self):
        result = self.score(TESTS / "corpus_written" / "gold")
        # Sets AC and AD (48 articles, F1 .85 and .82 after their rules) took the whole from .917 to .899;
        # sets AE and AF (48 more, first runs .825 and .764, .878 and .865 after their rules) from .914 to
        # .907; set AH (24 more, first run .865, .964 after its rules) took it to .915.
        self.assertGreaterEqual(result["f1"], 0.89, json.dumps(result["counts"]))
        self.assertGreaterEqual(result["people_recall"], 0.88)
        self.assertGreaterEqual(result["date_exact"], 0.93)
        # Set W took organisation precision from .93 (U and V) to .89: its gold leaves out some bodies the
        # extractor reads from leaders' titles (the Party committee of a delegation's deputy secretary).
        self.assertGreaterEqual(result["org_precision"], 0.87)
        # Sets AE and AF (organisation recall .67 each: their gold lists the bodies of every participant,
        # wards and district fronts included) took recall from .78 to .76.
        self.assertGreaterEqual(result["org_recall"], 0.74)

    def test_articles_without_a_hanoi_laos_event_produce_none(self):
        data = json.loads(self.export.read_text(encoding="utf-8"))
        sources = {source["article"] for event in data["events"] for source in event["sources"]}
        for name in (
            "c17_hanoitimes_hanoi_fukuoka_cooperation_no_event.txt",
            "c18_ktdt_hdnd_giam_sat_cong_tac_doi_ngoai_no_event.txt",
            # Hanoi with Champasak, Da Nang with Vientiane, Vientiane with Ho Chi Minh City, Hanoi with
            # Phnom Penh (sets Y and Z).
            "https://hanoimoi.vn/lanh-dao-thanh-uy-ha-noi-tiep-doan-dai-bieu-tinh-champasak-lao-619372.html",
            "https://baotintuc.vn/dia-phuong/da-nang-va-thu-do-vieng-chan-ky-ket-ghi-nho-hop-tac-giai-doan-2025-"
            "2029-20241203071522410.html",
            "https://www.vientianetimes.org.la/vientiane-ho-chi-minh-city-boost-cooperation-in-urban-management-"
            "40127.html",
            "https://hanoitimes.vn/hanoi-phnom-penh-sign-2026-cooperation-plan-731206.html",
            # Hanoi with Luang Prabang, Ho Chi Minh City ("HCM City") with Vientiane twice, Hai Phong with
            # Vientiane, a national transport meeting (sets AA and AB).
            "https://anninhthudo.vn/pho-chu-tich-ubnd-tp-ha-noi-tiep-tinh-truong-tinh-luang-prabang-post358214.antd",
            "https://en.vietnamplus.vn/hcm-city-vientiane-sign-cooperation-agreement-for-2019-2023/153407.vnp",
            "https://nhandan.vn/thanh-pho-ho-chi-minh-va-thu-do-vieng-chan-ky-ket-hop-tac-giai-doan-2023-2027-"
            "post747215.html",
            "https://vietnamnews.vn/politics-laws/1563208/hai-phong-vientiane-capital-boost-cooperation.html",
            "https://baochinhphu.vn/pho-thu-tuong-tran-hong-ha-tiep-bo-truong-bo-cong-chinh-va-van-tai-lao-"
            "102230214153622417.htm",
            # A travel feature, Vientiane with Nghệ An, a feature on Vientiane's markets (sets AC and AD).
            "https://dulichviet24h.vn/vieng-chan-diem-den-cuoi-tuan-moi-cua-nguoi-ha-noi-105634.html",
            "https://vientianemai-vn.net.la/thu-do-vieng-chan-va-tinh-nghe-an-ky-bien-ban-ghi-nho-hop-tac-21877.html",
            "https://tuoitrethudo.com.vn/dao-cho-vieng-chan-noi-hang-viet-bam-re-215504.html",
            # Hanoi with Luang Prabang twice, Ho Chi Minh City with Vientiane twice, the two countries'
            # foreign ministers (sets AE and AF).
            "https://baotintuc.vn/thoi-su/ha-noi-va-tinh-luong-pha-bang-lao-tang-cuong-hop-tac-du-lich-"
            "20170616071522468.html",
            "https://www.sggp.org.vn/tphcm-va-thu-do-vieng-chan-day-manh-hop-tac-dao-tao-nguon-nhan-luc-"
            "post581634.html",
            "https://en.vietnamplus.vn/hanoi-luang-prabang-sign-cooperation-agreement-for-20172020-114592.html",
            "https://www.vietnamplus.vn/thu-do-vieng-chan-va-tp-ho-chi-minh-tang-cuong-hop-tac-nhieu-linh-vuc-"
            "563104.html",
            "https://vietnamnews.vn/politics-laws/265318/viet-nam-laos-foreign-ministers-hold-annual-"
            "consultation-265318.html",
            # Hanoi with Luang Prabang, Ho Chi Minh City with Vientiane, Vientiane Province (set AH).
            "https://baoquocte.vn/ha-noi-va-luong-pha-bang-tang-cuong-hop-tac-bao-ton-di-san-81234.html",
            "https://thanhnien.vn/tphcm-va-thu-do-vieng-chan-thuc-day-hop-tac-do-thi-thong-minh-"
            "185240423190512345.htm",
            "http://www.vientianetimes.org.la/FreeContent/FreeConten_Vientiane_province_Hanoi.php",
        ):
            self.assertNotIn(name, sources)
