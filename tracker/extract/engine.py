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
another province's is left out; one of a named district or city keeps scope district.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from tracker.extract import scope
from tracker.extract.calibration import calibrated, conflict_confidence
from tracker.extract.catalog import Catalog, Indicator, Rule
from tracker.extract.context import (
    blank_parens,
    clause_start,
    enclosing_paren,
    is_target_sentence,
    mask_spans,
    results_lists,
    target_blocks,
)
from tracker.extract.dating import closes_year, heading_date, rank_date, reference_date, revenue_date, with_years
from tracker.extract.derive import derive_shares
from tracker.extract.figure import NO_TOPIC, Candidate, Figure, Topic
from tracker.extract.model import (
    MIN_CONFIDENCE,
    Observation,
    TargetCandidate,
    Unit,
    names_its_level,
    plausible,
    stable_id,
)
from tracker.extract.needles import RuleIndex
from tracker.extract.parts import conflicting, drop_rivals, drop_subsets, opens_with_parts, topic_count
from tracker.extract.tables import Cell, year_tables
from tracker.ingest.documents import Document
from tracker.provinces import WHOLE_COUNTRY, fold
from tracker.text.dates import DateMention, iter_dates
from tracker.text.normalize import canonical_tones
from tracker.text.numbers import iter_quantities, qualifier_before, rank_before
from tracker.text.sentences import Sentence, paragraphs

_CHANGE_BEFORE = re.compile(
    r"(?:\btăng|\bgiảm|\btăng\s+thêm|\bgiảm\s+đi|\bthêm|\bgấp|\bbằng|\bvượt|\bhơn|\bkém|\bcao\s+hơn|"
    r"\bthấp\s+hơn|\bnhiều\s+hơn|\bít\s+hơn|\bphát\s+triển(?:\s+thêm|\s+mới)?(?:\s+được)?|\blắp\s+đặt\s+(?:thêm|mới)|"
    r"\bxây\s+dựng\s+(?:thêm|mới)|\bbình\s+quân\s+(?:mỗi\s+)?năm\s+tăng|"
    r"\btăng\s+trưởng(?:\s+bình\s+quân)?(?:\s+hằng\s+năm|\s+hàng\s+năm)?)"
    r"(?:\s+(?:khoảng|gần|hơn|trên|xấp\s+xỉ|ước|tới|đến))?\s*$",
    re.I,
)
_LEVEL_VERB = re.compile(r"(?:tăng|giảm)\s+(?:lên|xuống|còn|đến|tới)(?:\s+(?:khoảng|gần|hơn|trên|mức))?\s*$", re.I)
_CHANGE_AFTER = re.compile(
    r"^\s*(?:lần\b|so\s+(?:với\s+)?(?:năm|cùng\s+kỳ|kỳ|kế\s+hoạch|tháng|quý|chỉ\s+tiêu|trước|đầu|cuối)|"
    r"so\s+với|kế\s+hoạch|chỉ\s+tiêu\s+(?:kế\s+hoạch|giao|đề\s+ra)|bậc\b|điểm\s+phần\s+trăm)",
    re.I,
)
_SCOPE_ONLY = re.compile(
    r"^(?:[\s,:;+\-–.]|thứ|tại|ở|đối\s+với|riêng|đặc\s+biệt|cấp|tỉnh|huyện|xã|thành\s+phố|thị\s+xã|"
    r"tỷ\s+lệ\s+này|con\s+số\s+này|đạt|là|có|chiếm|và|hiện|nay|trong\s+đó|khoảng|từ|tăng\s+lên|lên|"
    r"đến|tới|rồi|@)*$",
    re.I,
)
_FRACTION_LINK = re.compile(
    r"^[\s\w,(]{0,30}?(?:chiếm|đạt|bằng|tương\s+ứng|,)\s*(?:tỷ\s+lệ\s+)?(?:khoảng\s+|gần\s+|trên\s+|hơn\s+)?$", re.I
)
_DOCREF_BEFORE = re.compile(r"\d+\s*[/-]\s*\S*[A-ZĐ]\S*\s+(?:của\s+\S+\s+)?$|ban\s+hành\s*$", re.I)
# A figure read by OCR may carry a misread digit: its confidence stays below the report's
# threshold (MIN_CONFIDENCE), so it reaches a report only once a person has accepted it.
OCR_CONFIDENCE = 0.5
assert OCR_CONFIDENCE < MIN_CONFIDENCE
_SHARE_OF = re.compile(r"\btỷ\s+lệ\b(?!.*\btỷ\s+lệ\b)[^;]*$", re.I | re.S)
_LEVEL_LIST_AFTER = re.compile(
    r"[^.;%\d]{0,40}?cấp\s+(?:tỉnh|huyện|xã)(?:\s*(?:,|và)\s*(?:cấp\s+)?(?:tỉnh|huyện|xã)){1,2}", re.I)
