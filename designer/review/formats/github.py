"""GitHub Actions workflow commands: one annotation per finding on the design file's line.

Errors and warnings annotate as themselves, infos and accepted findings as notices; the last line
is the plain tally. Values are escaped as the runner expects (`%`, CR, LF; `:` and `,` in
properties) so a design's text cannot start a command of its own.
"""

from __future__ import annotations

from designer.review.formats.report import Report
from designer.review.registry import Finding, Severity
from designer.review.report import tally

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """A command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def line(report: Report, finding: Finding) -> str:
    """`::warning file=…,line=…,col=…,title=…::message` for one finding."""
    at = report.position(finding)
    command = "notice" if finding.accepted else COMMAND[finding.severity]
    title = f"{finding.rule_id} {finding.title}" + (" (accepted)" if finding.accepted else "")
    if finding.acceptance is not None:
        text = f"{finding.location}: {finding.message} — accepted: {finding.acceptance.reason}"
    else:
        text = f"{finding.location}: {finding.message}. Fix: {finding.fix}"
    props = (f"file={escape_property(report.uri)},line={at.line},col={at.column},"
             f"title={escape_property(title)}")
    return f"::{command} {props}::{escape_data(text)}"


def render(report: Report) -> str:
    """Every annotation, then the tally."""
    lines = [line(report, f) for f in report.findings]
    lines.append(f"designer check {report.uri}: {tally(report.findings)}"
                 + (f" (fails on {report.threshold.value})" if report.failed else ""))
    return "\n".join(lines)
