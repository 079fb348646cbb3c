from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tracker.extract.catalog import Catalog, load_catalog
from tracker.store.db import Store

# Sentences in the style of a provincial half-year bulletin; each gives one figure.
BTS = "Toàn tỉnh hiện có 1.250 trạm BTS, trong đó có 35 trạm 5G."
DOSSIER = "Tỷ lệ hồ sơ được xử lý trực tuyến đạt 61,5%."


def write_doc(folder: Path, name: str, *sentences: str, province: str = "kien-giang",
              published: str = "2024-07-05") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.txt"
    body = "\n".join(sentences)
    path.write_text(f"---\nprovince: {province}\npublished: {published}\ntitle: \"Bản tin {name}\"\n"
                    f"source: \"Sở Thông tin và Truyền thông\"\n---\n{body}\n", "utf-8")
    return path


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "tracker.db") as s:
        yield s
