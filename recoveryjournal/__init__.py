"""Recovery Journal: an offline journal for people in addiction recovery."""

__version__ = "0.1.0"
