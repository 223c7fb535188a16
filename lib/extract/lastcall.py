"""A function's result for the arguments it was called with last, when called again with the very same objects.

Idea: several stages read one article through the same pure views of it (``reading.unwrapped``: the hard-wrapped
text read with its breaks as spaces; ``reading.moved_words``; ``markup.readable_view``): the statements and the
casualty stages each built them again, and ``moved_words`` built the views ``unwrapped`` had just built. The
arguments are immutable (a frozen ``Document``, a ``str``), so the result for the same objects is the same.

Approach: ``last_call(fn)`` keeps one (arguments, result) pair and returns the result when every argument ``is``
the one remembered (identity, not equality: no hashing or comparing of a long text, and a new article is a new
object). The pair holds its arguments, so their ids cannot be reused while remembered; it is read and replaced
whole, so threads extracting different articles never get another's result (at worst they compute it again).

Example:
    >>> calls = []
    >>> @last_call
    ... def shout(text: str) -> str:
    ...     calls.append(text)
    ...     return text.upper()
    >>> t = "talks resumed"
    >>> shout(t), shout(t), len(calls)
    ('TALKS RESUMED', 'TALKS RESUMED', 1)
    >>> shout("other"), shout(t), len(calls)
    ('OTHER', 'TALKS RESUMED', 3)
"""
from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def last_call(fn: F) -> F:
    """``fn`` remembering its result for the positional and keyword argument objects of its last call."""
    last: list = [None]  # [(args, kwargs items, result)]

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        pair = last[0]
        if pair is not None and len(pair[0]) == len(args) and all(a is b for a, b in zip(pair[0], args, strict=True)) \
                and pair[1].keys() == kwargs.keys() and all(pair[1][k] is v for k, v in kwargs.items()):
            return pair[2]
        result = fn(*args, **kwargs)
        last[0] = (args, kwargs, result)
        return result

    return wrapper  # type: ignore[return-value]
