"""Foundations: exact numbers, the packaged data files, worker processes."""
