"""Z3: the only place the solver is used."""
