"""Writes the hostile-input corpus beside this file (run it after changing a case).

    python tests/corpus/make_corpus.py

Each case is a file in hostile/ and a line in expected.yaml: the verdict it
must get (invalid, safe, or skipped: a mapping without the key itbverify) and,
for invalid ones, the line a finding must point at (where there is one).
"""

from __future__ import annotations

import codecs
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
OUT = HERE / "hostile"

GOOD = """itbverify: 1
kind: plan
id: good
patient: {age_years: 34, origin: spinal, cause: multiple-sclerosis, infection: false}
pump: {programmable: true, reservoir_ml: 20}
resuscitation_ready: true
screening:
- {day: 0, dose_ug: 50, concentration_ug_ml: 50, duration_min: 1, response: negative}
- {day: 1, dose_ug: 75, concentration_ug_ml: 50, duration_min: 2, response: positive, effect_h: 10}
refills:
- {day: 3, time: '10:00', volume_ml: 20, concentration_ug_ml: 500}
infusion:
- {day: 3, time: '10:00', phase: titration, mode: continuous, daily_dose_ug: 150, concentration_ug_ml: 500}
- {day: 4, time: '10:00', daily_dose_ug: 180}
end: {day: 6}
"""


def swap(old: str, new: str) -> str:
    assert old in GOOD, old
    return GOOD.replace(old, new, 1)


CASES: dict[str, tuple[bytes | str, str, int | None]] = {
    "empty.yaml": ("", "invalid", 1),
    "whitespace.yaml": ("   \n\n  \n", "invalid", None),
    "comment-only.yaml": ("# nothing here\n", "invalid", None),
    "binary-garbage.yaml": (bytes(range(256)) * 4, "invalid", None),
    "png-header.yaml": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "invalid", None),
    "latin1.yaml": (swap("multiple-sclerosis", "scl\u00e9rose").encode("latin-1"), "invalid", 4),
    "utf16-bom-valid.yaml": (codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"), "safe", None),
    "utf16-no-bom.yaml": (GOOD.encode("utf-16-le"), "invalid", None),
    "top-level-list.yaml": ("- 1\n- 2\n", "invalid", 1),
    "top-level-scalar.yaml": ("just text\n", "invalid", 1),
    "no-itbverify-key.yaml": ("kind: plan\nid: x\n", "invalid", 1),
    "misspelt-itbverify-key.yaml": (swap("itbverify: 1", "itbverfy: 1"), "invalid", 1),
    "foreign-yaml.yaml": ("name: ci\non: push\n", "skipped", None),
    "duplicate-key.yaml": (swap("id: good\n", "id: good\nid: again\n"), "invalid", 4),
    "unknown-key.yaml": (swap("end: {day: 6}", "end: {day: 6}\nendd: {day: 7}"), "invalid", 16),
    "lookalike-unicode-key.yaml": (swap("resuscitation_ready", "resusc\u0456tation_ready"), "invalid", 6),
    "cyrillic-kind.yaml": (swap("kind: plan", "kind: pl\u0430n"), "invalid", 2),
    "python-object-tag.yaml": (swap("id: good", "id: !!python/object/apply:os.system ['touch /tmp/itbverify-pwned']"), "invalid", 3),
    "custom-tag.yaml": (swap("age_years: 34", "age_years: !age 34"), "invalid", 4),
    "alias-bomb.yaml": (("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                        "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                        "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\nitbverify: [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n"), "invalid", None),
    "nested-10000.yaml": ("itbverify: " + "[" * 10000 + "]" * 10000 + "\n", "invalid", None),
    "nested-maps-200.yaml": ("itbverify: 1\nkind: plan\nid: deep\npatient: " + "{a: " * 200 + "1" + "}" * 200 + "\n", "invalid", None),
    "huge-number.yaml": (swap("daily_dose_ug: 180", "daily_dose_ug: " + "9" * 400), "invalid", 14),
    "huge-exponent.yaml": (swap("daily_dose_ug: 180", "daily_dose_ug: 1e999999"), "invalid", 14),
    "inf.yaml": (swap("daily_dose_ug: 180", "daily_dose_ug: .inf"), "invalid", 14),
    "nan.yaml": (swap("daily_dose_ug: 180", "daily_dose_ug: .nan"), "invalid", 14),
    "negative-inf.yaml": (swap("volume_ml: 20", "volume_ml: -.inf"), "invalid", 11),
    "bool-for-number.yaml": (swap("age_years: 34", "age_years: true"), "invalid", 4),
    "string-for-number.yaml": (swap("age_years: 34", 'age_years: "34"'), "invalid", 4),
    "yes-for-bool.yaml": (swap("infection: false", "infection: no"), "invalid", 4),
    "number-for-bool.yaml": (swap("programmable: true", "programmable: 1"), "invalid", 5),
    "clock-24.yaml": (swap("time: '10:00', phase", "time: '24:00', phase"), "invalid", 13),
    "clock-sexagesimal.yaml": (swap("time: '10:00', phase", "time: 600, phase"), "invalid", 13),
    "clock-seconds.yaml": (swap("time: '10:00', phase", "time: '10:00:00', phase"), "invalid", 13),
    "impossible-date.yaml": (GOOD.replace("day: 3, time: '10:00', volume", "at: 2026-02-30T10:00, volume"), "invalid", 11),
    "timezone.yaml": (GOOD.replace("{day: 0, dose_ug: 50", "{at: 2026-03-01T08:00+01:00, dose_ug: 50"), "invalid", 8),
    "steps-out-of-order.yaml": (swap("{day: 4, time: '10:00', daily_dose_ug: 180}", "{day: 2, time: '10:00', daily_dose_ug: 180}"), "invalid", 14),
    "steps-same-time.yaml": (swap("{day: 4, time: '10:00', daily_dose_ug: 180}", "{day: 3, time: '10:00', daily_dose_ug: 180}"), "invalid", 14),
    "version-2.yaml": (swap("itbverify: 1", "itbverify: 2"), "invalid", 1),
    "version-string.yaml": (swap("itbverify: 1", 'itbverify: "1"'), "invalid", 1),
    "version-float.yaml": (swap("itbverify: 1", "itbverify: 1.0"), "invalid", 1),
    "bad-enum.yaml": (swap("origin: spinal", "origin: spine"), "invalid", 4),
    "negative-dose.yaml": (swap("daily_dose_ug: 180", "daily_dose_ug: -180"), "invalid", 14),
    "two-documents.yaml": (GOOD + "---\n" + GOOD, "invalid", None),
    "control-char.yaml": (swap("id: good", "id: go\x07od"), "invalid", 3),
    "nul-byte.yaml": (swap("id: good", "id: go\x00od").encode("utf-8"), "invalid", None),
    "tab-indent.yaml": ("itbverify: 1\nkind: plan\npatient:\n\tage_years: 3\n", "invalid", None),
    "truncated.yaml": (GOOD[: GOOD.index("infusion:") + 40], "invalid", None),
    "unclosed-quote.yaml": (swap("time: '10:00', volume", "time: '10:00, volume"), "invalid", None),
    "too-many-steps.yaml": (GOOD.split("infusion:")[0] + "infusion:\n- {day: 3, time: '10:00', phase: titration, mode: continuous, daily_dose_ug: 150, concentration_ug_ml: 500}\n"
                            + "".join(f"- {{day: {4 + i // 24}, time: '{i % 24:02d}:00', daily_dose_ug: 150}}\n" for i in range(20000)), "invalid", None),
}

