import dataclasses
import datetime
import decimal
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from events.extraction import extract_events
from events.importing import ImportFailed, prepare
from events.reading import ReadFailure, read_inputs


def jsonable(value):
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    raise TypeError(type(value))


class Command(BaseCommand):
    help = (
        "Write what the extractor makes of every article under the paths, without touching the database, "
        "or compare it with an earlier snapshot: a restructuring must leave it identical."
    )

    def add_arguments(self, parser):
        parser.add_argument("targets", nargs="+", metavar="PATH")
        parser.add_argument("--output", "-o", help="write the snapshot here")
        parser.add_argument("--compare", help="an earlier snapshot; list the articles whose events differ")

    def handle(self, *args, targets, output=None, compare=None, **options):
        snapshot = {}
        for item in read_inputs(targets):
            if isinstance(item, ReadFailure):
                snapshot[item.label] = {"failed": item.reason}
                continue
            try:
                fields, clean = prepare(item)
            except ImportFailed as error:
                snapshot[item.label] = {"failed": str(error)}
                continue
            events = extract_events(clean)
            snapshot[item.label] = {
                "title": fields["title"],
                "published": fields["published"],
                "events": [dataclasses.asdict(event) for event in events],
            }
        text = json.dumps(snapshot, ensure_ascii=False, indent=1, sort_keys=True, default=jsonable)
        if output:
            Path(output).write_text(text, encoding="utf-8")
        if compare:
            self.compare(json.loads(text), json.loads(Path(compare).read_text(encoding="utf-8")))

    def compare(self, now, before):
        changed = sorted(label for label in now.keys() | before.keys() if now.get(label) != before.get(label))
        for label in changed:
            self.stdout.write(f"changed: {label}")
            old, new = before.get(label, {}), now.get(label, {})
            for key in sorted(old.keys() | new.keys()):
                if old.get(key) != new.get(key) and key != "events":
                    self.stdout.write(f"  {key}: {old.get(key)!r} -> {new.get(key)!r}")
            old_events, new_events = old.get("events", []), new.get("events", [])
            for index in range(max(len(old_events), len(new_events))):
                first = old_events[index] if index < len(old_events) else None
                second = new_events[index] if index < len(new_events) else None
                if first != second:
                    self.stdout.write(f"  event {index}: {json.dumps(first, ensure_ascii=False)}")
                    self.stdout.write(f"        now: {json.dumps(second, ensure_ascii=False)}")
        self.stdout.write(f"{len(now)} articles, {len(changed)} changed")
        if changed:
            raise CommandError("the extraction differs from the snapshot", returncode=1)
