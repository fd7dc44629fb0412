"""Pages and JSON cached once per revision of the record.

Every committed change bumps Revision (events/signals.py), and the revision is part of every key, so a
cached value never outlives the data it shows, in any process; entries of older revisions simply
expire. One decorator for every cached view body: `cached_per_revision(key_of)`."""

import functools
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import get_language

from .models import Revision


def cached_per_revision(key_of):
    """Cache the decorated function's value under the current revision and `key_of(*args)`, for
    TIMELINE_CACHE_SECONDS (0 turns caching off). The value must pickle: HTML, bytes, dicts. A caller
    that has read the revision already passes it as `revision=`."""

    def decorator(build):
        name = f"{build.__module__}.{build.__qualname__}"

        @functools.wraps(build)
        def cached(*args, **kwargs):
            parts = "|".join(map(str, key_of(*args, **kwargs)))
            digest = hashlib.sha256(parts.encode()).hexdigest()[:32]
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
