"""The rule engine: every quantity of every sentence, matched to at most one indicator.

For each quantity the engine gathers candidate indicators from the catalog rules (unit
first, then the words after the number, then the nearest label before it in the same
clause), keeps the most specific, and drops what is not a level: changes ("tăng 36,4%"),
comparisons ("so với cùng kỳ"), plan fulfilment ("đạt 100% so với kế hoạch"), subsets
("trong đó …" of the same indicator). Figures without a label of their own inherit one
only in two safe cases: a parenthesised historical value of the figure just before
("(năm 2016 là 117 thuê bao/100 dân)"), and a list that only changes the scope
("cấp tỉnh: 100 %; cấp huyện: 100 %"). Sentences that state goals give target
candidates, never observations. A figure whose clause makes it the whole country's or
another province's is left out; one of a named district or city keeps scope district. A
number whose phrase goes on with "và" and another indicator's own words ("100% xã … cáp
quang và sóng di động 4G") gives that indicator too.

This module walks the document and decides per sentence; the rules of each decision live
beside it: `matching` (one rule on one number), `changes` (not a level), `dating` (a figure's
date), `scope` (whose figure), `parts` (parts, rivals and contradictions), `neighbours`
(what a figure takes from the figures beside it), `tables` (year tables) and `output` (the
Observations given out, with quote and confidence).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from tracker.extract import scope
from tracker.extract.calibration import conflict_confidence
from tracker.extract.catalog import Catalog, Indicator, Rule
from tracker.extract.changes import is_change
from tracker.extract.column_tables import column_tables
from tracker.extract.context import (
    blank_inclusion,
    blank_parens,
    clause_start,
    is_heading,
    is_target_sentence,
    mask_spans,
    phrase_after,
    results_lists,
    target_blocks,
)
from tracker.extract.dating import (
    blank_dates,
    closes_year,
    date_figure,
    first_future_date,
    heading_date,
    past_its_ranking,
    ranking_year,
    reference_date,
    section_year,
    with_years,
)
from tracker.extract.derive import derive_shares
from tracker.extract.figure import NO_TOPIC, Candidate, Figure, Topic
from tracker.extract.matching import OWN_NOUN, adds_concept, coordinated_words, match
from tracker.extract.model import Observation, TargetCandidate, names_its_level, plausible
from tracker.extract.needles import RuleIndex
from tracker.extract.neighbours import PLAN_REFERENCE, SCOPE_ONLY, inherit, merge_fractions, respectively
from tracker.extract.output import dedupe, drop_echoes, observations, target_candidate
from tracker.extract.parts import (
    conflicting,
    drop_rivals,
    drop_subsets,
    drop_technology_parts,
    is_guess,
    opens_with_parts,
    topic_count,
)
from tracker.extract.tables import Cell, year_tables
from tracker.ingest.documents import Document
from tracker.provinces import WHOLE_COUNTRY
from tracker.text.dates import DateMention, iter_dates
from tracker.text.normalize import canonical_tones
from tracker.text.numbers import iter_quantities, qualifier_before, rank_at
from tracker.text.sentences import Sentence, paragraphs

# Skip a rule whose needles (extract.needles) are absent; off only to prove the output equal.
PREFILTER = True
# "đến nay, …", "hiện có …": the sentence tells the state at its writing
_NOW = re.compile(r"\b(?:(?:đến|tới|cho\s+đến)\s+nay|hiện\s+(?:nay|có))\b", re.I)


@dataclass(frozen=True)
class Extraction:
    observations: list[Observation]
    targets: list[TargetCandidate]


class Extractor:
    """Compiled catalog rules; `extract(doc)` is a pure function of the document."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._by_unit: dict[str, list[Indicator]] = {}
        for ind in catalog.indicators:
            self._by_unit.setdefault(ind.unit, []).append(ind)
        self._index: dict[str, RuleIndex] = {}
        # the concept rules' ids: last-resort readings (extract.matching), which contradict no figure
        self._guesses = catalog.concept_rules
        for unit, inds in self._by_unit.items():
            pairs = [(ind, rule) for ind in inds for rule in ind.rules]
            self._index[unit] = RuleIndex(pairs, [r.after_needles for _, r in pairs],
                                          [r.before_needles for _, r in pairs],
                                          [r.after_re is not None for _, r in pairs],
                                          [r.concept_needles for _, r in pairs])

    # ------------------------------------------------------------------ public
    def extract(self, doc: Document) -> Extraction:
        pub_year = int(doc.published[:4])
        pars = paragraphs(doc.text)
        blocks = target_blocks(pars, pub_year)
        listed = results_lists(pars, pub_year)
        # the tone spelling is folded once for the whole text (same length: offsets hold), not
        # once per sentence and once more per topic window (7% of extraction time)
        canon = canonical_tones(doc.text)
        own = {p.index for p in pars if scope.OWN_PROCEDURES.search(canon, p.start, p.end)}
        pars_by_index = {p.index: p for p in pars}
        lead = "\n".join(p.text for p in pars[:3])[:_LEAD_CHARS]  # the title line and the lead
        reference = reference_date(doc.published, doc.period, doc.title, lead)
        rank_year = ranking_year(doc.title or "", lead, pub_year)
        title = canonical_tones(doc.title or "")
        obs: list[Observation] = []
        tgs: list[TargetCandidate] = []
        carry: Figure | None = None
        last_par = -1
        par_date: str | None = None
        previous: set[str] = set()  # the indicators of the last sentence that gave figures
        cells = year_tables(doc.text) + column_tables(doc.text)
        rows = sorted({(c.start, c.end) for c in cells})
        office_par = False  # the paragraph is about one office's dossiers (scope.office_of)
        closed: str | None = None  # a past year an earlier heading closed ("Tính đến hết năm 2022, …")
        echoes: set[str] = set()  # figures of a title or heading that only the document dated
        for sent in doc.sentences:
            if "\n" in sent.text:  # a wrapped sentence reads as one line (same length: offsets kept)
                sent = replace(sent, text=sent.text.replace("\n", " "))
            if rows and any(a <= sent.start and sent.end <= b for a, b in rows):
                continue  # a table's row: read below, with its year
            dates = with_years(list(iter_dates(sent.text)), doc.published)
            in_block = sent.paragraph in blocks
            target = in_block or is_target_sentence(sent.text, dates, pub_year)
            if sent.paragraph != last_par:
                carry, last_par, par_date, previous = None, sent.paragraph, listed.get(sent.paragraph), set()
                office_par = False
            section = section_year(sent.text, dates, pub_year)
            if section is not None:
                closed = section or None  # "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2022": the section's year
            head = heading_date(sent.text, dates, pub_year)
            if head is not None:
                par_date = head.value
                if closes_year(head, pub_year):
                    closed = head.value
            # the paragraph before the sentence, as far back as a topic can stand (the longest
            # real paragraph has 2 260 characters; a longer one must not cost its length per sentence)
            start = max(pars_by_index[sent.paragraph].start, sent.start - _TOPIC_REACH)
            topic = Topic(title, canon[start : sent.start], rank_year)
            # "đến nay, …": the sentence tells the state at its writing, whatever year a heading closed
            fallback = reference if _NOW.search(sent.text) else par_date or closed or reference
            figures = self._figures(sent, dates, doc, pub_year, carry, fallback, topic,
                                    canon[sent.start : sent.end].replace("\n", " "))
            if opens_with_parts(sent.text):
                # "… 4.285 trạm BTS. Trong đó, có 1.002 trạm BTS 2G; …": parts of the figures
                # of the sentence before, never a second level of the same indicator
                # When the whole is not read (its sentence named no indicator the engine knows),
                # a count whose only evidence is the paragraph's topic is still a part of it:
                # "Trên địa bàn có 7 doanh nghiệp … Trong đó 2 doanh nghiệp đầu tư …"
                for fig in figures:
                    if fig.indicator is not None and (fig.indicator.key in previous or topic_count(fig)):
                        fig.skip = True
            drop_rivals(figures)
            # "Trung tâm Phục vụ hành chính công tỉnh tiếp nhận mới 5.562 hồ sơ. Có 4.215 hồ sơ đến hạn …,
            # đạt 99,3%": the paragraph goes on about the office its sentence named
            office_par = office_par or scope.office_of(sent.text, len(sent.text))
            heading = is_heading(pars_by_index[sent.paragraph].text)
            # what the next sentence may continue: the figures the sentence names (a guess, a
            # concept rule's figure, is no subject a next sentence could go on with)
            emitted = [f for f in figures if f.indicator is not None and not f.skip and not is_guess(f)]
            previous = {f.indicator.key for f in emitted if f.indicator is not None} or previous
            carry = emitted[-1] if emitted and len({f.indicator.key for f in emitted if f.indicator}) == 1 else None
            for fig in figures:
                ind = fig.indicator
                if fig.scope == "national" and doc.province == WHOLE_COUNTRY:
                    fig.scope = "province"  # a document of the whole country: its figures are its own
                if ind is None or fig.skip or fig.scope in scope.NOT_THIS_PROVINCE:
                    continue
                if ind.unit == "rank" and fig.scope != "province":
                    continue  # a district's place in the province's own ranking ranks no province
                if sent.paragraph in own and ind.area == "dvc":
                    fig.scope = "department"
                if ind.parts_by_level and fig.scope == "province" and \
                        scope.office_of(sent.text, fig.q.start, paragraph=office_par):
                    fig.scope = "province_agencies"  # the service centre's or the departments' part
                if fig.group and not target:
                    continue
                if (ind.unit == "count" or ind.parts_by_level) and fig.scope in _LEVELS \
                        and not names_its_level(ind.key) and not target:
                    continue  # "cấp xã đã tiếp nhận 1.610 hồ sơ": one level's count is a part of the total
                # the number, and the second indicator a "và" gives it ("… cáp quang và sóng 4G")
                readings = [(fig, ind)] + ([(replace(fig, cand=fig.also, also=None), fig.also.indicator)]
                                           if fig.also is not None else [])
                for reading, named in readings:
                    if target:
                        deadline = first_future_date(dates, pub_year) or blocks.deadline_of(sent.paragraph)
                        tgs.append(target_candidate(doc, sent, reading, named, deadline))
                    else:
                        told = observations(self.catalog, doc, sent, reading, named)
                        if heading and not reading.own_date:
                            echoes.update(o.id for o in told)
                        obs.extend(told)
        for cell in cells:
            obs.extend(self._table_cell(doc, cell, pub_year))
        obs = drop_echoes([o for o in dedupe(obs) if plausible(o.unit, o.value)], echoes)
        obs += [o for o in derive_shares(self.catalog, obs) if plausible(o.unit, o.value)]
        contradicted = conflicting(obs, self._guesses)
        if contradicted:
            low = conflict_confidence()
            obs = [replace(o, confidence=min(o.confidence, low)) if o.id in contradicted else o for o in obs]
        return Extraction(obs, tgs)

    # ------------------------------------------------------------------ figures
    def _figures(self, sent: Sentence, dates: list[DateMention], doc: Document, pub_year: int,
                 carry: Figure | None = None, fallback: str | None = None,
                 topic: Topic | None = None, canon: str | None = None) -> list[Figure]:
        """The figures of one sentence; `canon` is its text in canonical tones when the caller has it."""
        text = canonical_tones(sent.text) if canon is None else canon
        masks: list[tuple[int, int]] | None = None  # computed once a number shows up
        figures: list[Figure] = []
        for q in iter_quantities(text):
            if masks is None:
                masks = mask_spans(text) + [(d.start, d.end) for d in dates]
            if q.ambiguous or any(a < q.end and q.start < b for a, b in masks):
                continue
            prefix = text[: q.start]
            unit: str = q.unit
            rank = rank_at(text, q.start, q.end)
            if rank is None and q.unit == "count" and any(f.unit == "rank" for f in figures) \
                    and _NEXT_PLACE.search(prefix[-12:]):
                rank = "rank"  # "xếp thứ 2 năm 2021, thứ 4 năm 2022": the list goes on
            if rank and q.unit == "count" and not q.is_fraction or rank and q.is_fraction:
                unit = "rank"
            elif unit == "count" and not q.is_fraction and _PER100_LABEL.search(prefix[-70:]):
                unit = "per100"
            elif unit == "%" and _SUBSCRIBERS_OF_POPULATION.search(prefix[-60:]) and \
                    _OF_POPULATION.match(text, q.end):
                unit = "per100"  # "thuê bao Internet đạt 65% dân số": subscribers per 100 people
            elif unit == "count" and not q.value.is_integer():
                continue  # "0,098 máy": a count has no fraction of a thing; what it is, no rule knows
            fig = Figure(q, unit)
            fig.qualifier = qualifier_before(prefix, text[q.end :])
            if fig.qualifier == "eq" and re.search(
                r"\bước\b", blank_parens(text, clause_start(text, q.start), q.start), re.I
            ):
                fig.qualifier = "approx"
            if rank == "top":  # "top 5", "tốp 10": a group, a target's bound but not the province's rank
                fig.qualifier, fig.group = "le", True
            if unit != "rank" and is_change(prefix, text[q.end :]):
                fig.skip = True
            if unit == "%" and _UNITS_REACHING.search(prefix[-40:]):
                fig.skip = True  # "Có 3 huyện đạt 100% xã có cáp quang": some units, not the level
            figures.append(fig)
        dated = blank_dates(text, dates)
        for i, fig in enumerate(figures):
            nxt = figures[i + 1].q.start if i + 1 < len(figures) else len(text)
            fig.cand = self._best(text, dated, fig, nxt, topic or NO_TOPIC)
        merge_fractions(self.catalog, text, figures)
        inherit(self.catalog, text, figures, dates, carry)
        drop_subsets(text, figures)
        drop_technology_parts(text, figures)
        for i, fig in enumerate(figures):
            if fig.indicator is not None:
                date_figure(text, fig, dates, doc.published, pub_year, fallback or doc.published,
                            (topic or NO_TOPIC).rank_year)
                if past_its_ranking(fig, text, topic or NO_TOPIC):
                    fig.skip = True
                    continue
                prev = figures[i - 1] if i else None
                self._scope(text, fig, doc.province, (prev.q.start, prev.q.end + prev.cand.after_end)
                            if prev is not None and prev.cand is not None else (0, 0))
        respectively(text, figures)
        return figures

    def _best(self, text: str, dated: str, fig: Figure, next_start: int, topic: Topic) -> Candidate | None:
        q = fig.q
        cs = clause_start(text, q.start)
        window = blank_inclusion(blank_parens(text, cs, q.start))
        post = phrase_after(text, q.end, next_start)
        best = self._best_in(fig, window, post, text, cs, topic)
        if best is None and fig.unit in ("%", "ty_dong", "per100") and cs > 0 and SCOPE_ONLY.match(
            dated[cs : fig.q.start]
        ) and not PLAN_REFERENCE.search(text, max(0, cs - 30), cs) and not OWN_NOUN.match(post):
            # "Tổng doanh thu toàn ngành tăng cao; từ 127 tỷ đồng…": the clause has no words
            # of its own, so the label of the sentence names it.
            best = self._best_in(fig, blank_parens(text, 0, fig.q.start), post, text, 0, topic)
            if best is not None:
                best.sentence_level = True
        if best is not None and best.after_end and not best.sentence_level and not best.rule.all \
                and not fig.q.is_fraction:  # a fraction's ratio is its first indicator's share (fig.extra)
            fig.also = self._coordinated(fig, window, post, text, cs, topic, best)
        return best

    def _coordinated(self, fig: Figure, window: str, post: str, text: str, cs: int, topic: Topic,
                     first: Candidate) -> Candidate | None:
        """A second indicator the number gives through words joined by "và" to its phrase
        (matching.coordinated_words): a rule of another indicator that also fits the number but
        lost to the longer phrase, whose own concept the words on the other side of "và" add."""
        words = coordinated_words(post, first)
        if words is None:
            return None
        lacking, adding = words
        return self._best_in(fig, window, post, text, cs, topic, keep=lambda ind, rule: (
            ind is not first.indicator and not rule.all and adds_concept(ind, lacking, adding)))

    def _best_in(self, fig: Figure, window: str, post: str, text: str, cs: int, topic: Topic,
                 keep: Callable[[Indicator, Rule], bool] | None = None) -> Candidate | None:
        """The best-scoring candidate of the rules of the figure's unit (those `keep` allows)."""
        best: Candidate | None = None
        units = [fig.unit, "%"] if fig.q.is_fraction and fig.unit == "count" else [fig.unit]
        for unit in units:
            # only the rules whose required words stand in the text they read (extract.needles)
            pairs = self._index[unit].candidates(post, window) if PREFILTER and unit in self._index else \
                [(ind, rule) for ind in self._by_unit.get(unit, []) for rule in ind.rules]
            for ind, rule in pairs:
                if keep is not None and not keep(ind, rule):
                    continue
                cand = match(rule, ind, fig, window, post, text, cs, topic)
                if cand and (best is None or cand.score > best.score):
                    best = cand
        return best

    # ------------------------------------------------------------------ dates, scope
    @staticmethod
    def _scope(text: str, fig: Figure, province: str, previous: tuple[int, int] = (0, 0)) -> None:
        """The figure's level (cấp xã …) and owner (the country, another province, a district).
        The level is not read from `previous`, the figure before it and its own phrase ("100% xã,
        phường, thị trấn được phủ sóng, bao gồm 200 trạm 5G": the communes are the share's)."""
        ind = fig.indicator
        label = fig.cand.label_start if fig.cand and fig.cand.label_start is not None else max(0, fig.q.start - 40)
        if ind is not None and not names_its_level(ind.key):
            after_end = fig.cand.after_end if fig.cand else 0
            fig.scope = scope.level(text, label, fig.q.start, fig.q.end, after_end, rank=ind.unit == "rank",
                                    owned=previous) or fig.scope
        whose = scope.owner(text, label, fig.q.start, province) or scope.holder_after(text, fig.q.end, province)
        if whose is None and ind is not None and ind.unit == "rank" and scope.ranks_districts(text):
            whose = "district"
        if whose == "national" and ind is not None and ind.unit == "rank":
            whose = None  # "xếp thứ 17/63 tỉnh, thành phố trong cả nước": a place among the country's provinces
        if whose is not None and (whose != "district" or fig.scope == "province"):
            fig.scope = whose
        if scope.communes_of_one_kind(text, fig.q.end):
            fig.scope = "area"

    def _table_cell(self, doc: Document, cell: Cell, pub_year: int) -> list[Observation]:
        """A year table's value read as the sentence its row would make ("Tỷ lệ người sử dụng
        Internet 77,63%", "Số thuê bao Internet 120 nghìn thuê bao"), dated by its column; the
        row's line is the quote. A scaled unit ("Nghìn thuê bao", "Triệu đồng") scales the value
        as it would in a sentence."""
        number = cell.value_text + ("%" if cell.unit == "%" else f" {cell.unit.lower()}" if cell.unit else "")
        text = f"{cell.label} {number}"
        row = Sentence(cell.start, cell.end, -1, text)
        figures = self._figures(row, [], doc, pub_year, None, cell.year, NO_TOPIC)
        fig = figures[-1] if figures else None
        ind = fig.indicator if fig is not None else None
        if fig is None or ind is None or fig.skip or fig.group or fig.scope != "province" \
                or fig.q.start != len(cell.label) + 1:
            return []
        fig.rule_id = "table:" + (fig.cand.rule.id if fig.cand else "")
        return observations(self.catalog, doc, row, fig, ind)

