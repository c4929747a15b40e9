"""Per-document memoisation: several steps read the same derived view of one document
(its section contexts, its tables, the lines dashboards own); compute each once.

Keyed by the document object's identity (hashing a whole Document would cost more than the
work saved); the last few documents are kept, so a batch never grows memory.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

T = TypeVar("T")
KEEP = 4


def per_document(fn: Callable[..., T]) -> Callable[..., T]:
    """Cache fn(doc, ...) by the identity of `doc`; later arguments must derive from doc."""
    store: OrderedDict[int, tuple[Any, T]] = OrderedDict()
    last: list[tuple[Any, T]] = []  # the last document asked about, already at the end of `store`

    @wraps(fn)
    def wrapper(doc: Any, *args: Any) -> T:
        if last and last[0][0] is doc:  # the common case, a step asking again about the same document
            return last[0][1]
        hit = store.get(id(doc))
        if hit is not None and hit[0] is doc:
            store.move_to_end(id(doc))
            last[:] = [hit]
            return hit[1]
        result = fn(doc, *args)
        store[id(doc)] = last_hit = (doc, result)
        last[:] = [last_hit]
        while len(store) > KEEP:
            store.popitem(last=False)
        return result

    return wrapper
