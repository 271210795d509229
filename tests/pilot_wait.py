"""Pilot's wait for the screen, without waking the widgets that have nothing to do.

``Pilot.press`` and ``Pilot.pause`` (Textual 8.2.8) wait until the app and every widget of the
screen has handled the messages it had when the wait began: they post a callback to each of
them (~108 on the assessment screen) and wait until all have run. Each callback wakes the
widget's task, dispatches the callback and then an ``Idle`` event: ~20 ms of CPU per press or
pause on this machine, a seventh of a TUI test's CPU.

A widget whose task is parked in its queue's ``get()`` (Textual's own queue, waiting on
its ``ready_event``) with nothing queued has handled every
message it was sent, its ``Idle`` handling and its ``call_next`` callbacks (the loop parks
only after those), so the condition already holds for it. :func:`settle` posts the callback
only to the others and waits for them exactly as Textual's does, with the same timeout and
the same error. What the tests judge (the app's state and picture) is untouched; only how
long Pilot keeps the loop busy changes. tests/test_pilot_wait.py checks that it still waits
for a busy widget.

Between keys and after a pause Pilot also waits until the process is idle
(``textual._wait.wait_for_idle``): it sleeps in steps of 20 ms until one step used less than
1 ms of CPU. Each key so sleeps at least 40 ms with nothing to do: test_tui.py and
test_tui_forms.py ran 61 s for 32 s of CPU. In steps of 2 ms (idle: under 0.1 ms of CPU in a
step) the same check still holds, the app's queued work runs inside the first step, and the
two files ran 40 s for the same CPU. Timers the tests wait for (debounce, retry) are waited
for with ``wait_until`` (conftest), not by this.

The screen's own refresh timer (``UPDATE_PERIOD``, 60 per second) then runs in the same 2 ms
steps: with 2 ms idle steps and 16.7 ms refreshes, a pause could end while a resize's new
layout was still waiting for its refresh, and tests that asserted right after one pause failed
now and then. Tests that wait for a layout wait for its result with ``wait_until``. All of
this is the test harness only: the app users run keeps Textual's values.
"""

from __future__ import annotations

import asyncio
from typing import Any

from textual import _wait
from textual import screen as textual_screen
from textual.message_pump import MessagePump
from textual.pilot import Pilot, WaitForScreenTimeout


def parked(pump: MessagePump) -> bool:
    """True when ``pump``'s task waits for its next message and none is queued or held."""
    queue: Any = pump._message_queue  # textual._queue.Queue: get() waits on ready_event
    waiters = queue.ready_event._waiters
    return (queue.empty() and bool(waiters) and not any(wait.done() for wait in waiters)
            and pump._pending_message is None and not pump._next_callbacks)


async def settle(pilot: Pilot[Any], timeout: float = 30.0) -> bool:
    """Wait until every message pump of the app's screen that had work has done it."""
    try:
        screen = pilot.app.screen
    except Exception:
        return False
    busy = [pump for pump in (pilot.app, *screen.walk_children(with_self=True))
            if not parked(pump)]
    left = 0
    done = asyncio.Event()

    def one_done() -> None:
        nonlocal left
        left -= 1
        if left == 0:
            done.set()

    for pump in busy:
        if pump.call_later(one_done):
            left += 1
    if not left:
        await asyncio.sleep(0)
        return True
    waits = [asyncio.create_task(done.wait()),
             asyncio.create_task(pilot.app._exception_event.wait())]
    _, pending = await asyncio.wait(waits, timeout=timeout,
                                    return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()
    if len(pending) == len(waits):
        raise WaitForScreenTimeout(
            "Timed out while waiting for widgets to process pending messages.")
    return left == 0


#: Pilot's idle check in steps of 2 ms, the idle share as Textual's (a twentieth of a step).
IDLE_STEP = 0.002


def install() -> None:
    """Every Pilot of this process waits with :func:`settle` and checks for idle in steps of
    :data:`IDLE_STEP`."""
    Pilot._wait_for_screen = settle  # type: ignore[method-assign,assignment]
    _wait.SLEEP_GRANULARITY = IDLE_STEP
    _wait.SLEEP_IDLE = IDLE_STEP / 20
    setattr(textual_screen, "UPDATE_PERIOD", IDLE_STEP)  # noqa: B010 (Final in Textual)
