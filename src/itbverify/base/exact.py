"""The one exact number type of the project.

Every number a document, a rule or a model holds is an exact rational, and
every stage computes with them: building timelines, the concrete engine, the
replay of solver models, messages. quicktions is the standard library's
`fractions.Fraction` (the same API, the same hashing and equality, mixing with
it) implemented in C, about eight times faster, so one import here sets the
speed of all of them.
"""

import fractions
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # quicktions has no type stubs; its Fraction has the standard library's API
    from fractions import Fraction
else:
    from quicktions import Fraction

# What counts as an exact number: ours, and the standard library's, which a caller may hand in.
RATIONAL = (Fraction, fractions.Fraction, int)



class Memo(dict[Any, Any]):
    """Values worked out from their keys, remembered: a batch asks for the same numbers again and again.

    A lookup that finds its key is the dict's own; the memo is emptied when full, so memory stays flat.
    """

    def __init__(self, compute: Callable[[Any], Any], size: int = 65536) -> None:
        super().__init__()
        self.compute = compute
        self.size = size

    def __missing__(self, key: Any) -> Any:
        if len(self) >= self.size:
            self.clear()
        value = self[key] = self.compute(key)
        return value


__all__ = ["RATIONAL", "Fraction", "Memo"]
