"""The command line: `itbverify check|rules ...`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import NoReturn

from . import __version__
from .check import check_paths, exit_code
from .parse import RuleSyntaxError
from .report import write
from .ruleset import default_ruleset
from .solve import DEFAULT_TIMEOUT_S


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        sys.stderr.write(f"itbverify: error: {message}\n")
        raise SystemExit(2)


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if not value > 0 or value != value or value == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a positive number of seconds, got {text!r}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="itbverify", description="Prove intrathecal baclofen plans and pump programs safe against the drug label, or show how they are not.")
    parser.add_argument("--version", action="version", version=f"itbverify {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    check = commands.add_parser("check", help="verify documents (files or folders of .yaml, .yml, .jsonl)")
    check.add_argument("paths", nargs="+", metavar="PATH")
    check.add_argument("--format", choices=["text", "json", "sarif", "junit", "github"], default="text")
    check.add_argument("--fail-on", choices=["error", "warning"], default="error",
                       help="warning: warnings fail the run too (error findings, unknown and invalid always fail)")
    check.add_argument("--strict", action="store_true", help="shorthand for --fail-on warning")
    check.add_argument("--waivers", metavar="FILE", help="reviewed exceptions: YAML with requirement, document, reason, approved_by, expires")
    check.add_argument("--timeout", type=_positive, default=DEFAULT_TIMEOUT_S, metavar="SECONDS",
                       help=f"time limit of each solver call (default {DEFAULT_TIMEOUT_S:g} s)")
    check.add_argument("--engine", choices=["auto", "concrete", "z3"], default="auto",
                       help="auto: exact evaluation for fully concrete documents, Z3 for the rest; z3: the solver for all")
    check.add_argument("--emit-counterexample", metavar="DIR", type=Path,
                       help="write each program a configuration (kind: library) accepts but should not, as YAML in DIR")

    batch = commands.add_parser("batch", help="check many documents in parallel; one JSON result per line")
    batch.add_argument("paths", nargs="+", metavar="PATH")
    batch.add_argument("--output", metavar="FILE", help="write the JSON lines here (default: standard output)")
    batch.add_argument("--jobs", type=int, default=os.cpu_count() or 1, metavar="N", help="worker processes (default: the number of cores)")
    batch.add_argument("--timeout", type=_positive, default=DEFAULT_TIMEOUT_S, metavar="SECONDS")
    batch.add_argument("--engine", choices=["auto", "concrete", "z3"], default="auto")
    batch.add_argument("--executor", choices=["local", "dask"], default="local")
    batch.add_argument("--scheduler", metavar="ADDRESS", help="a Dask scheduler (default: a LocalCluster)")
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
    verify_p = proof_commands.add_parser("verify", help="re-run every stored query and check its answer and hash")
    verify_p.add_argument("folder", metavar="DIR", type=Path)

    report = commands.add_parser("report", help="an evidence report for review: HTML and JSON, dose charts, traceability, proof artefacts")
    report.add_argument("paths", nargs="+", metavar="PATH")
    report.add_argument("--output", required=True, metavar="DIR", type=Path, help="the folder to write index.html, report.json, charts/ and proofs/ into")
    report.add_argument("--timeout", type=_positive, default=DEFAULT_TIMEOUT_S, metavar="SECONDS",
                        help=f"time limit of each solver call (default {DEFAULT_TIMEOUT_S:g} s)")

    envelope = commands.add_parser("envelope", help="the safe envelope of the next programming: dose range, earliest increase, latest refill")
    envelope.add_argument("path", metavar="DOC")
    envelope.add_argument("--at", metavar="TIME", help='when the change is made: hours from hour 0 ("106.5") or a day and time ("4 10:00"); default: the end of the plan')
    envelope.add_argument("--format", choices=["text", "json"], default="text")
    envelope.add_argument("--timeout", type=_positive, default=DEFAULT_TIMEOUT_S, metavar="SECONDS")

    rules = commands.add_parser("rules", help="list the rule set: ids, severity, basis, label lines, source")
    rules.add_argument("--format", choices=["text", "json"], default="text")
    rules.add_argument("--check", action="store_true", help="prove the rule set consistent, each rule breakable, and report redundant rules")
    rules.add_argument("--rules", metavar="DIR", type=Path, help="check the rule files in DIR instead of the installed rule set")
    rules.add_argument("--timeout", type=_positive, default=30.0, metavar="SECONDS")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from .solve import limit_solver_memory

    limit_solver_memory()
    try:
        ruleset = default_ruleset()
    except RuleSyntaxError as error:
        sys.stderr.write(f"itbverify: the rule set does not load: {error}\n")
        return 2
    if args.command == "rules":
        if args.rules is not None:
            from .ruleset import load_rule_files

            try:
                ruleset = load_rule_files(sorted(args.rules.glob("*.rules")))
            except RuleSyntaxError as error:
                sys.stderr.write(f"itbverify: the rule files do not load: {error}\n")
                return 2
        if args.check:
            from .consistency import check_ruleset, write_report

            report = check_ruleset(ruleset, args.timeout)
            write_report(report, args.format)
            return 0 if report.ok else 1
        return _rules(ruleset, args.format)
    if args.command == "batch":
        if args.jobs < 1:
            sys.stderr.write("itbverify: error: --jobs takes a number of at least 1\n")
            return 2
        from .batch import run_batch

        return run_batch(args.paths, args.output, args.jobs, args.timeout, args.engine, args.executor, args.scheduler, args.progress)
    if args.command == "proofs":
        from .proofs import generate as generate_proofs
        from .proofs import verify_folder

        if args.proofs_command == "generate":
            artefacts, _ = generate_proofs(args.paths, ruleset, args.output, args.timeout)
            print(f"{len(artefacts)} proof artefacts written to {args.output} (manifest: {args.output / 'manifest.json'})")
            return 0
        issues = verify_folder(args.folder, ruleset)
        for issue in issues:
            print(f"{args.folder}/{issue}")
        count = len(json.loads((args.folder / "manifest.json").read_text(encoding="utf-8"))["artefacts"]) if (args.folder / "manifest.json").is_file() else 0
        print(f"{count} proof artefacts: " + ("all confirmed" if not issues else f"{len(issues)} problems"))
        return 1 if issues else 0
    if args.command == "report":
        from .evidence import run_report

        return run_report(args.paths, args.output, ruleset, args.timeout)
    if args.command == "envelope":
        from .envelope import run_envelope

        return run_envelope(args.path, args.at, args.format, ruleset, args.timeout)
    if args.command == "compare":
        from .compare import run_compare

        return run_compare(args.old, args.new, ruleset, args.timeout, args.format, args.emit_witness)
    waivers = None
    if args.waivers:
        from .waivers import InvalidWaivers, load_waivers

        try:
            waivers = load_waivers(args.waivers)
        except InvalidWaivers as error:
            for problem in error.problems:
                sys.stderr.write(f"itbverify: {problem.where()}: invalid waiver file: {problem.message}\n")
            return 2
    run = check_paths(args.paths, ruleset, args.timeout, args.emit_counterexample, args.engine)
    if waivers is not None:
        from .waivers import apply_waivers, stale_result

        apply_waivers(run.results, waivers)
        stale = stale_result(args.waivers, waivers)
        if stale is not None:
            run.results.append(stale)
    write(run, args.format, ruleset=ruleset)
    if run.missing and args.format != "text":
        for problem in run.missing:
            sys.stderr.write(f"itbverify: {problem.where()}: {problem.message}\n")
    strict = args.strict or args.fail_on == "warning"
    return exit_code(run.results, strict=strict, usage_error=bool(run.missing))


def _rules(ruleset: object, fmt: str) -> int:
    import json

    from .ruleset import RuleSet

    assert isinstance(ruleset, RuleSet)
    rows = [
        {
            "id": r.id,
            "title": r.title,
            "severity": r.severity,
            "basis": r.basis,
            "label_lines": list(r.label_lines),
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
            lines = ",".join(str(n) for n in row["label_lines"])  # type: ignore[attr-defined]
            print(f"{row['id']:<12} {row['severity']:<8} {row['basis']:<15} label {lines:<32} {row['file']}:{row['line']}  {row['title']}")
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
