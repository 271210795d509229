"""bio2: self-assessment against BIO2 and accountability reporting for the Cbw (Dutch NIS2)."""

__version__ = "0.1.0"
