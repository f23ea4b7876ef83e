"""Exceptions raised by the library; the CLI turns each into a one-line message."""


class NewsxError(Exception):
    """Base class for every error newsx reports to a user."""


class InputError(NewsxError):
    """An input cannot be used (binary, undecodable, unreadable...)."""


class BinaryInputError(InputError):
    pass


class DecodeError(InputError):
    pass
