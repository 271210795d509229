"""The Textual terminal interface of bio2 (the only package that imports textual).

``make_app`` in :mod:`bio2.tui.app` builds the app; screens live in ``screens/``, reusable
widgets in ``widgets/``, all styling in ``app.tcss``. The use cases behind the screens are
in :mod:`bio2.usecases` (``editing``, ``forms``, ``search``, ``opening``).
"""
