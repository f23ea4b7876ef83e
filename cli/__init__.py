"""newsx.cli: the command line. Parses options, calls newsx.analysis, renders results."""
