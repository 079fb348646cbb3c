"""The indicator catalog: what each indicator is, and the rules that recognise it.

Indicators are data (`tracker/data/indicators.yaml`, extendable by a workspace
`indicators.yaml`), so a user can add wording without touching code. A rule says where the
words must stand relative to the number:

- `after`: a pattern that must match the words right after the number and its unit
  ("03 *cơ quan báo chí*", "100% *cơ quan, đơn vị … kết nối mạng*"); a plural determiner
  before them ("100% *các* cơ quan", "*những* …") is skipped for every rule;
- `before`: a label that must stand earlier in the same clause ("*mức độ 4*: 273 thủ tục");
  the label nearest the number wins;
- `near`: words that must appear somewhere in the sentence;
- `topic`: words that must appear earlier in the paragraph or in the title (the sector a
  paragraph is about); `exclude` then also vetoes on that context;
- `exclude`: words that veto the match when they stand in the label window or after-phrase;
- `fraction`: the rule only applies to "70/86 xã"-style fractions.
- `all`: a list of patterns that must all stand, in any order, in the number's own stretch of
  its clause (from after the figure before it to the end of the phrase after it): the concepts
  an indicator is made of ("hồ sơ" + "trực tuyến"), for wordings no phrase rule foresaw. Such a
  rule is the last resort, and its figures are calibrated together below the report's
  threshold: on the test part they were right 10 times in 11, on train 3 in 5.
Patterns are case-insensitive regular expressions over NFC text with modern tone placement.

Real texts name one thing many ways (a BTS station is also a "trạm thu phát sóng", an
"điểm thu, phát sóng", a "vị trí trạm"). Such synonyms are listed once, as plain words, under
`terms:`; a pattern names the list as `{station}` and the loader composes the alternatives,
so adding a synonym is one line of words, no regular expression. A workspace catalog may use
the shipped terms and add its own.
"""

from __future__ import annotations

import difflib
import re
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

from tracker.errors import ConfigError, Problem
from tracker.extract.model import Unit
from tracker.i18n import msg
from tracker.yamlio import Positions, problems_from_validation, read_config, read_config_text


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    before: str | None = None
    after: str | None = None
    near: str | None = None
    # words that must stand earlier in the paragraph (or in the title) instead of the clause:
    # the sector a paragraph is about ("Lĩnh vực bưu chính, … Tỉnh có 26 doanh nghiệp")
    topic: str | None = None
    exclude: str | None = None
    fraction: bool = False
    priority: int = 0  # added to the rule's score: a specific label that must win over a generic phrase
    bare: bool = False  # a before-label may stand with no noun after the number
    # words that must all stand in the number's own stretch of its clause, in any order: the
    # concepts an indicator is made of, for wordings no phrase rule foresaw (see extract.matching)
    all: list[str] = []

    @field_validator("all")
    @classmethod
    def _all_compile(cls, v: list[str], info: ValidationInfo) -> list[str]:
        for pattern in v:
            cls._compiles(pattern, info)
        return v

    @field_validator("before", "after", "near", "topic", "exclude")
    @classmethod
    def _compiles(cls, v: str | None, info: ValidationInfo) -> str | None:
        # The shipped catalog is compiled by its tests (tests/extract/test_catalog.py); a
        # report, which never runs a rule, need not compile its 200 patterns on every start.
        if v is not None and not (info.context or {}).get("trusted"):
            try:
                re.compile(v)
            except re.error as exc:
                raise ValueError(msg("biểu thức chính quy không hợp lệ: {error}", error=exc)) from exc
        return v

    @cached_property
    def before_re(self) -> re.Pattern[str] | None:
        return re.compile(self.before, re.I) if self.before else None

    @cached_property
    def after_re(self) -> re.Pattern[str] | None:
        return re.compile(r"\s*(?:(?:các|những)\s+)?(?:" + self.after + ")", re.I) if self.after else None

    @cached_property
    def after_needles(self) -> frozenset[str] | None:
        """Words an after-phrase match must contain (see extract.needles)."""
        from tracker.extract.needles import needles

        return needles(self.after) if self.after else None

    @cached_property
    def concept_needles(self) -> frozenset[str] | None:
        """Words a concept rule cannot match without: its first concept's."""
        from tracker.extract.needles import needles

        return needles(self.all[0]) if self.all else None

    @cached_property
    def before_needles(self) -> frozenset[str] | None:
        from tracker.extract.needles import needles

        return needles(self.before) if self.before else None

    @cached_property
    def all_re(self) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, re.I) for p in self.all)

    @cached_property
    def near_re(self) -> re.Pattern[str] | None:
        return re.compile(self.near, re.I) if self.near else None

    @cached_property
    def topic_re(self) -> re.Pattern[str] | None:
        return re.compile(self.topic, re.I) if self.topic else None

    @cached_property
    def exclude_re(self) -> re.Pattern[str] | None:
        return re.compile(self.exclude, re.I) if self.exclude else None


