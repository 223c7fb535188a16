"""The store layer: from files and uploads to a persistent, queryable corpus.

``sources`` turns files, uploads and pasted text into ``Source`` objects; ``loader`` decodes them and reads
the manifest; ``pipeline`` runs the extractors on each article; ``db`` keeps everything in one DuckDB file
(idempotent ingest, re-extraction when the extractor changes); ``linking`` links reports of one happening across
articles; ``corpus`` and ``tables`` give the tables as pandas frames and CSV/Parquet.
``lock`` (one writer at a time), ``keys`` (a primary key on every table), ``budget`` (a time budget per article),
``check`` (``lib check`` / ``lib repair``) and ``errors`` (one clear line per store or disk problem) keep the
store's guarantees: nothing lost, nothing doubled, nothing hangs.

May import ``lib.models`` and ``lib.extract``; never ``lib.views``, ``lib.ui``, ``lib.cli`` or streamlit
(``tests/test_layers.py`` enforces it).
"""
