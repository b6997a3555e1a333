"""The rule set: every rule file, loaded once, checked for names that mean nothing and for types."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from itbverify.base.resources import grammar_path, rules_dir
from itbverify.documents.kinds import RULE_KINDS
from itbverify.documents.model import GLOBALS
from itbverify.language import syntax as s
from itbverify.language.primitives import PRIMITIVES
from itbverify.language.rulecache import cache_key, cached
from itbverify.language.syntax import RuleSyntaxError


@dataclass(frozen=True)
class RuleSet:
    files: tuple[s.RuleFile, ...]
    rules: tuple[s.Rule, ...]
    definitions: dict[str, s.Definition]
    # The content key it is kept on disk under (rulecache.py), when it is: what is made from it (its
    # lowered form, engines/concrete.py) is kept under the same key.
    key: str | None = dataclasses.field(default=None, compare=False)

    def rule(self, rule_id: str) -> s.Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


def load_rule_files(paths: list[Path], shown: dict[Path, str] | None = None) -> RuleSet:
    """The rule set of the rule files PATHS (SHOWN: the name each is shown by)."""
    return load_rule_sources([((shown or {}).get(p) or str(p), p.read_text(encoding="utf-8")) for p in paths])


# A policy pack's rule files, read: (the name each is shown by, its text).
PackSources = tuple[tuple[str, str], ...]


def load_rule_sources(sources: list[tuple[str, str]], packed: PackSources = ()) -> RuleSet:
    """The rule set of the rule files SOURCES, then PACKED: a policy pack's, whose rules are held to a pack's
    terms (_check_origin) before anything is merged."""
    # The parser (and Lark) is imported here: a run that finds its rule set in the cache never parses.
    from itbverify.language.parse import parse_rules

    files = tuple(parse_rules(text, shown) for shown, text in sources)
    local = tuple(parse_rules(text, shown) for shown, text in packed)
    for parsed in local:
        for rule in parsed.rules:
            _check_origin(rule)
    files += local
    definitions: dict[str, s.Definition] = {}
    rules: list[s.Rule] = []
    seen: dict[str, s.Rule] = {}
    for f in files:
        for d in f.definitions:
            if d.name in definitions:
                raise RuleSyntaxError(d.pos, f"'{d.name}' is defined twice (first at {definitions[d.name].pos})")
            if d.name in GLOBALS or d.name in PRIMITIVES:
                raise RuleSyntaxError(d.pos, f"'{d.name}' is a name the language already gives")
            definitions[d.name] = d
        for r in f.rules:
            if r.id in seen:
                raise RuleSyntaxError(r.pos, f"requirement {r.id} has two rules (first at {seen[r.id].pos})")
            seen[r.id] = r
            rules.append(r)
    ruleset = RuleSet(files, tuple(rules), definitions)
    _check_names(ruleset)
    # Before any engine sees them: a rule the engines would read two ways is refused here, on every load
    # path (a cached rule set is one this function made). Imported here, as a run that finds its rule set
    # in the cache never needs the checker.
    from itbverify.language import types

    types.check_types(ruleset.rules, ruleset.definitions)
    return ruleset


@functools.lru_cache(maxsize=1)
def default_ruleset() -> RuleSet:
    folder = rules_dir()
    paths = sorted(folder.glob("*.rules"))
    shown = {p: f"rules/{p.name}" for p in paths}
    key = cache_key([(shown[p], p.read_bytes()) for p in paths], grammar_path().read_bytes())
    ruleset: RuleSet = cached(key, lambda: load_rule_files(paths, shown), RuleSet)
    return dataclasses.replace(ruleset, key=key)


# The namespace of the label's requirements: a policy pack's rules take ids of their own.
LABEL_PREFIX = "ITB-"


class PackError(Exception):
    """A policy pack that cannot be loaded as a whole: no such folder, or no rule file in it."""


def pack_files(folder: Path) -> list[Path]:
    """The `.rules` files of FOLDER (a policy pack's, or a whole rule set's), in name order."""
    if not folder.is_dir():
        raise PackError(f"{folder}: {'not a folder' if folder.exists() else 'no such folder'}; expected a folder of .rules files")
    paths = sorted(folder.glob("*.rules"))
    if not paths:
        raise PackError(f"{folder}: no .rules files in this folder")
    return paths


def read_packs(folders: list[Path]) -> PackSources:
    """The rule files of the policy packs in FOLDERS, read (each file once, in folder and name order): what
    with_pack_sources loads, here or in a worker that has not the folders."""
    seen: set[Path] = set()
    out: list[tuple[str, str]] = []
    for folder in folders:
        for path in pack_files(folder):
            if path.resolve() not in seen:
                seen.add(path.resolve())
                try:
                    out.append((str(path), path.read_text(encoding="utf-8")))
                except (OSError, UnicodeDecodeError) as error:
                    raise PackError(f"{path}: cannot read it: {getattr(error, 'strerror', None) or error}") from None
    return tuple(out)


def with_packs(folders: list[Path]) -> RuleSet:
    """The bundled label rules with the policy packs in FOLDERS added (each folder's `.rules` files)."""
    return with_pack_sources(read_packs(folders))


def with_pack_sources(packed: PackSources) -> RuleSet:
    """The bundled label rules with the policy packs' rule files PACKED added (read_packs).

    A pack's rules use the same language and the label's definitions, and may define names of their own.
    They add to the label and never take from it: a pack's rule id is outside the label's namespace (any
    prefix but ITB-), it cites its `source` where a label rule cites label lines, and a name the label
    defines is not defined again. A rule file the language refuses raises RuleSyntaxError, located."""
    if not packed:
        return default_ruleset()
    bundled = [(f"rules/{p.name}", p.read_text(encoding="utf-8")) for p in sorted(rules_dir().glob("*.rules"))]
    key = cache_key([(shown, text.encode()) for shown, text in [*bundled, ("--rules", ""), *packed]], grammar_path().read_bytes())
    ruleset: RuleSet = cached(key, lambda: load_rule_sources(bundled, packed), RuleSet)
    return dataclasses.replace(ruleset, key=key)


def _check_origin(rule: s.Rule) -> None:
    """A policy pack's rule: an id of its own, and its source cited."""
    if rule.id.startswith(LABEL_PREFIX):
        raise RuleSyntaxError(rule.pos, f"{rule.id}: the ids {LABEL_PREFIX}... are the label's requirements; a policy pack's rule takes "
                                        f"an id of its own (CLINIC-REFILL-1, say): a pack adds to the label and cannot replace it")
    if rule.source is None:
        raise RuleSyntaxError(rule.pos, f'rule {rule.id} does not cite its source; a policy pack\'s rule gives one (source "Clinic ITB protocol v3, section 4.2")')
    if rule.label_lines:
        raise RuleSyntaxError(rule.pos, f"rule {rule.id} cites label lines; a policy pack's rule cites its source instead (label rules are the bundled ones)")


# ---- static checks --------------------------------------------------------------


def _names(expr: s.Expr, bound: frozenset[str]) -> Iterator[tuple[s.Pos, str, str]]:
    """Free names (kind 'name') and called functions (kind 'call') in an expression."""
    if isinstance(expr, s.Name):
        if expr.name not in bound:
            yield expr.pos, expr.name, "name"
    elif isinstance(expr, s.Attribute):
        yield from _names(expr.target, bound)
    elif isinstance(expr, s.Call):
        yield expr.pos, expr.function, "call"
        for a in expr.args:
            yield from _names(a, bound)
    elif isinstance(expr, s.Aggregate):
        yield from _names(expr.collection, bound)
        inner = bound | {expr.var}
        yield from _names(expr.body, inner)
        if expr.filter is not None:
            yield from _names(expr.filter, inner)
    elif isinstance(expr, (s.Arith, s.Compare)):
        yield from _names(expr.first, bound)
        for _, e in expr.rest:
            yield from _names(e, bound)
    elif isinstance(expr, s.Logic):
        for e in expr.operands:
            yield from _names(e, bound)
    elif isinstance(expr, s.Unary):
        yield from _names(expr.operand, bound)
    elif isinstance(expr, s.Conditional):
        for e in (expr.condition, expr.then, expr.otherwise):
            yield from _names(e, bound)
    elif isinstance(expr, s.Member):
        yield from _names(expr.item, bound)
        yield from _names(expr.collection, bound)
    elif isinstance(expr, s.SetLiteral):
        for e in expr.items:
            yield from _names(e, bound)


def attribute_names() -> frozenset[str]:
    """Every attribute a rule may read of some element (or a window's start and end)."""
    from itbverify.language import types

    return types.attribute_names()


def _attributes(node: object) -> Iterator[s.Attribute]:
    """Every attribute read in an expression, however deep."""
    if isinstance(node, s.Attribute):
        yield node
    if isinstance(node, (list, tuple)):
        for item in node:
            yield from _attributes(item)
    elif dataclasses.is_dataclass(node) and not isinstance(node, (type, s.Pos)):
        for f in dataclasses.fields(node):
            yield from _attributes(getattr(node, f.name))


def _check_expr(expr: s.Expr, bound: frozenset[str], ruleset: RuleSet) -> None:
    # A misspelt attribute would only fail when a rule is evaluated, far from its cause: refuse it at load.
    known = attribute_names()
    for attribute in _attributes(expr):
        if attribute.name not in known:
            raise RuleSyntaxError(attribute.pos, f"unknown attribute '.{attribute.name}'; no element of a document has it{_suggest(attribute.name, known, '.')}")
    for pos, name, kind in _names(expr, bound):
        if kind == "call":
            if name not in PRIMITIVES and name not in ruleset.definitions:
                functions = [*PRIMITIVES, *(n for n, d in ruleset.definitions.items() if d.params is not None)]
                raise RuleSyntaxError(pos, f"unknown function '{name}'{_suggest(name, functions)}")
            d = ruleset.definitions.get(name)
            if d is not None and d.params is None:
                raise RuleSyntaxError(pos, f"'{name}' is not a function")
        elif name not in GLOBALS and name not in ruleset.definitions:
            names = [*GLOBALS, *bound, *(n for n, d in ruleset.definitions.items() if d.params is None)]
            raise RuleSyntaxError(pos, f"unknown name '{name}'{_suggest(name, names)}")


def _suggest(name: str, known: Iterable[str], prefix: str = "") -> str:
    """"; did you mean 'x'?" for the known names nearest a misspelt one (difflib's ratio), or nothing."""
    import difflib

    close = difflib.get_close_matches(name, sorted(set(known)), n=2, cutoff=0.75)
    return f"; did you mean {' or '.join(repr(prefix + c) for c in close)}?" if close else ""


def _check_names(ruleset: RuleSet) -> None:
    for d in ruleset.definitions.values():
        _check_expr(d.body, frozenset(d.params or ()), ruleset)
    for rule in ruleset.rules:
        for kind in rule.applies_to:
            if kind not in RULE_KINDS:
                raise RuleSyntaxError(rule.pos, f"unknown kind '{kind}'")
        if rule.when is not None:
            _check_expr(rule.when, frozenset(), ruleset)
        for check in rule.checks:
            bound: set[str] = set()
            for step in check.steps:
                if isinstance(step, s.ForEach):
                    _check_expr(step.collection, frozenset(bound), ruleset)
                    bound.add(step.var)
                    if step.where is not None:
                        _check_expr(step.where, frozenset(bound), ruleset)
                elif isinstance(step, s.ForPairs):
                    _check_expr(step.collection, frozenset(bound), ruleset)
                    bound |= {step.first, step.second}
                    if step.where is not None:
                        _check_expr(step.where, frozenset(bound), ruleset)
                elif isinstance(step, s.ForWindow):
                    _check_expr(step.length, frozenset(bound), ruleset)
                    _check_expr(step.within, frozenset(bound), ruleset)
                    bound.add(step.var)
                elif isinstance(step, s.ForInstant):
                    _check_expr(step.low, frozenset(bound), ruleset)
                    _check_expr(step.high, frozenset(bound), ruleset)
                    bound.add(step.var)
                else:
                    _check_expr(step.condition, frozenset(bound), ruleset)
            for binding in check.bindings:
                _check_expr(binding.value, frozenset(bound), ruleset)
                bound.add(binding.name)
            _check_expr(check.condition, frozenset(bound), ruleset)
            for part in check.message.parts:
                if not isinstance(part, str):
                    _check_expr(part, frozenset(bound), ruleset)
            if check.locate is not None:
                _check_expr(check.locate, frozenset(bound), ruleset)
