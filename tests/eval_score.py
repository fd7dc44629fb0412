# Copied from ../shared/eval/score.py (the scorer of the export contract) so the quality tests run
# from a fresh clone. Keep it in step with the original; do not edit it here.
#!/usr/bin/env python3
"""Score an events export against gold annotations.

Usage:
    python score.py EXPORT.json GOLD_DIR [--verbose]

EXPORT.json is what `python manage.py export_events` writes (see README.md
beside this file). GOLD_DIR holds one NAME.gold.json per article. Only
articles that have a gold file are scored. Standard library only.
"""
import argparse
import json
import sys
import unicodedata
from pathlib import Path

MODELS = {"meeting", "delegation", "agreement"}


def fold(text):
    """Lower-case, strip Vietnamese diacritics (đ -> d) and squeeze spaces."""
    text = (text or "").replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


def date_parts(value):
    """'2021-08-26' -> ('2021', '08', '26'); '2021-08' -> ('2021', '08'); None -> ()."""
    if not value:
        return ()
    return tuple(str(value)[:10].split("-"))


def dates_compatible(gold, system):
    g, s = date_parts(gold), date_parts(system)
    n = min(len(g), len(s))
    return g[:n] == s[:n]


def date_exact(gold, system, precision):
    """The system date states the gold date at least as precisely as gold does."""
    g = date_parts(gold)
    s = date_parts(system)
    if not g:
        return True
    order = {"year": 1, "month": 2, "day": 3}
    s_len = min(len(s), order.get(precision or "day", 3))
    return s_len >= len(g) and s[: len(g)] == g


def source_names(event):
    names = set()
    for src in event.get("sources") or []:
        ref = src.get("article") if isinstance(src, dict) else src
        if ref:
            ref = str(ref).rstrip("/")
            names.add(ref)
            names.add(ref.rsplit("/", 1)[-1])
    return names


def people_of(event):
    out = set()
    for p in event.get("people") or []:
        name = p.get("name") if isinstance(p, dict) else p
        if name:
            out.add(fold(name))
    return out


def gold_people(g):
    return {fold(n) for n in (g.get("hanoi_side") or []) + (g.get("lao_side") or []) if n}


def amounts_of(event):
    out = []
    for a in event.get("amounts") or []:
        try:
            out.append((float(a.get("value")), fold(a.get("unit"))))
        except (TypeError, ValueError):
            continue
    return out


def amount_found(value, unit, candidates):
    for v, u in candidates:
        if u == fold(unit) and abs(v - value) <= 0.005 * max(abs(value), 1):
            return True
    return False


def gold_dates(g):
    """The true date, and what the text alone supports when that is less."""
    return [d for d in (g.get("date"), g.get("date_from_text_alone")) if d]


def date_ok(g, s):
    dates = gold_dates(g)
    return not dates or any(date_exact(d, s.get("date"), s.get("date_precision")) for d in dates)


def optional(g):
    """Events between national bodies are welcome but not required."""
    return g.get("scope") == "national"


def match_score(g, s):
    if s.get("model") != g.get("model"):
        return None
    if s.get("date") and gold_dates(g) and not any(dates_compatible(d, s["date"]) for d in gold_dates(g)):
        return None
    score = 1.0
    if s.get("category") == g.get("category"):
        score += 1
    if gold_dates(g) and date_ok(g, s):
        score += 2
    gp = gold_people(g)
    if gp:
        score += len(gp & people_of(s)) / len(gp)
    return score


def load_export(path):
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    events = data.get("events") if isinstance(data, dict) else data
    articles = data.get("articles", []) if isinstance(data, dict) else []
    return events or [], articles


