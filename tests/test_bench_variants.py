"""The robustness benchmark rewrites a document's body only: its metadata and id stay."""

from pathlib import Path

from bench.variants import VARIANTS, rewritten
from tracker.ingest.documents import parse_document


def test_a_variant_rewrites_the_body_and_keeps_the_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "tin-a.txt"
    path.write_text("---\nprovince: nghe-an\npublished: 2024-04-10\ntitle: \"Dịch vụ công trực tuyến\"\n---\n"
                    "Tỉnh cung cấp 906 dịch vụ công trực tuyến; tỷ lệ hồ sơ đạt 45%.\n", "utf-8")
    doc = parse_document(path, path.read_bytes())
    out = rewritten(doc, VARIANTS["DVCTT for dịch vụ công trực tuyến"])
    assert "906 DVCTT" in out.text and "dịch vụ công trực tuyến" not in out.text
    assert (out.id, out.province, out.published, out.title) == (doc.id, doc.province, doc.published, doc.title)
    assert "45 %" in rewritten(doc, VARIANTS["a space before %"]).text
