"""Loading questionnaires: the shipped files, and malformed ones reported as file:question lines."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from designer.errors import QuestionnaireError
from designer.model import Stage
from designer.paths import questionnaires_dir
from designer.questionnaire import QuestionType, load_all, load_file
from designer.questionnaire.binding import Kind, resolve
from designer.questionnaire.loader import clear_cache

STAGES = [s for s in Stage if s is not Stage.REVIEW]


def test_every_stage_has_a_file_and_every_file_loads() -> None:
    found = load_all()
    assert list(found) == STAGES
    for path in sorted(questionnaires_dir().glob("*.yaml")):
        assert load_file(path).questions


@pytest.mark.parametrize("stage", [Stage.REQUIREMENTS, Stage.AUTH, Stage.TESTING, Stage.OPERATIONS])
def test_main_stages_ask_at_least_eight_questions(stage: Stage) -> None:
    assert len(load_all()[stage].questions) >= 8


_FITS = {
    QuestionType.TEXT: {Kind.STR},
    QuestionType.TEXTAREA: {Kind.STR},
    QuestionType.CHOICE: {Kind.STR, Kind.ENUM},
    QuestionType.MULTICHOICE: {Kind.STR_LIST, Kind.ENUM_LIST},
    QuestionType.BOOL: {Kind.BOOL},
    QuestionType.INT: {Kind.INT},
    QuestionType.NUMBER: {Kind.FLOAT},
    QuestionType.LIST: {Kind.STR_LIST},
}


def test_every_bind_path_resolves_and_fits_its_type() -> None:
    for questionnaire in load_all().values():
        for q in questionnaire.questions:
            spec = resolve(q.bind)
            assert spec.kind in _FITS[q.type], q.key
            if spec.enum is not None:
                assert {o.value for o in q.options} <= set(spec.enum_values), q.key
            if q.type in (QuestionType.CHOICE, QuestionType.MULTICHOICE):
                assert q.options, q.key


def test_bind_paths_are_unique_and_ids_unique_per_stage() -> None:
    binds = [q.bind for qn in load_all().values() for q in qn.questions]
    assert len(binds) == len(set(binds))
    for questionnaire in load_all().values():
        ids = [q.id for q in questionnaire.questions]
        assert len(ids) == len(set(ids))


def test_texts_have_english_and_korean_where_promised() -> None:
    found = load_all()
    for questionnaire in found.values():
        assert questionnaire.title("ko") != questionnaire.title("en")
        for q in questionnaire.questions:
            assert q.prompt("en").strip()
            assert q.prompt("ko") != q.prompt("en"), q.key
    requirements = found[Stage.REQUIREMENTS]
    assert all(q.help("ko") != q.help("en") for q in requirements.questions if q.help("en"))


def test_korean_market_options_are_offered() -> None:
    found = load_all()
    compliance = found[Stage.REQUIREMENTS].question("compliance")
    assert compliance is not None
    pipa = compliance.option("pipa")
    assert pipa is not None and "개인정보보호법" in pipa.label("ko")
    assert compliance.option("ecommerce_act") is not None
    assert "Toss Payments" in (compliance.option("pci_dss") or pipa).help("en")
    providers = found[Stage.AUTH].question("oauth_providers")
    assert providers is not None
    assert providers.option("kakao") and providers.option("naver")
    assert providers.option("kakao").label("ko") == "카카오 로그인"  # type: ignore[union-attr]
    cloud = found[Stage.OPERATIONS].question("cloud")
    assert cloud is not None and cloud.option("Naver Cloud Platform") is not None
    alerting = found[Stage.OPERATIONS].question("alerting")
    assert alerting is not None and any("KakaoTalk" in o.label() for o in alerting.options)


def test_seed_defaults() -> None:
    from designer.model import Design

    found, design = load_all(), Design()
    requirements = found[Stage.REQUIREMENTS]
    assert requirements.question("p95_latency_ms").default(design) == 200  # type: ignore[union-attr]
    assert requirements.question("db_query_ms").default(design) == 100  # type: ignore[union-attr]
    assert requirements.question("availability").default(design) == 99.9  # type: ignore[union-attr]
    assert requirements.question("error_rate").default(design) == 0.1  # type: ignore[union-attr]
    coverage = found[Stage.TESTING].question("coverage_target")
    assert coverage is not None and coverage.default(design) == 85
    assert (coverage.min, coverage.max) == (0, 100)
    health = found[Stage.OPERATIONS].question("health_path")
    assert health is not None and health.default(design) == "/health"
    hashing = found[Stage.AUTH].question("password_hashing")
    assert hashing is not None and hashing.default(design) == "argon2id"


def test_model_bounds_fill_min_when_not_given() -> None:
    peak = load_all()[Stage.REQUIREMENTS].question("peak_rps")
    assert peak is not None and peak.min == 0 and peak.max is None


def test_core_does_not_import_textual() -> None:
    code = (
        "import sys, designer.questionnaire, designer.questionnaire.engine; "
        "designer.questionnaire.load_all(); "
        "assert not [m for m in sys.modules if m.split('.')[0] == 'textual']"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# -- malformed questionnaires -------------------------------------------------------------

GOOD = """
  - id: peak_rps
    type: int
    bind: requirements.nfr.peak_rps
    prompt: {en: 'Peak RPS?', ko: '피크 RPS는?'}