# Skip a rule whose needles (extract.needles) are absent; off only to prove the output equal.
PREFILTER = True
_UNIT_OK = {"count": {"count"}, "%": {"%"}, "per100": {"per100"}, "ty_dong": {"ty_dong"}, "rank": {"rank"}}




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
        for unit, inds in self._by_unit.items():
            pairs = [(ind, rule) for ind in inds for rule in ind.rules]
            self._index[unit] = RuleIndex(pairs, [r.after_needles for _, r in pairs],
                                          [r.before_needles for _, r in pairs],
                                          [r.after_re is not None for _, r in pairs])

    # ------------------------------------------------------------------ public
    def extract(self, doc: Document) -> Extraction:
        pub_year = int(doc.published[:4])
        pars = paragraphs(doc.text)
        blocks = target_blocks(pars, pub_year)
        listed = results_lists(pars, pub_year)
        own = {p.index for p in pars if scope.OWN_PROCEDURES.search(canonical_tones(p.text))}
        pars_by_index = {p.index: p for p in pars}
        lead = "\n".join(p.text for p in pars[:3])[:_LEAD_CHARS]  # the title line and the lead
        reference = reference_date(doc.published, doc.period, doc.title, lead)
        title = canonical_tones(doc.title or "")
        obs: list[Observation] = []
        tgs: list[TargetCandidate] = []
        carry: Figure | None = None
        last_par = -1
        par_date: str | None = None
        previous: set[str] = set()  # the indicators of the last sentence that gave figures
        cells = year_tables(doc.text)
        rows = sorted({(c.start, c.end) for c in cells})
        closed: str | None = None  # a past year an earlier heading closed ("Tính đến hết năm 2022, …")
        for sent in doc.sentences:
            if rows and any(a <= sent.start and sent.end <= b for a, b in rows):
                continue  # a table's row: read below, with its year
            dates = with_years(list(iter_dates(sent.text)), doc.published)
            in_block = sent.paragraph in blocks
            target = in_block or is_target_sentence(sent.text, dates, pub_year)
            if sent.paragraph != last_par:
                carry, last_par, par_date, previous = None, sent.paragraph, listed.get(sent.paragraph), set()
            head = heading_date(sent.text, dates, pub_year)
            if head is not None:
                par_date = head.value
                if closes_year(head, pub_year):
                    closed = head.value
            # the paragraph before the sentence, as far back as a topic can stand (the longest
            # real paragraph has 2 260 characters; a longer one must not cost its length per sentence)
            before = doc.text[max(pars_by_index[sent.paragraph].start, sent.start - _TOPIC_REACH) : sent.start]
            topic = Topic(title, canonical_tones(before))
            figures = self._figures(sent, dates, doc, pub_year, carry, par_date or closed or reference, topic)
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
            emitted = [f for f in figures if f.indicator is not None and not f.skip]
            previous = {f.indicator.key for f in emitted if f.indicator is not None} or previous
            carry = emitted[-1] if emitted and len({f.indicator.key for f in emitted if f.indicator}) == 1 else None
            for fig in figures:
                ind = fig.indicator
                if fig.scope == "national" and doc.province == WHOLE_COUNTRY:
                    fig.scope = "province"  # a document of the whole country: its figures are its own
                if ind is None or fig.skip or fig.scope in scope.NOT_THIS_PROVINCE:
                    continue
                if sent.paragraph in own and ind.area == "dvc":
                    fig.scope = "department"
                if fig.group and not target:
                    continue
                if ind.unit == "count" and fig.scope in _LEVELS and not names_its_level(ind.key) and not target:
                    continue  # "cấp xã đã tiếp nhận 1.610 hồ sơ": one level's count is a part of the total
                if target:
                    deadline = _deadline(dates, pub_year) or blocks.deadline_of(sent.paragraph)
                    tgs.append(self._target(doc, sent, fig, ind, deadline))
                else:
                    obs.extend(self._observations(doc, sent, fig, ind))
        for cell in cells:
            obs.extend(self._table_cell(doc, cell, pub_year))
        obs = [o for o in _dedupe(obs) if plausible(o.unit, o.value)]
        obs += [o for o in derive_shares(self.catalog, obs) if plausible(o.unit, o.value)]
        contradicted = conflicting(obs)
        if contradicted:
            low = conflict_confidence()
            obs = [replace(o, confidence=min(o.confidence, low)) if o.id in contradicted else o for o in obs]
        return Extraction(obs, tgs)

    # ------------------------------------------------------------------ figures
    def _figures(self, sent: Sentence, dates: list[DateMention], doc: Document, pub_year: int,
                 carry: Figure | None = None, fallback: str | None = None,
                 topic: Topic | None = None) -> list[Figure]:
        text = canonical_tones(sent.text)
        masks: list[tuple[int, int]] | None = None  # computed once a number shows up
        figures: list[Figure] = []
        for q in iter_quantities(text):
            if masks is None:
                masks = mask_spans(text) + [(d.start, d.end) for d in dates]
            if q.ambiguous or any(a < q.end and q.start < b for a, b in masks):
                continue
            prefix = text[: q.start]
            unit: str = q.unit
            rank = rank_before(prefix)
            if rank is None and q.unit == "count" and any(f.unit == "rank" for f in figures) \
                    and _NEXT_PLACE.search(prefix[-12:]):
                rank = "rank"  # "xếp thứ 2 năm 2021, thứ 4 năm 2022": the list goes on
            if rank and q.unit == "count" and not q.is_fraction or rank and q.is_fraction:
                unit = "rank"
            elif unit == "count" and not q.is_fraction and _PER100_LABEL.search(prefix[-70:]):
                unit = "per100"
            fig = Figure(q, unit)
            fig.qualifier = qualifier_before(prefix, text[q.end :])
            if fig.qualifier == "eq" and re.search(
                r"\bước\b", blank_parens(text, clause_start(text, q.start), q.start), re.I
            ):
                fig.qualifier = "approx"
            if rank == "top":  # "top 5", "tốp 10": a group, a target's bound but not the province's rank
                fig.qualifier, fig.group = "le", True
            if unit != "rank" and self._is_change(prefix, text[q.end :]):
                fig.skip = True
            if unit == "%" and _UNITS_REACHING.search(prefix[-40:]):
                fig.skip = True  # "Có 3 huyện đạt 100% xã có cáp quang": some units, not the level
            figures.append(fig)
        dated = _blank_dates(text, dates)
        for i, fig in enumerate(figures):
            nxt = figures[i + 1].q.start if i + 1 < len(figures) else len(text)
            fig.cand = self._best(text, dated, fig, nxt, topic or NO_TOPIC)
        self._merge_fractions(text, figures)
        self._inherit(text, figures, dates, carry)
        drop_subsets(text, figures)
        for fig in figures:
            if fig.indicator is not None:
                self._date(text, fig, dates, doc, pub_year, fallback or doc.published)
                self._scope(text, fig, doc.province)
        _respectively(text, figures)
        return figures

    @staticmethod
    def _is_change(prefix: str, after: str) -> bool:
        tail = prefix[-40:]
        if _LEVEL_VERB.search(tail):
            return False
        if _CHANGE_BEFORE.search(tail) and not re.search(r"(?:trên|hơn)\s*$", tail, re.I):
            return True
        if re.search(r"\b(?:tăng|giảm|gấp|bằng)\s+(?:trên|hơn)\s*$", tail, re.I):
            return True
        if _COMPARED.search(tail):  # "cao hơn tỉnh bạn 10%": a gap, not a level
            return True
        if _NEW_INVESTMENT.search(prefix):  # "Về đầu tư mới: Cấp xã: 66 điểm cầu"
            return True
        return bool(_CHANGE_AFTER.match(after[:40]) or _CHANGE_AFTER.match(_strip_unit(after)[:40]))

    def _best(self, text: str, dated: str, fig: Figure, next_start: int, topic: Topic) -> Candidate | None:
        q = fig.q
        cs = clause_start(text, q.start)
        window = blank_parens(text, cs, q.start)
        # "dịch vụ công (DVC) mức độ 4": an abbreviation in parentheses is no aside
        post = _ABBREVIATION.sub(lambda m: " " * len(m.group()), text[q.end : next_start])
        post = re.split(r"[;()]", post, maxsplit=1)[0]
        post = re.split(r"\.(?:\s|$)", post, maxsplit=1)[0]
        best = self._best_in(fig, window, post, text, cs, topic)
        if best is None and fig.unit in ("%", "ty_dong", "per100") and cs > 0 and _SCOPE_ONLY.match(
            dated[cs : fig.q.start]
        ) and not _PLAN_REFERENCE.search(text, max(0, cs - 30), cs):
            # "Tổng doanh thu toàn ngành tăng cao; từ 127 tỷ đồng…": the clause has no words
            # of its own, so the label of the sentence names it.
            best = self._best_in(fig, blank_parens(text, 0, fig.q.start), post, text, 0, topic)
            if best is not None:
                best.sentence_level = True
        return best

    def _best_in(self, fig: Figure, window: str, post: str, text: str, cs: int,
                 topic: Topic) -> Candidate | None:
        best: Candidate | None = None
        units = [fig.unit, "%"] if fig.q.is_fraction and fig.unit == "count" else [fig.unit]
        for unit in units:
            # only the rules whose required words stand in the text they read (extract.needles)
            pairs = self._index[unit].candidates(post, window) if PREFILTER and unit in self._index else \
                [(ind, rule) for ind in self._by_unit.get(unit, []) for rule in ind.rules]
            for ind, rule in pairs:
                cand = _match(rule, ind, fig, window, post, text, cs, topic)
                if cand and (best is None or cand.score > best.score):
                    best = cand
        return best

    def _merge_fractions(self, text: str, figs: list[Figure]) -> None:
        """'221/222 xã, chiếm 99,54%' and 'đạt 74% (164/222 xã)': one share with its ratio."""
        for i, f in enumerate(figs):
            if not f.q.is_fraction or f.skip:
                continue
            partner: Figure | None = None
            if i + 1 < len(figs) and figs[i + 1].unit == "%":
                between = text[f.q.end : figs[i + 1].q.start]
                if _FRACTION_LINK.match(between) and ";" not in between:
                    partner = figs[i + 1]
            if partner is None and i > 0 and figs[i - 1].unit == "%":
                between = text[figs[i - 1].q.end : f.q.start]
                if re.fullmatch(r"\s*\(\s*", between):
                    partner = figs[i - 1]
            share_key = None
            if f.cand and f.cand.indicator.unit == "count":
                share_key = f.cand.indicator.share
            elif f.cand and f.cand.indicator.unit == "%":
                share_key = f.cand.indicator.key
            if partner is not None:
                partner.numerator, partner.denominator = f.q.numerator, f.q.denominator
                if partner.cand is None and share_key:
                    share = self.catalog.get(share_key)
                    if share is not None:
                        partner.cand = Candidate(share, f.cand.rule, 1.0, None, 0) if f.cand else None
                if f.cand and f.cand.indicator.unit == "%":
                    f.skip = True  # the explicit percentage states it
            elif share_key and f.q.denominator:
                value = round(100.0 * (f.q.numerator or 0) / f.q.denominator, 2)
                f.extra.append((share_key, value, "%"))
                f.only_extra = f.cand is not None and f.cand.indicator.unit == "%"
            if f.cand and f.cand.indicator.unit == "count":
                f.numerator, f.denominator = f.q.numerator, f.q.denominator
            elif f.cand is None:
                f.skip = True

    def _inherit(self, text: str, figs: list[Figure], dates: list[DateMention],
                 carry: Figure | None) -> None:
        """Give a label-less figure the indicator of the figure it continues, in safe cases."""
        dated = _blank_dates(text, dates)
        for i, f in enumerate(figs):
            if f.cand is not None or f.skip:
                continue
            paren = enclosing_paren(text, f.q.start)
            cs = clause_start(text, f.q.start)
            prev = next((p for p in reversed(figs[:i]) if p.indicator is not None and not p.skip), None)
            post = dated[f.q.end : f.q.end + 3]
            bare = re.match(r"\s*(?:[,;.)]|@|$)", post) is not None or f.unit in ("ty_dong", "per100")
            if prev is None:
                window = blank_parens(dated, cs, f.q.start)
                if carry is not None and carry.unit == f.unit and bare and _SCOPE_ONLY.match(window):
                    f.inherited_from, f.rule_id, f.confidence = carry, "inherit-previous-sentence", 0.6
                continue
            if prev.unit == "count" and f.unit == "%" and prev.cand is not None and prev.cand.indicator.share \
                    and _SHARE_OF_COUNT.match(text, prev.q.end, f.q.start) and prev is figs[i - 1]:
                # "621 dịch vụ công trực tuyến mức 4, đạt tỷ lệ 37,6% tổng số thủ tục": the
                # count's share, in the same clause
                share = self.catalog.get(prev.cand.indicator.share)
                if share is not None:
                    f.cand = Candidate(share, prev.cand.rule, 1.0, None, 0)
                    f.rule_id, f.confidence = prev.cand.rule.id + "+share", 0.75
                continue
            if prev.unit != f.unit:
                continue
            if paren is not None and prev.q.end <= paren and re.search(
                r"(?:năm|giai\s+đoạn|thời\s+kỳ)\s+(?:19|20)\d{2}", text[paren : f.q.start], re.I
            ):
                f.inherited_from, f.rule_id, f.confidence = prev, "inherit-historical", 0.8
                continue
            between = blank_parens(dated, max(cs, prev.q.end), f.q.start)
            if _PLAN_REFERENCE.search(text, prev.q.end, f.q.start):
                continue  # "đạt 45,6%, vượt chỉ tiêu được giao (40%)": the 40% is the plan's
            if bare and _SCOPE_ONLY.match(between) and (paren is None or prev.q.start > paren):
                f.inherited_from, f.rule_id, f.confidence = prev, "inherit-list", 0.75

    # ------------------------------------------------------------------ dates, scope
    def _date(self, text: str, fig: Figure, dates: list[DateMention], doc: Document, pub_year: int,
              fallback: str) -> None:
        q = fig.q
        after = [
            d for d in dates
            if q.end <= d.start <= q.end + 12 and d.lead in ("", "vào", "trong", "cuối")
            and re.fullmatch(r"[\s,]*", text[q.end : d.start]) and not _INTRODUCES_FIGURE.match(text, d.end)
        ]
        cs = clause_start(text, q.start)
        in_clause = [d for d in dates if cs <= d.start and d.end <= q.start and _dating(text, d, pub_year)]
        if after and "," in text[q.end : after[0].start] and in_clause:
            # "năm 2020 xếp hạng 27, năm 2021 xếp thứ 21": in a series, the year after the comma
            # opens the next item; this one's year stands before it
            after = []
        chosen: DateMention | None = after[0] if after else None
        paren = enclosing_paren(text, q.start)
        if chosen is None and paren is not None:
            # "tăng 3 hạng so với năm 2021 (xếp hạng 23)": the aside gives that year's figure
            just_before = [d for d in dates if d.year and paren - 3 <= d.end <= paren and d.year <= pub_year]
            chosen = just_before[-1] if just_before else None
        if chosen is None:
            chosen = in_clause[-1] if in_clause else None
        if chosen is None:
            earlier = [
                d for d in dates
                if d.end <= q.start and _dating(text, d, pub_year) and enclosing_paren(text, d.start) is None
            ]
            chosen = earlier[-1] if earlier else None
        if chosen is not None and (chosen.year or 0) <= pub_year:
            fig.as_of = chosen.value
            if chosen.period:
                fig.period = f"{chosen.period[0]}-{chosen.period[1]}"
        elif fig.indicator is not None and fig.indicator.unit == "ty_dong":
            fig.as_of = revenue_date(doc.published, fallback)
        elif fig.indicator is not None and fig.indicator.unit == "rank":
            fig.as_of = rank_date(pub_year, fallback)
        else:
            fig.as_of = fallback

    @staticmethod
    def _scope(text: str, fig: Figure, province: str) -> None:
        """The figure's level (cấp xã …) and owner (the country, another province, a district)."""
        ind = fig.indicator
        label = fig.cand.label_start if fig.cand and fig.cand.label_start is not None else max(0, fig.q.start - 40)
        if ind is not None and not names_its_level(ind.key):
            after_end = fig.cand.after_end if fig.cand else 0
            fig.scope = scope.level(text, label, fig.q.start, fig.q.end, after_end, rank=ind.unit == "rank") \
                or fig.scope
        whose = scope.owner(text, label, fig.q.start, province)
        if whose == "national" and ind is not None and ind.unit == "rank":
            whose = None  # "xếp thứ 17/63 tỉnh, thành phố trong cả nước": a place among the country's provinces
        if whose is not None and (whose != "district" or fig.scope == "province"):
            fig.scope = whose

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
        return self._observations(doc, row, fig, ind)

    # ------------------------------------------------------------------ output
    def _observations(self, doc: Document, sent: Sentence, fig: Figure, ind: Indicator) -> list[Observation]:
        quote, start, end = _quote(doc, sent)
        rule = fig.rule_id or (fig.cand.rule.id if fig.cand else "")
        conf = calibrated(rule, fig.confidence or _confidence(fig.cand))
        out = []
        value = fig.q.numerator if fig.q.is_fraction and fig.q.numerator is not None else fig.q.value
        if not fig.only_extra:
            for key in self._level_keys(ind, sent.text, fig):
                out.append(self._obs(doc, key, value, ind.unit, fig, quote, start, end, rule, conf, False))
        for key, v, unit in fig.extra:
            out.append(self._obs(doc, key, v, unit, fig, quote, start, end, rule + "+derived", conf - 0.05, True))
        return out

    def _level_keys(self, ind: Indicator, text: str, fig: Figure) -> list[str]:
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
            if self.catalog.get(key) is not None and key not in keys:
                keys.append(key)
        return keys or [ind.key]

    def _obs(self, doc: Document, key: str, value: float, unit: Unit, fig: Figure, quote: str,
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

    @staticmethod
    def _target(doc: Document, sent: Sentence, fig: Figure, ind: Indicator, deadline: str | None) -> TargetCandidate:
        quote, start, end = _quote(doc, sent)
        comparator = {"gt": ">", "ge": ">=", "lt": "<", "le": "<=", "approx": ">=", "eq": "="}[fig.qualifier]
        if ind.unit == "rank" and comparator == "=":
            comparator = "<="
        return TargetCandidate(doc.id, doc.province, ind.key, comparator, fig.q.value, ind.unit, deadline,
                               quote, start, end, fig.cand.rule.id if fig.cand else fig.rule_id)


def _respectively(text: str, figs: list[Figure]) -> None:
    """'… cấp tỉnh, huyện, xã lần lượt là 85%, 60% và 40%': the i-th figure is the i-th item.

    When the items are the levels of government, each figure gets its level as scope.
    Otherwise a label that stands before 'lần lượt' names one item of a list, not every
    figure (the nearest label is the last item's), so those figures are left out.
    """
    for r in scope.respectively(text):
        run = [f for f in figs if r.start < f.q.start < r.end and f.indicator is not None and not f.skip]
        if len(run) > 1 and len(r.levels) == len(run):
            for f, level in zip(run, r.levels, strict=True):
                f.scope = level
            continue
        for f in run:
            if f.inherited_from is not None or (f.cand is not None and f.cand.label_start is not None
                                                and f.cand.label_start < r.start):
                f.skip = True


def _confidence(cand: Candidate | None) -> float:
    if cand is None:
        return 0.0
    if cand.sentence_level or cand.rule.topic is not None:
        return 0.7
    both = cand.rule.before_re is not None and cand.rule.after_re is not None
    return 0.9 if both else 0.85 if cand.rule.after_re is not None else 0.8


def _strip_unit(after: str) -> str:
    return re.sub(r"^\s*(?:%|tỷ\s+đồng|thuê\s+bao|TB|\w+)\s*", "", after, count=1)


_COMPARED = re.compile(r"\b(?:cao|thấp|nhiều|ít)\s+hơn\s+(?:so\s+với\s+)?[^\d,;.:()]{1,25}?\s*$", re.I)
# Words that make the figure after them a reference, not a second value of the one before:
# the plan ("vượt chỉ tiêu được giao (40%)"), a comparison, the country's average.
_PLAN_REFERENCE = re.compile(r"\b(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu|so\s+với|bình\s+quân|cả\s+nước)", re.I)
_UNITS_REACHING = re.compile(
    r"(?<![/\d.,])\b\d+\s+(?:huyện|xã|phường|đơn\s+vị|cơ\s+quan|sở|ngành|địa\s+phương|doanh\s+nghiệp|trường)"
    r"\s+(?:đều\s+|đã\s+)?(?:đạt|có)\s*$", re.I)
_ABBREVIATION = re.compile(r"\s*\((?:[A-ZĐ][A-ZĐ&\-]{1,9}|[A-ZĐ]+,\s*[A-ZĐ]+(?:,\s*[A-ZĐ]+)?)\)")
# "Mật độ điện thoại/100 dân đạt 140 thuê bao": a density whose '/100 dân' stands in the label
_PER100_LABEL = re.compile(r"mật\s+độ[^.;%\d]{0,40}?/\s*100\s*(?:dân|người)[^.;%\d]{0,20}$", re.I)
_NEW_INVESTMENT = re.compile(r"\bđầu\s+tư\s+(?:mới|bổ\s+sung|thêm)|\blắp\s+đặt\s+mới|\btrang\s+bị\s+(?:mới|thêm)", re.I)
_LEVELS = ("commune", "district", "province_agencies")
_NEXT_PLACE = re.compile(r"(?:,|;|\bvà)\s+(?:xếp\s+)?thứ\s*$", re.I)
_VERB_BEFORE = 16  # characters before a number that an after-phrase rule's exclusion also sees
_SHARE_OF_COUNT = re.compile(r"[^;()%]{0,60}?,\s*(?:đạt|chiếm)\s+(?:tỷ\s+lệ\s+|tỉ\s+lệ\s+)?"
                             r"(?:khoảng\s+|gần\s+|trên\s+|hơn\s+)?$", re.I)

# A date that opens the next figure ("đạt 92,5%, năm 2022 là 75%") is that figure's, not
# the one before it.
_INTRODUCES_FIGURE = re.compile(
    r"\s*(?:là|đạt|chỉ\s+đạt|mới\s+đạt|chiếm|có|:)\s*(?:khoảng|trên|gần|hơn|dưới|ước)?\s*\d", re.I)

_TOPIC_REACH = 3000  # characters before a sentence where its paragraph's topic may stand

# The title and the opening paragraph name the period a document reports on.
_LEAD_CHARS = 600

_PERCENT = re.compile(r"\d\s*%")
_PERCENT_END = re.compile(r"\d\s*%\s*$")
# A number that opens a new item of a list right after a comma ("…, 100% văn bản được gửi"):
# the label before the comma belongs to the item before it
_NEW_ITEM = re.compile(r"[,;]\s*(?:(?:và|có|đạt|trên|hơn|gần|khoảng)\s+)?$")


def _match(rule: Rule, ind: Indicator, fig: Figure, window: str, post: str, text: str, cs: int,
           topic: Topic) -> Candidate | None:
    q = fig.q
    if rule.fraction and not q.is_fraction:
        return None
    if q.is_fraction and ind.unit == "count" and not rule.fraction:
        return None
    after_end = 0
    if rule.after_re is not None:
        m = rule.after_re.match(post)
        if not m:
            return None
        after_end = m.end()
    elif ind.unit == "count" and not rule.bare:
        return None
    label_start: int | None = None
    distance = 0
    if rule.before_re is not None:
        matches = list(rule.before_re.finditer(window))
        last = matches[-1] if matches else None
        if last is None:
            return None
        label_start = cs + last.start()
        distance = len(window) - last.end()
        if rule.bare and rule.after_re is None and not re.match(r"^\s*(?:[,;.)(]|$|và\b)", post):
            return None
    elif rule.after_re is None and ind.unit in ("count", "%"):
        return None
    if rule.near_re is not None and not rule.near_re.search(text):
        return None
    if rule.topic_re is not None:
        # the topic may stand in the title; what vetoes it, only in the paragraph (a title
        # names the article's subject, not what this paragraph is about)
        context = topic.before + "\n" + text[: q.start]
        if not (rule.topic_re.search(context) or rule.topic_re.search(topic.title)):
            return None
        if rule.exclude_re is not None and rule.exclude_re.search(context):
            return None
    if ind.rank_of and q.denominator is not None and q.denominator not in ind.rank_of:
        return None  # "thứ 3/14": a place in another ranking (a region's provinces)
    if rule.exclude_re is not None:
        if label_start is not None:  # the label, the words that qualify it just before ("dịch vụ
            # công đủ điều kiện mức độ 4"), and what follows the number
            qualifier = re.split(r"[,;:]", window[max(0, label_start - cs - _VERB_BEFORE) : label_start - cs])[-1]
            share_of = _SHARE_OF.search(window, 0, label_start - cs) if ind.unit == "%" else None
            if share_of is not None:  # "tỷ lệ thủ tục … đủ điều kiện … được cung cấp dưới hình thức DVC
                # toàn trình đạt 100%": a share's own words start at its "tỷ lệ", however far back
                qualifier = window[share_of.start() : label_start - cs]
            # after the number: its own phrase, or (a label alone) the words up to the next comma
            # (within its clause: "… 1.235.600 thuê bao, trong đó di động …" is not qualified by "di động")
            following = post[:after_end] + re.split(r"[,;]", post[after_end : after_end + 20])[0] if after_end \
                else re.split(r"[,;]", post[:30])[0]
            zone = qualifier + window[label_start - cs :] + " " + following
            paren = enclosing_paren(text, q.start) if ind.unit == "rank" else None
            if paren is not None:  # "hoạt động chính quyền số (xếp thứ nhất)": what is ranked
                zone = text[max(0, paren - 40) : paren] + " " + zone  # stands before the parenthesis
        elif ind.unit == "rank":  # which ranking: the sentence before it says, or what follows
            # ("… chỉ số thành phần … (xếp thứ 3/63)", "thứ 3/63 tỉnh, thành phố về chỉ số thành phần")
            zone = text[: q.start] + " " + post[:60]
        elif rule.after_re is None:  # no words of its own: the whole clause speaks for it
            zone = window + " " + post[:20]
        else:  # the after-phrase and the words that qualify it ("… được tích hợp"), and the
            # verb just before the number ("đã thu hồi 743 chữ ký số", "tích hợp 1.594 dịch vụ")
            zone = re.split(r"[,;:]", window[-_VERB_BEFORE:])[-1] + " " + post[: after_end + 20]
        if rule.exclude_re.search(zone):
            return None
    # A long, specific phrase after the number outweighs a generic noun plus a label;
    # among labels the nearest wins. A label that another percentage already owns (it
    # stands right after it, or between it and this number: "100% hồ sơ công việc cấp
    # tỉnh, 85% cấp huyện", "… cấp tỉnh đạt 92%, cấp huyện đạt 80%") still serves when
    # nothing else fits (a past value of the same label), but loses to a phrase or a
    # label of this number's own.
    score = after_end + (20 if rule.before_re is not None else 0) - distance / 10
    if label_start is not None and (_PERCENT_END.search(window, 0, label_start - cs)
                                    or _PERCENT.search(window, label_start - cs + 1)
                                    or _PERCENT.search(window, 0, label_start - cs) and _NEW_ITEM.search(window)):
        score -= 15
    if rule.after_re is None and rule.before_re is None:
        score = 5.0
    score += rule.priority
    return Candidate(ind, rule, score, label_start, after_end)


def _blank_dates(text: str, dates: list[DateMention]) -> str:
    """The text with date mentions replaced by '@' runs (same length)."""
    chars = list(text)
    for d in dates:
        chars[d.start : d.end] = "@" * (d.end - d.start)
    return "".join(chars)


def _dating(text: str, d: DateMention, pub_year: int) -> bool:
    """Does this date mention date the figures after it (not a comparison, not a reference)?"""
    if d.lead.startswith(("so", "từ")) or d.kind == "dm":
        return False
    if d.kind in ("dmy", "dmy_words") and _DOCREF_BEFORE.search(text[max(0, d.start - 60) : d.start]):
        return False
    return (d.year or 0) <= pub_year


def _deadline(dates: list[DateMention], pub_year: int) -> str | None:
    future = [d for d in dates if (d.year or 0) > pub_year]
    return future[0].value if future else None


def _quote(doc: Document, sent: Sentence) -> tuple[str, int, int]:
    """The sentence as published (its spaces and line breaks kept, offsets into the original
    text), in NFC: a decomposed source must not reach the report as decomposed text."""
    s, e = doc.body.original_span(sent.start, sent.end)
    return unicodedata.normalize("NFC", doc.body.original[s:e]), doc.body_offset + s, doc.body_offset + e


def _dedupe(obs: list[Observation]) -> list[Observation]:
    seen: set[str] = set()
    out = []
    for o in obs:
        if o.id in seen:
            continue
        seen.add(o.id)
        out.append(o)
    return out
