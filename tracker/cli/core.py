"""Commands along the main data flow: report, status, extract, eval, validate, schema."""

from __future__ import annotations

import csv
import io
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from tracker.cli.common import (
    ProvinceOpt,
    StrictOpt,
    WorkersOpt,
    WorkspaceOpt,
    app,
    err,
    open_workspace_store,
    out,
    progress,
    user_errors,
    warn_problems,
    workspace,
)
from tracker.errors import UserError
from tracker.i18n import msg
from tracker.text.cells import csv_safe
from tracker.text.dates import format_date, parse_day, report_date

if TYPE_CHECKING:
    from tracker.extract.batch import Corpus
    from tracker.report.data import ReportData
    from tracker.workspace import Workspace


@app.command()
def report(
    province: Annotated[str | None, typer.Option("--province", "-p", help="Tỉnh, ví dụ kien-giang.")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Lập báo cáo cho mọi tỉnh có chỉ tiêu riêng hoặc có văn bản "
                                                     "(song song theo --workers; số văn bản để trống).")] = False,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Ngày báo cáo YYYY-MM-DD (mặc định: hôm nay).")] = None,
    so: Annotated[str | None, typer.Option("--so", help="Số văn bản, ví dụ 05.")] = None,
    signed: Annotated[str | None, typer.Option("--date", help="Ngày ký ghi ở dòng địa danh, ngày YYYY-MM-DD "
                                                              "(mặc định: ngày báo cáo --as-of).")] = None,
    draft: Annotated[bool, typer.Option("--draft", help="Để trống số văn bản (bản dự thảo).")] = False,
    strict: StrictOpt = False,
    fmt: Annotated[str, typer.Option("--format", help="Định dạng, phân cách bằng dấu phẩy: pdf, html, docx, "
                                                      "xlsx, csv.")] = "pdf,html",
    workers: WorkersOpt = 1,
    workspace_dir: WorkspaceOpt = None,
) -> None:
    """Lập báo cáo của một tỉnh (hoặc mọi tỉnh với --all) vào thư mục reports/."""
    from tracker import pipeline

    with user_errors():
        formats = pipeline.parse_formats(fmt)
        if (province is None) == (not all_):
            raise UserError(msg("Cần đúng một trong hai: --province TỈNH hoặc --all."),
                            msg("ví dụ: tracker report --province kien-giang"))
        if draft and so:
            raise UserError(msg("--draft và --so mâu thuẫn: bản dự thảo để trống số văn bản."),
                            msg("bỏ --draft để ghi số, hoặc bỏ --so để lập bản dự thảo"))
        if all_ and so:
            raise UserError(msg("--so không dùng được với --all: mỗi tỉnh có số văn bản riêng."),
                            msg("bỏ --so; báo cáo được lập với số để trống"))
        when = report_date(as_of)
        if all_:
            _report_all(workspace(workspace_dir), when, formats, workers, strict)
            return
        ws = workspace(workspace_dir)
        assert province is not None
        with progress(msg("Đọc văn bản")) as tick:
            result = pipeline.make_report(ws, province, when, number=None if draft else so, formats=formats,
                                          workers=workers, progress=tick, strict=strict,
                                          issued=parse_day(signed) if signed else None)
    warn_problems(result.problems)
    _note_merged(province, when)
    counts = result.data.counts_text
    out.print(f"Đã lập báo cáo {result.data.province_name} ({len(result.data.rows)} chỉ tiêu; {counts}).")
    for p in result.paths:
        out.print(f"  {p}")
    _note_unreviewed(result.data)


def _note_unreviewed(data: ReportData) -> None:
    """Before anyone signs: which figures of the report no person has checked yet, and which
    targets have figures left out until a person chooses or accepts them."""
    from tracker.report.data import unreviewed_note, waiting_note

    if not data.unreviewed and not data.waiting:
        return
    if data.unreviewed:
        err.print(msg("Lưu ý:") + " " + unreviewed_note(data.unreviewed), soft_wrap=True)
    if data.waiting:
        err.print(msg("Lưu ý:") + " " + waiting_note(data.waiting), soft_wrap=True)
    err.print(msg("Gợi ý:") + " " + msg("duyệt trước khi ký: tracker review list --province {slug} "
                                         "(hoặc tracker serve)", slug=data.province), soft_wrap=True)


def _report_all(ws: Workspace, when: date, formats: tuple[str, ...], workers: int, strict: bool) -> None:
    from rich.table import Table

    from tracker import pipeline
    from tracker.batch import make_all

    catalog, _ = pipeline.load(ws)
    with pipeline.open_store(ws) as st, progress(msg("Đọc văn bản")) as tick:
        synced = pipeline.update_store(ws, catalog, st, workers=workers, progress=tick)
    if strict:
        pipeline.refuse_problems(synced.problems)
    warn_problems(synced.problems)
    with progress(msg("Lập báo cáo")) as tick:
        outcomes = make_all(ws, when, formats=formats, workers=workers, progress=tick)
    table = Table(title=f"Báo cáo ngày {format_date(when.isoformat())}")
    for c in ("Tỉnh", "Kết quả", "Chi tiết"):
        table.add_column(c, overflow="fold")
    for o in outcomes:
        detail = o.counts + "".join(f"\n{p}" for p in o.paths) if o.ok else "xem dưới bảng"
        table.add_row(o.name, "Đã lập" if o.ok else "[red]Lỗi[/]", detail)
    out.print(table)
    failed = [o for o in outcomes if not o.ok]
    out.print(f"Đã lập {len(outcomes) - len(failed)}/{len(outcomes)} báo cáo.")
    for o in failed:
        err.print(f"[bold red]{msg('Lỗi:')}[/] " + msg("không lập được báo cáo của {name}: {error}",
                                                       name=o.name, error=o.error), soft_wrap=True)
    if failed:
        raise typer.Exit(1)