"""


def _load_problems(
    tmp_path: Path, questions: str, name: str = "requirements.yaml", header: str = ""
) -> list[str]:
    folder = tmp_path / "q"
    folder.mkdir(exist_ok=True)
    body = header + "questions:\n" + textwrap.dedent(questions).strip("\n")
    (folder / name).write_text(textwrap.indent(body, ""), encoding="utf-8")
    clear_cache()
    with pytest.raises(QuestionnaireError) as caught:
        load_all(folder)
    return str(caught.value).splitlines()


def _question(**fields: str) -> str:
    lines = ["  - id: " + fields.pop("id", "q1")]
    defaults = {"type": "int", "bind": "requirements.nfr.peak_rps", "prompt": "Peak RPS?"}
    for key, value in {**defaults, **fields}.items():
        if value != "":
            lines.append(f"    {key}: {value}")
    return "\n".join(lines) + "\n"


def test_a_good_file_loads(tmp_path: Path) -> None:
    folder = tmp_path / "ok"
    folder.mkdir()
    (folder / "requirements.yaml").write_text("questions:\n" + GOOD, encoding="utf-8")
    loaded = load_all(folder)
    assert list(loaded) == [Stage.REQUIREMENTS]
    assert loaded[Stage.REQUIREMENTS].questions[0].prompt("ko") == "피크 RPS는?"
    assert loaded[Stage.REQUIREMENTS].title() == "Requirements"


def test_unknown_bind_path(tmp_path: Path) -> None:
    problems = _load_problems(tmp_path, _question(id="peak_rps", bind="requirements.nfr.peek_rps"))
    assert problems == ["requirements.yaml:peak_rps: unknown bind path 'requirements.nfr.peek_rps'"]


def test_unknown_type(tmp_path: Path) -> None:
    (line,) = _load_problems(tmp_path, _question(type="slider"))
    assert line.startswith("requirements.yaml:q1: unknown type 'slider'")


def test_type_that_does_not_fit_the_field(tmp_path: Path) -> None:
    (line,) = _load_problems(tmp_path, _question(type="bool"))
    assert line == (
        "requirements.yaml:q1: type 'bool' does not fit requirements.nfr.peak_rps, "
        "which holds int (use int)"
    )


def test_list_of_records_is_not_a_question(tmp_path: Path) -> None:
    (line,) = _load_problems(tmp_path, _question(type="list", bind="requirements.features"))
    assert line.startswith("requirements.yaml:q1: bind path 'requirements.features' holds")


def test_bad_option_for_an_enum(tmp_path: Path) -> None:
    text = _question(
        type="choice",
        bind="requirements.consistency",
        options="[{value: strong}, {value: sometimes}]",
    )
    (line,) = _load_problems(tmp_path, text)
    assert line == (
        "requirements.yaml:q1: option 'sometimes' is not a value of "
        "requirements.consistency (strong, eventual, mixed)"
    )


def test_missing_english_prompt(tmp_path: Path) -> None:
    (line,) = _load_problems(tmp_path, _question(prompt="{ko: '피크 RPS는?'}"))
    assert line == "requirements.yaml:q1: prompt: English text (en) is required"


def test_missing_prompt_and_bad_id(tmp_path: Path) -> None:
    problems = _load_problems(tmp_path, _question(id="Peak", prompt=""))
    assert problems == [
        "requirements.yaml:Peak: id 'Peak' must be lower_snake_case",
        "requirements.yaml:Peak: prompt: missing",
    ]


def test_duplicate_id(tmp_path: Path) -> None:
    problems = _load_problems(
        tmp_path, _question() + _question(bind="requirements.nfr.db_query_ms")
    )
    assert problems == ["requirements.yaml:q1: duplicate question id 'q1'"]


def test_bad_when_path_and_operand(tmp_path: Path) -> None:
    text = (
        _question(when="{path: auth.method, contains: jwt}")
        + _question(
            id="q2",
            bind="requirements.nfr.db_query_ms",
            when="{path: auth.methods, contains: jwtt}",
        )
        + _question(
            id="q3",
            bind="requirements.nfr.expected_users",
            when="{path: auth.password_hashing, contains: bcrypt}",
        )
    )
    problems = _load_problems(tmp_path, text)
    assert problems == [
        "requirements.yaml:q1: when: condition unknown path 'auth.method'",
        "requirements.yaml:q2: when: 'jwtt' is not a value of auth.methods "
        "(jwt, oauth2, session, api_key, mtls, saml)",
        "requirements.yaml:q3: when: 'contains' needs a list, but auth.password_hashing "
        "holds one value",
    ]


def test_unknown_computed_default(tmp_path: Path) -> None:
    (line,) = _load_problems(tmp_path, _question(default="{computed: peak_from_nowhere}"))
    assert line == (
        "requirements.yaml:q1: default.computed: unknown computed default 'peak_from_nowhere'"
    )


def test_invalid_literal_default_and_bounds(tmp_path: Path) -> None:
    text = _question(default="lots") + _question(
        id="q2", bind="requirements.nfr.db_query_ms", min="-5"
    )
    problems = _load_problems(tmp_path, text)
    assert problems == [
        "requirements.yaml:q1: default 'lots' is invalid: 'lots' is not a whole number",
        "requirements.yaml:q2: min -5 is below the model's lower bound 0",
    ]


def test_unknown_keys_and_bad_regex(tmp_path: Path) -> None:
    text = _question(type="text", bind="requirements.name", colour="red", pattern="'(['")
    problems = sorted(_load_problems(tmp_path, text))
    assert len(problems) == 2
    assert problems[0].startswith("requirements.yaml:q1: pattern: not a valid regular expression")
    assert problems[1] == "requirements.yaml:q1: unknown key 'colour'"


def test_problems_of_several_files_are_reported_together(tmp_path: Path) -> None:
    folder = tmp_path / "q"
    folder.mkdir()
    (folder / "auth.yaml").write_text("questions:\n" + _question(bind="auth.nope"), "utf-8")
    (folder / "notastage.yaml").write_text("questions: []\n", "utf-8")
    (folder / "testing.yaml").write_text("questions: [\n", "utf-8")
    with pytest.raises(QuestionnaireError) as caught:
        load_all(folder)
    lines = str(caught.value).splitlines()
    assert lines[0] == "auth.yaml:q1: unknown bind path 'auth.nope'"
    assert lines[1].startswith("notastage.yaml: the file name must be a stage name")
    assert lines[2].startswith("testing.yaml: not valid YAML (line")


def test_duplicate_bind_across_files(tmp_path: Path) -> None:
    folder = tmp_path / "q"
    folder.mkdir()
    (folder / "requirements.yaml").write_text("questions:\n" + GOOD, "utf-8")
    (folder / "testing.yaml").write_text("questions:\n" + GOOD, "utf-8")
    with pytest.raises(QuestionnaireError) as caught:
        load_all(folder)
    assert str(caught.value) == (
        "testing.yaml:peak_rps: bind path 'requirements.nfr.peak_rps' "
        "is also bound by requirements:peak_rps"
    )


def test_empty_folder_and_missing_questions(tmp_path: Path) -> None:
    with pytest.raises(QuestionnaireError, match="holds no questionnaire"):
        load_all(tmp_path)
    (tmp_path / "api.yaml").write_text("title: API\n", "utf-8")
    clear_cache()
    with pytest.raises(QuestionnaireError, match="'questions' must be a non-empty list"):
        load_all(tmp_path)
