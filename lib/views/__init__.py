"""The view layer: pure view models of each dashboard page, computed from the corpus tables.

``filters`` and ``querystate`` are the shared sidebar filters and their URL form; ``timeline``, ``mapview``,
``tally``, ``compare`` and ``viewer`` build what each page draws (frames, figures, HTML); ``picker`` is the bounded
article search of the pickers, ``present`` the shared text and link helpers; ``export`` writes the filtered tables
for the command line. Nothing here knows about Streamlit, so every view is testable as a function.

May import ``lib.models``, ``lib.extract`` and ``lib.store``; never streamlit, ``lib.ui`` or ``lib.cli``
(``tests/test_layers.py`` enforces it).
"""
