"""Check rules that read phrasings from the text (patterns/checks.toml), split from checks.py."""
