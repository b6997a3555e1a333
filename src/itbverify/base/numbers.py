"""Exact numbers as text: in messages, in generated documents, in JSON.

Here rather than beside the solver's values, so that every writer can show a
number without loading the solver.
"""

from __future__ import annotations

from typing import Any

from itbverify.base.exact import RATIONAL, Fraction, Memo


def is_number(value: Any) -> bool:
    return isinstance(value, RATIONAL) and not isinstance(value, bool)


def format_number(value: Any, places: int = 2) -> str:
    """Exact when the decimal is short, else rounded to `places` decimals."""
    if isinstance(value, bool) or not is_number(value):
        return str(value)
    value = value if type(value) is Fraction else Fraction(value)
    numerator, denominator = value.numerator, value.denominator
    for digits in range(places + 1):
        scale = 10**digits
        if scale % denominator == 0:  # value * scale is whole (numerator and denominator share no factor)
            return _decimal(numerator * (scale // denominator), digits)
    rounded = round(value * 10**places)
    return _decimal(int(rounded), places)


def _decimal(scaled: int, digits: int) -> str:
    sign = "-" if scaled < 0 else ""
    scaled = abs(scaled)
    if digits == 0:
        return f"{sign}{scaled}"
    text = str(scaled).rjust(digits + 1, "0")
    whole, frac = text[:-digits], text[-digits:]
    frac = frac.rstrip("0")
    return f"{sign}{whole}.{frac}" if frac else f"{sign}{whole}"


def yaml_decimal(value: Fraction | int) -> Any:
    """A number a generated document can hold exactly: an int, or a float whose shortest text
    (what YAML writes) is the exact decimal; anything else is refused."""
    value = Fraction(value)
    if value.denominator == 1:
        return int(value)
    as_float = float(value)
    if Fraction(repr(as_float)) != value:
        raise ValueError(f"{value} has no short decimal text")
    return as_float


def to_json_exact(value: Any) -> Any:
    """A number for JSON without losing it: an int, a float whose shortest text is the exact
    decimal, or else the exact rational as a string "p/q"."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if is_number(value):
        f = value if type(value) is Fraction else Fraction(value)
        return _EXACT[f.numerator, f.denominator]
    return str(value)


def _exact(key: tuple[int, int]) -> Any:
    f = Fraction(*key)
    if f.denominator == 1:
        return int(f)
    as_float = float(f)
    return as_float if Fraction(repr(as_float)) == f else f"{f.numerator}/{f.denominator}"


_EXACT = Memo(_exact)  # numbers as written to JSON


def to_json_number(value: Any) -> Any:
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if is_number(value):
        f = Fraction(value)
        return int(f) if f.denominator == 1 else float(f)
    return str(value)
