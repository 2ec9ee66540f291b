"""One page per workflow in the main window's stack."""
