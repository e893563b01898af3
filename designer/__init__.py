"""designer: design a backend the way a senior backend architect would interview you."""

__version__ = "0.1.0"
