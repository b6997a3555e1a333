"""The command line and batch runs."""
