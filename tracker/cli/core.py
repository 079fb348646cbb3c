"""Commands along the main data flow: report, status, extract, eval, validate, schema, provinces."""

from __future__ import annotations

import csv
import io
import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Column, Table

from tracker import pipeline
from tracker.cli.common import (
    ProvinceOpt,
    WorkersOpt,
    WorkspaceOpt,
    app,
    err,
    open_workspace_store,
    out,
    parse_date,
    progress,
    user_errors,
    warn_problems,
    workspace,
)
from tracker.errors import UserError
from tracker.evaluate.status import to_json
from tracker.extract.scoring import Pred, load_gold, score, score_by_indicator
from tracker.provinces import at as at_date
from tracker.provinces import lookup, merger_date, predecessors, registry
from tracker.report.data import format_date
from tracker.store.figures import current
from tracker.store.queries import candidates


@app.command()
def report(
    province: ProvinceOpt,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Ngày báo cáo YYYY-MM-DD (mặc định: hôm nay).")] = None,
    so: Annotated[str | None, typer.Option("--so", help="Số văn bản, ví dụ 05.")] = None,
    draft: Annotated[bool, typer.Option("--draft", help="Để trống số văn bản (bản dự thảo).")] = False,
    fmt: Annotated[str, typer.Option("--format", help="Định dạng, phân cách bằng dấu phẩy: pdf,html.")] = "pdf,html",
    workers: WorkersOpt = 1,
    workspace_dir: WorkspaceOpt = None,
) -> None:
    """Lập báo cáo của một tỉnh (PDF và HTML) vào thư mục reports/."""
    with user_errors():
        formats = tuple(f.strip().lower() for f in fmt.split(",") if f.strip())
        bad = [f for f in formats if f not in pipeline.FORMATS]
        if bad or not formats:
            raise UserError(f"Định dạng không hỗ trợ: {', '.join(bad) or fmt}.", "dùng pdf, html hoặc pdf,html")
        ws = workspace(workspace_dir)
        when = parse_date(as_of)
        with progress("Đọc văn bản") as tick:
            result = pipeline.make_report(ws, province, when, number=None if draft else so, formats=formats,
                                          workers=workers, progress=tick)
    warn_problems(result.problems)
    _note_merged(province, when)
    counts = ", ".join(f"{c.label}: {c.count}" for c in result.data.counts if c.count)
    out.print(f"Đã lập báo cáo {result.data.province_name} ({len(result.data.rows)} chỉ tiêu; {counts}).")
    for p in result.paths:
        out.print(f"  {p}")


