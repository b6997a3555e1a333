"""The command line: `itbverify check|batch|compare|proofs|report|envelope|conform|rules|schema ...`."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NoReturn

from itbverify import __version__
from itbverify.analyses.check import Progress, check_paths, exit_code
from itbverify.documents.kinds import KINDS, listed
from itbverify.engines.results import DEFAULT_TIMEOUT_S
from itbverify.language.ruleset import PackError, pack_files, read_packs, with_pack_sources
from itbverify.language.syntax import RuleSyntaxError
from itbverify.outputs.report import write

EXIT_CODES = """exit codes:
  0  every document is safe (warnings allowed unless --strict)
  1  some document is unsafe, or has a warning with --strict
  2  some document is invalid or hit an internal error, no document was checked,
     or the command line is wrong
  3  some document is unknown (the solver ran out of time; never reported as safe)"""

SKIPPED = """A YAML file whose top level is a mapping without the key itbverify (a CI
configuration, say) is skipped: it is listed, with why, in every output format
(verdict "skipped" in JSON, a notApplicable result in SARIF, a skipped test case
in JUnit, a notice with --format github). So is a .json file found in a folder
(documents are .yaml, .yml or .jsonl). A mapping with a key like itbverify
(itbverfy: 1) or a kind: key is a misspelt document: invalid, not skipped. A run
that checks no document at all exits 2."""

TOP_EPILOG = f"""{EXIT_CODES}

example:
  itbverify check examples/titration-spinal-adult.yaml
  itbverify check --format sarif plans/ > itbverify.sarif
  itbverify batch plans/ nightly.jsonl --output results.jsonl

'itbverify COMMAND --help' describes each command."""

CHECK_EPILOG = f"""{SKIPPED}

--engine concrete checks only fully concrete documents: a program with patient
boluses or a delivery tolerance needs the solver, and asking concrete of it is a
usage error (exit 2, naming those documents); auto picks per document.

{EXIT_CODES}

