"""Importing a URL never reaches an address inside the network, in any spelling or through a redirect,
never waits past its deadline, and says nothing about which internal ports are open.

Every server here is the test's own, on 127.0.0.1; only the one the test names is let through the
address guard (URL_FETCH_ALLOWED_ADDRESSES), as production never is."""

import http.server
import socket
import threading
import time

from django.test import SimpleTestCase, TestCase, override_settings

from events import fetching
from events.importing import import_articles
from events.models import Article


class _Server:
    """A threaded HTTP server on 127.0.0.1 whose handler is `handler`; counts the requests it got."""

    def __init__(self, handler):
        self.requests = 0
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - the name http.server calls
                outer.requests += 1
                handler(self)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.address = f"127.0.0.1:{self.port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def secret_page(request):
    body = "<html><body><p>Mật khẩu nội bộ: hunter2</p></body></html>".encode()
    request.send_response(200)
    request.send_header("Content-Type", "text/html; charset=utf-8")
    request.send_header("Content-Length", str(len(body)))
    request.end_headers()
    request.wfile.write(body)


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class InternalAddressTests(SimpleTestCase):
    """An internal server with a secret page, on a port the guard would allow: only its address stops it."""

    @classmethod
    def setUpClass(cls):
        cls.internal = _Server(secret_page)
        cls.enterClassContext(override_settings(URL_FETCH_PORTS=[80, 443, cls.internal.port]))
        super().setUpClass()

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        cls.internal.close()

    def assert_refused(self, url):
        before = self.internal.requests
        with self.assertRaisesMessage(fetching.FetchError, "not a public internet address"):
            fetching.fetch(url, max_bytes=10_000, content_types={"text/html"})
        self.assertEqual(self.internal.requests, before, f"{url} reached the internal server")

    def test_loopback_is_refused_in_every_spelling(self):
        port = self.internal.port
        for host in (
            "127.0.0.1",
            "localhost",
            "2130706433",  # the address as one decimal number
            "0x7f000001",  # ... in hexadecimal
            "0177.0.0.1",  # ... with an octal first part
            "127.1",  # ... with parts left out
            "0x7f.1",
            "[::1]",
            "[::ffff:127.0.0.1]",  # IPv4 inside IPv6
            "[::ffff:7f00:1]",
        ):
            with self.subTest(host=host):
                self.assert_refused(f"http://{host}:{port}/secret")

    def test_private_link_local_multicast_and_reserved_addresses_are_refused(self):
        for host in (
            "10.0.0.1",
            "172.16.5.4",
            "192.168.1.1",
            "169.254.169.254",  # cloud metadata
            "100.64.0.1",  # carrier-grade NAT
            "0.0.0.0",
            "224.0.0.1",
            "240.0.0.1",
            "[fe80::1]",
            "[fc00::1]",
            "[2002:7f00:1::]",  # 6to4 around 127.0.0.1
        ):
            with self.subTest(host=host):
                self.assert_refused(f"http://{host}/")

    def test_a_redirect_to_an_internal_address_is_refused(self):
        target = f"http://127.0.0.1:{self.internal.port}/secret"

        def redirect(request):
            request.send_response(302)
            request.send_header("Location", target)
            request.end_headers()

        public = _Server(redirect)  # stands for a public server; the test lets it through the guard
        self.addCleanup(public.close)
        with override_settings(URL_FETCH_ALLOWED_ADDRESSES=[public.address]):
            self.assert_refused(f"http://{public.address}/article")
        self.assertEqual(public.requests, 1)

    def test_other_schemes_ports_and_credentials_are_refused(self):
        for url, message in (
            ("file:///etc/passwd", "only http and https"),
            ("gopher://example.org/", "only http and https"),
            ("ftp://example.org/a.txt", "only http and https"),
            ("http://example.org:8080/", "port 8080 is not allowed"),
            ("http://user:pw@example.org/", "user name or password"),
            ("http:///nohost", "no host"),
        ):
            with self.subTest(url=url), self.assertRaisesMessage(fetching.FetchError, message):
                fetching.fetch(url, max_bytes=10_000, content_types={"text/html"})

    def test_an_open_and_a_closed_internal_port_give_the_same_answer(self):
        closed = closed_port()
        with override_settings(URL_FETCH_PORTS=[self.internal.port, closed]):
            answers = []
            for port in (self.internal.port, closed):
                with self.assertRaises(fetching.FetchError) as caught:
                    fetching.fetch(f"http://127.0.0.1:{port}/", max_bytes=10, content_types={"text/html"})
                answers.append(str(caught.exception))
        self.assertEqual(answers[0], answers[1])

    def test_an_unreachable_allowed_address_says_only_unreachable(self):
        # Were the guard to let an address through, a refused connection and a dropped one read alike.
        closed = closed_port()

        def hang_up(request):
            request.connection.close()

        dropping = _Server(hang_up)
        self.addCleanup(dropping.close)
        allowed = [f"127.0.0.1:{closed}", dropping.address]
        answers = []
        with override_settings(URL_FETCH_ALLOWED_ADDRESSES=allowed):
            for address in allowed:
                with self.assertRaises(fetching.FetchError) as caught:
                    fetching.fetch(f"http://{address}/", max_bytes=10, content_types={"text/html"})
                answers.append(str(caught.exception))
        self.assertEqual(answers, [fetching.UNREACHABLE, fetching.UNREACHABLE])


class DeadlineTests(SimpleTestCase):
    def test_a_server_sending_a_byte_at_a_time_is_cut_off_at_the_deadline(self):
        stop = threading.Event()
        self.addCleanup(stop.set)

        def drip(request):
            request.send_response(200)
            request.send_header("Content-Type", "text/html")
            request.end_headers()
            while not stop.is_set():
                try:
                    request.wfile.write(b"x")
                    request.wfile.flush()
                except OSError:
                    return
                time.sleep(0.3)

        server = _Server(drip)
        self.addCleanup(server.close)
        started = time.monotonic()
        with override_settings(URL_FETCH_ALLOWED_ADDRESSES=[server.address]):
            with self.assertRaisesMessage(fetching.FetchError, "no complete answer within 2 s"):
                fetching.fetch(
                    f"http://{server.address}/",
                    max_bytes=10_000,
                    content_types={"text/html"},
                    deadline_seconds=2,
                )
        # Each byte came well within any per-read timeout; only a deadline for the whole fetch stops it.
        self.assertLess(time.monotonic() - started, 5)

    def test_a_body_over_the_cap_is_refused(self):
        def big(request):
            request.send_response(200)
            request.send_header("Content-Type", "text/html")
            request.end_headers()
            request.wfile.write(b"x" * 5000)

        server = _Server(big)
        self.addCleanup(server.close)
        with override_settings(URL_FETCH_ALLOWED_ADDRESSES=[server.address]):
            with self.assertRaisesMessage(fetching.FetchError, "over the 1,000-byte limit"):
                fetching.fetch(f"http://{server.address}/", max_bytes=1000, content_types={"text/html"})


class ImportOfAnInternalUrlTests(TestCase):
    def test_nothing_is_saved_and_no_article_page_shows_it(self):
        internal = _Server(secret_page)
        self.addCleanup(internal.close)
        with override_settings(URL_FETCH_PORTS=[80, 443, internal.port]):
            result = import_articles([f"http://2130706433:{internal.port}/secret"])
        self.assertEqual(result.created, 0)
        [(_label, reason)] = result.failed
        self.assertIn("not a public internet address", reason)
        self.assertEqual(internal.requests, 0)
        self.assertFalse(Article.objects.exists())
