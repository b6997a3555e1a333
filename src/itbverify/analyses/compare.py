"""`itbverify compare OLD NEW`: how two dose-limit configurations differ, with witnesses.

A configuration accepts a set of programs. For every profile and phase that
either configuration knows, both acceptance conditions are built over the same
solver variables (one program, two judges); a program one accepts and the
other refuses is a witness of a difference. The witness is written out as a
complete program and checked, so the review sees which requirements it
breaks, if any.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from itbverify.analyses.check import iter_sources
from itbverify.analyses.library import check_program, counterexample_program, load_library
from itbverify.analyses.run import Run as CheckRun
from itbverify.documents.configuration import Library, Profile, flex_limits
from itbverify.documents.read import Problem
from itbverify.engines.z3.configurations import Shape, build_shape
from itbverify.engines.z3.fresh import Model, Query
from itbverify.engines.z3.model_programs import flex_steps, program_from_model
from itbverify.engines.z3.plausible import held, plausible, preferences
from itbverify.engines.z3.shape_queries import difference, refusal, rule_query
from itbverify.language.ruleset import RuleSet


@dataclass
class Witness:
    accepted_by: str  # "old" or "new"
    profile: str
    program: dict[str, Any]
    breaks: list[str]


@dataclass
class Comparison:
    old: str
    new: str
    relation: str = "equivalent"  # equivalent | more-permissive | less-permissive | incomparable | unknown
    witnesses: list[Witness] = field(default_factory=list)
    undecided: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "old": self.old,
            "new": self.new,
            "relation": self.relation,
            "witnesses": [
                {"accepted_by": w.accepted_by, "refused_by": "new" if w.accepted_by == "old" else "old", "profile": w.profile, "breaks": w.breaks, "program": w.program}
                for w in self.witnesses
            ],
            "undecided": self.undecided,
            "notes": self.notes,
        }


def _shapes(library: Library, names: tuple[str, ...], ruleset: RuleSet) -> dict[tuple[str, str, str], Shape]:
    shapes = {}
    for profile in library.profiles:
        for phase in profile.phases:
            shapes[(profile.origin, profile.band, phase)] = build_shape(library, profile, phase, names, bolus="either", definitions=ruleset.definitions)
    return shapes


def compare_libraries(old: Library, new: Library, ruleset: RuleSet, timeout_s: float) -> Comparison:
    comparison = Comparison(old.id, new.id)
    names = tuple(dict.fromkeys(old.diluents + new.diluents))
    old_shapes, new_shapes = _shapes(old, names, ruleset), _shapes(new, names, ruleset)
    for label, a, b in (("programmable", old.programmable, new.programmable), ("reservoir_ml", old.reservoir_ml, new.reservoir_ml), ("low_reservoir_alarm_ml", old.alarm_ml, new.alarm_ml), ("delivery_tolerance_pct", old.tolerance, new.tolerance)):
        if a != b:
            comparison.notes.append(f"the pumps differ: {label} is {a} in {old.id} and {b} in {new.id}; programs are compared on their own fields")
    found = {"old": False, "new": False}
    _compare_flex(old, new, names, ruleset, timeout_s, comparison, found)
    for key in sorted(set(old_shapes) | set(new_shapes)):
        for side, mine, theirs, library in (("new", new_shapes, old_shapes, new), ("old", old_shapes, new_shapes, old)):
            shape = mine.get(key)
            if shape is None:
                continue
            other = theirs.get(key)
            answer, model, text = difference(shape, other, timeout_s)
            label = f"{key[1]}, {key[0]} origin, {key[2]}"
            if answer == "unknown":
                comparison.undecided.append(f"{label}: programs {side} accepts")
                continue
            if answer == "unsat":
                continue
            found[side] = True
            assert model is not None and text is not None
            name = f"{library.id}-only-{key[0]}-{key[1]}-{key[2]}"
            profile = _profile(library, key)
            assert profile is not None
            refused = (refusal(other),) if other is not None else ()
            their_library = old if side == "new" else new
            their_profile = _profile(their_library, key) if other is not None else None
            known = (their_library, their_profile) if their_profile is not None else None
            breaking = _breaking_witness(side, label, library, profile, key[2], refused, name, names, ruleset, timeout_s, known)
            comparison.witnesses.append(breaking or _witness(side, label, library, shape, (model, text), name, names, ruleset, timeout_s))
    if comparison.undecided and not (found["old"] and found["new"]):
        comparison.relation = "unknown"
    elif found["old"] and found["new"]:
        comparison.relation = "incomparable"
    elif found["new"]:
        comparison.relation = "more-permissive"
    elif found["old"]:
        comparison.relation = "less-permissive"
    return comparison


def _witness(side: str, label: str, library: Library, shape: Shape, found: tuple[Model, Query], name: str, names: tuple[str, ...],
             ruleset: RuleSet, timeout_s: float) -> Witness:
    """The most plausible program of the difference (the solver's own model if none is found), checked, with the error requirements it breaks."""
    model, query = found
    model = plausible(query, preferences(library, shape), timeout_s, held(shape)) or model
    program = program_from_model(library, shape, model, name, names)
    result = check_program(program, f"{name}.yaml", ruleset, timeout_s)
    breaks = sorted({f.requirement for f in result.findings if f.requirement and f.severity == "error"})
    return Witness(side, label, program, breaks)


def _breaking_witness(side: str, label: str, library: Library, profile: Profile, phase: str, refused: tuple[Any, ...], name: str,
                      names: tuple[str, ...], ruleset: RuleSet, timeout_s: float, other: tuple[Library, Profile] | None) -> Witness | None:
    """A witness of the difference that breaks an error requirement; None if none can.

    What a reviewer asks of a difference is whether it lets a program in that
    breaks the label, and above all one the other configuration keeps out:
    the first requirement (in the rules' order) that the difference can break
    and the other configuration cannot is shown; failing that, the first the
    difference can break. The difference is searched with a day's patient
    boluses at most (fewer boluses are a pattern too), the other
    configuration proved with all of them; the witness is made plausible like
    a configuration's counterexample.
    """
    few = 2 * library.bolus_max_per_day if library.bolus_max_per_day else None
    shape = build_shape(library, profile, phase, names, bolus="worst", most_boluses=few, definitions=ruleset.definitions)
    theirs = build_shape(other[0], other[1], phase, names, bolus="worst", definitions=ruleset.definitions) if other is not None else None
    fallback: Witness | None = None
    for rule in ruleset.rules:
        if rule.severity != "error" or "program" not in rule.applies_to:
            continue
        answer, model, _, query = rule_query(rule, shape, ruleset, timeout_s, refused)
        if answer != "sat" or model is None or query is None:
            continue
        written = counterexample_program(rule, library, shape, ruleset, (model, query), name, timeout_s, names, refused)
        if written is None:
            continue
        program, result = written
        witness = Witness(side, label, program, sorted({f.requirement for f in result.findings if f.requirement and f.severity == "error"}))
        if theirs is None or rule_query(rule, theirs, ruleset, timeout_s)[0] in ("unsat", "not-applicable"):
            return witness
        fallback = fallback or witness
    return fallback


def _accepts_flex(library: Library, phase: str) -> bool:
    return library.flex is not None and phase in flex_limits(library)[0]


def _compare_flex(old: Library, new: Library, names: tuple[str, ...], ruleset: RuleSet, timeout_s: float, comparison: Comparison, found: dict[str, bool]) -> None:
    """Flex programs: the envelope of each configuration's flex programs, then a witness with explicit steps.

    A flex program is accepted by its number of steps, its lowest and highest
    step and its daily dose, which the envelope holds (with the number of
    steps); a difference found there is made a program by a search among
    schedules of exactly that many steps.
    """
    keys = sorted({(p.origin, p.band, phase) for lib in (old, new) for p in lib.profiles for phase in p.phases if _accepts_flex(lib, phase)})
    for key in keys:
        for side, library, other in (("new", new, old), ("old", old, new)):
            profile = _profile(library, key)
            if profile is None or not _accepts_flex(library, key[2]):
                continue
            label = f"{key[1]}, {key[0]} origin, {key[2]}, flex"
            theirs = _profile(other, key) if _accepts_flex(other, key[2]) else None
            mine = build_shape(library, profile, key[2], names, bolus="either", flex="envelope", definitions=ruleset.definitions)
            their_shape = build_shape(other, theirs, key[2], names, bolus="either", flex="envelope", definitions=ruleset.definitions) if theirs is not None else None
            answer, model, _ = difference(mine, their_shape, timeout_s)
            if answer == "unsat":
                continue
            if answer == "unknown" or model is None:
                comparison.undecided.append(f"{label}: programs {side} accepts")
                continue
            count = flex_steps(model, mine)
            mine = build_shape(library, profile, key[2], names, bolus="either", flex=count, definitions=ruleset.definitions)
            their_shape = None
            if theirs is not None and count <= flex_limits(other)[1]:
                their_shape = build_shape(other, theirs, key[2], names, bolus="either", flex=count, definitions=ruleset.definitions)
            answer, model, text = difference(mine, their_shape, timeout_s)
            if answer != "sat" or model is None or text is None:
                comparison.undecided.append(f"{label}: programs {side} accepts (no {count}-step schedule found for a difference the envelope of schedules shows)")
                continue
            found[side] = True
            comparison.witnesses.append(_witness(side, label, library, mine, (model, text), f"{library.id}-only-{key[0]}-{key[1]}-{key[2]}-flex", names, ruleset, timeout_s))


def _profile(library: Library, key: tuple[str, str, str]) -> Profile | None:
    return next((p for p in library.profiles if (p.origin, p.band) == key[:2] and key[2] in p.phases), None)


_SENTENCE = {
    "equivalent": "{new} accepts exactly the programs {old} accepts",
    "more-permissive": "{new} is more permissive than {old}: it accepts every program {old} accepts, and more",
    "less-permissive": "{new} is less permissive than {old}: {old} accepts every program {new} accepts, and more",
    "incomparable": "{old} and {new} are incomparable: each accepts programs the other refuses",
    "unknown": "the solver could not decide every difference between {old} and {new} within its limits",
}


def run_compare(old_path: str, new_path: str, ruleset: RuleSet, timeout_s: float, fmt: str, emit: Path | None) -> int:
    libraries: list[Library] = []
    problems: list[Problem] = []
    for path in (old_path, new_path):
        run = CheckRun()
        sources = list(iter_sources([path], run))
        problems += run.missing
        if len(sources) != 1 or sources[0].node is None:
            given = sources[0].problems if len(sources) == 1 else []
            problems += given or [Problem(path, None, None, f"expected one file holding one kind: library document, found {len(sources)} documents")]
            continue
        try:
            libraries.append(load_library(sources[0].node, sources[0].file))
        except Exception as error:  # noqa: BLE001 - reported as invalid input below
            details = getattr(error, "problems", None)
            problems += details if details else [Problem(path, None, None, str(error))]
    if problems or len(libraries) != 2:
        for p in problems:
            print(f"{p.where()}: invalid: {p.message}")
        return 2
    comparison = compare_libraries(libraries[0], libraries[1], ruleset, timeout_s)
    if emit is not None:
        import yaml

        emit.mkdir(parents=True, exist_ok=True)
        for w in comparison.witnesses:
            (emit / f"{w.program['id']}.yaml").write_text(yaml.safe_dump(w.program, sort_keys=False), encoding="utf-8")
    if fmt == "json":
        print(json.dumps(comparison.to_json(), indent=2))
    else:
        print(_SENTENCE[comparison.relation].format(old=comparison.old, new=comparison.new))
        for w in comparison.witnesses:
            other = "new" if w.accepted_by == "old" else "old"
            verdict = f"breaks {', '.join(w.breaks)}" if w.breaks else "breaks no requirement"
            print(f"  witness ({w.profile}): accepted by {w.accepted_by}, refused by {other}; {verdict}: {w.program['id']}")
            print(f"    {json.dumps({k: w.program[k] for k in ('patient', 'phase', 'previous', 'new', 'reservoir', 'patient_bolus') if k in w.program})}")
        for item in comparison.undecided:
            print(f"  undecided: {item}")
        for note in comparison.notes:
            print(f"  note: {note}")
    return 3 if comparison.relation == "unknown" else 0
