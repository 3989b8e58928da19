"""Developer tools for building the project (forms, translations, screenshots).

They live outside the ``callcenter`` package and are not shipped: run them from a
checkout, as ``python -m tools.build ...`` or ``python tools/build.py ...``.
``tools/translations/*.json`` are translation tables for ``python -m tools.build fill FILE``.
"""
