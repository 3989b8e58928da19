"""The console's call source when the desk has a phone: the agent's softphone
(``SipCallSource``) beside the demo's "Ring me" (``ManualCallSource``), both on one bus.

The console talks to one ``CallSource``; each call goes back to the source that offered it
(a SIP call has a SIP Call-ID, a demo call does not). The phone may be absent (not
configured, not started yet, failed to start) or swapped when its settings change; the
demo keeps working in every case.
"""

from __future__ import annotations

from typing import Any

from callcenter.core.calls import ManualCallSource
from callcenter.core.events import EventBus
from callcenter.telephony.source import SipCallSource


class PhoneAndDemo:
    def __init__(self, demo: ManualCallSource) -> None:
        self.demo = demo
        self.bus: EventBus = demo.bus
        self.phone: SipCallSource | None = None
        self._ready: dict[str, bool] = {}

    def attach(self, phone: SipCallSource | None) -> None:
        """Use this phone from now on (``None``: no phone); it learns the agents' availability."""
        self.phone = phone
        if phone is not None:
            for agent_id, ready in self._ready.items():
                phone.agent_ready(agent_id, ready)

    def _owner(self, call_id: str) -> Any:
        phone = self.phone
        if phone is not None and phone.sip_call_id(call_id):
            return phone
        return self.demo

    # -- CallSource ---------------------------------------------------------------------------
    def agent_ready(self, agent_id: str, ready: bool) -> None:
        self._ready[agent_id] = ready
        self.demo.agent_ready(agent_id, ready)
        if self.phone is not None:
            self.phone.agent_ready(agent_id, ready)

    def call_answered(self, agent_id: str, call_id: str) -> None:
        self._owner(call_id).call_answered(agent_id, call_id)

    def call_talk_ended(self, agent_id: str, call_id: str) -> None:
        self._owner(call_id).call_talk_ended(agent_id, call_id)

    def call_missed(self, agent_id: str, call_id: str) -> None:
        self._owner(call_id).call_missed(agent_id, call_id)

    def call_ended(self, agent_id: str, call_id: str) -> None:
        self._owner(call_id).call_ended(agent_id, call_id)

    # -- the demo's ------------------------------------------------------------------------------
    def ring(self, agent_id: str, ani: str, queue_code: str = "general") -> Any:
        return self.demo.ring(agent_id, ani, queue_code)

    def hang_up(self, agent_id: str, call_id: str) -> None:
        self._owner(call_id).hang_up(agent_id, call_id)

    def __getattr__(self, name: str) -> Any:
        """Call controls beyond the protocol (hold, transfer, digits...): to the source of
        the call named by the second argument, else to the phone. Plain attributes are the
        demo's when it has them."""
        if name.startswith("_"):
            raise AttributeError(name)
        phone = self.__dict__.get("phone")
        demo = self.__dict__.get("demo")
        targets = [t for t in (phone, demo) if t is not None and hasattr(t, name)]
        if not targets:
            raise AttributeError(name)
        if not callable(getattr(targets[-1], name)):
            return getattr(targets[-1], name)  # data: the demo's first

        def routed(*args: Any, **kwargs: Any) -> Any:
            target = self._owner(args[1]) if len(args) > 1 and isinstance(args[1], str) else targets[0]
            method = getattr(target, name, None) or getattr(targets[0], name)
            return method(*args, **kwargs)

        return routed