@app.command()
def status(
    province: ProvinceOpt,
    as_of: Annotated[str | None, typer.Option("--as-of")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table hoặc json")] = "table",
    workers: WorkersOpt = 1,
    workspace_dir: WorkspaceOpt = None,
) -> None:
    """Đánh giá từng chỉ tiêu của một tỉnh (bảng hoặc JSON)."""
    with user_errors():
        ws = workspace(workspace_dir)
        when = parse_date(as_of)
        with progress("Đọc văn bản") as tick:
            data, evaluations, synced = pipeline.report_data(ws, province, when, workers=workers, progress=tick)
    warn_problems(synced.problems)
    if fmt == "json":
        rows = [to_json(ev) for ev in evaluations]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    _note_merged(province, when)
    table = Table(title=f"{data.province_name} — {data.report_date}")
    for col in ("STT", "Chỉ tiêu", "Mục tiêu", "Thời hạn", "Thực hiện", "Hoàn thành", "Đánh giá"):
        table.add_column(col)
    for r in data.rows:
        table.add_row(str(r.stt), "\n".join([r.title, *r.predecessors]), r.target, r.deadline,
                      f"{r.actual} {r.actual_date}".strip(), r.progress, r.status)
    out.print(table)


def _note_merged(name: str, when: date) -> None:
    """A report on a unit that no longer exists keeps its old scope; say so, and where it went."""
    p = lookup(name)
    if not p.exists(when) and p.merged_into:
        into = lookup(p.merged_into)
        err.print(f"Lưu ý: {p.label_at(when)} đã sáp nhập vào {into.label_at(when)} từ "
                  f"{format_date(merger_date().isoformat())}; báo cáo giữ phạm vi {p.label_at(when)} trước sáp nhập "
                  f"(báo cáo của {into.label_at(when)}: --province {into.slug}).", markup=False)


def _load_and_extract(workspace_dir: Path | None, docs: Path | None, workers: int) -> tuple[Any, pipeline.Corpus]:
    """The workspace's catalog, and the figures of `docs` read directly (not through the store)."""
    ws = workspace(workspace_dir)
    catalog, _ = pipeline.load(ws)
    folder = docs or ws.seeds
    if not folder.is_dir():
        raise UserError(f"Không có thư mục văn bản {folder}.", "kiểm tra --docs")
    with progress("Đọc văn bản") as tick:
        return catalog, pipeline.extract_folder(folder, catalog, tick, workers=workers)


@app.command()
def extract(
    docs: Annotated[Path | None, typer.Option("--docs", help="Thư mục văn bản khác seeds/ (đọc trực tiếp, "
                                                           "không ghi vào cơ sở dữ liệu).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, jsonl hoặc csv")] = "table",
    targets: Annotated[bool, typer.Option("--targets", help="Liệt kê mục tiêu tìm thấy thay vì số liệu.")] = False,
    workers: WorkersOpt = 1,
    workspace_dir: WorkspaceOpt = None,
) -> None:
    """Trích số liệu (kèm câu trích dẫn) từ mọi văn bản."""
    with user_errors():
        if docs is None:
            with open_workspace_store(workspace_dir, synced=True, workers=workers) as (st, _):
                rows = [t.to_dict() for t in candidates(st)] if targets else [o.to_dict() for o in current(st)]
        else:
            _, corpus = _load_and_extract(workspace_dir, docs, workers)
            warn_problems(corpus.problems)
            rows = [t.to_dict() for t in corpus.targets] if targets else [o.to_dict() for o in corpus.observations]
    if fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        buf = io.StringIO()
        if rows:
            w = csv.DictWriter(buf, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
        sys.stdout.write(buf.getvalue())
    else:
        table = Table()
        cols = ["doc", "indicator", "comparator", "value", "deadline"] if targets else \
            ["doc", "indicator", "value", "unit", "qualifier", "as_of", "confidence"]
        for c in cols:
            table.add_column(c)
        for r in rows:
            table.add_row(*(str(r[c]) for c in cols))
        out.print(table)


@app.command("eval")
def eval_cmd(
    gold: Annotated[Path, typer.Option("--gold", help="Tệp gold JSONL.")],
    docs: Annotated[Path | None, typer.Option("--docs")] = None,
    workers: WorkersOpt = 1,
    workspace_dir: WorkspaceOpt = None,
) -> None:
    """Đo độ chính xác (precision) và độ phủ (recall) của trích xuất so với tệp gold."""
    with user_errors():
        if not gold.is_file():
            raise UserError(f"Không có tệp gold {gold}.", "kiểm tra --gold")
        try:
            rows = load_gold(gold)
        except ValueError as exc:
            raise UserError(str(exc)) from None
        catalog, corpus = _load_and_extract(workspace_dir, docs, workers)
    preds = [Pred(o.doc, o.indicator, o.value, o.as_of, o.quote) for o in corpus.observations]
    vocab = set(catalog.by_key)
    table = Table("P", "R", "P (năm)", "R (năm)", "đúng/dự đoán", "gold", title="Theo chỉ tiêu")
    table.columns.insert(0, Column("chỉ tiêu", overflow="fold"))
    plain, dated = score_by_indicator(preds, rows, vocab), score_by_indicator(preds, rows, vocab, dated=True)
    for key, s in plain.items():
        d = dated[key]
        table.add_row(key, f"{s.precision:.2f}", f"{s.recall:.2f}", f"{d.precision:.2f}", f"{d.recall:.2f}",
                      f"{s.tp}/{s.predictions}", str(s.gold))
    out.print(table)
    for is_dated in (False, True):
        s = score(preds, rows, vocab, dated=is_dated)
        name = "giá trị + năm" if is_dated else "giá trị"
        out.print(f"Tổng ({name}): precision {s.precision:.3f} ({s.tp}/{s.predictions}), "
                  f"recall {s.recall:.3f} ({s.matched_gold}/{s.gold})", markup=False)
        if not is_dated:
            for p in s.false_positives:
                out.print(f"  sai: {p.doc} {p.indicator}={p.value} ({p.as_of}) «{p.quote[:100]}»", markup=False)
            for g in s.misses:
                out.print(f"  thiếu: {g.doc} {g.indicator}={g.value} ({g.as_of}) «{g.quote[:100]}»", markup=False)


@app.command()
def schema() -> None:
    """In JSON Schema của targets.yaml (để trình soạn thảo gợi ý và kiểm tra khi gõ)."""
    from tracker.targets.models import json_schema

    sys.stdout.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")


@app.command()
def validate(workspace_dir: WorkspaceOpt = None) -> None:
    """Kiểm tra targets.yaml và danh mục chỉ tiêu."""
    with user_errors():
        _, targets = pipeline.load(workspace(workspace_dir))
    n = len(targets.national) + sum(len(p.targets) for p in targets.provinces.values())
    out.print(f"targets.yaml hợp lệ: {n} chỉ tiêu, {len(targets.provinces)} tỉnh.")


@app.command()
def provinces(
    at: Annotated[str | None, typer.Option("--at", help="Chỉ các đơn vị tồn tại vào ngày này (YYYY-MM-DD).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table hoặc json")] = "table",
) -> None:
    """Danh sách tỉnh, thành phố (mã, tên, sáp nhập từ 1/7/2025)."""
    with user_errors():
        if fmt not in ("table", "json"):
            raise UserError(f"Định dạng không hỗ trợ: {fmt}.", "dùng table hoặc json")
        when = parse_date(at) if at else None
    items = at_date(when) if when else list(registry().values())
    view = when or date.max
    if fmt == "json":
        rows = [{
            "slug": p.slug, "name": p.name_at(view), "kind": p.kind_at(view), "ubnd": p.ubnd_at(view),
            "place": p.place_at(view), "aliases": list(p.aliases), "merged_into": p.merged_into,
            "until": p.until.isoformat() if p.until else None,
            "predecessors": [q.slug for q in predecessors(p.slug, view)],
        } for p in items]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    title = f"{len(items)} đơn vị hành chính cấp tỉnh" + (f" ngày {format_date(when.isoformat())}" if when else "")
    table = Table(title=title)
    for c in ("Mã", "Tên", "Sáp nhập vào" if when is None else "Gồm cả (từ 1/7/2025)", "Tên gọi khác"):
        table.add_column(c, overflow="fold")
    for p in items:
        link = (lookup(p.merged_into).name if p.merged_into else "") if when is None else \
            ", ".join(q.name for q in predecessors(p.slug, when))
        table.add_row(p.slug, p.label_at(view), link, ", ".join(p.aliases))
    out.print(table)
