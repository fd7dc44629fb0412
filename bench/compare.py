"""Median and range over several runs: python3 bench/compare.py bench/work/results-*.json

Prints, per view and side, the median p95 and req/s with [min–max], and the same for the summary.
"""

import json
import statistics
import sys


def spread(values):
    values = [v for v in values if v is not None]
    if not values:
        return "-"
    if len(values) == 1:
        return f"{values[0]:.1f}"
    return f"{statistics.median(values):.1f} [{min(values):.1f}–{max(values):.1f}]"


def main(paths):
    runs = [json.load(open(path)) for path in paths]
    print(f"{len(runs)} runs: " + ", ".join(run.get("meta", {}).get("date", "?") for run in runs))
    keys = []
    for run in runs:
        for view in run["views"]:
            key = (view["group"], view["side"], view["label"])
            if key not in keys:
                keys.append(key)
    print(
        f"{'view':18} {'side':9} {'what':38} {'p95 ms median [range]':>26} {'req/s median [range]':>24} {'KB':>7}"
    )
    for group, side, label in keys:
        views = [
            v
            for run in runs
            for v in run["views"]
            if (v["group"], v["side"], v["label"]) == (group, side, label)
        ]
        print(
            f"{group:18} {'app' if side == 'app' else 'datasette':9} {label[:38]:38} "
            f"{spread([v.get('p95_ms') for v in views]):>26} {spread([v.get('rps') for v in views]):>24} "
            f"{views[0].get('kb', 0):>7.1f}"
        )
    print()
    for key in runs[0]["summary"]:
        print(f"  {key:24} {spread([run['summary'].get(key) for run in runs])}")
    print(f"  {'datasette_csv_s':24} {spread([run['csv']['datasette']['seconds'] for run in runs])}")


if __name__ == "__main__":
    main(sys.argv[1:])
