"""Answer files (``bio2-answers/1``): read strictly, write for humans, merge, diff."""
