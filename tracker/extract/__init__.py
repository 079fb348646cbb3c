"""Extraction: documents in, Observations (figures with their quotes) out."""
