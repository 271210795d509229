"""The catalogs: loading and checking ``controls/``, organisation profiles, catalog
versions and the user's official BIO2 text."""
