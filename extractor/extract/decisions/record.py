"""A case read -> its Decision record (SPEC 3): the fields that come from the case's words (kind, area,
subject, finding, payment, remedies) and those that come from where it stands (period, service)."""

from __future__ import annotations

import regex as re

from extractor.doc_periods import one_period
from extractor.extract.bodies import without_bodies
from extractor.extract.decisions.cases import CaseText
from extractor.extract.decisions.read import first_match, payment, remedies, subject_of
from extractor.models import Decision, Document
from extractor.segment import Context, settles

AREA = re.compile(r"^\W*(?:Team\s+)?(?P<area>[A-Z][^;:.]{1,90}?)\s+received\s+(?:one|a|1)\s+(?:complaint|case|enquiry)",
                  re.IGNORECASE)
TEAM_CELL = re.compile(r"^\W*Team\s+(?P<area>.+?)\s*[-–]?\s*(?:Complaint|Case|Enquiry)\s+(?:in\s+relation|about|regarding)",
                       re.IGNORECASE)


def area_of(case: CaseText) -> str | None:
    """The team a case names: its own area cell, else "Planning received one complaint ..." in its first cell."""
    if case.area:
        return case.area
    for rx in (TEAM_CELL, AREA):
        if m := rx.search(case.cells[0]):
            return " ".join(m.group("area").split()).strip(" -–")
    return None


def decision_record(doc: Document, case: CaseText, ctx: Context, outcome: str, finding: str | None, body: str,
              rule: str, outcome_text: str) -> Decision:
    """The Decision record of a case read: its kind, area, subject, payment and remedies from its words,
    its period and service from its section."""
    kind_hit = next((h for h in (first_match("kind", t) for t in reversed(case.scope)) if h), None) \
        or first_match("kind", case.text)
    area, period = area_of(case), period_of(case, ctx)
    # the landlord put it right before the ombudsman looked: the money it names the ombudsman did not order (SPEC 7)
    redressed = outcome == "not_upheld" and finding is not None and "redress" in finding
    return Decision(
        doc=doc.name, body=body, outcome=outcome, line=case.line, page=case.page, rule=rule,
        evidence=" ".join(case.text.split())[:400], kind=kind_hit[0]["kind"] if kind_hit else None,
        area=area, subject=case.subject or subject_of(case.text, len(case.text) - len(outcome_text)),
        finding=finding, payment_gbp=None if redressed else payment(case.cells, case.paid),
        remedies=() if redressed else remedies(outcome_text),
        period=period[0], period_start=period[1], period_end=period[2], service=service_of(case, ctx, body, area), organisation=case.organisation or ctx.organisation)


def period_of(case: CaseText, ctx: Context) -> tuple[str | None, str | None, str | None]:
    """(period, start, end): the section's, unless it is only the case's own decision date
    ("Date: May 2015" read as a month): a decision date is not a reporting period."""
    own = one_period(case.dated) if case.dated else None
    if own is not None and own.label == ctx.period:
        return None, None, None
    return ctx.period, ctx.period_start, ctx.period_end


def service_of(case: CaseText, ctx: Context, body: str, area: str | None) -> str | None:
    """The service family of the team named, else the Housing Ombudsman's (housing), else the
    section's - unless the section said housing only by naming the Housing Ombudsman."""
    if area and (named := settles("service", area)):
        return named
    if body == "HO":
        return "housing"
    service = ctx.service if ctx.service != "council" else None  # one case is never a whole-council total
    if service == "housing" and not any(settles("service", without_bodies(h)) == "housing" for h in case.scope):
        service = None
    return service or ("corporate" if area else None)