def score(export_path, gold_dir, verbose=False):
    events, articles = load_export(export_path)
    golds = sorted(Path(gold_dir).glob("*.gold.json"))
    t = dict(tp=0, fp=0, fn=0, primary=0, primary_hit=0, dated=0, date_ok=0, year_ok=0,
             people=0, people_hit=0, amounts=0, amounts_hit=0, dirs=0, dir_ok=0, cats=0, cat_ok=0)
    lines = []
    for gpath in golds:
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        fname = gold["file"]
        stem = fname.rsplit(".", 1)[0]
        mine = [e for e in events
                if e.get("model") in MODELS
                and (fname in source_names(e) or stem in source_names(e)
                     or any(n.rsplit(".", 1)[0] == stem for n in source_names(e)))]
        pairs = []
        for gi, g in enumerate(gold["events"]):
            for si, s in enumerate(mine):
                sc = match_score(g, s)
                if sc is not None:
                    pairs.append((sc, gi, si))
        pairs.sort(reverse=True)
        used_g, used_s, matched = set(), set(), []
        for sc, gi, si in pairs:
            if gi in used_g or si in used_s:
                continue
            used_g.add(gi)
            used_s.add(si)
            matched.append((gold["events"][gi], mine[si]))
        t["tp"] += sum(1 for g, _ in matched if not optional(g))
        t["fp"] += len(mine) - len(used_s)
        t["fn"] += sum(1 for gi, g in enumerate(gold["events"]) if gi not in used_g and not optional(g))
        for gi, g in enumerate(gold["events"]):
            if g.get("primary"):
                t["primary"] += 1
                t["primary_hit"] += gi in used_g
        for g, s in matched:
            t["cats"] += 1
            t["cat_ok"] += s.get("category") == g.get("category")
            if gold_dates(g):
                t["dated"] += 1
                t["date_ok"] += date_ok(g, s)
                t["year_ok"] += any(date_parts(s.get("date"))[:1] == date_parts(d)[:1] for d in gold_dates(g))
            gp = gold_people(g)
            t["people"] += len(gp)
            t["people_hit"] += len(gp & people_of(s))
            cand = amounts_of(s)
            for a in g.get("amounts") or []:
                t["amounts"] += 1
                t["amounts_hit"] += amount_found(float(a["value"]), a.get("unit"), cand)
            if g.get("direction"):
                t["dirs"] += 1
                t["dir_ok"] += s.get("direction") == g["direction"]
        missed = [f"{g['model']}/{g.get('category')} {g.get('date')}"
                  for gi, g in enumerate(gold["events"]) if gi not in used_g and not optional(g)]
        extra = [f"{s.get('model')}/{s.get('category')} {s.get('date')}"
                 for si, s in enumerate(mine) if si not in used_s]
        lines.append(f"{fname}: gold {len(gold['events'])}, system {len(mine)}, matched {len(matched)}"
                     + (f"; missed {missed}" if missed else "")
                     + (f"; extra {extra}" if extra else ""))

    def ratio(a, b):
        return round(a / b, 3) if b else None

    p = ratio(t["tp"], t["tp"] + t["fp"]) or 0.0
    r = ratio(t["tp"], t["tp"] + t["fn"]) or 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    result = {
        "articles": len(golds),
        "precision": p, "recall": r, "f1": round(f1, 3),
        "primary_recall": ratio(t["primary_hit"], t["primary"]),
        "category_acc": ratio(t["cat_ok"], t["cats"]),
        "date_exact": ratio(t["date_ok"], t["dated"]),
        "year_acc": ratio(t["year_ok"], t["dated"]),
        "people_recall": ratio(t["people_hit"], t["people"]),
        "amount_recall": ratio(t["amounts_hit"], t["amounts"]),
        "direction_acc": ratio(t["dir_ok"], t["dirs"]),
        "counts": t,
    }
    if articles:
        result["cleaning"] = score_cleaning(articles, golds)
    if verbose:
        print("\n".join(lines))
    return result


def score_cleaning(articles, golds):
    """Share of gold boilerplate lines left in clean_text (lower is better)."""
    by_name = {}
    for a in articles:
        for key in ("source", "article", "url", "file"):
            if a.get(key):
                by_name[str(a[key]).rstrip("/").rsplit("/", 1)[-1]] = a
    checked = left = 0
    for gpath in golds:
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        art = by_name.get(gold["file"])
        bad = [l for l in gold.get("inline_boilerplate") or [] if l.strip()]
        if gold.get("boilerplate_starts_at"):
            bad.append(gold["boilerplate_starts_at"])
        if art is None or not bad:
            continue
        text = art.get("clean_text") or ""
        for line in bad:
            checked += 1
            left += line.strip() in text
    return {"boilerplate_lines_checked": checked, "boilerplate_lines_left": left}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("export")
    ap.add_argument("gold_dir")
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--json", action="store_true", help="print the full result as JSON")
    args = ap.parse_args()
    res = score(args.export, args.gold_dir, args.verbose)
    if args.json:
        print(json.dumps(res, indent=2, ensure_ascii=False))
    cl = res.get("cleaning", {})
    res = {k: ("–" if v is None else v) for k, v in res.items()}
    print(f"articles {res['articles']} · events P {res['precision']} R {res['recall']} F1 {res['f1']}"
          f" · primary recall {res['primary_recall']} · category {res['category_acc']}"
          f" · date exact {res['date_exact']} · year {res['year_acc']}"
          f" · people {res['people_recall']} · amounts {res['amount_recall']}"
          f" · direction {res['direction_acc']}"
          + (f" · boilerplate left {cl['boilerplate_lines_left']}/{cl['boilerplate_lines_checked']}" if cl else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
