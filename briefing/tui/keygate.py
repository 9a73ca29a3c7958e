"""No lost keys: keys that arrive in one burst are handled one at a time, in order.

Textual hands a key to whatever has focus *when the app reads it*, but a key's
effects land later: the key travels from the focused widget up to the app (one
message queue per widget) before its bindings run, a pushed screen mounts in its
own task, and ``widget.focus()`` only takes effect in a callback queued behind the
keys already read. So in a burst (a paste, typeahead, a laggy SSH link) the keys
after ``c`` reach the old focus or a screen with nothing focused and vanish, and
``ctrl+s`` (a priority binding, run on arrival) saves an editor that has not yet
received the text typed before it.

:class:`KeyGateApp` fixes this for every screen and widget at once: while one key
(or paste) is being handled, later ones are held in a queue. A key counts as
handled once it has been through every message queue it can bubble through, the
callbacks its handlers queued on the app (focus changes) have run, the screen
on top of the stack is mounted and nobody holds the keys (:meth:`KeyGateApp.hold_keys`:
a screen that opens after a queued store write); then the next held key is dispatched as if it had
just arrived. A guard timer releases the queue if a key's path is cut short
(a widget removed while the key was in flight), so nothing is held for long.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Container
from typing import TypeVar

from textual import events
from textual.app import App
from textual.message_pump import MessagePump
from textual.timer import Timer

ReturnType = TypeVar("ReturnType")

#: Seconds after which a key that has not finished is considered done anyway.
GUARD = 1.0
#: Seconds between checks while the screen on top is still mounting.
MOUNT_POLL = 0.005


def split_escape(event: events.Key, bound: Container[str]) -> tuple[events.Key, ...]:
    """``escape`` then the key, for an ``alt+`` key with a character that nothing binds.

    A terminal sends Alt+J as ESC J, so an escape followed at once by a key (one burst
    over a slow link) arrives as ``alt+j``; the reader binds no such key, so the user
    meant the two.
    """
    if event.key in bound or not event.is_printable or event.character is None:
        return (event,)
    return (events.Key("escape", "\x1b"), events.Key(event.key[4:], event.character))


class KeyGateApp(App[ReturnType]):
    """An app that dispatches keys and pastes one at a time (see the module docstring)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._held: deque[events.Key | events.Paste] = deque()
        self._busy = 0  # generation of the key in flight, 0 when none
        self._generation = 0
        self._guard: Timer | None = None
        self._holds = 0

    def hold_keys(self) -> None:
        """Hold keys after the current one until :meth:`release_keys` (a screen about to open).

        Bounded: a key is held at most :data:`GUARD` seconds, so input never stalls.
        """
        self._holds += 1

    def release_keys(self) -> None:
        """End one :meth:`hold_keys`."""
        self._holds = max(0, self._holds - 1)
        self.check_idle()

    def input_ready(self) -> bool:
        """True when the next key may be dispatched (no hold, unless a subclass says so)."""
        return self._holds == 0

    @property
    def keys_held(self) -> int:
        """How many keys are waiting for the one in flight."""
        return len(self._held)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded:
            parts: tuple[events.Key | events.Paste, ...] = (event,)
            if isinstance(event, events.Key) and event.key.startswith("alt+"):
                parts = split_escape(event, self.screen.active_bindings)
            for part in parts:
                if self._busy:
                    self._held.append(part)
                else:
                    await self._dispatch_input(part)
            return
        await super().on_event(event)

    async def _dispatch_input(self, event: events.Key | events.Paste) -> None:
        """Dispatch one key now and hold later ones until it is handled."""
        self._generation += 1
        generation = self._busy = self._generation
        target: MessagePump = self.focused or self.screen
        await super().on_event(event)
        if self._guard is not None:
            self._guard.stop()
        self._guard = self.set_timer(GUARD, lambda: self._finish(generation))
        self._hop(target, generation)

    def _hop(self, node: MessagePump | None, generation: int) -> None:
        """Queue a callback behind the key on ``node``, then on its parent, up to the app."""
        if generation != self._busy:
            return
        if node is None or node is self:
            self.call_later(self._settle, generation, 2)
            return
        parent = node._parent
        if not node.call_later(self._hop, parent, generation):
            self._hop(parent, generation)  # closed: the key cannot be there either

    def _settle(self, generation: int, rounds: int) -> None:
        """Let the app run what the key queued (focus changes), and wait for a new screen."""
        if generation != self._busy:
            return
        if not self.screen.is_mounted or not self.input_ready():
            self.set_timer(MOUNT_POLL, lambda: self._settle(generation, 2))
        elif rounds > 0:
            self.call_later(self._settle, generation, rounds - 1)
        else:
            self._finish(generation)

    def _finish(self, generation: int) -> None:
        """The key in flight is handled: dispatch the next held one, if any."""
        if generation != self._busy:
            return
        if self._guard is not None:
            self._guard.stop()
            self._guard = None
        if self._held and self.is_running:
            self._busy = -1  # keys arriving meanwhile queue behind the held ones
            self.call_next(self._dispatch_input, self._held.popleft())
        else:
            self._busy = 0
