"""Admin login throttling: a counter in the cache per client address and user name.

django-axes does this and much more (lockout tables, a middleware, its own admin); the admin is
the only login here and a cache counter is all it needs.
"""

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.core.exceptions import PermissionDenied

from .text import fold


def _key(request, username):
    address = request.META.get("REMOTE_ADDR", "") if request is not None else ""
    return f"login-failures:{address}:{fold(username or '')}"


class ThrottledModelBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        key = _key(request, username)
        if cache.get(key, 0) >= settings.LOGIN_FAILURE_LIMIT:
            # PermissionDenied stops Django trying other backends: the login form says it failed.
            raise PermissionDenied("too many failed logins; try again later")
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None:
            cache.add(key, 0, settings.LOGIN_FAILURE_WINDOW_SECONDS)
            cache.incr(key)
        else:
            cache.delete(key)
        return user
