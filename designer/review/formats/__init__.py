"""`designer check --format …`: one renderer per CI format, all reading one `Report`.

    text    the summary and findings by stage, each at FILE:LINE:COLUMN
    json    the stable JSON document (`--json`), findings with file, line and column
    sarif   SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps)
    github  GitHub Actions workflow commands (`::error file=…,line=…::`)
    junit   JUnit XML, one test case per finding
"""

from __future__ import annotations

from collections.abc import Callable

from designer.review.formats.report import Report

FORMATS = ("text", "json", "sarif", "github", "junit")
"""Every `--format` value."""


def renderer(name: str) -> Callable[[Report], str]:
    """The function that renders `name` (imported on use: check stays cheap to start)."""
    if name == "text":
        from designer.review.formats.text import render
    elif name == "json":
        from designer.review.formats.json_doc import render
    elif name == "sarif":
        from designer.review.formats.sarif import render
    elif name == "github":
        from designer.review.formats.github import render
    elif name == "junit":
        from designer.review.formats.junit import render
    else:
        raise ValueError(f"unknown format {name!r}")
    return render


__all__ = ["FORMATS", "Report", "renderer"]
