"""The rule language: syntax tree, parser, rule sets."""
