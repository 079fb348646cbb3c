"""Reading source documents: decode, split front matter, normalise the body.

A document is `---` + YAML front matter + `---` + the text as published. The body is
normalised (NFC, folded spaces) with a map back to the published characters, so every
quote can be shown exactly. A file that cannot be read becomes a `DocumentError` naming
the file and the reason; the other files still go through.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from tracker.errors import DocumentError, ProvinceError
from tracker.i18n import msg
from tracker.ingest import metadata
from tracker.ingest.formats import SUFFIXES, TEXT_SUFFIXES, FormatError, Source, read_source
from tracker.provinces import WHOLE_COUNTRY, lookup
from tracker.text.dates import check_date_text
from tracker.text.decode import DecodeError, decode
from tracker.text.normalize import NormalizedText, nfc, normalize
from tracker.text.sentences import Sentence, sentences

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
    format: str = "txt"  # txt | pdf | docx | doc | html | image
    pages: tuple[int, ...] = ()  # where each page starts in the decoded text (PDF, images)
    ocr: bool = False  # read from page images: every figure goes to review
    notes: tuple[str, ...] = ()  # read, with something the user should know
    origins: dict[str, str] = field(default_factory=dict)  # metadata field -> where it came from

    def page_at(self, offset: int) -> int | None:
        """The 1-based page of an offset in the decoded text, None for a text without pages."""
        return bisect_right(self.pages, offset) if self.pages else None

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
# A PDF or a scan carries images: a 40 MB scan is ordinary, and its reading is bounded by time.
MAX_BINARY_BYTES = 100 * 1024 * 1024


def parse_document(path: Path, data: bytes | None = None, *,
                   given: dict[str, str] | None = None) -> Document:
    """Read one document; raise DocumentError (with the file name) if it cannot be used.

    `given` holds values the user states on the command line (`tracker add --province`);
    they come before everything the file says."""
    suffix = path.suffix.lower()
    limit = MAX_DOCUMENT_BYTES if suffix in TEXT_SUFFIXES else MAX_BINARY_BYTES
    try:
        size = path.stat().st_size if data is None else len(data)
        if size > limit:
            raise DocumentError(path.name, msg("tệp quá lớn ({size} MB, giới hạn {limit} MB); tách thành nhiều "
                                               "văn bản nhỏ hơn", size=f"{size / 2**20:.1f}", limit=limit // 2**20))
        raw = path.read_bytes() if data is None else data
    except OSError as exc:
        raise DocumentError(path.name, msg("không đọc được tệp: {reason}", reason=exc.strerror)) from exc
    front: dict[str, str] = {}
    if suffix in TEXT_SUFFIXES:
        source, front, body_offset = _text_source(path, raw)
    else:
        try:
            source = read_source(path, raw)
        except FormatError as exc:
            raise DocumentError(path.name, str(exc)) from None
        body_offset = 0
    layers = [("cli", given or {}), ("front", front), ("sidecar", metadata.read_sidecar(path)),
              ("page", metadata.from_page(source.meta)), ("text", metadata.from_text(source.text[body_offset:]))]
    meta, origins = metadata.resolve(layers)
    missing = [k for k in ("province", "published") if k not in meta or (not meta[k] and k == "province")]
    if missing:
        named = [msg("tỉnh (province)") if k == "province" else msg("ngày ban hành (published)") for k in missing]
        what = msg("{first} và {second}", first=named[0], second=named[1]) if len(named) == 2 else named[0]
        raise DocumentError(path.name, msg("không xác định được {what}; ghi vào phần đầu YAML hoặc tệp kèm {sidecar}, "
                                           "hoặc thêm bằng: tracker add TỆP --province … --published …",
                                           what=what, sidecar=metadata.sidecar_path(path).name))
    province = _province_slug(path, meta["province"])
    try:
        written = meta["published"]
        published = check_date_text(written[:10] if origins["published"] == "page" else written)
    except ValueError as exc:
        raise DocumentError(path.name, f"'published' ({msg(metadata.ORIGINS[origins['published']])}): {exc}") from None
    period = meta.get("period")
    if period is not None and not _PERIOD.match(period):
        raise DocumentError(path.name, msg("'period' không hợp lệ: {value}", value=repr(period)))
    return Document(
        id=path.stem,
        path=path,
        province=province,
        published=published,
        period=period,
        kind=meta.get("kind"),
        title=meta.get("title"),
        source=meta.get("source"),
        encoding=source.meta.get("encoding", ""),
        body=normalize(source.text[body_offset:]),
        body_offset=body_offset,
        format=source.format,
        pages=source.pages,
        ocr=source.ocr,
        notes=source.notes,
        origins=origins,
    )


def _text_source(path: Path, raw: bytes) -> tuple[Source, dict[str, str], int]:
    """A text file: its decoded text, its front matter (optional) and where the body starts."""
    try:
        decoded = decode(raw)
    except DecodeError as exc:
        raise DocumentError(path.name, str(exc)) from exc
    text = decoded.text
    m = _FRONT.match(text)
    if not m:
        return Source(text, "txt", meta={"encoding": decoded.encoding}), {}, 0
    try:
        meta = _FRONT_YAML.load(m.group(1)) or {}
    except YAMLError as exc:
        raise DocumentError(path.name, msg("phần đầu YAML không hợp lệ: {detail}", detail=exc)) from exc
    except ValueError as exc:  # a date-like value that is no date: "published: 2026-02-30"
        raise DocumentError(path.name, msg("phần đầu YAML có ngày không tồn tại ({detail})", detail=exc)) from exc
    if not isinstance(meta, dict):
        raise DocumentError(path.name, msg("phần đầu YAML phải là các cặp khóa: giá trị"))
    # a key written empty ("published: ''") stays, so it is named as wrong rather than missing
    front = {str(k): _as_str(v) or "" for k, v in meta.items() if v is not None}
    return Source(text, "txt", meta={"encoding": decoded.encoding}), front, m.end()


def _province_slug(path: Path, written: str) -> str:
    """The registry slug of the front matter's province, however it is written ('Kiên Giang',
    'tỉnh Kiên Giang', 'kien-giang'): a document under a name that is no slug must not drop
    out of its province's report without a word."""
    if written == WHOLE_COUNTRY:
        return written
    try:
        return lookup(written).slug
    except ProvinceError as exc:
        raise DocumentError(path.name, f"'province': {exc.message} {msg('Gợi ý:')} {exc.hint}") from None


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
            out.append(DocumentError(p.name, msg("liên kết hỏng (tệp đích không còn)")))
        elif p.is_dir():
            out.append(DocumentError(p.name + "/", msg("thư mục con không được đọc; chỉ đọc các tệp nằm ngay trong "
                                                       "{folder}/", folder=folder.name)))
        elif not p.is_file():
            out.append(DocumentError(p.name, msg("không phải tệp thường (FIFO, socket hoặc thiết bị)")))
        elif metadata.is_sidecar(p):
            base = p.with_name(p.name[: -len(".yaml")])
            if not base.is_file():
                out.append(DocumentError(p.name, msg("tệp kèm không có văn bản đi cùng ({name})", name=base.name)))
        elif p.suffix.lower() not in SUFFIXES:
            out.append(DocumentError(p.name, msg("định dạng {suffix} chưa được đọc; chỉ đọc {suffixes}",
                                                 suffix=p.suffix or msg("(không đuôi)"), suffixes=", ".join(SUFFIXES))))
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