_UNITS_REACHING = re.compile(
    r"(?<![/\d.,])\b\d+\s+(?:huyện|xã|phường|đơn\s+vị|cơ\s+quan|sở|ngành|địa\s+phương|doanh\s+nghiệp|trường)"
    r"\s+(?:đều\s+|đã\s+)?(?:đạt|có)\s*$", re.I)
# "Mật độ điện thoại/100 dân đạt 140 thuê bao": a density whose '/100 dân' stands in the label
# "mật độ thuê bao điện thoại/100 dân là 117", "bình quân trên 100 dân là 0,098 máy"
_PER100_LABEL = re.compile(r"(?:mật\s+độ[^.;%\d]{0,40}?/|(?:bình\s+quân|trung\s+bình)\s+(?:trên|/)\s*)100\s*"
                           r"(?:dân|người)[^.;%\d]{0,20}$", re.I)
# (not "tỷ lệ thuê bao … sử dụng smartphone đạt 97,5% dân số": a share of some subscribers)
_SUBSCRIBERS_OF_POPULATION = re.compile(r"(?<!tỷ\slệ\s)(?<!tỉ\slệ\s)\bthuê\s+bao\b(?:(?!sử\s+dụng|dùng)[^.;%\d]){0,40}?"
                                        r"(?:đạt|là|bằng|chiếm)\s*(?:khoảng\s+|gần\s+|trên\s+)?$", re.I)
_OF_POPULATION = re.compile(r"\s*(?:dân\s+số|số\s+dân)\b(?!\s+(?:được|có|sử\s+dụng|dùng))", re.I)
_LEVELS = ("commune", "district", "province_agencies")
_NEXT_PLACE = re.compile(r"(?:,|;|\bvà)\s+(?:xếp\s+)?thứ\s*$", re.I)
_TOPIC_REACH = 3000  # characters before a sentence where its paragraph's topic may stand

# The title and the opening paragraph name the period a document reports on.
_LEAD_CHARS = 600
