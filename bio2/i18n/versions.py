"""Messages of catalog versions: catalogs built on others, catalog diff, migration of an
assessment to another catalog, and the import of the official BIO2 text."""

MESSAGES: dict[str, tuple[str, str]] = {
    # catalog files built on another catalog
    "catalog.field_not_here": (
        "{field} hoort hier niet (based_on: {based_on}); een catalogus op basis van een andere"
        " noemt alleen removed, moved, added en direct",
        "{field} does not belong here (based_on: {based_on}); a catalog built on another one"
        " lists only removed, moved, added and direct",
    ),
    "catalog.field_required": ("{field} ontbreekt", "{field} is missing"),
    "catalog.based_on_cycle": (
        "catalogus {id} bouwt via based_on op zichzelf", "catalog {id} is built on itself"
        " through based_on",
    ),
    "catalog.not_in_base": (
        "{id} bestaat niet in {base}", "{id} does not exist in {base}",
    ),
}
