"""Messages of the ``report.*`` namespace, one module per part of the report."""
