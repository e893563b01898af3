"""Generic gaps the fortieth held-out set showed (benchmarks/detect_heldout40.yaml), each as a
small fixture of the real files' shape (#19): an sbt build whose dependency groups are a val
or interpolate one (`hmrc %% s"bootstrap-backend-$playVersion"`, `s"$hmrc.mongo" %%
s"hmrc-mongo-$playVersion"`), as help-to-save's project/AppDependencies.scala writes them."""

from __future__ import annotations

from pathlib import Path

from test_detect_clojure import _play
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GROUPS_AS_VALS = (
    '    ws,\n'
    '    hmrc            %% s"bootstrap-backend-$playVersion" % bootstrapVer,\n'
    '    s"$hmrc.mongo"  %% s"hmrc-mongo-$playVersion"        % mongoVer,\n'
    '    "org.typelevel" %% "cats-core"                       % "2.10.0"'
)


def test_a_group_written_as_a_val_or_interpolating_one_is_read(tmp_path: Path) -> None:
    files = _play(
        _GROUPS_AS_VALS, '  val hmrc = "uk.gov.hmrc"\n  val playVersion = "play-30"\n'
    )
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Play", "3.0.10")
    assert first(backend, K.QUERY) == ("hmrc-mongo", "2.12.0")
    assert first(backend, K.DATABASE)[0] == "MongoDB"
    hmrc = next(f for f in backend.findings if f.name == "hmrc-mongo")
    assert any("hmrc-mongo-$playVersion" in e.text for e in hmrc.evidence)


def test_an_sbt_plugin_whose_group_is_a_val_still_names_play(tmp_path: Path) -> None:
    """The group read through its val keeps telling Play's sbt plugin from another's."""
    files = _play(_GROUPS_AS_VALS, '  val hmrc = "uk.gov.hmrc"\n  val playVersion = "play-30"\n')
    files["project/plugins.sbt"] = (
        'val play = "org.playframework"\n\naddSbtPlugin(play % "sbt-plugin" % "3.0.6")\n'
    )
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Play", "3.0.6")
