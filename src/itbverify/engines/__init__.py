"""The engines that decide rules: the concrete engine, and Z3 under engines.z3."""
