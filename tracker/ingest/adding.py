"""`tracker add`: files from wherever a department got them into seeds/, with a sidecar.

Every file is read first, as `sync` will read it, with what the user states on the command
line before anything the file says; only when all of them can be used is anything written
(copies and sidecars together, by `tracker.files.write_all`: all of them or none). The sidecar
records every metadata value with where it came from, so a person can check and edit it;
a text file with front matter keeps its front matter and gets no sidecar.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tracker.errors import DocumentError, UserError
from tracker.files import write_all
from tracker.i18n import msg
from tracker.ingest.documents import Document, parse_document
from tracker.ingest.formats import SUFFIXES, TEXT_SUFFIXES
from tracker.ingest.metadata import FIELDS, ORIGINS, sidecar_path


@dataclass(frozen=True)
class Added:
    source: Path  # the file the user named
    path: Path  # its copy in seeds/
    document: Document
    sidecar: Path | None  # written beside the copy, None when front matter says it all


def add_documents(files: list[Path], folder: Path, given: dict[str, str], *, names_only: bool = False) -> list[Added]:
    """Copy `files` into `folder` with sidecars; UserError naming every bad file, nothing written.
    `names_only`: name each file by its name alone (an upload's temporary path means nothing to its sender)."""
    problems: list[str] = []
    plans: list[tuple[Path, Path, Document]] = []
    names: set[str] = set()
    for f in files:
        shown = f.name if names_only else str(f)
        try:
            target = _target(f, folder, names)
            data = f.read_bytes()
            doc = parse_document(target, data, given=given) if not f.with_name(f.name + ".yaml").exists() \
                else parse_document(f, data, given=given)
        except DocumentError as exc:
            problems.append(f"{shown}: {exc.reason}")
            continue
        except OSError as exc:
            problems.append(f"{shown}: " + msg("không đọc được ({reason})", reason=exc.strerror))
            continue
        if given and _has_front_matter(f, data):
            problems.append(f"{shown}: " + msg("tệp đã có phần đầu YAML; sửa thẳng trong tệp thay vì dùng tham số"))
            continue
        plans.append((f, target, doc))
    if problems:
        raise UserError(msg("Không thêm được văn bản nào:") + "\n  " + "\n  ".join(problems),
                        msg("sửa các tệp trên (hoặc thêm --province/--published) rồi chạy lại; "
                            "chưa có tệp nào được chép"))
    writes: dict[Path, bytes] = {}
    added = []
    for f, target, doc in plans:
        data = f.read_bytes()
        if not (target.exists() and target.read_bytes() == data):
            writes[target] = data
        side = None
        if not _has_front_matter(f, data):
            side = sidecar_path(target)
            writes[side] = sidecar_text(doc).encode("utf-8")
        added.append(Added(f, target, doc, side))
    write_all(writes)
    return added


def _has_front_matter(f: Path, data: bytes) -> bool:
    return f.suffix.lower() in TEXT_SUFFIXES and data.removeprefix(b"\xef\xbb\xbf").startswith(b"---")


def _target(f: Path, folder: Path, names: set[str]) -> Path:
    if not f.is_file():
        raise DocumentError(f.name, msg("không có tệp này"))
    if f.suffix.lower() not in SUFFIXES:
        raise DocumentError(f.name, msg("định dạng {suffix} chưa được đọc; đọc được: {suffixes}",
                                        suffix=f.suffix or msg("(không đuôi)"), suffixes=", ".join(SUFFIXES)))
    target = folder / f.name
    if f.name in names or f.stem in {Path(n).stem for n in names}:
        raise DocumentError(f.name, msg("trùng tên với một tệp khác trong lệnh này"))
    names.add(f.name)
    if target.exists() and target.resolve() != f.resolve() and target.read_bytes() != f.read_bytes():
        raise DocumentError(f.name, msg("{folder}/ đã có tệp cùng tên với nội dung khác; đổi tên tệp rồi thêm lại",
                                        folder=folder.name))
    clash = [p.name for p in folder.glob(f"{f.stem}.*") if p.suffix.lower() in SUFFIXES and p.name != f.name] \
        if folder.is_dir() else []
    if clash:
        raise DocumentError(f.name, msg("trùng mã văn bản '{id}' với {other} trong {folder}/; đổi tên tệp",
                                        id=f.stem, other=clash[0], folder=folder.name))
    return target


def sidecar_text(doc: Document) -> str:
    """The sidecar: every known value, each with where it was found, in YAML."""
    lines = [f"# Thông tin về {doc.path.name}; sửa nếu sai (tracker đọc lại văn bản khi tệp này đổi)."]
    for key in FIELDS:
        value = getattr(doc, key)
        if value:
            origin = ORIGINS.get(doc.origins.get(key, ""), "")
            lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}" + (f"  # {origin}" if origin else ""))
    return "\n".join(lines) + "\n"
