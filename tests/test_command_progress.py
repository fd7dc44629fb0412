"""Long commands show progress: a bar with a total and a rate on a terminal, a line every tenth of the
way (or every half minute) in a log or pipe; -v 2 lists each article; -v 0 is quiet."""

import io
import re
import shutil
import tempfile
from pathlib import Path

from django.core.management import CommandError, call_command
from django.test import SimpleTestCase, TestCase

from events.importing import import_articles
from events.progress import CommandProgress

PROGRESS_LINE = re.compile(r"^(\d+) of (\d+) articles \((\d+)%\), \d+\.\d articles/s$")


class Terminal(io.StringIO):
    def isatty(self):
        return True


def write_articles(folder, count):
    for number in range(count):
        text = f"Tin số {number}\n\nChiều 26/8, Hà Nội tiếp Đại sứ Lào lần thứ {number}."
        (folder / f"{number:02d}.txt").write_text(text, encoding="utf-8")


class ProgressOfCommandsTests(TestCase):
    def setUp(self):
        self.folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.folder)
        write_articles(self.folder, 20)

    def run_command(self, *args, stderr=None, **options):
        out, err = io.StringIO(), stderr or io.StringIO()
        call_command(*args, stdout=out, stderr=err, **options)
        return out.getvalue(), err.getvalue()

    def progress_lines(self, text):
        return [PROGRESS_LINE.match(line).groups()[:3] for line in text.splitlines() if line]

    def test_import_articles_writes_a_line_every_tenth_of_the_way_when_not_on_a_terminal(self):
        out, err = self.run_command("import_articles", str(self.folder))
        self.assertEqual(
            self.progress_lines(err), [(str(done), "20", str(done * 5)) for done in range(2, 21, 2)]
        )
        self.assertIn("20 created, 0 updated, 0 unchanged, 0 failed", out)

    def test_the_listing_names_each_outcome(self):
        (self.folder / "broken.txt").write_bytes(b"\x00\x01\x02" * 50)
        out, err = io.StringIO(), io.StringIO()
        with self.assertRaises(CommandError):  # one article failed
            call_command("import_articles", str(self.folder), stdout=out, stderr=err, verbosity=2)
        listed = [line for line in out.getvalue().splitlines() if line.startswith(("created", "failed"))]
        self.assertEqual(len(listed), 21)
        self.assertIn(f"failed    {self.folder / 'broken.txt'}: binary file", out.getvalue())
        self.assertIn(f"created   {self.folder / '19.txt'}", out.getvalue())

    def test_extract_events_all_shows_progress_and_lists_articles_at_verbosity_2(self):
        import_articles([self.folder])
        out, err = self.run_command("extract_events", all=True)
        self.assertEqual(self.progress_lines(err)[-1], ("20", "20", "100"))
        self.assertIn("20 articles re-extracted", out)
        out, err = self.run_command("extract_events", all=True, verbosity=2)
        self.assertEqual(len(re.findall(r"^extracted #\d+ Tin số \d+$", out, re.M)), 20)

    def test_verbosity_0_prints_no_progress(self):
        out, err = self.run_command("import_articles", str(self.folder), verbosity=0)
        self.assertEqual(err, "")

    def test_on_a_terminal_it_is_a_bar_with_the_total_and_a_rate(self):
        out, err = self.run_command("import_articles", str(self.folder), stderr=Terminal())
        self.assertIn("20/20", err)
        self.assertRegex(err, r"articles/s")
        self.assertNotRegex(err, PROGRESS_LINE.pattern.replace("^", "").replace("$", ""))


class ProgressLineTimingTests(SimpleTestCase):
    def test_a_slow_run_gets_a_line_every_half_minute_between_tenths(self):
        class Command:
            stdout, stderr = io.StringIO(), io.StringIO()

        now = [0.0]
        progress = CommandProgress(Command, 1000, "articles", clock=lambda: now[0])
        for _ in range(10):
            now[0] += 2
            progress.advance()
        self.assertEqual(Command.stderr.getvalue(), "")  # 20 s, 1% of the way: nothing yet
        now[0] += 10
        progress.advance()
        self.assertEqual(Command.stderr.getvalue().strip(), "11 of 1000 articles (1%), 0.4 articles/s")
