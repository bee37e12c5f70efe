"""Candidates side by side, without a window: the facts gathered for many sessions at once
agree with what each session's own tabs say; "not observed" is never 0; the chart and the
signed comparison PDF say what the facts say."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from wi_desktop.comparison.chart import MAX_CHARTED, chart_svg
from wi_desktop.comparison.document import ComparisonRequest, render_comparison, sign_comparison
from wi_desktop.comparison.facts import Row
from wi_desktop.core.errors import ValidationError, WiError
from wi_desktop.core.rubric import Recommendation, composite_score, evidence_for


@pytest.fixture
def three(service, new_session, clock):
    """Ana (two scores, a hand-made evidence link, paid), Bo (one score, one competency not
    observed), Cy (nothing scored, another role)."""
    ana = service.sessions.create_session(replace(new_session, candidate_name="Ana Novak"))
    bo = service.sessions.create_session(replace(new_session, candidate_name="Bo Lind"))
    cy = service.sessions.create_session(replace(new_session, candidate_name="Cy Ray",
                                                 role_name="Dental assistant"))
    task = service.sessions.workspace(ana).tasks[0]
    service.sessions.start_task(ana, task.id)
    clock.advance(30 * 60)
    tagged = service.notes.add_note(ana, "Checked the order twice",
                                    competency_key="technical").note
    other = service.notes.add_note(ana, "Asked where the labels are").note
    service.scoring.link_evidence(ana, "technical", [other.id], True)
    service.scoring.set_score(ana, "technical", 5)
    service.scoring.set_score(ana, "communication", 4)
    service.scoring.set_recommendation(ana, Recommendation.STRONG_YES)
    service.pay.update_pay(ana, {"paid": True, "hourly_rate_cents": 2000},
                           changed_by="Pat Kim")
    service.scoring.set_score(bo, "technical", 2)
    service.scoring.set_score(bo, "communication", None)
    return {"ana": ana, "bo": bo, "cy": cy, "tagged": tagged}


def test_the_facts_of_each_candidate_agree_with_their_session(service, three):
    comparison = service.comparison.compare([three["ana"], three["bo"], three["cy"]])
    ana, bo, cy = comparison.candidates
    assert [c.candidate for c in comparison.candidates] == ["Ana Novak", "Bo Lind", "Cy Ray"]
    workspace = service.sessions.workspace(three["ana"])
    assert list(comparison.competencies) == [c.name for c in workspace.competencies]
    assert ana.composite == pytest.approx(
        composite_score(workspace.competencies, workspace.scores).value)
    technical = workspace.competencies[0].name
    notes = service.notes.notes(three["ana"])
    assert ana.evidence[technical] == len(evidence_for("technical", notes,
                                                       service.scoring.links(three["ana"])))
    assert ana.evidence[technical] == 2  # tagged, and linked by hand
    assert ana.recommendation == "strong_yes" and ana.owed_cents == 1000  # 30 min at $20
    assert ana.task_ms == 30 * 60 * 1000 and ana.planned_ms == 15 * 60 * 1000
    assert ana.running and not bo.running  # Ana's clock still runs: her time is so far
    communication = workspace.competencies[2].name
    assert bo.score(communication) is None and bo.has(communication)  # not observed
    assert bo.composite == pytest.approx(2.0)  # not 1.0: not observed is left out
    assert cy.composite is None and cy.owed_cents is None
    assert comparison.mixed_roles


def test_sorting_by_any_row_puts_who_has_no_value_last(service, three):
    comparison = service.comparison.compare([three["cy"], three["bo"], three["ana"]])
    names = lambda c: [x.candidate for x in c.candidates]  # noqa: E731
    assert names(comparison.sorted_by(Row.COMPOSITE)) == ["Ana Novak", "Bo Lind", "Cy Ray"]
    assert names(comparison.sorted_by(Row.COMPOSITE, descending=False)) == \
        ["Bo Lind", "Ana Novak", "Cy Ray"]
    communication = comparison.competencies[2]
    assert names(comparison.sorted_by(communication))[0] == "Ana Novak"
    # Bo's communication was not observed, Cy's not scored: neither has a value, so both
    # come after Ana, in the order given, whichever way the row is sorted
    assert names(comparison.sorted_by(communication, descending=False)) == \
        ["Ana Novak", "Cy Ray", "Bo Lind"]
    assert names(comparison.sorted_by(Row.RECOMMENDATION))[0] == "Ana Novak"
    assert names(comparison.sorted_by(f"evidence:{comparison.competencies[0]}"))[0] == \
        "Ana Novak"


def test_fewer_than_two_sessions_is_refused_in_words(service, three):
    with pytest.raises(ValidationError, match="at least two"):
        service.comparison.compare([three["ana"]])
    assert service.comparison.sessions_of_role("warehouse ASSOCIATE") == [three["bo"],
                                                                          three["ana"]]


def test_the_chart_names_each_candidate_and_stops_at_eight(service, new_session, three):
    svg = chart_svg(service.comparison.compare([three["ana"], three["bo"]]))
    root = ET.fromstring(svg)  # well formed
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "Ana Novak" in texts and "Bo Lind" in texts
    assert b"clipPath" not in svg
    many = [service.sessions.create_session(replace(new_session, candidate_name=f"N{i}"))
            for i in range(MAX_CHARTED + 2)]
    texts = [t.text for t in ET.fromstring(chart_svg(service.comparison.compare(many)))
             .iter("{http://www.w3.org/2000/svg}text")]
    assert sum(1 for t in texts if t and t[0] == "N" and t[1:].isdigit()) == MAX_CHARTED
    assert any(t and "first 8 of 10" in t for t in texts)


def test_the_pdf_reads_back_the_facts_and_its_signature_holds(service, three, tmp_path):
    from wi_desktop.export.signing import verify_pdf

    comparison = service.comparison.compare([three["ana"], three["bo"]])
    out = tmp_path / "comparison.pdf"
    request = ComparisonRequest((three["ana"], three["bo"]), observer="Pat Kim",
                                passphrase="correct horse battery", out_path=out)
    sign_comparison(comparison, service.keys, request, business=service.business.business(),
                    made_ms=service.clock.now_ms())
    assert verify_pdf(out).ok
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    for words in ("Candidate comparison", "Ana Novak", "Bo Lind", "Not observed",
                  "5 of 5", "Strong yes", "Competency profiles"):
        assert words in text
    with pytest.raises(WiError):
        sign_comparison(comparison, service.keys, replace(request, passphrase="wrong one!",
                                                          out_path=tmp_path / "no.pdf"),
                        business=service.business.business(), made_ms=0)
    assert not (tmp_path / "no.pdf").exists()


def test_the_pdf_speaks_the_language_chosen(service, three):
    from wi_desktop.languages.documents import writing_in

    comparison = service.comparison.compare([three["ana"], three["bo"]])
    with writing_in("es"):
        document = render_comparison(comparison, observer="Pat Kim",
                                     business=service.business.business(), made_ms=0)
    text = subprocess.run(["pdftotext", "-", "-"], input=document.data, capture_output=True,
                          check=True).stdout.decode("utf-8")
    assert "Comparación de candidatos" in text and "Sin observar" in text
    assert "Candidate comparison" not in text


def test_a_chart_of_candidates_not_scored_yet_says_so(service, new_session):
    ids = [service.sessions.create_session(replace(new_session, candidate_name=name))
           for name in ("Ana", "Bo")]
    texts = [t.text for t in ET.fromstring(chart_svg(service.comparison.compare(ids)))
             .iter("{http://www.w3.org/2000/svg}text")]
    assert "No competency of these candidates has been scored yet." in texts


def test_a_rubric_too_long_for_a_page_still_makes_a_pdf(service):
    from wi_desktop.comparison.facts import Candidate, Comparison

    names = tuple(f"Competency {i}" for i in range(30))
    candidates = tuple(Candidate(session_id=i, candidate=f"C{i}", role="Cook",
                                 day="2026-01-01", observers=("Pat Kim",), composite=3.0,
                                 scale_max=5, scores={name: 3 for name in names})
                       for i in range(3))
    document = render_comparison(Comparison(names, candidates), observer="Pat Kim",
                                 business=service.business.business(), made_ms=0)
    assert document.data.startswith(b"%PDF")


def test_a_competency_called_like_a_row_is_still_a_competency(service, new_session):
    from wi_desktop.comparison.facts import Candidate, Comparison

    candidates = (Candidate(1, "Ana", "Cook", "2026-01-01", (), 4.0, 5, {"Pay": 5},
                            owed_cents=100),
                  Candidate(2, "Bo", "Cook", "2026-01-02", (), 2.0, 5, {"Pay": 1},
                            owed_cents=900))
    comparison = Comparison(("Pay",), candidates)
    assert [c.candidate for c in comparison.sorted_by("Pay").candidates] == ["Ana", "Bo"]
    assert [c.candidate for c in comparison.sorted_by(Row.PAY).candidates] == ["Bo", "Ana"]
