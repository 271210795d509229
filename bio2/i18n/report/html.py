"""Messages of the report model's figures and of the HTML report (issue 15):
``report.figure.*``, ``report.html.*``."""

MESSAGES: dict[str, tuple[str, str]] = {
    "report.figure.summary_alt": (
        "Staafdiagram: per thema en per categorie de gewogen score, met daaronder een dunne"
        " lijn voor de dekking. De getallen staan in de tabel bij de grafiek.",
        "Bar chart: the weighted score per theme and per category, with a thin line below"
        " each bar for the coverage. The numbers are in the table with the chart."),
    "report.figure.concepts_alt": (
        "Grafiek: de score per concept, met de dekking erbij. De getallen staan in de"
        " tabel direct na de grafiek.",
        "Chart: the score per concept, with its coverage. The numbers are in the table"
        " right after the chart."),
    "report.figure.letters_alt": (
        "Staafdiagram: per NIS2-letter de score, met daaronder een dunne lijn voor de"
        " dekking. De getallen staan in de tabel direct na de grafiek.",
        "Bar chart: the score per NIS2 letter, with a thin line below each bar for the"
        " coverage. The numbers are in the table right after the chart."),
    "report.html.skip": ("Direct naar de inhoud", "Skip to the content"),
    # bio2 report --format html
    "report.bad_format": ("onbekend formaat {value!r}: kies pdf of html",
                          "unknown format {value!r}: choose pdf or html"),
    "report.bad_output_html": ("het HTML-rapport moet een .html-bestand zijn: {file}",
                               "the HTML report must be a .html file: {file}"),
    "report.written_html": ("rapport geschreven: {file} (HTML)", "report written: {file} (HTML)"),
}