example:
  itbverify check --format json examples/*.yaml
  itbverify check --strict --waivers waivers.yaml plans/"""

PROTOCOL_MESSAGES = ("conform-request", "conform-answer")

CONFORM_EPILOG = """Each session starts with a patient, a pump and a positive screening, then
proposes events one at a time (infusion steps, flex schedules, tapers, stops,
restarts, refills, boluses), most at a bound of what the label allows at that
moment or one unit past it. The target answers {"accept": true|false,
"reason": "..."}; accepted events join the plan. An accepted event that adds
an error finding is an unsafe acceptance; a refused event whose plan is safe
is a needless refusal. Failures are shrunk to the shortest session that still
fails against the target. The protocol and its schemas: docs/conform.md,
'itbverify schema conform-request', 'itbverify schema conform-answer'.

exit codes:
  0  conformant: no unsafe acceptance (nor needless refusal with --fail-on refusal)
  1  an unsafe acceptance (or a needless refusal with --fail-on refusal)
  2  the target misbehaved (crashed, timed out, answered something that is not an
     answer; each reported with its request, the target restarted and the run
     going on), or the command line is wrong
  3  a decision could not be judged (the rule set left a requirement undecided)

example:
  itbverify conform --target python:examples/pump-software/reference_checker.py:decide --sessions 200
  itbverify conform --target "python3 my_checker.py" --seed 7 --format junit > conform.xml"""

BATCH_EPILOG = f"""One JSON result per line, in input order, the object 'check --format json'
prints; a summary (counts by verdict, the most violated requirements, skipped
files) on standard error. Skipped files get a line with verdict "skipped".

{EXIT_CODES}

example:
  itbverify batch plans/ nightly.jsonl --jobs 2 --output results.jsonl
  itbverify batch plans/ --executor dask --scheduler tcp://10.0.0.5:8786"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(2)


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if not 0 < value < float("inf"):  # NaN compares false, so it is refused too
        raise argparse.ArgumentTypeError(f"expected a positive number of seconds, got {text!r}")
    return value


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of worker processes, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1 worker process, got {text!r}")
    return value


def _count(least: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
        if value < least:
            raise argparse.ArgumentTypeError(f"expected a whole number of at least {least}, got {text!r}")
        return value

    return parse


AT_FORMS = 'hours from hour 0 ("106.5") or a day and a clock time ("4 10:00")'


def _at(text: str) -> object:
    """`envelope --at`, read at once so a wrong form is a usage error that names the accepted forms."""
    from itbverify.analyses.envelope import parse_at

    try:
        value = parse_at(text)
    except (ValueError, ZeroDivisionError, ArithmeticError):
        raise argparse.ArgumentTypeError(f"expected {AT_FORMS}, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a time at or after hour 0, got {text!r}")
    return value


def build_parser() -> argparse.ArgumentParser:
    raw = argparse.RawDescriptionHelpFormatter
    parser = _Parser(prog="itbverify", description="Prove intrathecal baclofen plans and pump programs safe against the drug label, or show how they are not.",
                     epilog=TOP_EPILOG, formatter_class=raw)
    parser.add_argument("--version", action="version", version=f"itbverify {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    check = commands.add_parser("check", help="verify documents (files or folders of .yaml, .yml, .jsonl)", epilog=CHECK_EPILOG, formatter_class=raw)
    check.add_argument("paths", nargs="+", metavar="PATH")
    check.add_argument("--format", choices=["text", "json", "sarif", "junit", "github"], default="text")
    check.add_argument("--fail-on", choices=["error", "warning"], default="error",
                       help="warning: warnings fail the run too (error findings, unknown and invalid always fail)")
    check.add_argument("--strict", action="store_true", help="shorthand for --fail-on warning")
    check.add_argument("--waivers", metavar="FILE", help="reviewed exceptions: YAML with requirement, document, reason, approved_by, expires")
    check.add_argument("--timeout", type=_positive, default=DEFAULT_TIMEOUT_S, metavar="SECONDS",
                       help=f"time limit of each solver call (default {DEFAULT_TIMEOUT_S:g} s)")
    check.add_argument("--engine", choices=["auto", "concrete", "z3"], default="auto",
                       help="auto: exact evaluation for fully concrete documents, Z3 for the rest; z3: the solver for all; "
                            "concrete: exact evaluation only (a document with solver variables is a usage error)")
    check.add_argument("--emit-counterexample", metavar="DIR", type=Path,
                       help="write each program a configuration (kind: library) accepts but should not, as YAML in DIR")
    check.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                       help="a progress bar on standard error, shown once the check has run a second "
                            "(default: when standard error is a terminal)")
    check.add_argument("--allow-empty", action="store_true",
                       help="a run that checks no document passes (for hooks handed whatever YAML files changed); skipped files are still listed")

    batch = commands.add_parser("batch", help="check many documents in parallel; one JSON result per line", epilog=BATCH_EPILOG, formatter_class=raw)
    batch.add_argument("paths", nargs="+", metavar="PATH")
    batch.add_argument("--output", metavar="FILE", help="write the JSON lines here (default: standard output)")
    batch.add_argument("--jobs", type=_jobs, default=os.cpu_count() or 1, metavar="N", help="worker processes (default: the number of cores)")
    batch.add_argument("--timeout", type=_positive, default=DEFAULT_TIMEOUT_S, metavar="SECONDS")
    batch.add_argument("--engine", choices=["auto", "concrete", "z3"], default="auto")
    batch.add_argument("--executor", choices=["local", "dask"], default="local")
    batch.add_argument("--scheduler", metavar="ADDRESS", help="a Dask scheduler (default: a LocalCluster)")
    batch.add_argument("--connect-timeout", type=_positive, default=10.0, metavar="SECONDS",
                       help="how long to wait for the Dask scheduler to answer (default 10 s)")
    batch.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None, help="a progress bar on standard error (default: when it is a terminal)")

    compare = commands.add_parser("compare", help="compare two dose-limit configurations (kind: library): which programs each accepts")
    compare.add_argument("old", metavar="OLD")
    compare.add_argument("new", metavar="NEW")
    compare.add_argument("--format", choices=["text", "json"], default="text")
    compare.add_argument("--timeout", type=_positive, default=DEFAULT_TIMEOUT_S, metavar="SECONDS")
    compare.add_argument("--emit-witness", metavar="DIR", type=Path, help="write each witness program as YAML in DIR")

    proofs = commands.add_parser("proofs", help="proof artefacts: generate them, or verify a folder of them")
    proof_commands = proofs.add_subparsers(dest="proofs_command", required=True, parser_class=_Parser)
    generate = proof_commands.add_parser("generate", help="write the SMT-LIB query of every requirement and document, with a manifest")
    generate.add_argument("paths", nargs="+", metavar="PATH")
    generate.add_argument("--output", required=True, metavar="DIR", type=Path)
    generate.add_argument("--timeout", type=_positive, default=DEFAULT_TIMEOUT_S, metavar="SECONDS")
    verify_p = proof_commands.add_parser("verify", help="re-run every stored query and check its answer and hash (a proofs folder or a report folder)")
    verify_p.add_argument("folder", metavar="DIR", type=Path)

    report = commands.add_parser("report", help="an evidence report for review: HTML and JSON, dose charts, traceability, proof artefacts")
    report.add_argument("paths", nargs="+", metavar="PATH")
    report.add_argument("--output", required=True, metavar="DIR", type=Path, help="the folder to write index.html, report.json, charts/ and proofs/ into")
    report.add_argument("--timeout", type=_positive, default=DEFAULT_TIMEOUT_S, metavar="SECONDS",
                        help=f"time limit of each solver call (default {DEFAULT_TIMEOUT_S:g} s)")

    envelope = commands.add_parser("envelope", help="the safe envelope of the next programming: dose range, earliest increase, latest refill")
    envelope.add_argument("path", metavar="DOC")
    envelope.add_argument("--at", metavar="TIME", type=_at,
                          help=f"plans only: when the change is made, {AT_FORMS}; default: the end of the plan")
    envelope.add_argument("--format", choices=["text", "json"], default="text")
    envelope.add_argument("--what", action="append", choices=["dose", "increase", "refill", "flex"],
                          help="compute only this part (repeat for more): the daily dose range, the earliest increase, the latest "
                               "refill, the largest night-time flex step; a part left out is null in JSON and absent in text")
    envelope.add_argument("--timeout", type=_positive, default=DEFAULT_TIMEOUT_S, metavar="SECONDS")

    conform = commands.add_parser("conform", help="test a programming checker (a command, or a Python callable) through generated "
                                  "programming sessions; every decision judged by the rule set", epilog=CONFORM_EPILOG, formatter_class=raw)
    conform.add_argument("--target", required=True, metavar="TARGET",
                         help="a command that speaks the protocol on stdin/stdout (docs/conform.md), or python:MODULE:FUNCTION "
                              "(MODULE a module name or a .py file) for a callable taking a request and returning an answer")
    conform.add_argument("--seed", type=_count(0), default=0, help="the sessions drawn (default 0); the same seed, the same sessions")
    conform.add_argument("--sessions", type=_count(1), default=100, metavar="N", help="how many sessions (default 100)")
    conform.add_argument("--max-events", type=_count(1), default=24, metavar="K", help="the most events proposed in a session (default 24: enough for a taper, a stop and a restart)")
    conform.add_argument("--target-timeout", type=_positive, default=5.0, metavar="SECONDS",
                         help="the longest the target may take to answer one request (default 5 s): past it, it timed out (exit 2)")
    conform.add_argument("--fail-on", choices=["refusal"], default=None,
                         help="refusal: a needless refusal (an event refused whose plan is safe) fails the run too")
    conform.add_argument("--format", choices=["text", "json", "junit"], default="text")
    conform.add_argument("--jobs", type=_jobs, default=1, metavar="N",
                         help="run the sessions in N worker processes, each with a target of its own (default 1); the output is the same")
    conform.add_argument("--emit", metavar="DIR", type=Path, help="write each failure's shrunk plan as YAML in DIR (itbverify check reports it)")
    conform.add_argument("--no-shrink", action="store_true", help="report failures as found, unshrunk")
    conform.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                         help="a progress bar on standard error (default: when standard error is a terminal)")

    rules = commands.add_parser("rules", help="list the rule set: ids, severity, basis, label lines, source")
    rules.add_argument("--format", choices=["text", "json"], default="text")
    rules.add_argument("--check", action="store_true", help="prove the rule set consistent, each rule breakable, and report redundant rules")
    rules.add_argument("--rule-set", metavar="DIR", type=Path,
                       help="the whole rule set from the rule files in DIR instead of the bundled one (to work on the label rules themselves)")
    rules.add_argument("--timeout", type=_positive, default=30.0, metavar="SECONDS")

    cases = commands.add_parser("test", help="run a folder of documents with their expected results (expected.yaml) against the rules",
                                description="Each document of DIR is checked as `check` checks it and compared with DIR/expected.yaml: its "
                                            "verdict, the exact set of its error requirements and warnings that must be among its own. "
                                            "Exit 0 when every case passes, 1 when one fails, 2 when the cases cannot be run.")
    cases.add_argument("folder", metavar="DIR", type=Path, help="a folder of documents and their expected.yaml")
    cases.add_argument("--format", choices=["text", "junit"], default="text")
    cases.add_argument("--timeout", type=_positive, default=DEFAULT_TIMEOUT_S, metavar="SECONDS")

    for command in (check, batch, report, envelope, conform, rules, cases):
        command.add_argument("--rules", metavar="DIR", type=Path, action="append", default=[],
                             help="add the policy pack in DIR (its .rules files) to the label rules; repeatable")

    schema = commands.add_parser("schema", help="print the JSON Schema of a document kind, or of a conform protocol message")
    schema.add_argument("kind", choices=[*KINDS, *PROTOCOL_MESSAGES], metavar="KIND", help=listed([*KINDS, *PROTOCOL_MESSAGES]))
    return parser


def _subparser(parser: argparse.ArgumentParser, names: list[str]) -> argparse.ArgumentParser:
    """The parser of the (sub)command NAMES, so a mistake after it shows that command's usage."""
    current = parser
    for name in names:
        actions = [a for a in current._actions if isinstance(a, argparse._SubParsersAction)]
        if not actions or name not in actions[0].choices:
            break
        current = actions[0].choices[name]
    return current


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra:
        names = [n for n in (args.command, getattr(args, "proofs_command", None)) if n]
        _subparser(parser, names).error(f"unrecognized arguments: {' '.join(extra)}")
    return args


def _fail(message: str) -> int:
    sys.stderr.write(f"itbverify: error: {message}\n")
    return 2


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command == "schema":
        return _schema(args.kind)
    from itbverify.engines.z3.limits import limit_solver_memory

    limit_solver_memory()
    packs: list[Path] = getattr(args, "rules", None) or []
    try:
        pack_sources = read_packs(packs)
    except PackError as error:
        return _fail(f"--rules {error}")
    try:
        ruleset = with_pack_sources(pack_sources)
    except RuleSyntaxError as error:
        sys.stderr.write(f"itbverify: the {'rule files' if packs else 'rule set'} do{'' if packs else 'es'} not load: {error}\n")
        return 2
    if args.command == "rules":
        return _rules_command(args, ruleset)
    if args.command == "test":
        return _test_command(args, ruleset)
    if args.command == "batch":
        from itbverify.app.batch import run_batch

        return run_batch(args.paths, args.output, args.jobs, args.timeout, args.engine, args.executor, args.scheduler, args.progress, args.connect_timeout,
                         pack_sources)
    if args.command == "proofs":
        from itbverify.analyses.proofs import run_generate, run_verify

        if args.proofs_command == "generate":
            return run_generate(args.paths, args.output, ruleset, args.timeout)
        return run_verify(args.folder, ruleset)
    if args.command == "report":
        if args.output.exists() and not args.output.is_dir():
            return _fail(f"--output {args.output}: a file is there; expected a folder (new or existing) to write the report into")
        from itbverify.outputs.evidence import run_report

        return run_report(args.paths, args.output, ruleset, args.timeout)
    if args.command == "envelope":
        from itbverify.analyses.envelope import parts_of, run_envelope

        return run_envelope(args.path, args.at, args.format, ruleset, args.timeout, parts_of(args.what))
    if args.command == "conform":
        return _conform(args, ruleset)
    if args.command == "compare":
        from itbverify.analyses.compare import run_compare

        return run_compare(args.old, args.new, ruleset, args.timeout, args.format, args.emit_witness)
    return _check(args, ruleset)


def _check(args: argparse.Namespace, ruleset: object) -> int:
    from itbverify.language.ruleset import RuleSet

    assert isinstance(ruleset, RuleSet)
    waivers = None
    if args.waivers:
        from itbverify.analyses.waivers import InvalidWaivers, load_waivers

        try:
            waivers = load_waivers(args.waivers)
        except InvalidWaivers as error:
            for problem in error.problems:
                sys.stderr.write(f"itbverify: {problem.where()}: invalid waiver file: {problem.message}\n")
            return 2
    show = sys.stderr.isatty() if args.progress is None else args.progress
    with _progress_bar(show) as progress:
        run = check_paths(args.paths, ruleset, args.timeout, args.emit_counterexample, args.engine, progress)
    checked = len(run.results) + len(run.needs_solver)
    if waivers is not None:
        from itbverify.analyses.waivers import apply_waivers, stale_result

        apply_waivers(run.results, waivers)
        stale = stale_result(args.waivers, waivers)
        if stale is not None:
            run.results.append(stale)
    write(run, args.format, ruleset=ruleset)
    if run.missing and args.format != "text":
        for problem in run.missing:
            sys.stderr.write(f"itbverify: {problem.where()}: {problem.message}\n")
    if run.needs_solver:
        return _fail(f"--engine concrete: {', '.join(run.needs_solver)} {'has' if len(run.needs_solver) == 1 else 'have'} solver variables "
                     "(patient boluses or a delivery tolerance); check them with --engine auto or z3")
    if not checked and not args.allow_empty:
        skipped = f" ({len(run.skips)} skipped: {', '.join(run.skipped)})" if run.skips else ""
        return _fail(f"no document was checked{skipped}; a run that checks nothing does not pass")
    strict = args.strict or args.fail_on == "warning"
    return exit_code(run.results, strict=strict, usage_error=bool(run.missing))


@contextlib.contextmanager
def _progress_bar(show: bool, delay: float = 1.0) -> Iterator[Progress | None]:
    """A bar on standard error over the documents of a check, which appears once the check has run a
    second (a configuration or a program with patient boluses takes that long; a plan does not) and is
    cleared at the end."""
    if not show:
        yield None
        return
    import threading
    import time

    from tqdm import tqdm

    started = time.monotonic()
    bar = tqdm(total=0, unit="doc", file=sys.stderr, dynamic_ncols=True, delay=delay, leave=False)
    lock = threading.Lock()

    def draw() -> None:
        with lock:
            bar.refresh()

    # A first document that takes minutes shows the bar too, while it runs.
    timer = threading.Timer(delay, draw)
    timer.daemon = True
    timer.start()

    def progress(done: int, total: int, place: str) -> None:
        with lock:
            bar.total = total
            bar.n = done
            bar.set_postfix_str(place, refresh=False)
            if time.monotonic() - started >= delay:
                bar.refresh()

    try:
        yield progress
    finally:
        timer.cancel()
        with lock:
            bar.close()


def _schema(kind: str) -> int:
    if kind in PROTOCOL_MESSAGES:
        from itbverify.conform.protocol import SCHEMAS

        print(json.dumps(SCHEMAS[kind], indent=2))
        return 0
    from itbverify.documents.json_schema import document_schema

    print(json.dumps(document_schema(kind), indent=2))
    return 0


def _conform(args: argparse.Namespace, ruleset: object) -> int:
    from itbverify.conform.report import exit_code as conform_exit
    from itbverify.conform.report import to_json, to_junit, to_text
    from itbverify.conform.run import conform_parallel
    from itbverify.conform.targets import open_target
    from itbverify.language.ruleset import RuleSet

    assert isinstance(ruleset, RuleSet)
    if args.emit is not None and args.emit.exists() and not args.emit.is_dir():
        return _fail(f"--emit {args.emit}: a file is there; expected a folder (new or existing) for the failing plans")
    try:
        # Opened here first, so that a target that cannot be started or imported is a usage error before any session.
        open_target(args.target, args.target_timeout).close()
    except ValueError as error:
        return _fail(str(error))
    show = sys.stderr.isatty() if args.progress is None else args.progress
    try:
        with _progress_bar(show, delay=0.5) as progress:
            step = None if progress is None else (lambda done, total: progress(done, total, f"session {done}"))
            run = conform_parallel(lambda: open_target(args.target, args.target_timeout), ruleset, args.seed, int(args.sessions),
                                   int(args.max_events), args.jobs, shrink=not args.no_shrink, progress=step)
    except ValueError as error:
        return _fail(str(error))
    fail_on_refusal = args.fail_on == "refusal"
    if args.emit is not None:
        import yaml

        args.emit.mkdir(parents=True, exist_ok=True)
        for failure in [*run.failures, *run.refusals]:
            name = f"{failure.session}-{'unsafe' if failure.kind == 'unsafe acceptance' else 'refusal'}-{failure.index}.yaml"
            (args.emit / name).write_text(f"# {failure.kind}: {failure.requirement or ''} {failure.message}\n"
                                          + yaml.safe_dump(failure.document, sort_keys=False), encoding="utf-8")
    if args.format == "json":
        sys.stdout.write(json.dumps(to_json(run, ruleset, fail_on_refusal), indent=2) + "\n")
    elif args.format == "junit":
        sys.stdout.write(to_junit(run, ruleset, fail_on_refusal))
    else:
        sys.stdout.write(to_text(run, ruleset, fail_on_refusal))
    return conform_exit(run, fail_on_refusal)


def _test_command(args: argparse.Namespace, ruleset: object) -> int:
    from itbverify.analyses.cases import CasesError, run_cases
    from itbverify.language.ruleset import RuleSet
    from itbverify.outputs.cases import cases_junit, cases_text

    assert isinstance(ruleset, RuleSet)
    try:
        outcomes = run_cases(args.folder, ruleset, args.timeout)
    except CasesError as error:
        return _fail(str(error))
    sys.stdout.write(cases_junit(args.folder, outcomes) if args.format == "junit" else cases_text(args.folder, outcomes))
    return 0 if all(o.passed for o in outcomes) else 1


def _rules_command(args: argparse.Namespace, ruleset: object) -> int:
    from itbverify.semantics.evaluate import RuleError

    if args.rule_set is not None:
        from itbverify.language.ruleset import load_rule_files

        if args.rules:
            return _fail("--rule-set replaces the bundled rule set; --rules adds a pack to it: give one or the other")
        try:
            paths = pack_files(args.rule_set)
        except PackError as error:
            return _fail(f"--rule-set {error}")
        try:
            ruleset = load_rule_files(paths)
        except (RuleSyntaxError, RuleError) as error:
            sys.stderr.write(f"itbverify: the rule files do not load: {error}\n")
            return 2
        except OSError as error:
            return _fail(f"--rule-set {args.rule_set}: cannot read {error.filename}: {error.strerror}")
    if args.check:
        from itbverify.analyses.consistency import check_ruleset, write_report

        try:
            report = check_ruleset(ruleset, args.timeout)  # type: ignore[arg-type]
        except (RuleError, RuleSyntaxError) as error:
            # A rule that parses but cannot be evaluated (a misspelt attribute, say).
            sys.stderr.write(f"itbverify: the rule set cannot be checked: {error}\n")
            return 2
        write_report(report, args.format)
        return 0 if report.ok else 1
    return _rules(ruleset, args.format)


def _rules(ruleset: object, fmt: str) -> int:
    import json

    from itbverify.language.ruleset import RuleSet

    assert isinstance(ruleset, RuleSet)
    rows = [
        {
            "id": r.id,
            "title": r.title,
            "severity": r.severity,
            "basis": r.basis,
            "label_lines": list(r.label_lines),
            "source": r.source,
            "applies_to": list(r.applies_to),
            "file": r.pos.file,
            "line": r.pos.line,
        }
        for r in ruleset.rules
    ]
    if fmt == "json":
        print(json.dumps(rows, indent=2))
    else:
        for row in rows:
            lines = ",".join(str(n) for n in r_lines) if (r_lines := row["label_lines"]) and isinstance(r_lines, list) else ""
            cited = f"label {lines:<32}" if lines else f"source {row['source']}"
            print(f"{row['id']:<12} {row['severity']:<8} {row['basis']:<15} {cited} {row['file']}:{row['line']}  {row['title']}")
        print(f"{len(rows)} rules")
    return 0


def run() -> NoReturn:
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (head, a pager) went away: stop quietly, as other command-line tools do.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 1
    raise SystemExit(code)
