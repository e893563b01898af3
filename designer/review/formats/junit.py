"""JUnit XML: one test suite for the design, one test case per finding.

A finding that reaches `--fail-on` is a failure; an accepted one is skipped with the team's
reason; one below the threshold passes with its text in system-out. A design without findings
gets one passing case, so the suite is never empty.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from designer.review.formats.report import Report
from designer.review.registry import Finding


def _case(report: Report, finding: Finding) -> ET.Element:
    case = ET.Element("testcase", classname=f"designer.{finding.rule_id}",
                      name=f"{finding.rule_id} {finding.location}", file=report.uri,
                      line=str(report.position(finding).line))
    text = (f"{report.where(finding)}: {finding.title}: {finding.message}\n"
            f"fix: {finding.fix}")
    if finding.acceptance is not None:
        ET.SubElement(case, "skipped", message=f"accepted: {finding.acceptance.reason}")
    elif finding.severity.reaches(report.threshold):
        failure = ET.SubElement(case, "failure", message=finding.message,
                                type=finding.severity.value)
        failure.text = text
    else:
        ET.SubElement(case, "system-out").text = f"{finding.severity.value}: {text}"
    return case


def render(report: Report) -> str:
    """The JUnit XML document."""
    cases = [_case(report, f) for f in report.findings] or [
        ET.Element("testcase", classname="designer.review", name="design review",
                   file=report.uri)]
    failures = sum(c.find("failure") is not None for c in cases)
    skipped = sum(c.find("skipped") is not None for c in cases)
    suites = ET.Element("testsuites", name="designer check", tests=str(len(cases)),
                        failures=str(failures), errors="0", skipped=str(skipped))
    suite = ET.SubElement(suites, "testsuite", name=f"designer check {report.uri}",
                          tests=str(len(cases)), failures=str(failures), errors="0",
                          skipped=str(skipped))
    suite.extend(cases)
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True)
