"""claim-check: find where documents in several languages disagree about the facts they state."""

__version__ = "0.1.0"
