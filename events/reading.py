"""Inputs to import: files, folders, JSONL records and URLs become `ArticleInput`s. No database.

Every problem with one input is reported as a `ReadFailure` and the next input is read: one
broken article must never stop a batch.
"""

import codecs
import datetime
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import charset_normalizer

from . import cleaning, fetching
from .text import nfc

MAX_ARTICLE_BYTES = 5 * 1024 * 1024
# A JSONL file holds many articles, but it is read whole: beyond this it is refused before reading.
MAX_JSONL_BYTES = 100 * 1024 * 1024
TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
URL_CONTENT_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "txt"}
# Letters only Vietnamese uses; a legacy decoding that produces them is very likely right.
VIETNAMESE_LETTERS = set("ăâđêôơưĂÂĐÊÔƠƯ")


class ReadError(Exception):
    pass


@dataclass
class ArticleInput:
    label: str  # where it came from, for messages: "folder/a.txt", "feed.jsonl:3", a URL
    source_key: str
    input_format: str  # "txt", "html" or "jsonl"
    raw: str
    content_hash: str
    encoding: str = ""
    url: str = ""
    title: str = ""  # JSONL records carry their own title
    published: datetime.date | None = None
    published_precision: str = "day"  # "month" for a record's "2024-03"
    warnings: list[str] = field(default_factory=list)  # what was read past, the article kept
    text: str | None = None  # a JSONL record's plain text
    html: str | None = None  # a JSONL record's HTML


@dataclass
class ReadFailure:
    label: str
    reason: str


def read_inputs(targets):
    """Yield an ArticleInput or a ReadFailure for every article named by paths, folders or URLs."""
    for target in targets:
        target = str(target)
        if target.startswith(("http://", "https://")):
            yield read_url(target)
            continue
        path = Path(target)
        if path.is_dir():
            files = readable_files(path)
            if not files:
                yield ReadFailure(target, "no .txt, .html, .htm or .jsonl files in this folder")
            for file in files:
                yield from read_file(file)
        elif path.is_file():
            yield from read_file(path)
        else:
            yield ReadFailure(target, "no such file, folder or http(s) URL")


def readable_files(folder):
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in READABLE_SUFFIXES)


def count_articles(targets):
    """How many items read_inputs(targets) will yield (articles and failures), without decoding
    anything: the total of a progress bar or of an import job."""
    return sum(count_target(str(target)) for target in targets)


def count_target(target):
    if target.startswith(("http://", "https://")):
        return 1
    path = Path(target)
    if path.is_dir():
        return sum(count_file(file) for file in readable_files(path)) or 1
    return count_file(path) if path.is_file() else 1


def count_file(path):
    """One for a file, one for each non-blank line of a JSONL file (as read_jsonl reads it)."""
    if path.suffix.lower() not in JSONL_SUFFIXES:
        return 1
    try:
        if path.stat().st_size > MAX_JSONL_BYTES:
            return 1
        return sum(1 for line in path.read_bytes().splitlines() if line.strip())
    except OSError:
        return 1


def read_file(path):
    suffix = path.suffix.lower()
    if suffix not in READABLE_SUFFIXES:
        yield ReadFailure(str(path), f"unsupported file type {suffix or '(none)'}: use .txt, .html or .jsonl")
        return
    try:
        size = path.stat().st_size
        limit = MAX_JSONL_BYTES if suffix in JSONL_SUFFIXES else MAX_ARTICLE_BYTES
        if size > limit:
            raise ReadError(f"file is {size:,} bytes, over the {limit:,}-byte limit")
        data = path.read_bytes()
    except (OSError, ReadError) as error:
        yield ReadFailure(str(path), str(error))
        return
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, data)
        return
    try:
        text, encoding = decode_bytes(data)
    except ReadError as error:
        yield ReadFailure(str(path), str(error))
        return
    yield ArticleInput(
        label=str(path),
        source_key=path.name,
        input_format="html" if suffix in HTML_SUFFIXES else "txt",
        raw=text,
        content_hash=sha256(data),
        encoding=encoding,
    )


def read_jsonl(path, data):
    """One article per line: {"url", "title", "published", "text" | "html"}."""
    for number, line in enumerate(data.splitlines(), start=1):
        label = f"{path}:{number}"
        if not line.strip():
            continue
        try:
            if len(line) > MAX_ARTICLE_BYTES:
                raise ReadError(f"record is {len(line):,} bytes, over the {MAX_ARTICLE_BYTES:,}-byte limit")
            text, encoding = decode_bytes(line)
            try:
                record = json.loads(text)
            except json.JSONDecodeError as error:
                raise ReadError(f"not valid JSON ({error.msg} at column {error.colno})") from None
            yield article_from_record(record, label=label, key=f"{path.name}#{number}", raw=text, data=line)
        except ReadError as error:
            yield ReadFailure(label, str(error))


