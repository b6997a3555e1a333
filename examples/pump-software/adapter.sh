#!/bin/sh
# adapter.sh - plug a command-line programming checker into `itbverify conform`.
#
# itbverify conform speaks JSON Lines to its target: one request per line on the
# target's stdin, one answer per line on its stdout. Many pump-software checkers
# are not long-running JSON services but command-line tools that judge ONE
# request and exit (a C or Java program, a vendor's validation tool, ...). This
# POSIX sh adapter turns such a tool into a conform target: for every request
# line it starts the tool, hands it that one line on stdin, and passes the
# first line the tool prints back as the answer. Anything the tool fails to say
# (a crash, no output, output that is not a JSON object) is answered with a
# refusal: a target must never accept by accident.
#
# Usage:
#   sh adapter.sh                      # the tool: python3 reference_checker.py --one (beside this file)
#   sh adapter.sh TOOL [ARG...]        # any tool that answers one request read from stdin
#
#   itbverify conform --target "sh examples/pump-software/adapter.sh"
#   itbverify conform --target "sh examples/pump-software/adapter.sh python3 examples/pump-software/variants/child_as_adult.py --one"
#
# Environment: PYTHON (default python3) runs the default tool. The tool's stderr
# is passed through (conform logs it); only answers are written to stdout.
# Needs nothing but sh, printf and head.

here=$(dirname "$0")
if [ "$#" -eq 0 ]; then
    set -- "${PYTHON:-python3}" "$here/reference_checker.py" --one
fi

refuse='{"accept": false, "reason": "the checker gave no answer; refused to be safe"}'

while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
        *[![:space:]]*) ;;           # a request
        *) continue ;;               # a blank line is not a request: no answer
    esac
    answer=$(printf '%s\n' "$line" | "$@" | head -n 1)
    case "$answer" in
        '{'*'}') printf '%s\n' "$answer" ;;
        *) printf '%s\n' "$refuse" ;;
    esac
done
