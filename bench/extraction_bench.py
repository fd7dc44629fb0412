"""Time cleaning and extraction alone, without the database: read, clean and extract every article
of the samples and the test corpora, several rounds, and print articles per second.

    .venv/bin/python bench/extraction_bench.py [--rounds 5] [--json out.json]

The first round (which loads underthesea and warms the folding table) is not counted."""

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ["sample_articles", "tests/corpus", "tests/corpus_heldout"]


def forget_what_earlier_articles_taught():
    """Clear the bounded caches of sentences and words (functools.lru_cache) so a round is not sped up by
    having read the same articles before; an import reads new articles. One-time tables
    (functools.cache) stay, as they do in a running process."""
    for module in [m for name, m in sys.modules.items() if name.startswith("events.")]:
        for value in list(vars(module).values()):
            if callable(getattr(value, "cache_clear", None)) and getattr(
                value, "cache_parameters", dict
            )().get("maxsize"):
                value.cache_clear()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--json", help="write the figures to this file too")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hanoi_vientiane.settings")
    os.environ.setdefault("DEBUG", "1")
    import django

    django.setup()
    from events.extraction import extract_events
    from events.importing import ImportFailed, prepare
    from events.reading import ArticleInput, read_inputs

    inputs = [
        item
        for item in read_inputs([str(ROOT / corpus) for corpus in CORPORA])
        if isinstance(item, ArticleInput)
    ]

    def one_round():
        forget_what_earlier_articles_taught()
        events = 0
        for item in inputs:
            try:
                events += len(extract_events(prepare(item)[1]))
            except ImportFailed:
                pass
        return events

    one_round()
    timings = []
    for _ in range(args.rounds):
        # CPU time of this process: another process on the machine slows the wall clock, not this.
        started = time.process_time()
        events = one_round()
        timings.append(time.process_time() - started)
    best, median = min(timings), sorted(timings)[len(timings) // 2]
    figures = {
        "articles": len(inputs),
        "events": events,
        "rounds": args.rounds,
        "clean_extract_articles_per_s_median": round(len(inputs) / median, 1),
        "clean_extract_articles_per_s_best": round(len(inputs) / best, 1),
    }
    print(
        f"clean + extract: {len(inputs)} articles, {events} events a round; "
        f"{figures['clean_extract_articles_per_s_median']} articles per CPU second (median of {args.rounds}), "
        f"{figures['clean_extract_articles_per_s_best']} best"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(figures))


if __name__ == "__main__":
    main()
