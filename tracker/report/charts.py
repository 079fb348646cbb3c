"""Small SVG charts written by hand: no plotting library, identical bytes on every machine.

SVG because it embeds in the HTML report, prints sharp in the PDF, and opens in any
browser; the text is Vietnamese, escaped, in the report's serif font.
"""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from tracker.evaluate.status import Status
from tracker.text.numbers import format_quantity

WIDTH, HEIGHT = 640, 320
_LEFT, _RIGHT, _TOP, _BOTTOM = 70, 20, 40, 50


def line_chart(title: str, points: list[tuple[date, float]], unit: str, *, target: float | None = None) -> str:
    """A time series as an SVG line chart, with the target as a dashed line when given."""
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
             f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="Liberation Serif, Times New Roman, serif" font-size="12">',
             _text(WIDTH / 2, 20, title, extra=' font-size="14" font-weight="bold"')]
    if not points:
        parts.append(f'<text x="{WIDTH / 2}" y="{HEIGHT / 2}" text-anchor="middle">{Status.no_data.label}</text></svg>')
        return "\n".join(parts)
    values = [v for _, v in points] + ([target] if target is not None else [])
    low, high = min(0.0, *values), max(values) or 1.0
    if unit == "%":
        high = max(high, 100.0) if high > 80 else high
    first, last = points[0][0].toordinal(), points[-1][0].toordinal()
    span = max(1, last - first)
    plot_w, plot_h = WIDTH - _LEFT - _RIGHT, HEIGHT - _TOP - _BOTTOM

    def x(d: date) -> float:
        return round(_LEFT + (d.toordinal() - first) / span * plot_w if len(points) > 1 else _LEFT + plot_w / 2, 1)

    def y(v: float) -> float:
        return round(_TOP + plot_h - (v - low) / ((high - low) or 1.0) * plot_h, 1)

    parts.append(f'<line x1="{_LEFT}" y1="{_TOP + plot_h}" x2="{_LEFT + plot_w}" y2="{_TOP + plot_h}" stroke="#000"/>')
    parts.append(f'<line x1="{_LEFT}" y1="{_TOP}" x2="{_LEFT}" y2="{_TOP + plot_h}" stroke="#000"/>')
    for v in (low, (low + high) / 2, high):
        parts.append(_text(_LEFT - 6, y(v) + 4, format_quantity(v, unit), anchor="end"))
    if target is not None:
        parts.append(f'<line x1="{_LEFT}" y1="{y(target)}" x2="{_LEFT + plot_w}" y2="{y(target)}" '
                     'stroke="#a00" stroke-dasharray="6 4"/>')
        parts.append(f'<text x="{_LEFT + plot_w}" y="{y(target) - 5}" text-anchor="end" fill="#a00">'
                     f'Mục tiêu {escape(format_quantity(target, unit))}</text>')
    path = " ".join(f"{x(d)},{y(v)}" for d, v in points)
    parts.append(f'<polyline points="{path}" fill="none" stroke="#036" stroke-width="2"/>')
    for d, v in points:
        parts.append(f'<circle cx="{x(d)}" cy="{y(v)}" r="3.5" fill="#036"/>')
        parts.append(_text(x(d), y(v) - 8, format_quantity(v, unit)))
        parts.append(_text(x(d), _TOP + plot_h + 18, f"{d.day}/{d.month}/{d.year}"))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def bar_chart(title: str, items: list[tuple[str, float, str]], unit: str) -> str:
    """Horizontal bars, one per (label, value, value text), in the given order; 0..100 for shares."""
    label_w, bar_w, row_h = 230, 300, 22
    height = _TOP + max(1, len(items)) * row_h + 20
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
             f'viewBox="0 0 {WIDTH} {height}" font-family="Liberation Serif, Times New Roman, serif" font-size="12">',
             _text(WIDTH / 2, 20, title, extra=' font-size="14" font-weight="bold"')]
    if not items:
        parts.append(_text(WIDTH / 2, _TOP + 14, Status.no_data.label))
    high = max([v for _, v, _ in items] + [100.0 if unit == "%" else 0.0]) or 1.0  # no figures: an empty chart
    for i, (label, value, text) in enumerate(items):
        top = _TOP + i * row_h
        width = round(max(0.0, value) / high * bar_w, 1)
        parts.append(_text(label_w - 8, top + 15, label, anchor="end"))
        parts.append(f'<rect x="{label_w}" y="{top + 4}" width="{width}" height="{row_h - 8}" fill="#036"/>')
        parts.append(_text(label_w + width + 6, top + 15, text, anchor="start"))
    parts.append(f'<line x1="{label_w}" y1="{_TOP}" x2="{label_w}" y2="{_TOP + max(1, len(items)) * row_h}" '
                 'stroke="#000"/>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def progress_chart(actual: tuple[date, float], target: tuple[date, float], unit: str, *,
                   baseline: tuple[date, float] | None = None) -> str:
    """A sparkline for one table row: the expected path from the baseline to the target (dashed),
    the target at its deadline (open square), and the actual (filled dot). No text: the row has it."""
    w, h, pad = 64, 28, 4
    points = [actual, target] + ([baseline] if baseline else [])
    first = min(d for d, _ in points).toordinal()
    span = max(1, max(d for d, _ in points).toordinal() - first)
    high = max(v for _, v in points) * 1.1 or 1.0
    if unit == "%":
        high = min(max(high, 1.0), 100.0) if max(v for _, v in points) <= 100 else high

    def xy(p: tuple[date, float]) -> tuple[float, float]:
        x = pad + (p[0].toordinal() - first) / span * (w - 2 * pad)
        return round(x, 1), round(h - pad - max(0.0, p[1]) / high * (h - 2 * pad), 1)

    (ax, ay), (tx, ty) = xy(actual), xy(target)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="spark" width="{w}" height="{h}" '
             f'viewBox="0 0 {w} {h}" role="img">',
             f'<line x1="{pad}" y1="{h - pad}" x2="{w - pad}" y2="{h - pad}" stroke="#000" stroke-width="0.5"/>']
    if baseline:
        bx, by = xy(baseline)
        parts.append(f'<line x1="{bx}" y1="{by}" x2="{tx}" y2="{ty}" stroke="#000" stroke-width="0.8" '
                     'stroke-dasharray="2 2"/>')
        parts.append(f'<circle cx="{bx}" cy="{by}" r="1.8" fill="#fff" stroke="#000" stroke-width="0.6"/>')
    parts.append(f'<rect x="{tx - 2.2}" y="{ty - 2.2}" width="4.4" height="4.4" fill="#fff" stroke="#000" '
                 'stroke-width="0.8"/>')
    parts.append(f'<circle cx="{ax}" cy="{ay}" r="2.4" fill="#000"/>')
    parts.append("</svg>")
    return "".join(parts)


def _text(x: float, y: float, text: str, *, anchor: str = "middle", extra: str = "") -> str:
    return f'<text x="{x}" y="{y}" text-anchor="{anchor}"{extra}>{escape(text)}</text>'
