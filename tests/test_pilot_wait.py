"""tests/pilot_wait.py: Pilot still waits for a widget that has work, and only for those."""

from __future__ import annotations

import asyncio

from textual.app import App, ComposeResult
from textual.message import Message
from textual.widgets import Static

from tests.pilot_wait import parked, settle


class Slow(Static):
    class Work(Message):
        pass

    done = 0

    async def on_slow_work(self, message: Work) -> None:
        await asyncio.sleep(0.05)  # a handler that awaits, as a worker or a mount does
        self.done += 1


class Probe(App[None]):
    def compose(self) -> ComposeResult:
        yield Slow("x", id="slow")
        yield Static("y")


def test_a_press_or_pause_waits_for_the_busy_widget_and_wakes_no_idle_one() -> None:
    async def main() -> None:
        app = Probe()
        async with app.run_test() as pilot:
            await pilot.pause()
            slow = app.query_one(Slow)
            assert all(parked(pump) for pump in (app, *app.screen.walk_children()))
            for _ in range(3):
                slow.post_message(Slow.Work())
            assert not parked(slow)
            await settle(pilot)  # what pilot.press and pilot.pause wait with in tests
            assert slow.done == 3
            assert parked(slow)
            handled: list[str] = []
            slow.call_later(lambda: handled.append("first"))
            await pilot.pause()
            assert handled == ["first"]

    asyncio.run(main())