class DerivedFrom(BaseModel):
    """A share computed as 100 × numerator / denominator, both count indicators."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    numerator: str
    denominator: str


class Ranking(BaseModel):
    """An assessment that ranks the provinces on an indicator, and the last year it did so."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str  # a pattern naming it
    until: int | None = None

    @cached_property
    def name_re(self) -> re.Pattern[str]:
        return re.compile(self.name, re.I)


class Whole(BaseModel):
    """The count a share's fraction gives as its whole, and the noun that must follow the fraction."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str
    noun: str  # a pattern: the words right after the fraction ("hồ sơ")

    @cached_property
    def noun_re(self) -> re.Pattern[str]:
        return re.compile(r"\s*(?:" + self.noun + ")", re.I)


class Indicator(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str
    unit: Unit
    direction: Literal["higher", "lower"] = "higher"
    area: str | None = None
    share: str | None = None  # for a count: the share indicator a "70/86 xã" fraction also gives
    # for a share: the count indicator the whole of its fraction is, when the fraction names what it
    # counts ("toàn tỉnh có 34.020/277.307 hồ sơ giải quyết trực tuyến": 277.307, all the dossiers)
    whole: Whole | None = None
    derived_from: DerivedFrom | None = None
    # for a rank: the sizes of the ranking it is a place in; "thứ 3/14" (a region's
    # provinces) is then another ranking's place, not this one's
    rank_of: list[int] = []
    # for a rank: the assessments that rank it, by name, and the last year each did: a place
    # in one of them dated later is another ranking's (the ICT Index goes on beside the DTI)
    rankings: list[Ranking] = []
    # for a rank: a pattern naming the parts of its ranking (pillars, component indices). Their
    # places are not the indicator's; but where the province itself holds the place, the parts
    # named elsewhere in the sentence or paragraph ("03 trục là chính quyền số, kinh tế số …")
    # describe the ranking and do not veto it (extract.scope.province_placed)
    components: str | None = None
    # a share of which one level of government's or one agency's part is a subset, not the
    # indicator (DESIGN §6: "dossiers of one level of government, of one agency"): "… chỉ đạt
    # 43,08% (cấp tỉnh đạt 19,73%, cấp huyện đạt 71,84%, …)" gives the province's 43,08% only.
    # A count's part is never the total (engine); a share of other indicators keeps its scope.
    # The dossier figures of one office (the service centre, one level's one-stop office) are
    # such parts too (extract.scope.office_of).
    parts_by_level: bool = False
    rules: list[Rule] = []

    @cached_property
    def components_re(self) -> re.Pattern[str] | None:
        return re.compile(self.components, re.I) if self.components else None


_TERM_REF = re.compile(r"\{([a-z_]+)\}")
_PATTERN_FIELDS = ("before", "after", "near", "topic", "exclude", "all")


def term_pattern(phrases: list[str]) -> str:
    """The alternatives of a synonym list: each phrase literal, any run of spaces (or a comma
    with spaces: 'thu, phát sóng' = 'thu phát sóng') between words; longest first."""
    alts = []
    for phrase in sorted(phrases, key=len, reverse=True):
        words = [re.escape(w) for w in re.split(r"[\s,]+", phrase.strip()) if w]
        alts.append(r"(?:,\s*|\s+)".join(words) if len(words) > 1 else words[0])
    return "(?:" + "|".join(alts) + ")"


def expand_terms(data: object, inherited: dict[str, list[str]] | None = None) -> object:
    """The raw catalog with every `{term}` of its rule patterns replaced by the term's
    alternatives; an unknown term is left as written, for the pattern check to report."""
    if not isinstance(data, dict):
        return data
    terms = dict(inherited or {})
    own = data.get("terms")
    if isinstance(own, dict):
        terms.update({k: v for k, v in own.items() if isinstance(v, list) and all(isinstance(x, str) for x in v)})
    if not terms:
        return data
    compiled = {k: term_pattern(v) for k, v in terms.items() if v}

    def sub(pattern: object) -> object:
        if isinstance(pattern, list):
            return [sub(p) for p in pattern]
        if not isinstance(pattern, str):
            return pattern
        return _TERM_REF.sub(lambda m: compiled.get(m.group(1), m.group(0)), pattern)

    out = dict(data)
    inds = out.get("indicators")
    if isinstance(inds, list):
        out["indicators"] = [
            {**ind, "rules": [{**r, **{f: sub(r[f]) for f in _PATTERN_FIELDS if f in r}} if isinstance(r, dict) else r
                              for r in ind["rules"]]}
            if isinstance(ind, dict) and isinstance(ind.get("rules"), list) else ind
            for ind in inds
        ]
    return out


class Catalog(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = 1
    terms: dict[str, list[str]] = {}
    indicators: list[Indicator]

    @cached_property
    def by_key(self) -> dict[str, Indicator]:
        return {i.key: i for i in self.indicators}

    def get(self, key: str) -> Indicator | None:
        return self.by_key.get(key)

    @cached_property
    def concept_rules(self) -> frozenset[str]:
        """The ids of the concept rules (`all`): figures read where no phrase rule fit, guesses."""
        return frozenset(r.id for ind in self.indicators for r in ind.rules if r.all)

    def closest(self, key: str) -> str | None:
        """The known key nearest to a mistyped one ('stations_5' → 'stations_5g'), if any is close."""
        close = difflib.get_close_matches(key, list(self.by_key), n=1)
        return close[0] if close else None

    def merged(self, other: Catalog) -> Catalog:
        """This catalog with `other`'s entries added or replacing same-key entries."""
        keys = {i.key: i for i in self.indicators}
        for ind in other.indicators:
            keys[ind.key] = ind
        return Catalog(version=self.version, terms={**self.terms, **other.terms}, indicators=list(keys.values()))


