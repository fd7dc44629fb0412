"""A database outage answers 503 with Retry-After, in Vietnamese and English, instead of Django's bare
English "Server Error (500)": the page is a template rendered with no request and no database (the
session, the user and the visitor's language all need the database or are unknown)."""

import sys

from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.views import defaults

RETRY_AFTER_SECONDS = 30


def server_error(request):
    """handler500: Django calls it inside its `except` block, so sys.exc_info() is the error."""
    error = sys.exc_info()[1]
    if database_is_away(error):
        return database_unavailable()
    return defaults.server_error(request)


def database_is_away(error):
    if isinstance(error, OperationalError | InterfaceError):
        return True
    return isinstance(error, DatabaseError) and not connection_is_usable()


def connection_is_usable():
    try:
        return connection.connection is not None and connection.is_usable()
    except Exception:  # noqa: BLE001 - a connection that cannot even be asked is not usable
        return False


def database_unavailable():
    body = render_to_string("503.html", {"retry_after": RETRY_AFTER_SECONDS})
    response = HttpResponse(body, status=503, content_type="text/html; charset=utf-8")
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
