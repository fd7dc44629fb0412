"""The measuring half of run.sh: wrk on every view of both servers, CSV export, table, summary.

Stdlib only. run.sh starts the servers and calls:
    python3 bench/driver.py --app http://127.0.0.1:PORT --app-pid GUNICORN_MASTER_PID \
        --datasette http://127.0.0.1:PORT2 --datasette-pid PID --database-url postgresql://... \
        --import-json bench/work/import.json --out bench/work/results-DATE.json

Environment: BENCH_DURATION (s per URL, default 20), BENCH_QUICK=1 (5 s), BENCH_WARMUP (s, default 3),
BENCH_CONNECTIONS (default 8), BENCH_THREADS (wrk threads, default 2).
"""

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import threading
import time
import unicodedata
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
LUA = HERE / "check.lua"
CLK_TCK = os.sysconf("SC_CLK_TCK")
PAGE_SIZE = 50  # the app's timeline page; Datasette gets _size=50 so both pages hold 50 rows
API_PAGE_SIZE = 500  # the app's JSON page
DS_TABLE = "/events/events"

# Targets of the issue (2-core machine).
TARGETS = {
    "timeline_p95_ms": 50,
    "filter_p95_ms": 50,
    "search_p95_ms": 80,
    "detail_p95_ms": 20,
    "csv_100k_s": 5,
    "csv_peak_mb": 100,
}


# --------------------------------------------------------------------------- processes


def children(pid):
    try:
        tasks = Path(f"/proc/{pid}/task").iterdir()
        kids = []
        for task in tasks:
            text = (task / "children").read_text().split()
            kids += [int(k) for k in text]
        return kids
    except OSError:
        return []


def tree(pid):
    pids = [pid]
    for kid in children(pid):
        pids += tree(kid)
    return pids


def cpu_ticks(pid):
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime
    except OSError:
        return 0


def tree_ticks(pid):
    return sum(cpu_ticks(p) for p in tree(pid))


