"""The JSON Schemas of the documents (json_schema.py): valid for what itbverify reads, refusing what it refuses.

A document is given to the schema as a YAML 1.2 parser (an editor's language
server) or a JSON parser makes it: `10:00` is text, `yes` is text, `.inf` a number.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import CASES, REPO, base_plan, check_document

from itbverify.documents.json_schema import DESCRIPTIONS, document_schema
from itbverify.documents.kinds import KINDS

jsonschema = pytest.importorskip("jsonschema")
Draft202012Validator = jsonschema.Draft202012Validator


class _Yaml12Loader(yaml.SafeLoader):
    """PyYAML reads YAML 1.1; this reads plain scalars by the YAML 1.2 core schema, as editors do."""


_Yaml12Loader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in (
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    ("float", r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", "-+.0123456789"),
):
    _Yaml12Loader.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", re.compile(_pattern), list(_first))


def load12(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Yaml12Loader)


def validator(kind: str) -> Any:
    return Draft202012Validator(document_schema(kind))


def problems(document: Any) -> list[str]:
    kind = document.get("kind") if isinstance(document, dict) and document.get("kind") in KINDS else "plan"
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator(kind).iter_errors(document)]


def base_program(**overrides: Any) -> dict[str, Any]:
    program: dict[str, Any] = {
        "itbverify": 1,
        "kind": "program",
        "id": "test-program",
        "patient": {"age_years": 52, "origin": "cerebral", "cause": "stroke"},
        "pump": {"programmable": True, "reservoir_ml": 40},
        "phase": "maintenance",
        "previous": {"daily_dose_ug": 300, "last_increase_h": -72},
        "new": {"mode": "continuous", "daily_dose_ug": 330, "concentration_ug_ml": 2000},
        "reservoir": {"volume_ml": 18.5, "concentration_ug_ml": 2000, "filled_at_h": -240, "next_refill_h": 1200},
        "patient_bolus": {"dose_ug": 10, "lockout_h": 4, "max_per_day": 3},
        "delivery_tolerance_pct": 15,
    }
    program.update(copy.deepcopy(overrides))
    return program


def history_plan() -> dict[str, Any]:
    plan = base_plan()
    del plan["screening"]
    plan["history"] = {
        "screened_positive": True,
        "first_daily_dose_ug": 150,
        "daily_dose_ug": 300,
        "last_increase_h": -72,
        "reservoir_volume_ml": 12.5,
        "concentration_ug_ml": 500,
        "filled_at_h": -240,
    }
    plan["refills"] = [{"day": 20, "volume_ml": 20, "concentration_ug_ml": 500}]
    plan["infusion"] = [{"day": 3, "time": "10:00", "daily_dose_ug": 330}, {"day": 10, "phase": "taper", "daily_dose_ug": 300}]
    plan["end"] = {"day": 14}
    return plan


# ---- the schemas themselves --------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_each_schema_is_a_valid_draft_2020_12_schema(kind: str) -> None:
    schema = document_schema(kind)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["kind"]["const"] == kind
    json.dumps(schema)  # printable as JSON by `itbverify schema`


def test_an_unknown_kind_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="plan, program, library"):
        document_schema("plans")


def _paths(node: dict[str, Any], prefix: str = "") -> set[str]:
    """Every key's path in a schema: "a.b" in a mapping, "a[]" for a list of mappings."""
    found = set()
    for name, sub in node.get("properties", {}).items():
        path = f"{prefix}.{name}" if prefix else name
        found.add(path)
        found |= _paths(sub, path)
        if isinstance(sub.get("items"), dict) and "properties" in sub["items"]:
            found |= _paths(sub["items"], f"{path}[]")
    return found


@pytest.mark.parametrize("kind", KINDS)
def test_every_key_has_a_description_and_every_description_a_key(kind: str) -> None:
    paths = _paths(document_schema(kind))
    assert paths - set(DESCRIPTIONS[kind]) == set(), "keys without a description"
    assert set(DESCRIPTIONS[kind]) - paths == set(), "descriptions of keys that do not exist"


@pytest.mark.parametrize("kind", KINDS)
def test_the_reference_documents_every_key(kind: str) -> None:
    """docs/formats.md (docs/library.md for a configuration) names every key the schema has."""
    text = (REPO / "docs" / ("library.md" if kind == "library" else "formats.md")).read_text(encoding="utf-8")
    missing = [p for p in sorted(_paths(document_schema(kind))) if f"`{p}`" not in text]
    assert missing == []


