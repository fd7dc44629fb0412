"""Fetching an article's URL without reaching inside the network the app runs in.

A curator (or anyone who can run `import_articles`) names the URL, and the response becomes a public
article page, so the fetch must never reach a loopback, private, link-local or otherwise non-public
address, whatever spelling the URL uses ("http://2130706433/", "http://0x7f.1/", "http://[::ffff:7f00:1]/")
and whatever a redirect says. Every hop is resolved, every address checked, and the connection goes to
the address that was checked (no second DNS lookup an attacker could answer differently).

Written on the standard library rather than a package: `advocate`, the known SSRF-safe client, wraps
requests and has had no release since 2020, and urllib3 reads a response's body with as many socket
reads as it likes, so it cannot hold a deadline for the whole fetch. http.client with a socket we made
does both in a few lines: each read is given what is left of the deadline.
"""

import http.client
import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from django.conf import settings

USER_AGENT = "hanoi-vientiane-importer/1.0"
MAX_REDIRECTS = 5
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
READ_CHUNK = 64 * 1024
# One message for every way a connection can fail: a refused port, a silent one, a failed lookup and a
# reset all read the same, so the import's messages never map which internal ports are open.
UNREACHABLE = "unreachable: no response from this address"


class FetchError(Exception):
    """Why a URL was not fetched, in words safe to show to whoever asked for it."""


@dataclass
class FetchedPage:
    url: str  # after redirects
    content_type: str  # "text/html"
    charset: str | None
    body: bytes


@dataclass
class Target:
    url: str
    scheme: str
    host: str
    port: int
    path: str


def fetch(url, *, max_bytes, content_types, deadline_seconds=None):
    """GET a public http(s) URL, following up to MAX_REDIRECTS redirects, each hop checked.

    Raises FetchError when the URL is refused, unreachable, too slow in all, too large, or answers
    with a content type not in `content_types` (checked before the body is read)."""
    deadline_seconds = deadline_seconds or settings.URL_FETCH_DEADLINE_SECONDS
    deadline = time.monotonic() + deadline_seconds
    for _hop in range(MAX_REDIRECTS + 1):
        target = parse_target(url)
        address = public_address(target)
        response, sock = send_request(target, address, deadline, deadline_seconds)
        try:
            location = response.getheader("Location")
            if response.status in REDIRECT_STATUSES and location:
                url = urljoin(target.url, location.strip())
                continue
            if response.status >= 400:
                raise FetchError(f"HTTP {response.status} {response.reason}")
            content_type = response.headers.get_content_type()
            if content_type not in content_types:
                raise FetchError(f"unsupported content type {content_type}: expected HTML or plain text")
            body = read_body(response, sock, deadline, deadline_seconds, max_bytes)
            return FetchedPage(
                url=target.url,
                content_type=content_type,
                charset=response.headers.get_content_charset(),
                body=body,
            )
        finally:
            response.close()
            sock.close()
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")


def parse_target(url):
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise FetchError("not a valid URL") from None
    if parts.scheme not in ("http", "https"):
        raise FetchError("only http and https URLs are fetched")
    if not parts.hostname:
        raise FetchError("the URL has no host")
    if parts.username is not None or parts.password is not None:
        raise FetchError("URLs with a user name or password are not fetched")
    port = port or (443 if parts.scheme == "https" else 80)
    path = parts.path or "/"
    if parts.query:
        path = f"{path}?{parts.query}"
    return Target(url=parts.geturl(), scheme=parts.scheme, host=parts.hostname, port=port, path=path)


def allowed_in_tests(host, port):
    """A test's own server on 127.0.0.1 (settings.URL_FETCH_ALLOWED_ADDRESSES, empty in production)."""
    return f"{host}:{port}" in settings.URL_FETCH_ALLOWED_ADDRESSES


def public_address(target):
    """The address to connect to: every address the host resolves to must be public."""
    if target.port not in settings.URL_FETCH_PORTS and not allowed_in_tests(target.host, target.port):
        raise FetchError(f"port {target.port} is not allowed (URL_FETCH_PORTS)")
    try:
        resolved = socket.getaddrinfo(target.host, target.port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        raise FetchError(UNREACHABLE) from None
    addresses = [info[4][0] for info in resolved]
    if not addresses:
        raise FetchError(UNREACHABLE)
    for address in addresses:
        if not allowed_in_tests(address, target.port) and not is_public(address):
            raise FetchError("refused: the host is not a public internet address")
    return addresses[0]


def is_public(address):
    """A global unicast address, looking through IPv4 carried inside IPv6 (mapped, 6to4, Teredo)."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if ip.version == 6:
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None and not is_public(str(embedded)):
            return False
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified)


def send_request(target, address, deadline, deadline_seconds):
    sock = None
    try:
        sock = socket.create_connection((address, target.port), timeout=remaining(deadline, deadline_seconds))
        if target.scheme == "https":
            # Certificate and name are checked against the host named in the URL, not the address.
            sock = ssl.create_default_context().wrap_socket(sock, server_hostname=target.host)
        connection = http.client.HTTPConnection(target.host, target.port)
        connection.sock = sock  # the socket to the checked address; http.client never resolves again
        host_header = target.host if target.port in (80, 443) else f"{target.host}:{target.port}"
        connection.putrequest("GET", target.path, skip_host=True, skip_accept_encoding=True)
        connection.putheader("Host", host_header)
        connection.putheader("User-Agent", USER_AGENT)
        connection.putheader("Accept", "text/html, text/plain;q=0.9")
        connection.endheaders()
        sock.settimeout(remaining(deadline, deadline_seconds))
        # http.client lets go of the socket when the answer ends the connection; the reads need it.
        return connection.getresponse(), sock
    except FetchError:
        if sock is not None:
            sock.close()
        raise
    except (OSError, http.client.HTTPException):
        if sock is not None:
            sock.close()
        if time.monotonic() >= deadline:
            raise FetchError(f"no complete answer within {deadline_seconds:g} s") from None
        raise FetchError(UNREACHABLE) from None


def read_body(response, sock, deadline, deadline_seconds, max_bytes):
    """Read in chunks, each read given only what is left of the deadline: a server that sends a byte
    every few seconds is cut off when the deadline passes, not after every byte has arrived."""
    chunks, size = [], 0
    while True:
        sock.settimeout(remaining(deadline, deadline_seconds))
        try:
            chunk = response.read1(READ_CHUNK)
        except (OSError, http.client.HTTPException):
            if time.monotonic() >= deadline:
                raise FetchError(f"no complete answer within {deadline_seconds:g} s") from None
            raise FetchError(UNREACHABLE) from None
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"response is over the {max_bytes:,}-byte limit")
        chunks.append(chunk)


def remaining(deadline, deadline_seconds):
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError(f"no complete answer within {deadline_seconds:g} s")
    return left
