"""The figures store: documents, extracted figures, reviews, manual figures, report runs."""

from tracker.store.db import Store

__all__ = ["Store"]
