import json

from django.core.management.base import BaseCommand

from events.exporting import export_all


class Command(BaseCommand):
    help = "Write articles and events as the JSON of ../shared/eval/README.md (rejected events left out)."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", help="file to write (default: standard output)")

    def handle(self, *args, output=None, **options):
        data = json.dumps(export_all(), ensure_ascii=False, indent=2)
        if output:
            with open(output, "w", encoding="utf-8") as file:
                file.write(data + "\n")
            self.stderr.write(f"Wrote {output}")
        else:
            self.stdout.write(data)
