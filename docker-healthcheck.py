"""The web container's healthcheck (python:3.11-slim has no curl): exit 0 when /healthz, which asks the
database, answers 200 on this container's gunicorn; 1 otherwise.

It sends the first of ALLOWED_HOSTS as Host, since Django refuses any other; /healthz is exempt from
the HTTPS redirect (SECURE_REDIRECT_EXEMPT), since the container itself speaks plain HTTP."""

import os
import sys
import urllib.error
import urllib.request

hosts = [host.strip() for host in os.environ.get("ALLOWED_HOSTS", "").split(",") if host.strip()]
# ".example.org" allows example.org and its subdomains; "*" any host.
host = (hosts[0] if hosts else "localhost").lstrip("*.") or "localhost"
port = os.environ.get("HEALTHCHECK_PORT", "8000")
request = urllib.request.Request(f"http://127.0.0.1:{port}/healthz", headers={"Host": host})
try:
    with urllib.request.urlopen(request, timeout=5) as response:
        sys.exit(0 if response.status == 200 else 1)
except (OSError, urllib.error.URLError) as error:
    print(f"healthcheck: {error}", file=sys.stderr)
    sys.exit(1)
