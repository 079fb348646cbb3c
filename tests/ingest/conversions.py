"""Real corpus documents re-made as a department receives them: a Word file, a PDF printed
from it (running header, page numbers), a portal page with its menus and related links.

The text of each is the document's own, paragraph by paragraph; only the container changes,
so the figures read from every format must be those read from the text file.
"""

from __future__ import annotations

import html
from pathlib import Path

from ruamel.yaml import YAML

_yaml = YAML(typ="safe")
_yaml.default_flow_style = False


def split_front(text: str) -> tuple[dict[str, str], list[str]]:
    """(front matter, body paragraphs) of a corpus file."""
    _, front, body = text.split("---\n", 2)
    meta = {str(k): str(v) for k, v in (_yaml.load(front) or {}).items()}
    return meta, [p for p in body.split("\n") if p.strip()]


def write_sidecar(path: Path, meta: dict[str, str]) -> None:
    with path.with_name(path.name + ".yaml").open("w", encoding="utf-8") as f:
        _yaml.dump(meta, f)


def to_docx(meta: dict[str, str], paragraphs: list[str], path: Path) -> None:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    document.save(str(path))
    write_sidecar(path, meta)


def pdf_html(paragraphs: list[str], header: str = "Cổng thông tin điện tử") -> str:
    """A printable page: A4, justified serif text, a running header and a page number."""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 20mm 20mm 20mm 30mm;
  @top-center {{ content: "{html.escape(header)}"; font-size: 9pt; }}
  @bottom-right {{ content: "Trang " counter(page); font-size: 9pt; }} }}
body {{ font-family: "Liberation Serif", serif; font-size: 13pt; line-height: 1.3; }}
p {{ text-align: justify; text-indent: 10mm; margin: 0 0 6pt; }}
</style></head><body>{body}</body></html>"""


def to_pdf(meta: dict[str, str], paragraphs: list[str], path: Path) -> None:
    import weasyprint

    path.write_bytes(weasyprint.HTML(string=pdf_html(paragraphs)).write_pdf())
    write_sidecar(path, meta)


def to_html(meta: dict[str, str], paragraphs: list[str], path: Path) -> None:
    """A portal page: menus, breadcrumb, the article, related links and a footer. The page's
    own metadata carries the date, title and URL; the sidecar only what a page cannot say."""
    title = meta.get("title", paragraphs[0])
    headed = paragraphs[0].strip() == title.strip()  # the text opens with its title, as a page's <h1>
    rest = paragraphs[1:] if headed else paragraphs
    h1 = f"<h1>{html.escape(title)}</h1>" if headed else ""
    published = meta.get("published", "")
    stamp = published + "-01" * (2 - published.count("-")) if published else ""
    article = "\n".join(f"<p>{html.escape(p)}</p>" for p in rest)
    page = f"""<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>{html.escape(title)} - Cổng thông tin</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="article:published_time" content="{stamp}T08:00:00+07:00">
<link rel="canonical" href="{html.escape(meta.get('source', 'https://example.gov.vn/tin/1'))}">
</head><body>
<header><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ</div>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản</a></li>
<li><a href="/lien-he">Liên hệ</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức</a></div>
<main><article>{h1}
<div class="meta">Ngày đăng: {html.escape(published)}</div>
{article}
</article></main>
<aside class="related"><h3>Tin liên quan</h3><ul>
<li><a href="/tin/2">Năm 2023 toàn tỉnh có 999 trạm BTS</a></li>
<li><a href="/tin/3">Tỷ lệ hồ sơ trực tuyến đạt 12,3%</a></li></ul></aside>
<footer><p>Bản quyền © Cổng thông tin điện tử. Địa chỉ: 01 đường Trần Phú. Điện thoại: 0297 3862 011.</p>
<p>Lượt truy cập: 1.234.567</p></footer></body></html>"""
    path.write_text(page, encoding="utf-8")
    # a page's date has a day; a document dated to the month keeps that date in the sidecar
    given = ("title", "source") + (("published",) if published.count("-") == 2 else ())
    side = {k: v for k, v in meta.items() if k not in given}
    write_sidecar(path, side)
