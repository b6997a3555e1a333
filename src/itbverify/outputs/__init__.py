"""Writers of results: text, JSON, JSON Lines, SARIF, JUnit, evidence reports."""
