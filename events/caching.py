"""Pages and JSON cached once per revision of the record.

Every committed change bumps Revision (events/signals.py), and the revision is part of every key, so a
cached value never outlives the data it shows, in any process; entries of older revisions simply
expire. One decorator for every cached view body: `cached_per_revision(key_of)`.

A page that shows one record and a few of its neighbours (an event's page) is cached instead until what
it shows changes: `cached_until_changed(key_of)`, checked against ChangeMark, so an edit to one event
leaves the pages that do not show it cached."""

import functools
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import get_language

from .models import ChangeMark, Revision


def cached_per_revision(key_of):
    """Cache the decorated function's value under the current revision and `key_of(*args)`, for
    TIMELINE_CACHE_SECONDS (0 turns caching off). The value must pickle: HTML, bytes, dicts. A caller
    that has read the revision already passes it as `revision=`."""

    def decorator(build):
        name = f"{build.__module__}.{build.__qualname__}"

        @functools.wraps(build)
        def cached(*args, **kwargs):
            if not settings.TIMELINE_CACHE_SECONDS:
                return build(*args, **kwargs)  # rather than pickled and thrown away
            digest = key_digest(key_of, args, kwargs)
            revision = kwargs.get("revision")
            if revision is None:
                request = args[0] if args and isinstance(args[0], HttpRequest) else None
                revision = revision_number(request)
            key = f"{name}:{revision}:{digest}"
            value = cache.get(key)
            if value is None:
                value = build(*args, **kwargs)
                cache.set(key, value, settings.TIMELINE_CACHE_SECONDS)
            return value

        return cached

    return decorator


def cached_until_changed(key_of):
    """Cache the decorated function's value under `key_of(*args)` alone, for FRAGMENT_CACHE_SECONDS (0
    turns caching off), and serve it while none of the ChangeMark keys it depends on has changed since.
    The function returns (value, keys). The revision is read before the function reads anything, so a
    write that commits while it runs marks its keys in a later revision and the value is built again.

    A hit costs one cache read and one indexed query (bench/README, section N)."""

    def decorator(build):
        name = f"{build.__module__}.{build.__qualname__}"

        @functools.wraps(build)
        def cached(*args, **kwargs):
            if not settings.FRAGMENT_CACHE_SECONDS:
                return build(*args, **kwargs)[0]
            key = f"{name}:{key_digest(key_of, args, kwargs)}"
            entry = cache.get(key)
            if entry is not None and not ChangeMark.changed_since(entry["revision"], entry["marks"]):
                return entry["value"]
            revision = Revision.current()
            value, marks = build(*args, **kwargs)
            entry = {"revision": revision, "marks": sorted(set(marks)), "value": value}
            cache.set(key, entry, settings.FRAGMENT_CACHE_SECONDS)
            return value

        return cached

    return decorator


def each_until_changed(prefix, pks, build, revision=None):
    """{pk: value} for `pks`, each cached under `prefix:pk` for FRAGMENT_CACHE_SECONDS and served while none
    of the ChangeMark keys it depends on changed since it was built; `build(missing_pks)` gives the others
    as {pk: (value, keys)}. One cache read and one query check a whole page's values, as
    cached_until_changed checks one (a JSON page of 500 events: each event's JSON is kept until its event,
    people, organisations or articles change). A caller that has read the revision passes it."""
    if not settings.FRAGMENT_CACHE_SECONDS:
        return {pk: value for pk, (value, _keys) in build(pks).items()}
    keys = {pk: f"{prefix}:{pk}" for pk in pks}
    entries = cache.get_many(keys.values())
    found = {pk: entries[key] for pk, key in keys.items() if key in entries}
    stale = ChangeMark.changed_among(found)
    missing = [pk for pk in pks if pk not in found or pk in stale]
    values = {pk: entry["value"] for pk, entry in found.items() if pk not in stale}
    if missing:
        revision = Revision.current() if revision is None else revision
        built = build(missing)
        cache.set_many(
            {
                keys[pk]: {"revision": revision, "marks": sorted(set(marks)), "value": value}
                for pk, (value, marks) in built.items()
            },
            settings.FRAGMENT_CACHE_SECONDS,
        )
        values.update({pk: value for pk, (value, _marks) in built.items()})
    return values


def key_digest(key_of, args, kwargs):
    """The digest of what `key_of` names for a call: the part of a cache key the call's arguments give."""
    parts = "|".join(map(str, key_of(*args, **kwargs)))
    return hashlib.sha256(parts.encode()).hexdigest()[:32]


def revision_of(request):
    """The record's Revision.state(), read once per request (the API's ETag, Last-Modified and cache)."""
    if not hasattr(request, "record_revision"):
        request.record_revision = Revision.state()
    return request.record_revision


def revision_number(request=None):
    """The revision a cache key holds: the request's, when the API has already read it, else the cheapest
    read of it (Revision.current())."""
    state = getattr(request, "record_revision", None)
    return state.number if state is not None else Revision.current()


def per_absolute_url(request, *args, **kwargs):
    """The whole URL alone: for answers that read the same in every language (the JSON API)."""
    return (request.build_absolute_uri(),)


def per_url(request, *args, **kwargs):
    """The whole URL (pages carry absolute links) and the language of the page."""
    return (*per_absolute_url(request), get_language())


def per_url_and_day(request, *args, **kwargs):
    """As per_url, and today's date, for pages whose "cite this" line names the day it was read."""
    return (*per_url(request), timezone.localdate())
