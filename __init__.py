"""newsx: analyse Chinese news articles from the command line."""

__version__ = "0.2.0"