@app.command()
def status(
    province: ProvinceOpt,
    as_of: Annotated[str | None, typer.Option("--as-of")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table hoặc json")] = "table",
    strict: StrictOpt = False,
    workers: WorkersOpt = 1,
    workspace_dir: WorkspaceOpt = None,
) -> None:
    """Đánh giá từng chỉ tiêu của một tỉnh (bảng hoặc JSON)."""
    from rich.table import Table

    from tracker import pipeline
    from tracker.evaluate.status import to_json

    with user_errors():
        ws = workspace(workspace_dir)
        when = report_date(as_of)
        with progress(msg("Đọc văn bản")) as tick:
            data, evaluations, synced = pipeline.report_data(ws, province, when, workers=workers, progress=tick)
        if strict:
            pipeline.refuse_problems(synced.problems)
            pipeline.refuse_orphans(ws, province)
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
                      f"{r.actual} {r.actual_date}".strip(), r.progress,
                      "\n".join(x for x in (r.status, r.stale_note) if x))
    out.print(table)


def _note_merged(name: str, when: date) -> None:
    """A report on a unit that no longer exists keeps its old scope; say so, and where it went."""
    from tracker.provinces import lookup, merger_date

    p = lookup(name)
    if not p.exists(when) and p.merged_into:
        into = lookup(p.merged_into)
        err.print(msg("Lưu ý:") + " " + msg(
            "{old} đã sáp nhập vào {new} từ {day}; báo cáo giữ phạm vi {old} trước sáp nhập "
            "(báo cáo của {new}: --province {slug}).",
            old=p.label_at(when), new=into.label_at(when), day=format_date(merger_date().isoformat()), slug=into.slug),
            markup=False)


def _load_and_extract(workspace_dir: Path | None, docs: Path | None, workers: int) -> tuple[Any, Corpus]:
    """The workspace's catalog, and the figures of `docs` read directly (not through the store)."""
    from tracker import pipeline

    ws = workspace(workspace_dir)
    catalog, _ = pipeline.load(ws)
    folder = docs or ws.seeds
    if not folder.is_dir():
        raise UserError(msg("Không có thư mục văn bản {folder}.", folder=folder), msg("kiểm tra --docs"))
    with progress(msg("Đọc văn bản")) as tick:
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
    from rich.table import Table

    from tracker.store.figures import current
    from tracker.store.queries import candidates

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
            w.writerows({k: csv_safe(v) for k, v in r.items()} for r in rows)
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
    part: Annotated[str, typer.Option("--part", help="all, train hoặc test: phần của kho gold (chia theo tỉnh).")]
    = "all",
    split: Annotated[Path | None, typer.Option("--split", help="Danh sách tỉnh của phần test (mặc định: "
                                                               "held-out.txt cạnh tệp gold).")] = None,
    workers: WorkersOpt = 1,
    workspace_dir: WorkspaceOpt = None,
) -> None:
    """Đo độ chính xác (precision) và độ phủ (recall) của trích xuất so với tệp gold."""
    from rich.table import Column, Table

    from tracker.extract.scoring import Pred, bands, load_gold, read_split, score, score_by_indicator

    with user_errors():
        if not gold.is_file():
            raise UserError(msg("Không có tệp gold {path}.", path=gold), msg("kiểm tra --gold"))
        try:
            rows = load_gold(gold)
        except ValueError as exc:
            raise UserError(str(exc)) from None
        if part not in ("all", "train", "test"):
            raise UserError(msg("--part không hợp lệ: {value}.", value=repr(part)), msg("dùng all, train hoặc test"))
        split_file = split or gold.with_name("held-out.txt")
        if part != "all" and not split_file.is_file():
            raise UserError(msg("Không có tệp chia phần {path}.", path=split_file), msg("chỉ ra bằng --split"))
        test_provinces = read_split(split_file) if part != "all" else frozenset()
        catalog, corpus = _load_and_extract(workspace_dir, docs, workers)
    keep = {d.id for d in corpus.documents if part == "all" or (d.province in test_provinces) == (part == "test")}
    rows = [g for g in rows if g.doc in keep]
    preds = [Pred(o.doc, o.indicator, o.value, o.as_of, o.quote, o.confidence)
             for o in corpus.observations if o.doc in keep]
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
            bands_table = Table("độ tin cậy", "P", "đúng/dự đoán", title="Theo độ tin cậy")
            for b in bands(preds, rows, vocab):
                bands_table.add_row(b.label, f"{b.precision:.2f}", f"{b.correct}/{b.total}")
            out.print(bands_table)
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
    from tracker.config import load

    with user_errors():
        _, targets = load(workspace(workspace_dir))
    n = len(targets.national) + sum(len(p.targets) for p in targets.provinces.values())
    out.print(f"targets.yaml hợp lệ: {n} chỉ tiêu, {len(targets.provinces)} tỉnh.")