def busy_ticks():
    """All CPUs' non-idle ticks (user, nice, system, irq, softirq, steal) from /proc/stat."""
    fields = [int(f) for f in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return sum(fields[:3]) + sum(fields[5:8])


def postgres_ticks():
    """CPU ticks of PostgreSQL (the app's database work): every live postgres process, plus the
    postmaster's reaped children (cutime + cstime), so that closed connections still count."""
    total = 0
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if not (entry / "comm").read_text().startswith("postgres"):
                    continue
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                total += int(fields[11]) + int(fields[12])
                parent = Path(f"/proc/{fields[1]}/comm")
                if not (parent.exists() and parent.read_text().startswith("postgres")):
                    total += int(fields[13]) + int(fields[14])  # the postmaster: its reaped backends
            except OSError:
                pass
    return total


def children_ticks():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * CLK_TCK


def status_kb(pid, field):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


# --------------------------------------------------------------------------- HTTP


def fetch(url, timeout=120):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "identity"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except OSError as error:
        return 0, str(error).encode()


def psql(database_url, sql):
    out = subprocess.run(
        ["psql", database_url, "-tA", "-F", "\t", "-c", sql], check=True, capture_output=True, text=True
    ).stdout
    return [line.split("\t") for line in out.splitlines() if line]


# --------------------------------------------------------------------------- views


def pick_ids(database_url):
    """Ids the views need: one published event of each kind, the busiest person, a 2nd person."""
    ids = {}
    for kind in ("meeting", "delegation", "agreement"):
        # A mid-table id of the kind, published, dated, with people: a typical detail page.
        row = psql(
            database_url,
            f"SELECT id FROM events_event WHERE kind = '{kind}' AND status <> 'rejected' "
            "AND date IS NOT NULL ORDER BY id OFFSET 50000 / 3 LIMIT 1",
        )
        ids[kind] = int(row[0][0])
    busiest = psql(
        database_url,
        "SELECT p.id, p.name FROM events_participation pa JOIN events_person p ON p.id = pa.person_id "
        "GROUP BY p.id, p.name ORDER BY count(*) DESC, p.id LIMIT 1",
    )
    ids["person"], ids["person_name"] = int(busiest[0][0]), busiest[0][1]
    return ids


def datasette_next_token(base, pages):
    """Datasette pages by key: follow `next` from page 1 to page `pages`."""
    params = {"_sort_desc": "date", "_size": PAGE_SIZE}
    token = None
    for _ in range(pages - 1):
        query = dict(params, **({"_next": token} if token else {}))
        status, body = fetch(f"{base}{DS_TABLE}.json?{urllib.parse.urlencode(query)}")
        if status != 200:
            return None
        token = json.loads(body).get("next")
        if not token:
            return None
    return token


def q(params):
    return urllib.parse.urlencode(params)


def build_views(ids, ds_base):
    """(group, label, side, path, markers). `group` pairs a view with its Datasette equivalent."""
    row = 'class="event-row event-row--'
    facets = 'id="filter-year"'
    ds_row = '<td class="col-id type-pk">'
    ds_facets = ['data-column="category"', 'data-column="year"']
    ds_list = {"_sort_desc": "date", "_size": PAGE_SIZE}
    ds_facet = [("_facet", "category"), ("_facet", "year")]

    def ds(params, with_facets=True):
        items = list(params.items()) + (ds_facet if with_facets else [])
        return f"{DS_TABLE}?{q(items)}"

    token = datasette_next_token(ds_base, 50)
    views = [
        ("timeline", "timeline /", "app", "/", [row, facets]),
        ("timeline", "facet table (category, year)", "ds", ds(ds_list), [ds_row, *ds_facets]),
        (
            "filter",
            "category=talks&year=2020",
            "app",
            "/?" + q({"category": "talks", "year": 2020}),
            [row, facets],
        ),
        (
            "filter",
            "category=talks&year=2020",
            "ds",
            ds({"category": "talks", "year": 2020, **ds_list}),
            [ds_row, *ds_facets],
        ),
        ("person_filter", f"person={ids['person']}", "app", f"/?person={ids['person']}", [row, facets]),
        (
            "person_filter",
            "people__contains=NAME",
            "ds",
            ds({"people__contains": ids["person_name"], **ds_list}),
            [ds_row, *ds_facets],
        ),
        ("search_broad", "q=vieng chan", "app", "/?" + q({"q": "vieng chan"}), [row, facets]),
        (
            "search_broad",
            "_search=vieng chan",
            "ds",
            ds({"_search": "vieng chan", **ds_list}),
            [ds_row, *ds_facets],
        ),
        ("search_selective", "q=dinh tien dung", "app", "/?" + q({"q": "dinh tien dung"}), [row, facets]),
        # Datasette's FTS (unicode61 remove_diacritics 2) does not fold đ to d: this finds 0 rows,
        # so its marker is the facet block only (it still runs the FTS query and the facets).
        (
            "search_selective",
            "_search=dinh tien dung (0 hits)",
            "ds",
            ds({"_search": "dinh tien dung", **ds_list}),
            ds_facets,
        ),
        (
            "search_selective2",
            "q=thongsalith mangnomek",
            "app",
            "/?" + q({"q": "thongsalith mangnomek"}),
            [row, facets],
        ),
        (
            "search_selective2",
            "_search=thongsalith mangnomek",
            "ds",
            ds({"_search": "thongsalith mangnomek", **ds_list}),
            [ds_row, *ds_facets],
        ),
        ("deep_page", "page=50 (OFFSET 2450)", "app", "/?page=50", [row, facets]),
        (
            "deep_page",
            "_next= (page 50, keyset)",
            "ds",
            ds({**ds_list, "_next": token}) if token else None,
            [ds_row, *ds_facets],
        ),
    ]
    for kind in ("meeting", "delegation", "agreement"):
        views += [
            (
                f"detail_{kind}",
                f"/events/{ids[kind]}/ ({kind})",
                "app",
                f"/events/{ids[kind]}/",
                [f'class="event-detail event-detail--{kind}"'],
            ),
            (f"detail_{kind}", f"row page ({kind})", "ds", f"{DS_TABLE}/{ids[kind]}", ['class="col-title']),
        ]
    views += [
        ("person_page", f"/people/{ids['person']}/", "app", f"/people/{ids['person']}/", [row]),
        (
            "person_page",
            "people__contains=NAME, 100 oldest",
            "ds",
            f"{DS_TABLE}?{q({'people__contains': ids['person_name'], '_sort': 'date', '_size': 100})}",
            [ds_row],
        ),
        (
            "json_filter",
            "api json category+year (500/page)",
            "app",
            "/api/events/?" + q({"format": "json", "category": "talks", "year": 2020, "size": 500}),
            ['"events":[{"id"'],
        ),
        (
            "json_filter",
            ".json category+year (_size=500)",
            "ds",
            f"{DS_TABLE}.json?{q({'category': 'talks', 'year': 2020, '_sort_desc': 'date', '_size': API_PAGE_SIZE})}",
            ['"rows": [['],
        ),
    ]
    return views


# --------------------------------------------------------------------------- wrk


def wrk(url, seconds, markers, connections, threads):
    env = dict(os.environ, BENCH_MARKERS="|||".join(markers))
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
        "--latency",
        "-s",
        str(LUA),
        url,
    ]
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=seconds + 60)
    for line in out.stdout.splitlines():
        if line.startswith("BENCHJSON "):
            return json.loads(line[len("BENCHJSON ") :])
    raise RuntimeError(f"wrk gave no result for {url}: {out.stdout}\n{out.stderr}")


