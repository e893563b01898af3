"""Measure `designer detect` against the held-out corpus of real repositories.

    python benchmarks/measure_detect.py CHECKOUTS [--corpus benchmarks/detect_corpus.yaml]

CHECKOUTS holds one folder per repository, named `owner+name` (a checkout of the commit the
corpus lists). Prints, per backend, what differs from the truth, then the share of backends
with the right framework version, data layer, database engine and main test framework, and
the number of phantom backends (reported where the truth has none). Not a test: the
repositories are not part of this one, and nothing here contacts the network.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

from designer.detect import detect
from designer.model.stack import DetectedBackend, FindingKind

ASPECTS = ("version", "data", "engine", "test")


def _norm(version: str) -> str:
    """The version as compared. Without a lock the detector shows the manifest's declaration
    as written; a compatible-release requirement on one release (`~=6.0.0`, `~> 6.1.6`,
    `^5.10.0`) names that release, which a truth may write bare or with its operator alike.
    Ranges (`>=6.0,<6.1`) stay as written."""
    version = re.sub(r"^(?:==|v)", "", version.strip().replace(" ", ""))
    return re.sub(r"^(?:~=|~>|\^|~)(?=v?[\w.-]+$)v?", "", version)


def _first(backend: DetectedBackend, *kinds: FindingKind) -> str:
    """The first finding of any of `kinds`: the data layer is the first ORM or query library,
    whichever the detector ranks first."""
    for finding in backend.findings:
        if finding.kind in kinds:
            return finding.name
    return "none"


def _either(truth: object) -> list[str]:
    """The answers a truth accepts: a list where either is right (a data layer built by one
    library and run by another, tests in two tools, an engine a setting chooses among a
    built-in default and a deployed server, a version two locks of one project resolve
    apart), else the one it names."""
    return [str(item) for item in truth] if isinstance(truth, list) else [str(truth)]


def judge(backend: DetectedBackend | None, truth: dict[str, object]) -> dict[str, str]:
    """Aspect → "" when right, else what was detected instead."""
    if backend is None:
        return dict.fromkeys(ASPECTS, "backend not found")
    frameworks = [f for f in backend.findings if f.kind is FindingKind.FRAMEWORK]
    framework = frameworks[0] if frameworks and not backend.ambiguous else None
    wrong: dict[str, str] = {}
    names, versions = _either(truth["framework"]), _either(truth["version"])
    if framework is not None and len(names) > 1 and len(names) == len(versions):
        # Two frameworks serving one program (a router beside an older server), each with
        # its own version: the version a name is paired with is the one it must carry.
        versions = [v for name, v in zip(names, versions, strict=True) if name == framework.name]
    wants = [_norm(version) for version in versions]
    got = _norm(framework.version) if framework else ""
    if framework is None or framework.name not in names:
        wrong["version"] = f"framework {[f.name for f in frameworks]}"
    elif not any(
        got == want or (want.count(".") == 1 and got.startswith(want + ".")) for want in wants
    ):
        wrong["version"] = f"version {framework.version or '(none)'}"
    data = _first(backend, FindingKind.ORM, FindingKind.QUERY)
    if data not in _either(truth["data"]):
        wrong["data"] = data
    engine = _first(backend, FindingKind.DATABASE)
    if engine not in _either(truth["engine"]):
        wrong["engine"] = engine
    test = _first(backend, FindingKind.TEST)
    if test not in _either(truth["test"]):
        wrong["test"] = test
    return wrong


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkouts", type=Path)
    default = Path(__file__).with_name("detect_corpus.yaml")
    parser.add_argument("--corpus", type=Path, default=default)
    args = parser.parse_args()
    corpus = yaml.safe_load(args.corpus.read_text(encoding="utf-8"))
    right = dict.fromkeys(ASPECTS, 0)
    total = phantoms = 0
    absent: list[str] = []
    for entry in corpus["repositories"]:
        folder = args.checkouts / entry["repo"].replace("/", "+")
        if not folder.is_dir():
            # A checkout that could not be made is left out of the shares, and said so: a
            # partial corpus still compares like with like between two detectors.
            absent.append(entry["repo"])
            continue
        found = {b.folder: b for b in detect(folder).backends}
        for name, truth in entry["backends"].items():
            total += 1
            wrong = judge(found.get(name), truth)
            for aspect in ASPECTS:
                right[aspect] += aspect not in wrong
            if wrong:
                print(f"{entry['repo']} [{name}]: {wrong}")
        for extra in sorted(set(found) - set(entry["backends"])):
            phantoms += 1
            print(f"{entry['repo']} [{extra}]: phantom backend")
    if absent:
        print(f"checkouts missing, left out: {', '.join(absent)}")
    print(f"backends: {total}, phantoms: {phantoms}")
    for aspect in ASPECTS:
        # A sample may hold only repositories with no backend: no share to print then.
        share = f" = {100 * right[aspect] / total:.0f}%" if total else ""
        print(f"{aspect}: {right[aspect]}/{total}{share}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
