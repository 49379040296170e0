"""The command line: a thin layer over importable functions, one module per command group."""
