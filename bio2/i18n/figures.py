"""The figures people read: score (``score.*``), the one ranking of risks with its method
and worked example (``ranking.*``), year on year (``yoy.*``) and number/date words
(``numbers.*``, used by bio2.i18n.numbers)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # score
    "score.title": ("{org} · periode {period} · {catalog}", "{org} · period {period} · {catalog}"),
    "score.overall": ("Totaal", "Overall"),
    "score.col.group": ("groep", "group"),
    "score.col.score": ("score", "score"),
    "score.col.coverage": ("dekking", "coverage"),
    "score.col.items": ("items", "items"),
    "score.col.gaps": ("tekorten", "gaps"),
    "score.themes": ("Per thema", "Per theme"),
    "score.categories": ("Per categorie", "Per category"),
    "score.nis2": ("Per NIS2-letter (NIS2 art. 21(2))", "Per NIS2 letter (NIS2 art. 21(2))"),
    "score.col.item": ("item", "item"),
    "score.col.status": ("status", "status"),
    "score.col.weight": ("gewicht", "weight"),
    "score.col.residual": ("restrisico", "residual risk"),
    "score.col.title": ("titel", "title"),
    "score.col.owner": ("eigenaar", "owner"),
    "score.none": ("-", "-"),
    "score.expired": ("Verlopen risicoacceptaties: {items}", "Expired risk acceptances: {items}"),
    "score.overdue": ("Streefdatum verstreken: {items}", "Due date passed: {items}"),
    # bio2/i18n/numbers.py
    "numbers.months": (
        "januari,februari,maart,april,mei,juni,juli,augustus,september,oktober,november,december",
        "January,February,March,April,May,June,July,August,September,October,November,December",
    ),
    "numbers.pp": ("%-punt", "pts"),
    # bio2/analysis/ranking.py: marks in every list of risks
    "ranking.mark.accepted": ("geaccepteerd", "accepted"),
    "ranking.mark.expired": ("acceptatie verlopen", "acceptance expired"),
    # the method (report chapter "Risico's", README) with a worked example
    "ranking.method.explicit": (
        "Heeft een antwoord een eigen risico-inschatting (kans en impact, elk 1-5), dan telt"
        " die op dezelfde schaal: gewicht = kans × impact × {top} / 20, waarbij {top} het"
        " zwaarste standaardgewicht van het profiel is (hoog 3 × factor {factor}). Kans 4 ×"
        " impact 5, het begin van de hoogste klasse van de gebruikelijke 5×5-risicomatrix,"
        " weegt dus evenveel als het zwaarste standaardgewicht; een expliciet hoog risico staat"
        " nooit onder een item dat alleen het standaardgewicht heeft.",
        "When an answer carries its own risk estimate (likelihood and impact, 1-5 each), it"
        " counts on the same scale: weight = likelihood × impact × {top} / 20, where {top} is"
        " the profile's heaviest default weight (high 3 × factor {factor}). Likelihood 4 ×"
        " impact 5, where the highest class of the usual 5×5 risk matrix starts, therefore"
        " weighs as much as the heaviest default; an explicit high risk never ranks below an"
        " item that only has the default weight.",
    ),
    "ranking.method.order": (
        "Volgorde van alle lijsten (samenvatting, verbeterplan, dashboard, bio2 score):"
        " restrisico, hoogste eerst; bij gelijk restrisico eerst de eigen risico-inschatting,"
        " dan de volgorde van de catalogus. Tekortkomingen (nee, deels) en nog niet beoordeelde"
        " items staan altijd in aparte lijsten: van een open item is alleen het gewicht bekend,"
        " niet of er iets ontbreekt. Geaccepteerde risico's houden hun plaats en zijn gemarkeerd.",
        "Order of every list (summary, improvement plan, dashboard, bio2 score): residual"
        " risk, highest first; on equal residual risk the organisation's own risk estimate"
        " first, then catalog order. Gaps (no, partly) and items not yet assessed are always"
        " listed apart: of an open item only the weight is known, not whether anything is"
        " missing. Accepted risks keep their place and are marked.",
    ),
    "ranking.method.example": (
        "Voorbeeld met dit profiel. A: een basishygiëne-item dat een eigenschap met niveau hoog"
        " beschermt, antwoord nee: gewicht 3 × {factor} = {a}, restrisico {a}. B: antwoord"
        " deels met kans 4 × impact 5: gewicht 20 × {top} / 20 = {b}, restrisico {b} × 0,5 ="
        " {b_half}. C: antwoord nee met kans 5 × impact 5: gewicht 25 × {top} / 20 = {c},"
        " restrisico {c}. De volgorde is C, A, B. D: hetzelfde soort item als A, nog open:"
        " het staat met gewicht {a} in de lijst van niet beoordeelde items, niet tussen de"
        " tekortkomingen.",
        "Example with this profile. A: a basic-hygiene item protecting a property at level"
        " high, answered no: weight 3 × {factor} = {a}, residual risk {a}. B: answered partly"
        " with likelihood 4 × impact 5: weight 20 × {top} / 20 = {b}, residual risk {b} × 0.5"
        " = {b_half}. C: answered no with likelihood 5 × impact 5: weight 25 × {top} / 20 ="
        " {c}, residual risk {c}. The order is C, A, B. D: the same kind of item as A, still"
        " open: it is listed with weight {a} among the items not yet assessed, not among the"
        " gaps.",
    ),
    # bio2 score: the two lists
    "ranking.cli.gaps": ("Grootste tekortkomingen ({shown} van {count})",
                         "Largest gaps ({shown} of {count})"),
    "ranking.cli.no_gaps": ("Geen tekortkomingen (nee of deels).", "No gaps (no or partly)."),
    "ranking.cli.unassessed": ("Nog niet beoordeeld, zwaarste eerst ({shown} van {count})",
                               "Not yet assessed, heaviest first ({shown} of {count})"),
    "ranking.cli.col.basis": ("grondslag", "basis"),
    "ranking.basis.profile": ("profiel", "profile"),
    "ranking.basis.explicit": ("kans {likelihood} × impact {impact}",
                               "likelihood {likelihood} × impact {impact}"),
    # TUI dashboard: the two lists
    "ranking.tui.gaps": ("Grootste tekortkomingen: {shown} van {count} (Enter opent het item)",
                         "Largest gaps: {shown} of {count} (Enter opens the item)"),
    "ranking.tui.unassessed": (
        "Nog niet beoordeeld, zwaarste eerst: {shown} van {count} (Enter opent het item)",
        "Not yet assessed, heaviest first: {shown} of {count} (Enter opens the item)"),
    "ranking.tui.col.weight": ("Gewicht", "Weight"),
    # bio2/analysis/yearonyear.py: year on year (bio2 score --compare, dashboard, report)
    "yoy.cli.compare": (
        "vergelijk met de beoordeling van een andere periode (bijv. de vorige)",
        "compare with the assessment of another period (e.g. the previous one)"),
    "yoy.same_period": (
        "--compare {period} noemt dezelfde periode; kies een andere periode om mee te vergelijken",
        "--compare {period} names the same period; choose another period to compare with"),
    "yoy.title": ("Ontwikkeling sinds periode {before}", "Change since period {before}"),
    "yoy.col.group": ("groep", "group"),
    "yoy.col.period": ("{period}", "{period}"),
    "yoy.col.change": ("verschil", "change"),
    "yoy.overall": ("Totaal", "Overall"),
    "yoy.closed": ("Tekortkomingen opgelost ({n})", "Gaps resolved ({n})"),
    "yoy.dropped": ("Geen tekortkoming meer, maar niet opgelost ({n})",
                    "No longer a gap, but not resolved ({n})"),
    "yoy.new": ("Nieuwe tekortkomingen ({n})", "New gaps ({n})"),
    "yoy.expired": ("Risicoacceptaties verlopen sinds {before} ({n})",
                    "Risk acceptances expired since {before} ({n})"),
    "yoy.carried": ("Verstreken acties, al gepland in {before} ({n})",
                    "Overdue actions, already planned in {before} ({n})"),
    "yoy.change_item": ("{item} ({before} → {after})", "{item} ({before} → {after})"),
    "yoy.carried_item": ("{item} (streefdatum in {before}: {due_before}; nu: {due_now})",
                         "{item} (due in {before}: {due_before}; now: {due_now})"),
    "yoy.none": ("geen", "none"),
    "yoy.not_shared": (
        "{n} items komen in maar één van beide catalogusversies voor: die tellen alleen mee"
        " in de scores.",
        "{n} items occur in only one of the two catalog versions: they count in the scores"
        " only."),
    "yoy.lead": (
        "Vergelijking met de beoordeling van periode {before} (peildatum {date}): de score per"
        " thema en categorie toen en nu, in procentpunten, over alle items (maatregelen,"
        " direct beoordeelde beheersmaatregelen en ISMS-eisen) zoals in de"
        " managementsamenvatting. Een groep zonder besluiten heeft"
        " geen score (–). Opgelost: toen nee of deels, nu ja. Nieuw: nu nee of deels, toen"
        " niet.",
        "Comparison with the assessment of period {before} (reference date {date}): the score"
        " per theme and category then and now, in percentage points, over all items"
        " (measures, controls assessed directly and ISMS requirements) as in the management"
        " summary. A group without"
        " decisions has no score (–). Resolved: no or partly then, yes now. New: no or partly"
        " now, not then."),
    "yoy.tui.none": ("Geen eerdere periode om mee te vergelijken.",
                     "No earlier period to compare with."),
    "yoy.summary": (
        "Sinds periode {before}: totaalscore {then} → {now} ({change}); {closed} tekortkoming(en)"
        " opgelost en {new} nieuw (zie hoofdstuk 5).",
        "Since period {before}: overall score {then} → {now} ({change}); {closed} gap(s)"
        " resolved and {new} new (see chapter 5)."),
}