def _enums(node: Any) -> set[str]:
    if isinstance(node, dict):
        return set(node.get("enum", [])) | {w for v in node.values() for w in _enums(v)}
    if isinstance(node, list):
        return {w for v in node for w in _enums(v)}
    return set()


def test_the_reference_lists_every_word_of_every_vocabulary() -> None:
    from itbverify.documents.schema import CONDITIONS, HYPERSENSITIVITIES, MEDICATIONS

    text = (REPO / "docs" / "formats.md").read_text(encoding="utf-8")
    words = CONDITIONS | MEDICATIONS | HYPERSENSITIVITIES | _enums(document_schema("plan")) | _enums(document_schema("program"))
    assert sorted(w for w in words if not re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)) == []


def test_a_key_added_to_the_schema_data_appears_in_the_json_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    from itbverify.documents import schema

    patient = schema.PLAN["patient"]
    widened = schema.Field("map", True, fields={**patient.fields, "height_cm": schema.NUMBER})
    monkeypatch.setitem(schema.PLAN, "patient", widened)
    patient_schema = document_schema("plan")["properties"]["patient"]
    assert patient_schema["properties"]["height_cm"]["minimum"] == 0


# ---- what validates ------------------------------------------------------------------

EXAMPLES = sorted((REPO / "examples").glob("*.yaml")) + sorted((REPO / "examples" / "libraries").glob("*.yaml"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_bundled_example_validates(path: Path) -> None:
    document = load12(path)
    assert document["kind"] in KINDS
    assert problems(document) == []


def test_every_kind_has_a_bundled_example() -> None:
    assert {load12(p)["kind"] for p in EXAMPLES} == set(KINDS)


@pytest.mark.parametrize(
    "document",
    [base_plan(), history_plan(), base_program(), base_program(new={"mode": "flex", "concentration_ug_ml": 2000, "effective_at": "14:00", "steps": [{"start": "00:00", "dose_ug_h": 13}, {"start": "20:00", "dose_ug_h": 14.5}]})],
    ids=["plan", "history-plan", "program", "flex-program"],
)
def test_the_test_documents_validate(document: dict[str, Any]) -> None:
    assert problems(document) == []


def test_a_plan_with_dates_validates() -> None:
    plan = base_plan()
    for i, event in enumerate(plan["screening"]):
        del event["day"]
        event["at"] = f"2026-03-0{2 + i}T08:00"
    for event in plan["refills"] + plan["infusion"]:
        day = event.pop("day")
        clock = event.pop("time", "08:00")
        event["at"] = f"2026-03-{2 + day:02d} {clock}:00"
    plan["end"] = {"at": "2026-03-12"}
    assert problems(plan) == []


def test_a_text_written_as_a_number_is_text_as_itbverify_reads_it(tmp_path: Path) -> None:
    plan = base_plan(id=42)
    assert problems(plan) == []
    assert check_document(tmp_path, plan).verdict == "safe"


def test_the_bundled_documents_of_the_test_corpus_validate() -> None:
    path = REPO / "tests" / "corpus" / "hostile" / "utf16-bom-valid.yaml"
    document = yaml.load(path.read_bytes().decode("utf-16"), Loader=_Yaml12Loader)
    assert problems(document) == []


@pytest.mark.skipif(not CASES.is_dir(), reason="no conformance cases (tests/cases, or ../shared/examples/cases)")
def test_every_readable_conformance_case_validates() -> None:
    expected = yaml.safe_load((CASES / "expected.yaml").read_text(encoding="utf-8"))
    readable = [name for name, want in expected.items() if want["verdict"] != "invalid"]
    assert readable
    for name in readable:
        assert problems(load12(CASES / name)) == [], name


# ---- what does not ---------------------------------------------------------------------


def _set(document: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """DOCUMENT with the value at PATH ("a.b.0.c") replaced (or the key removed when VALUE is _DELETE)."""
    changed = copy.deepcopy(document)
    *parents, last = path.split(".")
    node: Any = changed
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    if value is _DELETE:
        del node[int(last) if last.isdigit() else last]
    else:
        node[int(last) if last.isdigit() else last] = value
    return changed


_DELETE = object()

BAD = {
    "unknown top-level key": (base_plan(), "infusions", []),
    "unknown nested key": (base_plan(), "patient.age", 34),
    "misspelt key in a step": (base_plan(), "infusion.1.daily_dose", 180),
    "quoted number": (base_plan(), "infusion.0.daily_dose_ug", "150"),
    "quoted number in a program": (base_program(), "reservoir.volume_ml", "18.5"),
    "boolean for a number": (base_plan(), "patient.age_years", True),
    "number for a boolean": (base_plan(), "resuscitation_ready", 1),
    "negative dose": (base_plan(), "infusion.1.daily_dose_ug", -180),
    "positive signed hours": (history_plan(), "history.last_increase_h", 72),
    "bad route": (base_plan(), "route", "intrathecall"),
    "bad origin": (base_plan(), "patient.origin", "spine"),
    "bad phase": (base_plan(), "infusion.0.phase", "titrate"),
    "stop is no program phase": (base_program(), "phase", "stop"),
    "bad response": (base_plan(), "screening.0.response", "none"),
    "missing id": (base_plan(), "id", _DELETE),
    "missing patient origin": (base_plan(), "patient.origin", _DELETE),
    "missing screening dose": (base_plan(), "screening.0.dose_ug", _DELETE),
    "missing reservoir": (base_program(), "reservoir", _DELETE),
    "missing previous last increase": (base_program(), "previous.last_increase_h", _DELETE),
    "version 2": (base_plan(), "itbverify", 2),
    "version as text": (base_plan(), "itbverify", "1"),
    "clock 24:00": (base_plan(), "infusion.0.time", "24:00"),
    "clock with seconds": (base_plan(), "infusion.0.time", "10:00:00"),
    "clock as minutes": (base_plan(), "infusion.0.time", 600),
    "date-time with an offset": (base_plan(), "refills.0", {"at": "2026-03-05T10:00+01:00", "volume_ml": 20, "concentration_ug_ml": 500}),
    "an event without a time": (base_plan(), "infusion.1.day", _DELETE),
    "day and at in one event": (base_plan(), "infusion.1.at", "2026-03-06T10:00"),
    "positive screening without effect_h": (base_plan(), "screening.1.effect_h", _DELETE),
    "history and screening": (base_plan(history=history_plan()["history"]), "id", "both"),
    "first step without a concentration": (base_plan(), "infusion.0.concentration_ug_ml", _DELETE),
    "flex step with a daily dose": (base_plan(), "infusion.1.mode", "flex"),
    "an empty flex schedule": (base_program(new={"mode": "flex", "concentration_ug_ml": 2000, "effective_at": "14:00", "steps": []}), "id", "empty"),
    "a flex program without effective_at": (base_program(new={"mode": "flex", "concentration_ug_ml": 2000, "steps": [{"start": "00:00", "dose_ug_h": 13}]}), "id", "no-clock"),
    "a continuous program without a daily dose": (base_program(), "new.daily_dose_ug", _DELETE),
    "a fractional number of boluses": (base_program(), "patient_bolus.max_per_day", 2.5),
    "an empty id": (base_plan(), "id", None),
}


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_what_itbverify_refuses_the_schema_refuses(case: str, tmp_path: Path) -> None:
    document, path, value = BAD[case]
    bad = _set(document, path, value)
    assert problems(bad) != [], f"{case}: the schema accepts it"
    assert check_document(tmp_path, bad).verdict == "invalid", f"{case}: itbverify accepts it"


LIBRARY = REPO / "examples" / "libraries" / "limits-safe.yaml"

BAD_LIBRARY = {
    "unknown key": ("refill.max_interval", 1848),
    "quoted number": ("pump.reservoir_ml", "40"),
    "bad age band": ("profiles.0.age", "adults"),
    "bad phase": ("profiles.0.phases", ["titration", "stop"]),
    "missing profiles": ("profiles", _DELETE),
    "missing refill interval": ("refill.max_interval_h", _DELETE),
    "no concentration": ("concentrations.undiluted_ug_ml", []),
    "version 2": ("itbverify", 2),
    "14 flex steps": ("flex", {"phases": ["maintenance"], "max_steps": 14, "max_step_ratio_pct": 20}),
}


@pytest.mark.parametrize("case", BAD_LIBRARY, ids=list(BAD_LIBRARY))
def test_what_itbverify_refuses_in_a_configuration_the_schema_refuses(case: str, tmp_path: Path) -> None:
    path, value = BAD_LIBRARY[case]
    bad = _set(load12(LIBRARY), path, value)
    assert problems(bad) != [], f"{case}: the schema accepts it"
    assert check_document(tmp_path, bad).verdict == "invalid", f"{case}: itbverify accepts it"


HOSTILE = REPO / "tests" / "corpus" / "hostile"
# The corpus's invalid documents whose fault is a key or a value (not YAML itself, time order or size).
SCHEMA_FAULTS = [
    "bad-enum", "bool-for-number", "clock-24", "clock-seconds", "clock-sexagesimal", "cyrillic-kind", "inf",
    "lookalike-unicode-key", "negative-dose", "negative-inf", "number-for-bool", "string-for-number", "timezone",
    "unknown-key", "version-2", "version-string", "yes-for-bool",
]


@pytest.mark.parametrize("name", SCHEMA_FAULTS)
def test_the_corpus_documents_with_a_bad_key_or_value_fail(name: str) -> None:
    document = load12(HOSTILE / f"{name}.yaml")
    assert Draft202012Validator(document_schema("plan")).is_valid(document) is False


# ---- the requirements page -------------------------------------------------------------

_KIND_NAMES = {"plan": "plan", "history-plan": "plan with history", "program": "program"}


def test_the_requirements_page_agrees_with_the_rule_set() -> None:
    """docs/requirements.md gives every rule's severity, basis, label lines and kinds as the rules say them."""
    from itbverify.language.ruleset import default_ruleset

    text = (REPO / "docs" / "requirements.md").read_text(encoding="utf-8")
    listed = dict(re.findall(r"^### (ITB-[A-Z]+-\d+)\n\n(.+)$", text, re.MULTILINE))
    rules = default_ruleset().rules
    assert sorted(listed) == sorted(rule.id for rule in rules)
    for rule in rules:
        kinds = [_KIND_NAMES[k] for k in rule.applies_to] + (["library"] if "program" in rule.applies_to else [])
        line = listed[rule.id]
        head = f"{rule.severity} · {rule.basis} · label lines {', '.join(map(str, rule.label_lines))} · applies to: "
        assert line.startswith(head), (rule.id, line)
        assert re.sub(r" \(`[^`]*`\)", "", line[len(head):]).split(", ") == kinds, (rule.id, line)


# ---- the examples of docs/formats.md, and the command ------------------------------------


def _documented_examples() -> list[str]:
    text = (REPO / "docs" / "formats.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", text, re.DOTALL)
    return [b for b in blocks if b.startswith("itbverify: 1") and "\npatient" in b]


def test_the_complete_examples_of_the_reference_are_valid(tmp_path: Path) -> None:
    from itbverify.documents.build import load_document
    from itbverify.documents.read import read_yaml_file

    examples = _documented_examples()
    assert {yaml.load(b, Loader=_Yaml12Loader)["kind"] for b in examples} == {"plan", "program"}
    for i, block in enumerate(examples):
        assert problems(yaml.load(block, Loader=_Yaml12Loader)) == [], block
        path = tmp_path / f"example-{i}.yaml"
        path.write_text(block, encoding="utf-8")
        (source,) = read_yaml_file(path, path.name)
        assert source.node is not None and not source.problems
        load_document(source.node, path.name)  # raises Invalid, with every problem, if it is not


def test_the_schema_command_prints_the_schema() -> None:
    from conftest import run_cli

    done = run_cli("schema", "program")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == document_schema("program")


def test_a_default_in_the_schema_data_is_a_json_default(monkeypatch: pytest.MonkeyPatch) -> None:
    from itbverify.base.exact import Fraction
    from itbverify.documents import schema

    pump = schema.PLAN["pump"]
    alarm = schema.Field("number", default=Fraction(5, 2))
    monkeypatch.setitem(schema.PLAN, "pump", schema.Field("map", True, fields={**pump.fields, "low_reservoir_alarm_ml": alarm}))
    printed = json.loads(json.dumps(document_schema("plan")))
    assert printed["properties"]["pump"]["properties"]["low_reservoir_alarm_ml"]["default"] == 2.5


def test_the_descriptions_name_the_rules_for_the_label_numbers() -> None:
    # The adult age and the increase gap are the rule set's (rules/definitions.rules); a description that
    # wrote them would go stale when a rule set changes them.
    import re

    from itbverify.documents.json_schema import DESCRIPTIONS

    for kind, descriptions in DESCRIPTIONS.items():
        for key, text in descriptions.items():
            numbers = {int(n) for n in re.findall(r"(?<![\w.])(\d+)(?![\w.])", text)}
            assert not numbers & {18, 48, 65, 2003, 1400}, (kind, key, text)
