"""Problems with input and output, one line each: YAML (``yaml.*``, ``yamldetail.*``),
pydantic error types (``pyd.*``), type names (``type.*``), files read (``file.*``), files
written (``output.*``) and the word before a warning (``problem.*``)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # problems
    "problem.warning": ("waarschuwing:", "warning:"),
    # generic type names for messages
    "type.int": ("een getal", "a number"),
    "type.float": ("een kommagetal", "a decimal number"),
    "type.bool": ("true/false", "true/false"),
    "type.str": ("tekst", "text"),
    "type.list": ("een lijst", "a list"),
    "type.dict": ("een mapping", "a mapping"),
    "type.NoneType": ("niets (leeg)", "nothing (empty)"),
    # yaml
    "yaml.too_big": (
        "bestand is {size} bytes; maximaal {limit} toegestaan",
        "file is {size} bytes; at most {limit} allowed",
    ),
    "yaml.bom": (
        "bestand begint met een byte order mark (BOM); sla op als UTF-8 zonder BOM",
        "file starts with a byte order mark (BOM); save as UTF-8 without BOM",
    ),
    "yaml.not_utf8": ("bestand is geen geldige UTF-8", "file is not valid UTF-8"),
    "yaml.nul": ("NUL-teken in het bestand", "NUL character in the file"),
    "yaml.empty": ("bestand is leeg", "file is empty"),
    "yaml.alias": (
        "YAML-ankers en -aliassen (& en *) zijn niet toegestaan",
        "YAML anchors and aliases (& and *) are not allowed",
    ),
    "yaml.tag": ("YAML-tag {tag} is niet toegestaan", "YAML tag {tag} is not allowed"),
    "yaml.too_deep": ("te diep genest", "nested too deeply"),
    "yaml.complex_key": ("sleutel moet eenvoudige tekst zijn", "key must be plain text"),
    "yaml.duplicate_key": ("sleutel {key} komt twee keer voor", "key {key} occurs twice"),
    "yaml.multiple_documents": (
        "meer dan één YAML-document in het bestand", "more than one YAML document in the file",
    ),
    "yaml.syntax": ("geen geldige YAML: {detail}", "not valid YAML: {detail}"),
    "yaml.not_mapping": (
        "verwacht een mapping (sleutel: waarde) bovenaan het bestand",
        "expected a mapping (key: value) at the top of the file",
    ),
    # reading input
    "yaml.too_many_nodes": (
        "meer dan {limit} waarden in één bestand; dit is geen antwoordbestand van bio2",
        "more than {limit} values in one file; this is not a bio2 answer file",
    ),
    "yaml.too_many_entries": (
        "{path}: meer dan {limit} elementen; meer kan een geldig bestand niet hebben",
        "{path}: more than {limit} entries; a valid file cannot have more",
    ),
    "yaml.int_too_long": (
        "getal van {digits} cijfers; maximaal {limit} (zet tekst tussen aanhalingstekens)",
        "number of {digits} digits; at most {limit} (put text in quotes)",
    ),
    "yamldetail.did not find expected key": (
        "sleutel verwacht (klopt de inspringing?)", "did not find expected key (check the indentation)"),
    "yamldetail.did not find expected node content": (
        "waarde verwacht", "did not find expected node content"),
    "yamldetail.mapping values are not allowed in this context": (
        "hier mag geen 'sleutel: waarde' staan (een dubbele punt in tekst, of verkeerde inspringing?)",
        "mapping values are not allowed in this context (a colon in text, or wrong indentation?)"),
    "yamldetail.found character that cannot start any token": (
        "teken dat hier niet mag (een tab of een @ of ` aan het begin?)",
        "found character that cannot start any token (a tab, or @ or ` at the start?)"),
    "yamldetail.found unexpected end of stream": (
        "bestand houdt onverwacht op (een aanhalingsteken niet gesloten?)",
        "found unexpected end of stream (an unclosed quote?)"),
    "yamldetail.could not find expected ':'": (
        "':' verwacht na de sleutel", "could not find expected ':'"),
    "yamldetail.did not find expected ',' or ']'": (
        "',' of ']' verwacht: lijst niet gesloten", "did not find expected ',' or ']'"),
    "yamldetail.did not find expected ',' or '}'": (
        "',' of '}' verwacht: mapping niet gesloten", "did not find expected ',' or '}'"),
    "yamldetail.found a tab character that violates indentation": (
        "tab gebruikt voor inspringing; gebruik spaties",
        "found a tab character that violates indentation; use spaces"),
    "file.unreadable": ("kan bestand niet lezen: {detail}", "cannot read file: {detail}"),
    "file.too_big": (
        "bestand is {size} ({bytes} bytes); maximaal {limit} toegestaan",
        "file is {size} ({bytes} bytes); at most {limit} allowed",
    ),
    "file.not_regular": (
        "geen gewoon bestand maar {kind}; bio2 leest alleen gewone bestanden",
        "not a regular file but {kind}; bio2 reads regular files only",
    ),
    "file.kind.fifo": ("een named pipe (FIFO)", "a named pipe (FIFO)"),
    "file.kind.char": ("een apparaat", "a device"),
    "file.kind.block": ("een blokapparaat", "a block device"),
    "file.kind.socket": ("een socket", "a socket"),
    "file.kind.dir": ("een map", "a folder"),
    "file.kind.other": ("iets anders", "something else"),
    # pydantic error types
    "pyd.missing": ("verplicht veld ontbreekt", "required field missing"),
    "pyd.extra_forbidden": ("onbekend veld", "unknown field"),
    "pyd.literal_error": (
        "ongeldige waarde {value}; toegestaan: {expected}",
        "invalid value {value}; allowed: {expected}",
    ),
    "pyd.or": (" of ", " or "),
    "pyd.hint_bool": (
        " (yes/no/on/off zijn geen geldige waarden; schrijf ja of nee)",
        " (yes/no/on/off are not valid values; write ja or nee)",
    ),
    "pyd.hint_quote": (
        " (zet de waarde tussen aanhalingstekens)", " (put the value in quotes)",
    ),
    "pyd.string_type": ("verwacht tekst, gevonden {found}", "expected text, found {found}"),
    "pyd.int_type": ("verwacht een geheel getal, gevonden {found}",
                     "expected a whole number, found {found}"),
    "pyd.float_type": ("verwacht een getal, gevonden {found}", "expected a number, found {found}"),
    "pyd.bool_type": ("verwacht true of false, gevonden {found}",
                      "expected true or false, found {found}"),
    "pyd.list_type": ("verwacht een lijst, gevonden {found}", "expected a list, found {found}"),
    "pyd.tuple_type": ("verwacht een lijst, gevonden {found}", "expected a list, found {found}"),
    "pyd.dict_type": ("verwacht een mapping, gevonden {found}",
                      "expected a mapping, found {found}"),
    "pyd.model_type": ("verwacht een mapping (sleutel: waarde), gevonden {found}",
                       "expected a mapping (key: value), found {found}"),
    "pyd.model_attributes_type": ("verwacht een mapping (sleutel: waarde), gevonden {found}",
                                  "expected a mapping (key: value), found {found}"),
    "pyd.less_than_equal": ("mag hoogstens {le} zijn", "must be at most {le}"),
    "pyd.greater_than_equal": ("moet minstens {ge} zijn", "must be at least {ge}"),
    "pyd.string_too_short": ("te kort (minimaal {min_length} tekens)",
                             "too short (at least {min_length} characters)"),
    "pyd.string_too_long": ("te lang (maximaal {max_length} tekens)",
                            "too long (at most {max_length} characters)"),
    "pyd.too_short": ("te weinig elementen (minimaal {min_length})",
                      "too few elements (at least {min_length})"),
    "pyd.too_long": ("te veel elementen (maximaal {max_length})",
                     "too many elements (at most {max_length})"),
    "pyd.string_pattern_mismatch": ("voldoet niet aan het patroon {pattern}",
                                    "does not match the pattern {pattern}"),
    "pyd.bio2_one_line": (
        "stuurtekens zijn niet toegestaan in {field} (gevonden: {char}); schrijf één regel"
        " tekst zonder regeleinde, tab of ESC",
        "control characters are not allowed in {field} (found: {char}); write one line of"
        " text without line break, tab or ESC"),
    "pyd.bio2_no_break": (
        "regeleinden en tabs zijn niet toegestaan in {field} (gevonden: {char}); schrijf"
        " één regel tekst",
        "line breaks and tabs are not allowed in {field} (found: {char}); write one line of"
        " text"),
    "pyd.bio2_date": ("geen datum; schrijf JJJJ-MM-DD", "not a date; write YYYY-MM-DD"),
    "pyd.bio2_date_nonexistent": ("datum {value} bestaat niet", "date {value} does not exist"),
    "pyd.bio2_date_suggest": ("geen datum in de vorm JJJJ-MM-DD; bedoelt u {suggestion}?",
                              "not a date in the form YYYY-MM-DD; did you mean {suggestion}?"),
    "pyd.bio2_sha256": ("sha256 moet 64 hexadecimale tekens zijn",
                        "sha256 must be 64 hexadecimal characters"),
    "pyd.date_type": ("geen datum; schrijf JJJJ-MM-DD", "not a date; write YYYY-MM-DD"),
    "pyd.float_parsing": ("geen getal", "not a number"),
    "pyd.int_parsing": ("geen geheel getal", "not a whole number"),
    "pyd.int_from_float": ("verwacht een geheel getal", "expected a whole number"),
    "pyd.value_error": ("ongeldige waarde", "invalid value"),
    # English guidance in the catalogs (issue 11 §6)
    "pyd.bio2_guidance_pair": (
        "guidance en guidance_en horen bij elkaar: geef beide of geen van beide",
        "guidance and guidance_en go together: give both or neither"),
    "pyd.bio2_email": (
        "geen geldig e-mailadres: {value} (OSCAL en de toezichthouder weigeren het)",
        "not a valid e-mail address: {value} (OSCAL and the supervisor refuse it)",
    ),
    # writing output
    "output.is_dir": (
        "{file} is een map; geef een bestandsnaam",
        "{file} is a folder; give a file name",
    ),
    "output.exists": (
        "{file} bestaat al; gebruik --force om het te overschrijven",
        "{file} already exists; use --force to overwrite it",
    ),
    "output.symlink": (
        "{file} is een symbolische koppeling; bio2 schrijft niet via een koppeling",
        "{file} is a symbolic link; bio2 does not write through a link",
    ),
    "output.not_regular": (
        "{file} is {kind}; bio2 vervangt dat niet door een bestand",
        "{file} is {kind}; bio2 does not replace it with a file",
    ),
    "output.no_folder": (
        "map {folder} bestaat niet", "folder {folder} does not exist",
    ),
    "output.not_writable": (
        "kan niet schrijven in {folder}: {detail}", "cannot write in {folder}: {detail}",
    ),
    "output.file_protected": (
        "{file} is beveiligd tegen schrijven", "{file} is write-protected",
    ),
    "output.name_too_long": (
        "bestandsnaam te lang ({length} bytes, maximaal {limit}): {file}",
        "file name too long ({length} bytes, at most {limit}): {file}",
    ),
    "output.failed": (
        "kan {file} niet schrijven: {detail}", "cannot write {file}: {detail}",
    ),
}
