"""Pure analysis of an assessment: scores, the ranking of risks, Cbw readiness, the
board statement, audit comparison and year on year. No I/O."""
