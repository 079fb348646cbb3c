"""A read figure as what extraction gives out: Observations and TargetCandidates.

Here a figure gets its quote (the sentence exactly as published, NFC), its stable id, and its
confidence: the rule's, calibrated on the train part (extract.calibration), capped for text
read by OCR and for a concept rule's guess, lowered for a share derived from a fraction. A
figure of one level that the sentence lists for several ("100% hồ sơ công việc cấp tỉnh, cấp
huyện, cấp xã") gives one observation per level.
"""

from __future__ import annotations

import re
import unicodedata

from tracker.extract.calibration import CONCEPTS, calibrated
from tracker.extract.catalog import Catalog, Indicator
from tracker.extract.figure import Figure
from tracker.extract.matching import base_confidence
from tracker.extract.model import MIN_CONFIDENCE, Observation, TargetCandidate, Unit, stable_id
from tracker.extract.parts import is_guess
from tracker.ingest.documents import Document
from tracker.provinces import fold
from tracker.text.sentences import Sentence

# A figure read by OCR may carry a misread digit: its confidence stays below the report's
# threshold (MIN_CONFIDENCE), so it reaches a report only once a person has accepted it.
OCR_CONFIDENCE = 0.5
assert OCR_CONFIDENCE < MIN_CONFIDENCE
# A figure read from an indicator's concepts in any order, not from a phrase (a concept rule's
# guess), is shown for review however often the guesses were right on train: the train part
# holds five of them, too few to let one into a signed report unread.
GUESS_CONFIDENCE = 0.65
assert GUESS_CONFIDENCE < MIN_CONFIDENCE
_LEVEL_LIST_AFTER = re.compile(
    r"[^.;%\d]{0,40}?cấp\s+(?:tỉnh|huyện|xã)(?:\s*(?:,|và)\s*(?:cấp\s+)?(?:tỉnh|huyện|xã)){1,2}", re.I)


def observations(catalog: Catalog, doc: Document, sent: Sentence, fig: Figure, ind: Indicator) -> list[Observation]:
    """The observations `fig` of `sent` gives as `ind`: one per level listed, and its derived share."""
    quote, start, end = _quote(doc, sent)
    rule = fig.rule_id or (fig.cand.rule.id if fig.cand else "")
    # the concept rules are measured together (extract.calibration.CONCEPTS)
    guess = is_guess(fig) and not fig.rule_id
    conf = calibrated(CONCEPTS if guess else rule, fig.confidence or base_confidence(fig.cand))
    if guess:
        conf = min(conf, GUESS_CONFIDENCE)
    out = []
    value = fig.q.numerator if fig.q.is_fraction and fig.q.numerator is not None else fig.q.value
    if not fig.only_extra:
        for key in _level_keys(catalog, ind, sent.text, fig):
            out.append(_obs(doc, key, value, ind.unit, fig, quote, start, end, rule, conf, False))
    for key, v, unit in fig.extra:
        out.append(_obs(doc, key, v, unit, fig, quote, start, end, rule + "+derived", conf - 0.05, True))
    return out


def _level_keys(catalog: Catalog, ind: Indicator, text: str, fig: Figure) -> list[str]:
    """'100% hồ sơ công việc cấp tỉnh, cấp huyện, cấp xã được xử lý …': one figure for each
    level listed after it, when the indicator is one level's of a family of three."""
    levels = {"tinh": "province", "huyen": "district", "xa": "commune"}
    parts = ind.key.split("_")
    own = [p for p in parts if p in levels.values()]
    m = _LEVEL_LIST_AFTER.match(text, fig.q.end)
    if len(own) != 1 or m is None:
        return [ind.key]
    keys = []
    for word in re.findall(r"tỉnh|huyện|xã", m.group(0)):
        level = levels[fold(word)]
        key = "_".join(level if p == own[0] else p for p in parts)
        if catalog.get(key) is not None and key not in keys:
            keys.append(key)
    return keys or [ind.key]


def _obs(doc: Document, key: str, value: float, unit: Unit, fig: Figure, quote: str,
         start: int, end: int, rule: str, conf: float, derived: bool) -> Observation:
    as_of = fig.as_of or doc.published
    qual = fig.qualifier
    return Observation(
        id=stable_id(doc.id, key, quote, value, as_of), doc=doc.id, province=doc.province,
        indicator=key, value=value, unit=unit, qualifier="eq" if derived else qual, as_of=as_of,
        period=fig.period, scope=fig.scope, numerator=fig.numerator, denominator=fig.denominator,
        quote=quote, start=start, end=end, rule=rule,
        confidence=round(min(conf, OCR_CONFIDENCE) if doc.ocr else conf, 2), derived=derived,
        published=doc.published, page=doc.page_at(start),
    )


def target_candidate(doc: Document, sent: Sentence, fig: Figure, ind: Indicator,
                     deadline: str | None) -> TargetCandidate:
    """A goal the sentence states for `ind`, with its comparator and deadline."""
    quote, start, end = _quote(doc, sent)
    comparator = {"gt": ">", "ge": ">=", "lt": "<", "le": "<=", "approx": ">=", "eq": "="}[fig.qualifier]
    if ind.unit == "rank" and comparator == "=":
        comparator = "<="
    return TargetCandidate(doc.id, doc.province, ind.key, comparator, fig.q.value, ind.unit, deadline,
                           quote, start, end, fig.cand.rule.id if fig.cand else fig.rule_id)


def _quote(doc: Document, sent: Sentence) -> tuple[str, int, int]:
    """The sentence as published (its spaces and line breaks kept, offsets into the original
    text), in NFC: a decomposed source must not reach the report as decomposed text."""
    s, e = doc.body.original_span(sent.start, sent.end)
    return unicodedata.normalize("NFC", doc.body.original[s:e]), doc.body_offset + s, doc.body_offset + e


def dedupe(obs: list[Observation]) -> list[Observation]:
    """The observations with each id once, in their order."""
    seen: set[str] = set()
    out = []
    for o in obs:
        if o.id in seen:
            continue
        seen.add(o.id)
        out.append(o)
    return out


def drop_echoes(obs: list[Observation], echoes: set[str]) -> list[Observation]:
    """The observations without the `echoes` (ids of figures of a title or heading that no date of
    their own sentence dated) whose indicator and value a sentence of the body also gives: a
    heading repeats the body ("Điện Biên: Tỷ lệ người dân có điện thoại thông minh đạt 68%" over
    "Tính đến hết năm 2022, … 68%"), and the body's sentence is the one to quote and date."""
    if not echoes:
        return obs
    told = {(o.indicator, o.value) for o in obs if o.id not in echoes}
    return [o for o in obs if o.id not in echoes or (o.indicator, o.value) not in told]