def _load(text: str, path: str, terms: dict[str, list[str]] | None = None, *, trusted: bool = False) -> Catalog:
    return read_config(text, path, lambda data, positions: _validated(data, positions, path, terms, trusted))


def _validated(data: object, positions: Positions, path: str, terms: dict[str, list[str]] | None,
               trusted: bool) -> Catalog:
    try:
        return Catalog.model_validate(expand_terms(data, terms), context={"trusted": trusted})
    except ValidationError as exc:
        raise ConfigError(problems_from_validation(exc, positions, path)) from None


@lru_cache(maxsize=1)
def default_catalog() -> Catalog:
    """The catalog shipped with the package (read once per process; treat it as read-only)."""
    text = resources.files("tracker").joinpath("data/indicators.yaml").read_text("utf-8")
    cat = _load(text, "tracker/data/indicators.yaml", trusted=True)
    _check_references(cat, "tracker/data/indicators.yaml")
    return cat


def load_catalog(workspace_file: Path | None = None) -> Catalog:
    """The shipped catalog, extended by a workspace `indicators.yaml` when there is one (checked
    once while its text is unchanged: one command may ask for it several times; treat it as
    read-only)."""
    base = default_catalog()
    if workspace_file is None or not workspace_file.exists():
        return base
    return _workspace_catalog(str(workspace_file), read_config_text(workspace_file))


@lru_cache(maxsize=4)
def _workspace_catalog(workspace_file: str, text: str) -> Catalog:
    """The merged catalog of a workspace file's text (keyed by the text: an edit is a new entry)."""
    base = default_catalog()
    extra = _load(text, workspace_file, base.terms)
    dup = _duplicate_keys(extra)
    if dup:
        raise ConfigError([Problem(workspace_file, None, None, msg("khóa trùng: {key}", key=dup))])
    merged = base.merged(extra)
    _check_references(merged, workspace_file)
    return merged


def _check_references(cat: Catalog, path: str) -> None:
    """Every `share`, `whole` and `derived_from` key names an indicator of the right unit."""
    problems = []
    for ind in cat.indicators:
        refs = [("share", ind.share, "%")] if ind.share else []
        if ind.whole:
            refs.append(("whole.key", ind.whole.key, "count"))
        if ind.derived_from:
            refs += [("derived_from.numerator", ind.derived_from.numerator, "count"),
                     ("derived_from.denominator", ind.derived_from.denominator, "count")]
        for field, key, unit in refs:
            other = cat.get(key)
            if other is None or other.unit != unit:
                problems.append(Problem(path, None, None,
                                        msg("{field}: '{key}' không phải chỉ tiêu đơn vị {unit} trong danh mục",
                                            field=f"{ind.key}.{field}", key=key, unit=unit)))
    if problems:
        raise ConfigError(problems)


def _duplicate_keys(cat: Catalog) -> str | None:
    seen: set[str] = set()
    for ind in cat.indicators:
        if ind.key in seen:
            return ind.key
        seen.add(ind.key)
    return None
