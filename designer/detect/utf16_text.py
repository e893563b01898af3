"""Text files saved as UTF-16.

On Windows, `pip freeze > requirements.txt` in PowerShell (5.x) writes UTF-16 little-endian with
a byte-order mark, and so do some editors' "Unicode" saves: every other byte of the file is a
NUL, so the walker's test for a binary file (a NUL byte) took the project's only manifest for
one and the backend lost its pins (no framework version, no driver, no engine). A file that
opens with a UTF-16 byte-order mark and decodes as UTF-16 into text with no NUL character is
text: it is handed on as UTF-8, the encoding every reader expects. A binary file that happens
to start with the same two bytes keeps NULs once decoded (runs of zero bytes) or fails to
decode, and stays binary.
"""

from __future__ import annotations

_MARKS = ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
"""The byte-order marks and the codec each one announces."""

_BOM = "\ufeff"


def as_utf8(raw: bytes) -> bytes | None:
    """`raw` re-encoded as UTF-8 when it is UTF-16 text with a byte-order mark, else None.

    Every leading mark is dropped: a file appended to by a second UTF-16 write (a freeze into a
    file that already had its mark) opens with two."""
    for mark, codec in _MARKS:
        if not raw.startswith(mark):
            continue
        body = raw[: len(raw) - (len(raw) % 2)]  # a torn last half-character is no text
        try:
            text = body.decode(codec)
        except UnicodeDecodeError:
            return None  # a lone surrogate: not text
        text = text.lstrip(_BOM)
        if "\x00" in text:
            return None  # zero pairs inside: a binary file
        return text.encode("utf-8")
    return None
