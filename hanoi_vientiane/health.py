from django.db import connection
from django.http import HttpResponse


def healthz(request):
    """For the container's healthcheck and a load balancer: 200 while the app and its database answer.
    A database that is away raises here, and the outage handler answers 503 (errors.py)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok\n", content_type="text/plain")
