"""Conformance of a programming checker: generated sessions, every decision judged by the rule set."""
