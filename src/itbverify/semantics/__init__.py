"""The meaning of the rule language: timelines and the reference evaluator."""
