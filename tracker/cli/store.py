"""Commands over the figures store: review, actual, history, export, db.

Each opens the workspace's store, brings it up to date where it shows figures, calls one
library function and prints. Changes are written in one transaction each.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from tracker.cli.common import ProvinceOpt, WorkspaceOpt, app, open_workspace_store, out, user_errors
from tracker.errors import UserError
from tracker.i18n import msg
from tracker.store.db import STATE_LABELS, STATES

review_app = typer.Typer(no_args_is_help=True, help="Duyệt số liệu trích tự động: xem, chấp nhận, từ chối, sửa.")
actual_app = typer.Typer(no_args_is_help=True, help="Số liệu nhập tay (từ công văn, điện thoại, bảng tính nội bộ).")
db_app = typer.Typer(no_args_is_help=True, help="Cơ sở dữ liệu số liệu (tracker.db).")
app.add_typer(review_app, name="review")
app.add_typer(actual_app, name="actual")
app.add_typer(db_app, name="db")

ByOpt = Annotated[str | None, typer.Option("--by", help="Người thực hiện (mặc định $TRACKER_USER hoặc tên đăng nhập).")]
ReasonOpt = Annotated[str | None, typer.Option("--reason", help="Lý do.")]


@review_app.command("list")
def review_list(
    province: Annotated[str | None, typer.Option("--province", "-p")] = None,
    state: Annotated[str | None, typer.Option("--status", help=" | ".join(STATES))] = None,
    fmt: Annotated[str, typer.Option("--format", help="table hoặc json")] = "table",
    workspace_dir: WorkspaceOpt = None,
) -> None:
    """Số liệu kèm trích dẫn và nguồn, độ tin cậy thấp trước."""
    from rich.table import Column, Table

    from tracker.extract.catalog import load_catalog
    from tracker.provinces import lookup
    from tracker.store.figures import conflicting_values, contradicting, reading_note, review_items
    from tracker.text.dates import format_date
    from tracker.text.numbers import format_quantity

    with user_errors(), open_workspace_store(workspace_dir, synced=True) as (st, ws):
        slug = lookup(province).slug if province else None
        items = review_items(st, slug, state)
        values = conflicting_values(review_items(st, slug) if state else items)  # conflicts look past the filter
        guesses = load_catalog(ws.catalog).concept_rules
    if fmt == "json":
        rows = [{"id": i.figure.id, "state": i.state, "figure": i.figure.to_dict(), "source": i.source,
                 "review": None if i.review is None else i.review.__dict__} for i in items]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    table = Table(Column("mã", no_wrap=True), "tin cậy", Column("chỉ tiêu", overflow="fold"), "giá trị",
                  "thời điểm", "trạng thái", Column("trích dẫn", ratio=3), Column("văn bản", overflow="fold"))
    for i in items:
        o = i.figure
        others = contradicting(values, o)
        value = i.value_text()
        if others:  # another figure of the same thing and date still in play: choose one
            value += "\n" + msg("mâu thuẫn: {values}", values=", ".join(format_quantity(v, o.unit) for v in others))
        note = reading_note(o, guesses)
        if note:
            value += "\n" + note
        table.add_row(o.id[:10], f"{o.confidence:.2f}", o.indicator, value, format_date(o.as_of),
                      STATE_LABELS[i.state], o.quote[:200], o.doc + (f", trang {o.page}" if o.page else ""))
    out.print(table)
    out.print(f"{len(items)} số liệu.")


@review_app.command("stats")
def review_stats(
    province: Annotated[str | None, typer.Option("--province", "-p")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table hoặc json")] = "table",
    workspace_dir: WorkspaceOpt = None,
) -> None:
    """Trích xuất đúng đến đâu trên văn bản của tỉnh, theo kết quả duyệt (theo độ tin cậy, theo quy tắc)."""
    from rich.table import Column, Table

    from tracker.provinces import lookup
    from tracker.store.verdicts import share_text, verdicts

    with user_errors():
        if fmt not in ("table", "json"):
            raise UserError(msg("Định dạng không hỗ trợ: {format}.", format=fmt), msg("dùng table hoặc json"))
        with open_workspace_store(workspace_dir, synced=True) as (st, _):
            v = verdicts(st, lookup(province).slug if province else None)
    if fmt == "json":
        sys.stdout.write(json.dumps(v.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    if not v.total.reviewed:
        out.print(msg("Chưa có số liệu nào được duyệt ({pending} số liệu chờ duyệt).", pending=v.pending))
        return
    columns = ("đã duyệt", "đúng", "sai năm", "sai", "P giá trị", "P giá trị + năm")
    for title, first, tallies in ((msg("Theo độ tin cậy"), "độ tin cậy", [*v.bands, v.admitted]),
                                  (msg("Theo quy tắc"), "quy tắc", v.rules)):
        table = Table(Column(first, no_wrap=True), *columns, title=title)
        for t in tallies:
            if t is v.admitted:
                table.add_section()  # the figures a report may use, across the bands above
            table.add_row(t.label, str(t.reviewed), str(t.right), str(t.date_wrong), str(t.wrong),
                          share_text(t.value_precision), share_text(t.dated_precision))
        out.print(table)
    out.print(msg("{pending} số liệu chưa duyệt; {orphaned} lượt duyệt của số liệu không còn trong văn bản "
                  "(không tính). Người duyệt chọn số liệu để xem, số liệu đáng ngờ trước: đây là các số liệu "
                  "đã duyệt, không phải một mẫu ngẫu nhiên.", pending=v.pending, orphaned=v.orphaned), markup=False)


@review_app.command("accept")
def review_accept(figure: Annotated[str, typer.Argument(help="Mã số liệu (ít nhất 4 ký tự đầu).")],
                  reason: ReasonOpt = None, by: ByOpt = None, workspace_dir: WorkspaceOpt = None) -> None:
    """Chấp nhận một số liệu (được dùng trong báo cáo, kể cả khi độ tin cậy thấp)."""
    from tracker.store.figures import add_review

    with user_errors(), open_workspace_store(workspace_dir) as (st, _):
        r = add_review(st, figure, "accept", reason=reason, by=by)
    out.print(f"Đã chấp nhận số liệu {r.observation}.")


@review_app.command("reject")
def review_reject(figure: Annotated[str, typer.Argument(help="Mã số liệu.")], reason: ReasonOpt = None,
                  by: ByOpt = None, workspace_dir: WorkspaceOpt = None) -> None:
    """Từ chối một số liệu (không bao giờ được dùng trong báo cáo)."""
    from tracker.store.figures import add_review

    with user_errors(), open_workspace_store(workspace_dir) as (st, _):
        r = add_review(st, figure, "reject", reason=reason, by=by)
    out.print(f"Đã từ chối số liệu {r.observation}.")


@review_app.command("correct")
def review_correct(
    figure: Annotated[str, typer.Argument(help="Mã số liệu.")],
    value: Annotated[float | None, typer.Option("--value", help="Giá trị đúng.")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Thời điểm đúng: YYYY, YYYY-MM hoặc YYYY-MM-DD.")] = None,
    reason: ReasonOpt = None, by: ByOpt = None, workspace_dir: WorkspaceOpt = None,
) -> None:
    """Sửa giá trị hoặc thời điểm của một số liệu; trích dẫn gốc được giữ."""
    from tracker.store.figures import add_review

    with user_errors(), open_workspace_store(workspace_dir) as (st, _):
        r = add_review(st, figure, "correct", value=value, as_of=as_of, reason=reason, by=by)
    out.print(f"Đã sửa số liệu {r.observation}.")


@actual_app.command("add")
def actual_add(
    province: ProvinceOpt,
    indicator: Annotated[str, typer.Option("--indicator", "-i", help="Mã chỉ tiêu, ví dụ dvc_level4_share.")],
    value: Annotated[float, typer.Option("--value", help="Giá trị (dấu chấm thập phân: 12.8).")],
    as_of: Annotated[str, typer.Option("--as-of", help="Thời điểm: YYYY, YYYY-MM hoặc YYYY-MM-DD.")],
    source: Annotated[str, typer.Option("--source", help="Nguồn: công văn, cuộc gọi, bảng tính…")],
    qualifier: Annotated[str, typer.Option("--qualifier", help="eq, gt, ge, lt, le hoặc approx.")] = "eq",
    note: Annotated[str | None, typer.Option("--note", help="Ghi chú.")] = None,
    by: ByOpt = None, workspace_dir: WorkspaceOpt = None,
) -> None:
    """Thêm một số liệu không có trong văn bản nào."""
    from tracker.extract.catalog import load_catalog
    from tracker.store.figures import ManualFigure, add_manual

    with user_errors(), open_workspace_store(workspace_dir) as (st, ws):
        catalog = load_catalog(ws.catalog)
        ids = add_manual(st, catalog, [ManualFigure(province, indicator, value, as_of, source, qualifier, note)],
                         by=by)
    out.print(f"Đã thêm số liệu nhập tay {ids[0]}.")


@actual_app.command("import")
def actual_import(file: Annotated[Path, typer.Argument(help="Tệp .csv hoặc .xlsx.")], by: ByOpt = None,
                  workspace_dir: WorkspaceOpt = None) -> None:
    """Nhập nhiều số liệu từ CSV/XLSX; kiểm tra từng dòng, có lỗi thì không thêm dòng nào."""
    from tracker.extract.catalog import load_catalog
    from tracker.store.imports import import_figures

    with user_errors(), open_workspace_store(workspace_dir) as (st, ws):
        catalog = load_catalog(ws.catalog)
        ids = import_figures(st, catalog, file, by=by)
    out.print(f"Đã thêm {len(ids)} số liệu nhập tay ({ids[0]}–{ids[-1]}).")


@app.command()
def history(
    province: ProvinceOpt,
    indicator: Annotated[str, typer.Option("--indicator", "-i")],
    plot: Annotated[Path | None, typer.Option("--plot", help="Ghi biểu đồ SVG vào tệp này.")] = None,
    all_values: Annotated[bool, typer.Option("--all", help="Kể cả số liệu của văn bản cũ đã thay.")] = False,
    workspace_dir: WorkspaceOpt = None,
) -> None:
    """Chuỗi số liệu của một chỉ tiêu qua các văn bản và số liệu nhập tay."""
    from rich.table import Table

    from tracker.extract.catalog import load_catalog
    from tracker.files import write_atomic
    from tracker.provinces import lookup
    from tracker.report.charts import line_chart
    from tracker.store.figures import indicator_unit
    from tracker.store.queries import history as figure_history
    from tracker.text.dates import format_date, to_date
    from tracker.text.numbers import format_quantity

    with user_errors(), open_workspace_store(workspace_dir, synced=True) as (st, ws):
        catalog = load_catalog(ws.catalog)
        unit = indicator_unit(catalog, indicator)
        slug = lookup(province).slug
        points = figure_history(st, slug, indicator, include_superseded=all_values)
        if plot is not None:
            if plot.suffix.lower() != ".svg":
                raise UserError(msg("Biểu đồ chỉ ghi được dạng SVG: {name}.", name=plot.name),
                                msg("dùng --plot bieu-do.svg"))
            used = [(to_date(p.figure.as_of), p.figure.value) for p in points
                    if p.state not in ("rejected", "superseded")]
            title = f"{catalog.by_key[indicator].name} — {lookup(province).name}"
            write_atomic(plot, line_chart(title, used, unit).encode("utf-8"))
    table = Table("thời điểm", "giá trị", "trạng thái", "nguồn", "trích dẫn", title=f"{slug} — {indicator}")
    for p in points:
        o = p.figure
        table.add_row(format_date(o.as_of), format_quantity(o.value, o.unit), STATE_LABELS[p.state],
                      o.source or o.doc, o.quote[:120])
    out.print(table)
    if plot is not None:
        out.print(f"Đã ghi biểu đồ: {plot}")


@app.command("export")
def export_cmd(
    fmt: Annotated[str, typer.Option("--format", help="csv, jsonl hoặc xlsx")] = "csv",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Tệp ghi ra (bắt buộc với xlsx).")] = None,
    workspace_dir: WorkspaceOpt = None,
) -> None:
    """Xuất toàn bộ số liệu (và với jsonl/xlsx: văn bản, lượt duyệt, lần lập báo cáo)."""
    from tracker.files import write_atomic
    from tracker.store import export as exporting

    with user_errors():
        if fmt not in ("csv", "jsonl", "xlsx"):
            raise UserError(msg("Định dạng không hỗ trợ: {format}.", format=fmt), msg("dùng csv, jsonl hoặc xlsx"))
        if fmt == "xlsx" and output is None:
            raise UserError(msg("Xuất xlsx cần --output TỆP.xlsx."))
        with open_workspace_store(workspace_dir, synced=True) as (st, _):
            data = exporting.to_xlsx(st) if fmt == "xlsx" else \
                (exporting.to_csv(st) if fmt == "csv" else exporting.to_jsonl(st)).encode("utf-8")
        if output is None:
            sys.stdout.write(data.decode("utf-8"))
            return
        write_atomic(output, data)
    out.print(f"Đã xuất: {output}")


@db_app.command("backup")
def db_backup(dest: Annotated[Path, typer.Argument(help="Tệp bản sao, ví dụ sao-luu/tracker-2025-12-31.db.")],
              workspace_dir: WorkspaceOpt = None) -> None:
    """Ghi một bản sao nhất quán của cơ sở dữ liệu (kể cả khi đang có tiến trình khác ghi)."""
    with user_errors(), open_workspace_store(workspace_dir) as (st, _):
        st.backup(dest)
    out.print(f"Đã sao lưu {st.path} vào {dest}.")


@db_app.command("info")
def db_info(workspace_dir: WorkspaceOpt = None) -> None:
    """Vị trí, phiên bản lược đồ và số bản ghi của cơ sở dữ liệu."""
    with user_errors(), open_workspace_store(workspace_dir) as (st, _):
        labels = {"documents": "văn bản đã đọc", "observations": "số liệu trích (kể cả bản đã thay)",
                  "reviews": "lượt duyệt", "manual_figures": "số liệu nhập tay", "runs": "lần lập báo cáo"}
        out.print(f"{st.path} (lược đồ {st.version})")
        for table, label in labels.items():
            n = st.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # fixed table names
            out.print(f"  {label}: {n}")