def measure(view, base, pid, args):
    group, label, side, path, markers = view
    result = {"group": group, "label": label, "side": side, "path": path}
    if path is None:
        result["error"] = "no URL (could not build it)"
        return result
    url = base + path
    status, body = fetch(url)
    result["status"] = status
    result["kb"] = round(len(body) / 1024, 1)
    lacking = [m for m in markers if m.encode() not in body]
    if status != 200 or lacking:
        result["error"] = f"preflight: HTTP {status}" + (f", lacks {lacking}" if lacking else "")
        print(f"  ! {side} {label}: {result['error']}", flush=True)
        return result
    if args.warmup:
        wrk(url, args.warmup, markers, args.connections, args.threads)
    before, busy, client, pg = tree_ticks(pid), busy_ticks(), children_ticks(), postgres_ticks()
    started = time.monotonic()
    figures = wrk(url, args.duration, markers, args.connections, args.threads)
    elapsed = time.monotonic() - started
    server = tree_ticks(pid) - before
    client = children_ticks() - client
    pg = postgres_ticks() - pg
    result.update(figures)
    result["server_cpu_pct"] = round(100 * server / CLK_TCK / elapsed, 1)
    result["wrk_cpu_pct"] = round(100 * client / CLK_TCK / elapsed, 1)
    result["pg_cpu_pct"] = round(100 * pg / CLK_TCK / elapsed, 1)
    # CPU used meanwhile by everything else on the machine: foreign load (e.g. a test suite).
    result["other_cpu_pct"] = round(100 * (busy_ticks() - busy - server - client - pg) / CLK_TCK / elapsed, 1)
    if figures["requests"] == 0:
        result["error"] = f"no response completed within {args.duration} s (each took longer)"
        for key in ("p50_ms", "p90_ms", "p95_ms", "p99_ms", "max_ms", "mean_ms"):
            figures[key] = None
        result.update(figures)
    result["bad"] = (
        figures["non2xx"] + figures["missing_marker"] + figures["socket_errors"] + figures["timeouts"]
    )
    print(
        f"  {side:3} {label[:44]:44} p50 {fmt(figures['p50_ms']):>8}  p95 {fmt(figures['p95_ms']):>8}  "
        f"p99 {fmt(figures['p99_ms']):>8} ms  {figures['rps']:8.1f} req/s  {result['kb']:7.1f} KB  "
        f"bad {result['bad']}  cpu server {result['server_cpu_pct']}% pg {result['pg_cpu_pct']}% "
        f"other {result['other_cpu_pct']}%",
        flush=True,
    )
    return result


