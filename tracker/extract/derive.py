"""Shares computed from two counts stated in the same document.

"Tỉnh cung cấp 1.820 dịch vụ công trực tuyến, trong đó 350 dịch vụ mức độ 4" states a
level-4 share of 19,23% without writing it. The catalog says which shares can be derived
(`derived_from: {numerator: …, denominator: …}`); this pass computes them per document,
for figures with the same as-of date and scope, only when the document does not state the
share itself, and records the two input figures in the provenance (`inputs`, the quotes).
"""

from __future__ import annotations

from dataclasses import replace

from tracker.extract.catalog import Catalog
from tracker.extract.model import MIN_CONFIDENCE, Observation, stable_id

# Inputs below this confidence do not feed a derived figure (the same bar as a report's).


def derive_shares(catalog: Catalog, observations: list[Observation]) -> list[Observation]:
    """The derived shares of one document's observations (never ones it already states)."""
    out: list[Observation] = []
    stated = {(o.indicator, o.as_of, o.scope) for o in observations}
    usable = [o for o in observations if not o.derived and o.qualifier == "eq"
              and o.confidence >= MIN_CONFIDENCE]
    for ind in catalog.indicators:
        spec = ind.derived_from
        if spec is None:
            continue
        nums = [o for o in usable if o.indicator == spec.numerator]
        dens = {(o.as_of, o.scope): o for o in usable if o.indicator == spec.denominator}
        for num in nums:
            den = dens.get((num.as_of, num.scope))
            if den is None or den.value <= 0 or num.value > den.value:
                continue
            if (ind.key, num.as_of, num.scope) in stated:
                continue
            quote = num.quote if num.quote == den.quote else f"{den.quote} … {num.quote}"
            value = round(100 * num.value / den.value, 2)
            first, last = sorted((num, den), key=lambda o: o.start)
            out.append(replace(
                num,
                id=stable_id(num.doc, ind.key, quote, value, num.as_of),
                indicator=ind.key, value=value, unit=ind.unit, qualifier="eq",
                numerator=num.value, denominator=den.value, quote=quote,
                start=first.start, end=max(first.end, last.end),
                rule=f"derived:{spec.numerator}/{spec.denominator}",
                confidence=round(min(num.confidence, den.confidence) - 0.05, 2),
                derived=True, inputs=(num.id, den.id),
            ))
            stated.add((ind.key, num.as_of, num.scope))
    return out
