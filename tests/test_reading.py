"""Reading inputs: encodings, bad files and JSONL lines are reported, never raised. No database."""

import codecs
import datetime
import http.server
import threading
import unicodedata
from pathlib import Path
from unittest import TestCase

from django.test import SimpleTestCase, override_settings

from events import reading
from events.reading import ArticleInput, ReadFailure, decode_bytes, read_inputs

VIETNAMESE = "Bí thư Thành ủy Hà Nội tiếp Đại sứ Lào tại Việt Nam, chiều 26/8."


def windows_1258(text):
    """Encode as Windows-1258 does: base letters precomposed (â, ơ, đ), tones as combining marks."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for char in text:
        decomposed = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        out.append(base + "".join(c for c in decomposed if c in tones))
    return "".join(out).encode("cp1258")


def read_all(*targets):
    return list(read_inputs([str(target) for target in targets]))


class DecodingTests(TestCase):
    def test_it_reads_utf8_with_and_without_a_bom(self):
        for data in (VIETNAMESE.encode("utf-8"), codecs.BOM_UTF8 + VIETNAMESE.encode("utf-8")):
            text, _encoding = decode_bytes(data)
            self.assertEqual(text, VIETNAMESE)

    def test_it_reads_utf16_with_a_bom_and_without_one(self):
        self.assertEqual(decode_bytes(VIETNAMESE.encode("utf-16"))[0], VIETNAMESE)
        self.assertEqual(decode_bytes(VIETNAMESE.encode("utf-16-le"))[0], VIETNAMESE)

    def test_it_detects_windows_1258_and_normalises_to_nfc(self):
        # Windows-1258 writes tones as combining marks; the stored text must be NFC all the same.
        text, encoding = decode_bytes(windows_1258(VIETNAMESE))
        self.assertEqual(encoding, "cp1258")
        self.assertEqual(text, VIETNAMESE)

    def test_it_refuses_binary_and_empty_input_with_a_reason(self):
        with self.assertRaisesRegex(reading.ReadError, "binary"):
            decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 10)
        with self.assertRaisesRegex(reading.ReadError, "empty"):
            decode_bytes(b"  \n ")


class FileTests(TestCase):
    def setUp(self):
        import tempfile

        self.folder = Path(tempfile.mkdtemp())

    def write(self, name, data):
        path = self.folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path

    def test_a_folder_is_read_recursively_and_other_files_are_ignored(self):
        self.write("a.txt", "Tiêu đề\n\nNội dung.")
        self.write("sub/b.html", "<html><body><p>Nội dung</p></body></html>")
        self.write("notes.md", "not an article")
        items = read_all(self.folder)
        self.assertEqual([item.source_key for item in items], ["a.txt", "b.html"])
        self.assertEqual([item.input_format for item in items], ["txt", "html"])

    def test_a_file_over_the_size_cap_fails_with_its_size(self):
        path = self.write("big.txt", "x")
        original = reading.MAX_ARTICLE_BYTES
        reading.MAX_ARTICLE_BYTES = 0
        try:
            [failure] = read_all(path)
        finally:
            reading.MAX_ARTICLE_BYTES = original
        self.assertIsInstance(failure, ReadFailure)
        self.assertIn("limit", failure.reason)

    def test_a_missing_path_and_an_unsupported_type_are_reported(self):
        missing, pdf = read_all(self.folder / "nope.txt", self.write("a.pdf", "%PDF"))
        self.assertIn("no such file", missing.reason)
        self.assertIn("unsupported file type .pdf", pdf.reason)

    def test_the_raw_hash_is_of_the_bytes_received(self):
        [item] = read_all(self.write("a.txt", "Tiêu đề\nNội dung"))
        self.assertEqual(item.content_hash, reading.sha256("Tiêu đề\nNội dung".encode()))


class JsonlTests(FileTests):
    def test_each_line_is_an_article_and_a_bad_line_is_reported_alone(self):
        path = self.write(
            "feed.jsonl",
            '{"url": "https://example.org/a", "title": "A", "published": "2024-08-08T15:00:00+07:00", '
            '"text": "Nội dung A"}\n'
            "{not json}\n"
            "\n"
            '{"title": "C", "published": null, "html": "<p>Nội dung C</p>"}\n'
            '{"title": "D", "text": ""}\n'
            '{"title": "E", "published": "yesterday", "text": "x"}\n',
        )
        first, broken, third, empty, bad_date = read_all(path)
        self.assertIsInstance(first, ArticleInput)
        self.assertEqual(first.source_key, "https://example.org/a")
        self.assertEqual(first.published, datetime.date(2024, 8, 8))
        self.assertEqual(broken.label, f"{path}:2")
        self.assertIn("not valid JSON", broken.reason)
        self.assertEqual(third.source_key, "feed.jsonl#4")
        self.assertEqual(third.html, "<p>Nội dung C</p>")
        self.assertIn('no "text" or "html"', empty.reason)
        # A date that cannot be read is left out with a warning; the article is kept.
        self.assertIsInstance(bad_date, ArticleInput)
        self.assertIsNone(bad_date.published)
        self.assertIn('"published" is not a date', bad_date.warnings[0])

    def test_a_month_alone_is_a_month_precision_page_date_and_a_typo_is_read_past(self):
        path = self.write(
            "feed.jsonl",
            '{"title": "A", "published": "2024-03", "text": "x"}\n'
            '{"title": "B", "published": "2024-13-45", "text": "x"}\n',
        )
        month, typo = read_all(path)
        self.assertEqual((month.published, month.published_precision), (datetime.date(2024, 3, 1), "month"))
        self.assertEqual(month.warnings, [])
        self.assertIsNone(typo.published)
        self.assertEqual(len(typo.warnings), 1)

    def test_a_date_written_as_a_page_writes_it_is_read_day_first(self):
        path = self.write(
            "feed.jsonl",
            '{"title": "A", "published": "20/10/2022", "text": "x"}\n'
            '{"title": "B", "published": "08:24 03/04/2025", "text": "x"}\n'
            '{"title": "C", "published": "32/10/2022", "text": "x"}\n',
        )
        slashed, with_time, impossible = read_all(path)
        self.assertEqual(
            (slashed.published, slashed.published_precision), (datetime.date(2022, 10, 20), "day")
        )
        self.assertEqual(with_time.published, datetime.date(2025, 4, 3))
        self.assertEqual(slashed.warnings + with_time.warnings, [])
        self.assertIsNone(impossible.published)
        self.assertIn('"published" is not a date', impossible.warnings[0])

    def test_a_jsonl_file_over_its_cap_is_refused_before_it_is_read(self):
        path = self.write("feed.jsonl", '{"title": "A", "text": "Nội dung"}\n' * 10)
        original = reading.MAX_JSONL_BYTES
        reading.MAX_JSONL_BYTES = 100
        try:
            [failure] = read_all(path)
        finally:
            reading.MAX_JSONL_BYTES = original
        self.assertIsInstance(failure, ReadFailure)
        self.assertIn("over the 100-byte limit", failure.reason)


class _Handler(http.server.BaseHTTPRequestHandler):
    pages = {
        "/article": (
            "text/html; charset=utf-8",
            "<html><head><title>Tin</title></head><body>Nội dung</body></html>",
        ),
        "/image": ("image/png", "\x89PNG"),
    }

    def do_GET(self):  # noqa: N802 - the name http.server calls
        if self.path not in self.pages:
            self.send_error(404, "Not Found")
            return
        content_type, body = self.pages[self.path]
        data = body.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


class UrlTests(SimpleTestCase):
    """Against a server on 127.0.0.1 started by the test, which only it may reach: never the internet."""

    @classmethod
    def setUpClass(cls):
        cls.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        cls.base = f"http://127.0.0.1:{cls.server.server_address[1]}"
        threading.Thread(target=cls.server.serve_forever, daemon=True).start()
        cls.enterClassContext(
            override_settings(URL_FETCH_ALLOWED_ADDRESSES=[f"127.0.0.1:{cls.server.server_address[1]}"])
        )
        super().setUpClass()

    @classmethod
    def tearDownClass(cls):
        cls.server.shutdown()
        cls.server.server_close()
        super().tearDownClass()

    def test_an_html_page_is_read_with_its_url_as_the_source_key(self):
        [item] = read_all(f"{self.base}/article")
        self.assertEqual(item.input_format, "html")
        self.assertEqual(item.source_key, f"{self.base}/article")
        self.assertIn("Nội dung", item.raw)

    def test_a_missing_page_an_image_and_a_closed_port_fail_with_reasons(self):
        missing, image = read_all(f"{self.base}/gone", f"{self.base}/image")
        self.assertIn("HTTP 404", missing.reason)
        self.assertIn("unsupported content type image/png", image.reason)
        [internal] = read_all("http://127.0.0.1:9/article")
        self.assertIn("not allowed", internal.reason)
