"""Judging targets against actuals (DESIGN.md §7), as pure functions."""
