"""Helpers for the extraction tests: articles are written as clean text, as cleaning would hand it on."""

from events.cleaning import read_clean_article
from events.extraction import extract_events


def extract(text, *, title="", published=None):
    """The events of an article given as clean text, a title and a page date."""
    return extract_events(read_clean_article(text, title=title, published=published))
