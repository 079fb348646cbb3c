"""The text layer: bytes in, clean NFC text with a way back to the published characters.

Everything downstream (sentences, numbers, extraction) works on `NormalizedText.text`;
quotes shown to a user are cut from `NormalizedText.original` through `original_span`.
"""
