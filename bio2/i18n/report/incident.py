"""Report messages of the meldplicht register (issue 13 §4): ``report.meldplicht.*``."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "report.meldplicht.title": ("Meldplicht in de praktijk: incidenten en oefeningen",
                                "Reporting in practice: incidents and drills"),
    "report.meldplicht.scope_year": ("In {year}", "In {year}"),
    "report.meldplicht.scope_all": (
        "Over het hele register (de periode {period} is geen kalenderjaar)",
        "Over the whole register (the period {period} is not a calendar year)"),
    "report.meldplicht.none": (
        "{scope} zijn geen significante incidenten of oefeningen in het register van de "
        "organisatie vastgelegd.",
        "{scope} no significant incidents or drills were recorded in the organisation's "
        "register."),
    "report.meldplicht.counts": (
        "{scope} legde de organisatie {incidents} significante incident(en) en {drills} "
        "oefening(en) van de meldplicht vast. De tabel telt per fase hoe vaak op tijd is "
        "gemeld.",
        "{scope} the organisation recorded {incidents} significant incident(s) and "
        "{drills} drill(s) of the reporting duty. The table counts per phase how often the "
        "report was on time."),
    "report.meldplicht.col.kind": ("Soort", "Kind"),
    "report.meldplicht.col.phase": ("Fase", "Phase"),
    "report.meldplicht.col.on_time": ("Op tijd", "On time"),
    "report.meldplicht.col.late": ("Te laat of niet", "Late or missing"),
    "report.meldplicht.col.incomplete": ("Niet aan beide", "Not to both"),
    "report.meldplicht.col.pending": ("Loopt nog", "Still open"),
    "report.meldplicht.col.rate": ("Op tijd (%)", "On time (%)"),
    "report.meldplicht.rule": (
        "Regel: op tijd is gemeld vóór of op de termijn (24 uur, 72 uur na kennisname; het "
        "eindverslag een maand na de gedane melding) én aan zowel het CSIRT van de entiteit "
        "als de toezichthouder. Het percentage is op tijd gedeeld door de fasen waarvan de "
        "termijn op de rapportdatum verstreken of de melding gedaan is; een fase die nog "
        "loopt telt niet mee. Oefeningen tellen apart.",
        "Rule: on time means reported at or before the deadline (24 hours, 72 hours after "
        "awareness; the final report one month after the notification made) and to both the "
        "entity's CSIRT and the supervisor. The percentage is on time divided by the phases "
        "whose deadline had passed on the report date or that were reported; a phase still "
        "open is left out. Drills are counted apart."),
    "report.meldplicht.no_details": (
        "Omschrijvingen en lessen per incident staan bewust niet in dit rapport; ze staan "
        "in het register (bio2 incident list) en komen erin met bio2 report "
        "--with-incidents.",
        "Descriptions and lessons per incident are left out of this report on purpose; "
        "they are in the register (bio2 incident list) and are included with bio2 report "
        "--with-incidents."),
    "report.meldplicht.details": ("Incidenten en oefeningen", "Incidents and drills"),
    "report.meldplicht.lessons": ("Geleerde lessen", "Lessons learned"),
    "report.meldplicht.lesson": ("Nr {number}: {lessons}", "No {number}: {lessons}"),
}
