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

    @wraps(fn)
    def wrapper(doc: Any, *args: Any) -> T:
        hit = store.get(id(doc))
        if hit is not None and hit[0] is doc:
            store.move_to_end(id(doc))
            return hit[1]
        result = fn(doc, *args)
        store[id(doc)] = (doc, result)
        while len(store) > KEEP:
            store.popitem(last=False)
        return result

    return wrapper
