"""Aggregates saved beside the store, keyed on the store version: what the app computes once per corpus (the
sidebar's filter choices, the Casualties totals and the Mediator map's venues under the default filters) is read
back by every later process instead of being computed again.

Idea: at 100k articles the sidebar's choices take ~1.8 s CPU (distinct values of 6.8M mentions and the date
extent), the casualty totals ~2 s and the venues ~2 s, on every start of the app although the corpus has not
changed. The cluster ids are saved with the corpus for the same reason (``lib.store.clusters``).

Approach: a value is pickled to ``<store file>.saved/<name>-<key>.pkl``; the key hashes the data version (store
path, the store's commit counter, the extractor version), the name, the versions of Python and pandas and the
source of the modules that compute it (a code change is a new key: no stale aggregate survives an upgrade).
Writing the value for a new key removes the older files of that name. Any failure to read (a damaged or foreign
file) computes the value again; any failure to write (a read-only data folder) is ignored: the value is returned
either way. The file is written next to the store by the app itself, so it is as trusted as the store file.

Example:
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp()) / "diplo.duckdb"
    >>> calls = []
    >>> first = saved(d, "v1", "answer", lambda: calls.append(1) or {"n": 42})
    >>> again = saved(d, "v1", "answer", lambda: calls.append(1) or {"n": 0})
    >>> first, again, len(calls)
    ({'n': 42}, {'n': 42}, 1)
"""
from __future__ import annotations

import hashlib
import importlib
import os
import pickle
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

FORMAT = "1"  # bump when the file layout changes


def folder(store_path: str | Path) -> Path:
    """The folder of saved aggregates of the store file ``store_path``.

    >>> folder("/data/diplo.duckdb").name
    'diplo.duckdb.saved'
    """
    return Path(str(store_path) + ".saved")


def code_signature(modules: Iterable[str]) -> str:
    """A hash of the source files of ``modules`` (dotted names): changes whenever their code does.

    >>> len(code_signature(["lib.store.saved"])), code_signature([]) == code_signature([])
    (16, True)
    """
    h = hashlib.sha1()
    for name in modules:
        mod = sys.modules.get(name) or importlib.import_module(name)
        path = getattr(mod, "__file__", None)
        h.update(name.encode())
        if path:
            h.update(Path(path).read_bytes())
    return h.hexdigest()[:16]


def key(version: str, name: str, modules: Iterable[str] = ()) -> str:
    """The file key of aggregate ``name`` for data ``version`` computed by ``modules``.

    >>> key("v1", "x") == key("v1", "x"), key("v1", "x") == key("v2", "x")
    (True, False)
    """
    import pandas as pd

    parts = (FORMAT, version, name, sys.version, pd.__version__, code_signature(modules))
    return hashlib.sha1("\0".join(parts).encode()).hexdigest()[:20]


def saved(store_path: str | Path, version: str, name: str, compute: Callable[[], object],
          modules: Iterable[str] = ()):
    """``compute()``, saved beside the store for ``version`` (see the module): read back when already saved.

    ``name``: letters, digits and underscores (the file's prefix); ``modules``: what computes the value."""
    if not name.replace("_", "").isalnum():
        raise ValueError(f"saved aggregate name must be letters, digits and underscores: {name!r}")
    d = folder(store_path)
    path = d / f"{name}-{key(version, name, modules)}.pkl"
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)  # noqa: S301 - written by this module next to the store (as trusted as the store)
    except FileNotFoundError:
        pass
    except Exception:  # noqa: BLE001 - a damaged or incompatible file: compute again (and overwrite it)
        pass
    value = compute()
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        d.mkdir(exist_ok=True)
        with open(tmp, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a concurrent reader sees the whole file or none
        for old in d.glob(f"{name}-*.pkl"):
            if old != path:
                old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):  # not saved: the value is still returned
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
    return value
