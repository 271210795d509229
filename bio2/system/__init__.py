"""Infrastructure every layer may use: where data lives, safe file reading and writing,
the strict YAML loader and one-line problems."""
