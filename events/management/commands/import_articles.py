from django.core.management.base import BaseCommand, CommandError

from events.importing import import_articles
from events.progress import CommandProgress
from events.reading import count_articles

OUTCOMES = ("created", "updated", "unchanged")


class Command(BaseCommand):
    help = "Import news articles: .txt, .html/.htm and .jsonl files, folders (recursively) and http(s) URLs."

    def add_arguments(self, parser):
        parser.add_argument("targets", nargs="+", metavar="PATH_OR_URL")
        parser.add_argument(
            "--dry-run", action="store_true", help="read, clean and extract, but save nothing"
        )

    def handle(self, *args, targets, dry_run=False, verbosity=1, **options):
        progress = None
        if verbosity >= 1:
            progress = CommandProgress(self, count_articles(targets), "articles")
        counts = {}

        def imported(result, label):
            if progress is not None:
                progress.advance(listing(result, label, counts) if verbosity >= 2 else None)

        try:
            result = import_articles(targets, dry_run=dry_run, progress=imported)
        finally:
            if progress is not None:
                progress.close()
        for label, reason in result.failed:
            self.stderr.write(self.style.ERROR(f"FAILED {label}: {reason}"))
        for label, warning in result.warnings:
            self.stderr.write(self.style.WARNING(f"WARNING {label}: {warning}"))
        prefix = "Dry run, nothing saved: " if dry_run else ""
        self.stdout.write(prefix + result.summary())
        if result.aborted:
            raise CommandError(
                f"Stopped early: {result.aborted}. Articles counted above are saved; run the same command "
                "again to import the rest.",
                returncode=2,
            )
        if result.failed:
            raise CommandError(f"{len(result.failed)} article(s) failed", returncode=1)


def listing(result, label, counts):
    """The -v 2 line for the article just read: what became of it. `counts` keeps the previous tallies."""
    now = {outcome: getattr(result, outcome) for outcome in OUTCOMES} | {"failed": len(result.failed)}
    outcome = next((name for name, count in now.items() if count > counts.get(name, 0)), "read")
    counts.update(now)
    if outcome == "failed":
        return f"failed    {label}: {result.failed[-1][1]}"
    return f"{outcome:<9} {label}"