def article_from_record(record, *, label, key, raw, data):
    if not isinstance(record, dict):
        raise ReadError("a JSONL line must be a JSON object")
    body = record.get("text") if record.get("text") is not None else record.get("html")
    if not isinstance(body, str) or not body.strip():
        raise ReadError('the record has no "text" or "html"')
    url = record.get("url") or ""
    if not isinstance(url, str):
        raise ReadError('"url" must be a string')
    title = record.get("title") or ""
    if not isinstance(title, str):
        raise ReadError('"title" must be a string')
    return ArticleInput(
        label=label,
        source_key=url or key,
        input_format="jsonl",
        raw=raw,
        content_hash=sha256(data),
        encoding="utf-8",
        url=url,
        title=nfc(title),
        **published_of(record.get("published")),
        text=record.get("text") if isinstance(record.get("text"), str) else None,
        html=record.get("html") if record.get("text") is None else None,
    )


# "2024-08-08", "2024-08-08T15:00:00+07:00", and the page's month alone, "2024-03".
_PUBLISHED = re.compile(r"^\s*(?P<year>\d{4})-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?(?:[T ].*)?$")


def published_of(value):
    """The ArticleInput fields for a record's "published": its date and precision, or, for a value
    that cannot be read ("yesterday", "2024-13-45", "32/10/2022"), no date and a warning; the article
    is kept."""
    if value in (None, ""):
        return {}
    match = _PUBLISHED.match(value) if isinstance(value, str) else None
    if match:
        day = match.group("day")
        try:
            published = datetime.date(int(match.group("year")), int(match.group("month")), int(day or 1))
        except ValueError:
            published = None
        if published is not None:
            return {"published": published, "published_precision": "day" if day else "month"}
    # A page's own way of writing its date: "20/10/2022", "08:24 30/03/2025", "Oct 20, 2022" (the reader
    # of page datelines, Vietnamese day-month order first).
    moment = cleaning.parse_page_datetime(value) if isinstance(value, str) and not match else None
    if moment is not None:
        return {"published": moment.date(), "published_precision": "day"}
    return {"warnings": [f'"published" is not a date ({str(value)[:40]!r}); the page date was left out']}


def read_url(url):
    try:
        page = fetching.fetch(url, max_bytes=MAX_ARTICLE_BYTES, content_types=URL_CONTENT_TYPES)
    except fetching.FetchError as error:
        return ReadFailure(url, str(error))
    try:
        text, encoding = decode_bytes(page.body, declared=page.charset)
    except ReadError as error:
        return ReadFailure(url, str(error))
    return ArticleInput(
        label=url,
        source_key=page.url,
        input_format=URL_CONTENT_TYPES[page.content_type],
        raw=text,
        content_hash=sha256(page.body),
        encoding=encoding,
        url=page.url,
    )


def decode_bytes(data, declared=None):
    """Bytes to NFC text. UTF-8 (with or without BOM) and UTF-16/32 with a BOM first, then the
    declared charset, then Windows-1258 and charset_normalizer's guess for legacy pages."""
    if not data.strip():
        raise ReadError("empty file")
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return checked(data, encoding)
    if b"\x00" in data:
        encoding = guess_bomless_utf16(data)
        if encoding is None:
            raise ReadError("binary file (NUL bytes), not text")
        return checked(data, encoding)
    candidates = ["utf-8"]
    if declared:
        candidates.append(declared)
    for encoding in candidates:
        try:
            return checked(data, encoding)
        except (ReadError, LookupError):
            continue
    # charset_normalizer often calls Windows-1258 text cp1252, whose bytes overlap; the letters
    # only Vietnamese has tell them apart, so Windows-1258 is tried by hand first.
    try:
        text = data.decode("cp1258")
        if any(char in VIETNAMESE_LETTERS for char in text):
            return checked(data, "cp1258")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise ReadError("cannot decode the bytes as text in any known encoding")
    return checked(data, best.encoding)


def checked(data, encoding):
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ReadError(f"cannot decode as {encoding}: {error.reason} at byte {error.start}") from None
    if not text.strip():
        raise ReadError("empty file")
    if sum(1 for char in text[:4000] if ord(char) < 32 and char not in "\t\n\r\f") > 8:
        raise ReadError("binary file (control characters), not text")
    return nfc(text), encoding


def guess_bomless_utf16(data):
    """UTF-16 without a BOM has a NUL in every other byte of ASCII text."""
    even, odd = data[0::2], data[1::2]
    if odd.count(0) > len(odd) * 0.3 and even.count(0) < len(even) * 0.05:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.3 and odd.count(0) < len(odd) * 0.05:
        return "utf-16-be"
    return None


def sha256(data):
    return hashlib.sha256(data).hexdigest()
