"""Reading source documents: decode, split front matter, normalise the body.

A document is `---` + YAML front matter + `---` + the text as published. The body is
normalised (NFC, folded spaces) with a map back to the published characters, so every
quote can be shown exactly. A file that cannot be read becomes a `DocumentError` naming
the file and the reason; the other files still go through.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from tracker.errors import DocumentError, ProvinceError
from tracker.provinces import WHOLE_COUNTRY, lookup
from tracker.text.dates import check_date_text
from tracker.text.decode import DecodeError, decode
from tracker.text.normalize import NormalizedText, nfc, normalize
from tracker.text.sentences import Sentence, sentences

SUFFIXES = (".txt", ".md")
_PERIOD = re.compile(r"^(?:19|20)\d{2}(?:-(?:0[1-9]|1[0-2]|H[12]|Q[1-4]))?$|^(?:19|20)\d{2}-(?:19|20)\d{2}$")
_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


@dataclass(frozen=True)
class Document:
    """One source document: metadata from the front matter and the normalised body."""

    id: str
    path: Path
    province: str
    published: str
    period: str | None
    kind: str | None
    title: str | None
    source: str | None
    encoding: str
    body: NormalizedText
    body_offset: int  # where the body starts in the decoded file text

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences(self.body.text)

    @property
    def text(self) -> str:
        return self.body.text


def _as_str(value: object) -> str | None:
    if value is None:
        return None
    return nfc(str(value)).strip()


# One safe loader for every front matter: the C scanner (ruamel.yaml.clib) when installed.
# Front matter needs no line numbers (a bad one is named by file), so the fast loader fits.
_FRONT_YAML = YAML(typ="safe")


# A news item or report is well under 1 MB of text; a file ten times that is an export or a
# dump, and reading it would hold up every run. It is refused by name instead.
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024


def parse_document(path: Path, data: bytes | None = None) -> Document:
    """Read one document; raise DocumentError (with the file name) if it cannot be used."""
    doc_id = path.stem
    try:
        size = path.stat().st_size if data is None else len(data)
        if size > MAX_DOCUMENT_BYTES:
            raise DocumentError(path.name, f"tệp quá lớn ({size / 2**20:.1f} MB, giới hạn "
                                           f"{MAX_DOCUMENT_BYTES // 2**20} MB); tách thành nhiều văn bản nhỏ hơn")
        raw = path.read_bytes() if data is None else data
    except OSError as exc:
        raise DocumentError(path.name, f"không đọc được tệp: {exc.strerror}") from exc
    try:
        decoded = decode(raw)
    except DecodeError as exc:
        raise DocumentError(path.name, str(exc)) from exc
    text = decoded.text
    m = _FRONT.match(text)
    if not m:
        raise DocumentError(path.name, "thiếu phần đầu YAML (front matter) giữa hai dòng '---'")
    try:
        meta = _FRONT_YAML.load(m.group(1)) or {}
    except YAMLError as exc:
        raise DocumentError(path.name, f"phần đầu YAML không hợp lệ: {exc}") from exc
    except ValueError as exc:  # a date-like value that is no date: "published: 2026-02-30"
        raise DocumentError(path.name, f"phần đầu YAML có ngày không tồn tại ({exc})") from exc
    if not isinstance(meta, dict):
        raise DocumentError(path.name, "phần đầu YAML phải là các cặp khóa: giá trị")
    province = _as_str(meta.get("province"))
    if not province:
        raise DocumentError(path.name, "thiếu khóa 'province' trong phần đầu")
    province = _province_slug(path, province)
    published = _as_str(meta.get("published"))
    try:
        published = check_date_text(published or "")
    except ValueError as exc:
        raise DocumentError(path.name, f"'published': {exc}") from None
    period = _as_str(meta.get("period"))
    if period is not None and not _PERIOD.match(period):
        raise DocumentError(path.name, f"'period' không hợp lệ: {period!r}")
    body_offset = m.end()
    return Document(
        id=doc_id,
        path=path,
        province=province,
        published=published,
        period=period,
        kind=_as_str(meta.get("kind")),
        title=_as_str(meta.get("title")),
        source=_as_str(meta.get("source")),
        encoding=decoded.encoding,
        body=normalize(text[body_offset:]),
        body_offset=body_offset,
    )


def _province_slug(path: Path, written: str) -> str:
    """The registry slug of the front matter's province, however it is written ('Kiên Giang',
    'tỉnh Kiên Giang', 'kien-giang'): a document under a name that is no slug must not drop
    out of its province's report without a word."""
    if written == WHOLE_COUNTRY:
        return written
    try:
        return lookup(written).slug
    except ProvinceError as exc:
        raise DocumentError(path.name, f"'province': {exc.message} Gợi ý: {exc.hint}") from None


def document_paths(folder: Path) -> list[Path]:
    """The document files of a folder, sorted by name (hidden files skipped)."""
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.iterdir()
        if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith(".")
    )


def skipped_entries(folder: Path) -> list[DocumentError]:
    """What a folder holds besides documents, each named with why it is not read: a user who
    drops a PDF or a sub-folder into seeds/ must not think its figures are in the report."""
    if not folder.is_dir():
        return []
    out = []
    for p in sorted(folder.iterdir()):
        if p.name.startswith("."):
            continue
        if p.is_symlink() and not p.exists():
            out.append(DocumentError(p.name, "liên kết hỏng (tệp đích không còn)"))
        elif p.is_dir():
            out.append(DocumentError(p.name + "/", "thư mục con không được đọc; chỉ đọc các tệp nằm ngay trong "
                                                   f"{folder.name}/"))
        elif not p.is_file():
            out.append(DocumentError(p.name, "không phải tệp thường (FIFO, socket hoặc thiết bị)"))
        elif p.suffix.lower() not in SUFFIXES:
            out.append(DocumentError(p.name, f"định dạng {p.suffix or '(không đuôi)'} chưa được đọc; chỉ đọc "
                                             + ", ".join(SUFFIXES)))
    return out


def load_documents(paths: Iterable[Path]) -> tuple[list[Document], list[DocumentError]]:
    """Read every path; return the documents read and the problems, never stopping early."""
    docs: list[Document] = []
    problems: list[DocumentError] = []
    for p in paths:
        try:
            docs.append(parse_document(p))
        except DocumentError as exc:
            problems.append(exc)
    return docs, problems