# --------------------------------------------------------------------------- CSV


def timed_download(url, pids, interval=0.1):
    """curl the URL to /dev/null; sample VmRSS of `pids` every 100 ms. Which pid served it is the one
    that used the most CPU meanwhile."""
    start_rss = {p: status_kb(p, "VmRSS") for p in pids}
    start_hwm = {p: status_kb(p, "VmHWM") for p in pids}
    start_cpu = {p: cpu_ticks(p) for p in pids}
    peak = dict(start_rss)
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            for p in pids:
                peak[p] = max(peak[p], status_kb(p, "VmRSS"))
            time.sleep(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out = subprocess.run(
        [
            "curl",
            "-s",
            "-o",
            "/dev/null",
            "-w",
            "%{http_code} %{size_download} %{time_total} %{time_starttransfer}",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    stop.set()
    sampler.join()
    code, size, total, first = out.stdout.split()
    served = max(pids, key=lambda p: cpu_ticks(p) - start_cpu[p])
    return {
        "url": url,
        "status": int(code),
        "mb": round(int(size) / 1024 / 1024, 1),
        "seconds": round(float(total), 2),
        "first_byte_s": round(float(first), 3),
        "pid": served,
        "rss_start_mb": round(start_rss[served] / 1024, 1),
        "rss_peak_mb": round(peak[served] / 1024, 1),
        "growth_mb": round((peak[served] - start_rss[served]) / 1024, 1),
        "hwm_before_mb": round(start_hwm[served] / 1024, 1),
        "hwm_after_mb": round(status_kb(served, "VmHWM") / 1024, 1),
        "rss_after_mb": round(status_kb(served, "VmRSS") / 1024, 1),
    }


def csv_line_count(url):
    out = subprocess.run(f"curl -s '{url}' | wc -l", shell=True, capture_output=True, text=True, timeout=900)
    return int(out.stdout.strip() or 0)


# --------------------------------------------------------------------------- search hit counts

HIT_QUERIES = [
    "ha noi",
    "dinh tien dung",
    "hoi dam",
    "vieng chan",
    "thongsalith mangnomek",
    "Đinh Tiến Dũng",
    "hai",
    "kham",
]
TOP = 10


def folded(text):
    """events.text.fold, in the stdlib: lower case, no marks, đ as d."""
    text = unicodedata.normalize("NFKD", text.lower().replace("đ", "d"))
    return "".join(char for char in text if not unicodedata.combining(char))


def syllables(text):
    return re.findall(r"[^\W_]+", unicodedata.normalize("NFC", text.lower()))


def holds_phrase(field, query):
    """Are the query's words, in the order typed, consecutive whole words of `field`? A word typed
    without marks is compared folded; one typed with marks, as written (README "Searching"); the last
    word may be the beginning of a word, as the search box reads it."""
    wanted = syllables(query)
    words = syllables(field)
    for start in range(len(words) - len(wanted) + 1):
        if all(
            _same_word(typed, words[start + index], last=index == len(wanted) - 1)
            for index, typed in enumerate(wanted)
        ):
            return True
    return False


def _same_word(typed, word, last):
    if folded(typed) == typed:
        word = folded(word)
    return word.startswith(typed) if last else word == typed


def right_at_top(event, query):
    """A top result is right when the whole query stands as a phrase in its title or in one of its
    people's names: what relevance puts first (title and people, then the words together)."""
    return any(
        holds_phrase(field, query) for field in [event["title"], *(p["name"] for p in event["people"])]
    )


def hit_counts(app, ds=None):
    rows = []
    for query in HIT_QUERIES:
        status, body = fetch(f"{app}/api/events/?{q({'format': 'json', 'q': query})}")
        data = json.loads(body) if status == 200 else {}
        top = data.get("events", [])[:TOP]
        counts = {False: None, True: None}
        for extra in ({}, {"status__not": "rejected"}) if ds else ():
            status, body = fetch(f"{ds}{DS_TABLE}.json?{q({'_search': query, '_size': 1, **extra})}")
            counts[bool(extra)] = (
                json.loads(body).get("filtered_table_rows_count") if status == 200 else status
            )
        rows.append(
            {
                "query": query,
                "app": data.get("count", f"HTTP {status}"),
                "top_right": sum(right_at_top(event, query) for event in top),
                "top_shown": len(top),
                "top_wrong": [event["title"] for event in top if not right_at_top(event, query)],
                "datasette": counts[False],
                "datasette_published": counts[True],
            }
        )
    return rows


def print_hit_counts(hits):
    print(
        "\nsearch hit counts (BENCH.md: accent-free queries must find the accented rows; top 10 right = the"
        " query as a phrase in the title or a person's name):",
        flush=True,
    )
    for row in hits:
        print(
            f"  {row['query']!r:26} app {row['app']!s:>7}   top {TOP} right {row['top_right']}/{row['top_shown']}"
            f"   datasette {row['datasette']!s:>7} (published only {row['datasette_published']})"
        )
        for title in row["top_wrong"]:
            print(f"      not right: {title}")


# --------------------------------------------------------------------------- report


def fmt(value, digits=1):
    return "-" if value is None else f"{value:.{digits}f}"


def print_table(results):
    groups = []
    for r in results:
        if r["group"] not in groups:
            groups.append(r["group"])
    header = (
        f"{'view':18} {'side':9} {'what':42} {'p50':>7} {'p95':>7} {'p99':>8} {'req/s':>8} {'KB':>7} "
        f"{'bad':>5} {'cpu%':>5} {'pg%':>5} {'other%':>6}"
    )
    print(header)
    print("-" * len(header))
    for group in groups:
        for r in (r for r in results if r["group"] == group):
            side = {"app": "app", "nocache": "nocache", "edited": "edited"}.get(r["side"], "datasette")
            if "error" in r and r.get("p95_ms") is None:
                print(f"{group:18} {side:9} {r['label'][:42]:42} {r['error']}")
                continue
            print(
                f"{group:18} {side:9} {r['label'][:42]:42} {fmt(r['p50_ms']):>7} {fmt(r['p95_ms']):>7} "
                f"{fmt(r['p99_ms']):>8} {fmt(r['rps']):>8} {fmt(r['kb']):>7} {r['bad']:>5} "
                f"{fmt(r['server_cpu_pct'], 0):>5} {fmt(r['pg_cpu_pct'], 0):>5} {fmt(r['other_cpu_pct'], 0):>6}"
            )
    print(
        "(latencies in ms; KB = body of one response; bad = non-2xx + body lacking its row/facet marker"
        " + socket errors + timeouts;\n cpu% = the server's process tree, 100% = one core; pg% = all PostgreSQL processes;"
        " other% = everything else on the machine except wrk (foreign load, e.g. a test suite))"
    )


def get(results, group, side, key):
    for r in results:
        if r["group"] == group and r["side"] == side and r.get(key) is not None:
            return r[key]
    return None


def worst(results, groups, side, key):
    values = [get(results, g, side, key) for g in groups]
    values = [v for v in values if v is not None]
    return max(values) if values else None


def hits_only():
    """`driver.py --hits-only --app URL [--datasette URL]`: the search hit counts alone, against any
    running server, without wrk."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--hits-only", action="store_true")
    parser.add_argument("--app", required=True)
    parser.add_argument("--datasette")
    args = parser.parse_args()
    print_hit_counts(hit_counts(args.app, args.datasette))


def main():
    if "--hits-only" in sys.argv:
        return hits_only()
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--app-pid", type=int, required=True)
    parser.add_argument("--datasette", required=True)
    parser.add_argument("--datasette-pid", type=int, required=True)
    # A second gunicorn with nothing cached, and a third with only the per-revision cache off (after an
    # edit): each app view is measured again on both.
    parser.add_argument("--app-uncached")
    parser.add_argument("--app-uncached-pid", type=int)
    parser.add_argument("--app-edited")
    parser.add_argument("--app-edited-pid", type=int)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--import-json")
    parser.add_argument("--out")
    parser.add_argument("--meta", help="JSON file with the machine and versions, copied into --out")
    args = parser.parse_args()
    quick = os.environ.get("BENCH_QUICK") == "1"
    args.duration = 5 if quick else int(os.environ.get("BENCH_DURATION", "20"))
    args.warmup = int(os.environ.get("BENCH_WARMUP", "2" if quick else "3"))
    args.connections = int(os.environ.get("BENCH_CONNECTIONS", "8"))
    args.threads = int(os.environ.get("BENCH_THREADS", "2"))
    print(
        f"wrk: {args.connections} connections, {args.threads} threads, warm-up {args.warmup} s, "
        f"{args.duration} s per URL",
        flush=True,
    )

    ids = pick_ids(args.database_url)
    print(f"ids: {ids}", flush=True)
    views = build_views(ids, args.datasette)
    results = []
    for view in views:
        base, pid = (args.app, args.app_pid) if view[2] == "app" else (args.datasette, args.datasette_pid)
        results.append(measure(view, base, pid, args))
    # After all the others: an uncached request slower than the run (a broad search) goes on after wrk
    # stops, and would weigh on the next view measured.
    for side, base, pid in (
        ("nocache", args.app_uncached, args.app_uncached_pid),
        ("edited", args.app_edited, args.app_edited_pid),
    ):
        if base:
            for view in views:
                if view[2] == "app":
                    results.append(measure((view[0], view[1], side, *view[3:]), base, pid, args))

    hits = hit_counts(args.app, args.datasette)
    print_hit_counts(hits)

    print("\nCSV export of every event:", flush=True)
    workers = children(args.app_pid)
    app_csv = timed_download(f"{args.app}/api/events/?format=csv", workers)
    app_csv["lines"] = csv_line_count(f"{args.app}/api/events/?format=csv")
    ds_csv = timed_download(f"{args.datasette}{DS_TABLE}.csv?_stream=on&_size=max", [args.datasette_pid])
    ds_csv["lines"] = csv_line_count(f"{args.datasette}{DS_TABLE}.csv?_stream=on&_size=max")
    for name, c in (("app", app_csv), ("datasette", ds_csv)):
        print(
            f"  {name:9} HTTP {c['status']}  {c['lines'] - 1:,} rows  {c['mb']} MB in {c['seconds']} s "
            f"(first byte {c['first_byte_s']} s); pid {c['pid']} RSS {c['rss_start_mb']} -> peak "
            f"{c['rss_peak_mb']} MB (+{c['growth_mb']} MB), VmHWM {c['hwm_before_mb']} -> {c['hwm_after_mb']} MB"
        )

    imported = (
        json.loads(Path(args.import_json).read_text())
        if args.import_json and Path(args.import_json).exists()
        else {}
    )
    if imported:
        print(
            f"\nimport: {imported.get('summary')} in {imported.get('seconds')} s -> "
            f"{imported.get('import_articles_per_s')} articles/s"
        )

    print()
    print_table(results)

    summary = {
        "timeline_p95_ms": get(results, "timeline", "app", "p95_ms"),
        "timeline_rps": get(results, "timeline", "app", "rps"),
        "datasette_rps": get(results, "timeline", "ds", "rps"),
        "detail_p95_ms": worst(
            results, ["detail_meeting", "detail_delegation", "detail_agreement"], "app", "p95_ms"
        ),
        "search_p95_ms": worst(
            results, ["search_broad", "search_selective", "search_selective2"], "app", "p95_ms"
        ),
        "csv_100k_s": app_csv["seconds"] if app_csv["status"] == 200 else None,
        "csv_peak_mb": app_csv["growth_mb"] if app_csv["status"] == 200 else None,
        "import_articles_per_s": imported.get("import_articles_per_s"),
    }

    print("\ntargets:")
    checks = [
        ("timeline p95 <= 50 ms", summary["timeline_p95_ms"], lambda v: v <= 50),
        (
            "filtered timeline p95 <= 50 ms (category+year)",
            get(results, "filter", "app", "p95_ms"),
            lambda v: v <= 50,
        ),
        (
            "filtered timeline p95 <= 50 ms (person)",
            get(results, "person_filter", "app", "p95_ms"),
            lambda v: v <= 50,
        ),
        (
            "filtered timeline p95 <= 50 ms (deep page)",
            get(results, "deep_page", "app", "p95_ms"),
            lambda v: v <= 50,
        ),
        ("search p95 <= 80 ms (worst query)", summary["search_p95_ms"], lambda v: v <= 80),
        ("detail p95 <= 20 ms (worst kind)", summary["detail_p95_ms"], lambda v: v <= 20),
        ("CSV 100k <= 5 s", summary["csv_100k_s"], lambda v: v <= 5),
        ("CSV worker growth < 100 MB", summary["csv_peak_mb"], lambda v: v < 100),
    ]
    for group in dict.fromkeys(r["group"] for r in results):
        a, d = get(results, group, "app", "rps"), get(results, group, "ds", "rps")
        if a is not None and d is not None:
            checks.append((f"rps >= Datasette's: {group} ({a:.0f} vs {d:.0f})", a - d, lambda v: v >= 0))
    # Issue 14: without the cache, timeline-like views p95 <= 150 ms and req/s at least Datasette's;
    # detail pages <= 20 ms. Checked with nothing cached, and after an edit (fragments cached by content).
    for measured, name in (("nocache", "uncached"), ("edited", "after an edit")):
        for group in dict.fromkeys(r["group"] for r in results if r["side"] == measured):
            p95, a, d = (
                get(results, group, side, key)
                for side, key in ((measured, "p95_ms"), (measured, "rps"), ("ds", "rps"))
            )
            limit = 20 if group.startswith("detail") else 150
            checks.append((f"{name} p95 <= {limit} ms: {group}", p95, lambda v, limit=limit: v <= limit))
            if a is not None and d is not None:
                checks.append(
                    (f"{name} rps >= Datasette's: {group} ({a:.0f} vs {d:.0f})", a - d, lambda v: v >= 0)
                )
    for text, value, ok in checks:
        verdict = "MISS" if value is None else ("MET " if ok(value) else "MISS")
        print(f"  {verdict} {text}: {value if value is not None else 'no figure'}")
    bad = sum(r.get("bad", 0) for r in results)
    failed = [f"{r['side']} {r['label']}" for r in results if "error" in r]
    print(f"  bad responses in all wrk runs: {bad}; views that could not be measured: {failed or 'none'}")

    if args.out:
        meta = json.loads(Path(args.meta).read_text()) if args.meta and Path(args.meta).exists() else {}
        Path(args.out).write_text(
            json.dumps(
                {
                    "meta": meta,
                    "settings": {
                        k: getattr(args, k) for k in ("duration", "warmup", "connections", "threads")
                    },
                    "ids": ids,
                    "views": results,
                    "hits": hits,
                    "csv": {"app": app_csv, "datasette": ds_csv},
                    "import": imported,
                    "summary": summary,
                },
                indent=1,
                ensure_ascii=False,
            )
        )

    def show(v):
        return "NA" if v is None else (f"{v:.1f}" if isinstance(v, float) else str(v))

    print("summary " + " ".join(f"{k}={show(v)}" for k, v in summary.items()))


if __name__ == "__main__":
    sys.exit(main())
