"""newsx.analysis: the library. Plain functions and frozen dataclasses over text.

Nothing here prints, exits or knows about the command line; errors are raised as
the exceptions in :mod:`newsx.analysis.errors`.
"""