JSONL_GOOD = '{"itbverify": 1, "kind": "plan", "id": "j%d", "patient": {"age_years": 34, "origin": "spinal"}, "pump": {"reservoir_ml": 20}, "resuscitation_ready": true, "screening": [{"day": 0, "dose_ug": 50, "concentration_ug_ml": 50, "duration_min": 1, "response": "positive", "effect_h": 10}], "refills": [{"day": 1, "volume_ml": 20, "concentration_ug_ml": 500}], "infusion": [{"day": 1, "phase": "titration", "mode": "continuous", "daily_dose_ug": 100, "concentration_ug_ml": 500}], "end": {"day": 3}}'


def main() -> None:
    OUT.mkdir(exist_ok=True)
    expected: dict[str, dict[str, object]] = {}
    for name, (content, verdict, line) in CASES.items():
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        (OUT / name).write_bytes(data)
        expected[name] = {"verdict": verdict, "line": line}
    lines = [JSONL_GOOD % 1, "{not json", JSONL_GOOD % 3, '{"itbverify": 1, "kind": "plan", "id": "x", "id": "y"}', "[]", JSONL_GOOD % 6, '{"itbverify": NaN}', "\u00ff\u00fe"]
    (OUT / "mixed-lines.jsonl").write_bytes(("\n".join(lines[:7]) + "\n").encode("utf-8") + b"\xff\xfe\n")
    expected["mixed-lines.jsonl"] = {"verdicts": ["safe", "invalid", "safe", "invalid", "invalid", "safe", "invalid", "invalid"]}
    (HERE / "expected.yaml").write_text(yaml.safe_dump(expected, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main()
