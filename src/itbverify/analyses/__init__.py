"""What the checks are for: checking files, libraries, comparisons, rule-set analysis, proofs."""
