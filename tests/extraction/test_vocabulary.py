"""The vocabulary's patterns are written as they are meant to be read."""

import ast
import re
from pathlib import Path

from events.extraction import vocabulary


def test_no_pattern_holds_a_control_character():
    # "\b" in a string that is not raw is a backspace: the pattern then never matches (a word boundary was
    # meant). Every string of the vocabulary, in lists and dictionaries too, is checked.
    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for key, item in value.items():
                yield from strings(key)
                yield from strings(item)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for item in value:
                yield from strings(item)

    control = re.compile(r"[\x00-\x08\x0b-\x1f]")
    found = [
        (name, text[:60])
        for name, value in vars(vocabulary).items()
        if not name.startswith("__")
        for text in strings(value)
        if control.search(text)
    ]
    assert found == []


def test_no_word_list_is_named_twice():
    # A second assignment silently replaces the first for every module that reads the name (a new
    # SIGNING_WORDS once emptied the signings of plans "ban hành" by a city).
    tree = ast.parse(Path(vocabulary.__file__).read_text(encoding="utf-8"))
    names = [
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    ]
    assert sorted({name for name in names if names.count(name) > 1}) == []
