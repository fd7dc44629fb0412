"""Time the article import pipeline: read, clean, extract, save.

Run with the app's venv, from the project folder, with DATABASE_URL pointing at a THROWAWAY
database (run.sh makes one as a copy of hv_bench, so people/event matching sees 100k events):
    DATABASE_URL=... .venv/bin/python bench/import_bench.py --copies 40 --json out.json

The 5 files of sample_articles/ are copied --copies times into a temporary folder, each copy with
a different file name (the source key of a .txt file) and a changed last line, so every one is a
new article. Only import_articles() is timed, not Django's start-up.
"""

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_copies(folder, copies):
    samples = sorted((ROOT / "sample_articles").glob("*.txt"))
    for number in range(copies):
        for sample in samples:
            text = sample.read_text(encoding="utf-8")
            # A small change: the content hash differs too, not only the name.
            text = text.rstrip("\n") + f"\n(Bản sao thử tải số {number})\n"
            (Path(folder) / f"bench_{number:03d}_{sample.name}").write_text(text, encoding="utf-8")
    return len(samples) * copies


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=40)
    parser.add_argument("--json", help="write the figures to this file too")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hanoi_vientiane.settings")
    import django

    django.setup()
    from events.importing import import_articles

    folder = tempfile.mkdtemp(prefix="hv_bench_import_")
    try:
        count = make_copies(folder, args.copies)
        started = time.perf_counter()
        result = import_articles([folder])
        elapsed = time.perf_counter() - started
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    figures = {
        "articles": count,
        "created": result.created,
        "failed": len(result.failed),
        "events": result.events,
        "seconds": round(elapsed, 3),
        "import_articles_per_s": round(result.created / elapsed, 2) if elapsed else 0,
        "summary": result.summary(),
    }
    print(
        f"imported {count} articles ({result.summary()}) in {elapsed:.1f} s: "
        f"{figures['import_articles_per_s']} articles/s"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(figures))


if __name__ == "__main__":
    main()
