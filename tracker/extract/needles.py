"""The words a rule cannot match without: a cheap test before its regular expression runs.

For each rule pattern, the parser's own tree (`re._parser`) gives the literal runs a match
must contain; where the pattern branches, one of the branches' runs. The engine tries a
rule on a figure only when one of its needles occurs in the text the pattern would read, so
the cost per figure follows the rules whose words are nearby, not the catalog's size. A
pattern with no such word (a bare class like `\\d+`) has no needles and is always tried.
The test is necessary, never sufficient: what it lets through, the expression decides, so
extraction's output cannot change (tests/extract/test_needles.py checks it on the corpus).
"""

from __future__ import annotations

import re
import re._constants as c  # type: ignore[import-not-found]  # the opcodes of Python's own regex parser
import re._parser as parser  # type: ignore[import-not-found]  # (private, stable since 3.11; no stubs)
from typing import Any

Needles = frozenset[str]


def needles(pattern: str) -> Needles | None:
    """Lower-case strings one of which every match of `pattern` contains, or None if unknown."""
    try:
        tree = parser.parse(pattern, re.I)
    except re.error:
        return None
    return _sequence(list(tree))


def _sequence(items: list[tuple[Any, Any]]) -> Needles | None:
    found: list[Needles] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            found.append(frozenset({"".join(run).lower()}))
            run.clear()

    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        flush()
        inner: Needles | None = None
        if op is c.SUBPATTERN:
            inner = _sequence(list(av[3]))
        elif op is c.BRANCH:
            branches = [_sequence(list(b)) for b in av[1]]
            inner = frozenset().union(*(b for b in branches if b)) if all(branches) else None
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _high, sub = av
            inner = _sequence(list(sub)) if low >= 1 else None
        if inner:
            found.append(inner)
    flush()
    if not found:
        return None
    # the most selective requirement: its shortest needle is the longest
    return max(found, key=lambda n: (min(len(x) for x in n), -len(n)))


class RuleIndex:
    """The rules of one unit, found through the words in a figure's text instead of one by one.

    Built once per catalog: one expression finds every needle present in the text after the
    number (for rules with an after-phrase) and in the clause before it (for label-only
    rules), in one pass each, whatever the catalog's size; the rules those needles belong to,
    and the rules without needles, are then tried in catalog order (ties go to the earlier
    rule, as without the index)."""

    def __init__(self, rules: list[tuple[Any, Any]], after: list[Needles | None],
                 before: list[Needles | None], has_after: list[bool],
                 anywhere: list[Needles | None] | None = None) -> None:
        self.rules = rules
        self.always: list[int] = []
        self._after: dict[str, list[int]] = {}
        self._before: dict[str, list[int]] = {}
        self._anywhere: dict[str, list[int]] = {}  # concept rules: their words before or after the number
        spread = anywhere or [None] * len(rules)
        for i, (found_after, found_before, is_after, found_any) in enumerate(
                zip(after, before, has_after, spread, strict=True)):
            found = found_any or (found_after if is_after else found_before)
            if not found:
                self.always.append(i)
                continue
            table = self._anywhere if found_any else self._after if is_after else self._before
            for n in found:
                table.setdefault(n, []).append(i)
        self._after_re = _finder(self._after)
        self._before_re = _finder(self._before)
        self._anywhere_re = _finder(self._anywhere)
        self._within = _contained(set(self._after) | set(self._before) | set(self._anywhere))

    def candidates(self, post: str, window: str) -> list[tuple[Any, Any]]:
        """The (indicator, rule) pairs that may match, in catalog order."""
        picked = set(self.always)
        for regex, table, text in ((self._after_re, self._after, post), (self._before_re, self._before, window),
                                   (self._anywhere_re, self._anywhere, window + "\n" + post)):
            if regex is None:
                continue
            for m in regex.finditer(text.lower()):
                for n in self._within[m.group(1)]:
                    picked.update(table.get(n, ()))
        return [self.rules[i] for i in sorted(picked)]


def _finder(table: dict[str, list[int]]) -> re.Pattern[str] | None:
    """Every needle at every position (a lookahead: overlapping ones too), longest first."""
    if not table:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(table, key=len, reverse=True))
    return re.compile(f"(?=({alternatives}))")


def _contained(all_needles: set[str]) -> dict[str, list[str]]:
    """For each needle, the needles it contains (itself too): finding 'thuê bao' finds 'thuê'."""
    return {n: [m for m in all_needles if m in n] for n in all_needles}
