"""Which outlet published an article: the page's own site name when a saved page gives one, else the
host of its URL ("hanoimoi.vn"). An article read from a text file with no URL names no outlet."""

import re
import unicodedata
from urllib.parse import urlsplit

import lxml.html

MAX_LENGTH = 200  # Article.outlet
_HEAD_END = re.compile(r"</head\s*>", re.I)
_SITE_NAME = (
    "//meta[@property='og:site_name']/@content",
    "//meta[@name='og:site_name']/@content",
    "//meta[@name='application-name']/@content",
)


def host_of(url):
    """'https://www.hanoimoi.vn/a.html' -> 'hanoimoi.vn'; '' for anything that is not a web address."""
    try:
        parts = urlsplit((url or "").strip())
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return ""
    host = parts.hostname.lower()
    return host[4:] if host.startswith("www.") else host


def site_name(html):
    """The site name a saved page declares in its <head>, or ""."""
    if not html:
        return ""
    match = _HEAD_END.search(html)
    # The head alone: a second parse of the whole page would cost more than the name is worth.
    head = html[: match.end()] if match else html[:20_000]
    try:
        tree = lxml.html.fromstring(head + "</html>" if match else head)
    except (lxml.etree.ParserError, ValueError):
        return ""
    for path in _SITE_NAME:
        for value in tree.xpath(path):
            name = " ".join(unicodedata.normalize("NFC", value).split())
            if name:
                return name[:MAX_LENGTH]
    return ""


def outlet_of(url, html=None):
    return site_name(html) or host_of(url)[:MAX_LENGTH]
