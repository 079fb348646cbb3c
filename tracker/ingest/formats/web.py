"""Saved web pages: the article's own text, without the portal around it.

trafilatura is the maintained main-content extractor with the best scores in the public
benchmarks; it drops menus, "Tin liên quan" lists, comments and footers, keeps tables (a
row as "| label | value |") and reads the page's metadata: canonical URL, publication date,
title and site name, which tell tracker the document's date, source and often province.
"""

from __future__ import annotations

from tracker.i18n import msg
from tracker.ingest.formats import FormatError, Source

# How trafilatura names what tracker keeps of a page's metadata.
_META = {"url": "source", "date": "published", "title": "title", "sitename": "site", "hostname": "host"}


def read_html(data: bytes) -> Source:
    import trafilatura

    try:
        found = trafilatura.bare_extraction(data, with_metadata=True, include_tables=True, include_comments=False,
                                            include_images=False, include_links=False, deduplicate=False)
    except (ValueError, TypeError) as exc:  # a page lxml cannot parse at all
        raise FormatError(msg("trang HTML không đọc được ({detail})", detail=exc)) from None
    record = found if isinstance(found, dict) else found.as_dict() if found is not None else {}
    text = (record.get("text") or "").strip()
    # trafilatura falls back to whatever text a page has; a page with no line of eight words
    # is a menu, a gallery or an error page, not an article
    if not any(len(line.split()) >= 8 for line in text.split("\n")):
        raise FormatError(msg("trang HTML không có nội dung bài viết (chỉ có menu, liên kết hoặc trống)"))
    meta = {ours: str(record[theirs]).strip() for theirs, ours in _META.items() if record.get(theirs)}
    return Source(text, "html", meta=meta)
