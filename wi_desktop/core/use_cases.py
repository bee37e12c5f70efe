"""The use cases of one data file, grouped as a user sees them. Each area is made on first
use (the record's modules load with the first session opened, not at start)."""

from __future__ import annotations

import contextlib
from functools import cached_property
from typing import TYPE_CHECKING

from wi_desktop.core.clock import Clock
from wi_desktop.core.ports import Store
from wi_desktop.core.sessions import SessionService

if TYPE_CHECKING:
    from wi_desktop.core.agreements import AgreementService
    from wi_desktop.core.business import BusinessService
    from wi_desktop.core.finalising import FinaliseService
    from wi_desktop.core.notes import NoteService
    from wi_desktop.core.pay import PayService
    from wi_desktop.core.scoring import ScoringService
    from wi_desktop.core.search import SearchService
    from wi_desktop.core.template_library import TemplateLibrary


class UseCases:
    """Plan and run sessions, take notes, score, pay, agreements, finalise and amend, and
    the role templates, over one store and one clock."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self.clock = clock

    @cached_property
    def sessions(self) -> SessionService:
        return SessionService(self._store, self.clock)

    @cached_property
    def notes(self) -> NoteService:
        from wi_desktop.core.notes import NoteService

        return NoteService(self._store, self.clock)

    @cached_property
    def scoring(self) -> ScoringService:
        from wi_desktop.core.scoring import ScoringService

        return ScoringService(self._store, self.clock)

    @cached_property
    def search(self) -> SearchService:
        """Search every session (core/search.py)."""
        from wi_desktop.core.search import SearchService

        return SearchService(self._store, self.clock)

    @cached_property
    def pay(self) -> PayService:
        from wi_desktop.core.pay import PayService

        return PayService(self._store, self.clock)

    @cached_property
    def agreements(self) -> AgreementService:
        from wi_desktop.core.agreements import AgreementService

        return AgreementService(self._store, self.clock)

    @cached_property
    def finalising(self) -> FinaliseService:
        from wi_desktop.core.finalising import FinaliseService

        return FinaliseService(self._store, self.clock)

    @cached_property
    def templates(self) -> TemplateLibrary:
        from wi_desktop.core.template_library import TemplateLibrary

        return TemplateLibrary(self._store, self.clock)

    @cached_property
    def business(self) -> BusinessService:
        from wi_desktop.core.business import BusinessService

        return BusinessService(self._store)

    def batch(self) -> contextlib.AbstractContextManager[None]:
        """Several use cases as one transaction: each keeps its checks, and either all of
        them are on disk when the block ends or none is."""
        return self._store.transaction()

    def reading(self) -> contextlib.AbstractContextManager[None]:
        """Several reads as one consistent view of the file (no write lands in between)."""
        return self._store.read()

    def with_clock(self, clock: Clock) -> UseCases:
        """The same use cases over the same store, stamped by another clock."""
        return UseCases(self._store, clock)
