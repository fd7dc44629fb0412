import sys

from django.core.management.base import BaseCommand, CommandError

from events.importing import import_articles


class Command(BaseCommand):
    help = "Import news articles: .txt, .html/.htm and .jsonl files, folders (recursively) and http(s) URLs."

    def add_arguments(self, parser):
        parser.add_argument("targets", nargs="+", metavar="PATH_OR_URL")
        parser.add_argument(
            "--dry-run", action="store_true", help="read, clean and extract, but save nothing"
        )

    def handle(self, *args, targets, dry_run=False, verbosity=1, **options):
        show_progress = verbosity >= 1 and sys.stderr.isatty()

        def progress(result, label):
            if show_progress and result.total % 10 == 0:
                self.stderr.write(f"\r{result.total} articles read…", ending="")

        result = import_articles(targets, dry_run=dry_run, progress=progress)
        if show_progress:
            self.stderr.write("")
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
