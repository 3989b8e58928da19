"""Complaint drafts: what the capture form holds, kept per agent and customer while it is
typed. A local table (never synced); every change is still published so that the screen
pop can say "a draft is waiting"."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from callcenter.core.changes import DELETE, INSERT, UPDATE
from callcenter.core.complaints.capture import ComplaintForm
from callcenter.store.db import Store, note_change
from callcenter.store.models import ComplaintDraft

TABLE = "complaint_drafts"


def draft_key(user_id: str, customer_id: str) -> str:
    return f"{user_id}:{customer_id or 'new'}"


def _note(s: Session, kind: str, key: str, user_id: str, customer_id: str) -> None:
    note_change(s, TABLE, kind, key, (("customer_id", customer_id), ("user_id", user_id)) if customer_id else ())


def save_in(s: Session, user_id: str, form: ComplaintForm) -> None:
    """Keep what is typed; a blank form removes the draft."""
    key = draft_key(user_id, form.customer_id)
    row = s.get(ComplaintDraft, key)
    if form.is_blank():
        if row is not None:
            s.delete(row)
            _note(s, DELETE, key, user_id, form.customer_id)
        return
    payload = json.dumps(form.to_dict(), ensure_ascii=False)
    if row is None:
        s.add(ComplaintDraft(key=key, user_id=user_id, customer_id=form.customer_id, payload=payload))
        _note(s, INSERT, key, user_id, form.customer_id)
    elif row.payload != payload:
        row.payload, row.updated_at = payload, datetime.now(UTC)
        _note(s, UPDATE, key, user_id, form.customer_id)


def discard_in(s: Session, user_id: str, customer_id: str) -> None:
    key = draft_key(user_id, customer_id)
    row = s.get(ComplaintDraft, key)
    if row is not None:
        s.delete(row)
        _note(s, DELETE, key, user_id, customer_id)


def load_in(s: Session, user_id: str, customer_id: str) -> ComplaintForm | None:
    row = s.get(ComplaintDraft, draft_key(user_id, customer_id))
    if row is None:
        return None
    try:
        return ComplaintForm.from_dict(json.loads(row.payload))
    except (ValueError, TypeError):
        return None  # an unreadable draft is ignored, never fatal


def save_draft(store: Store, user_id: str, form: ComplaintForm) -> None:
    with store.transaction() as s:
        save_in(s, user_id, form)


def load_draft(store: Store, user_id: str, customer_id: str) -> ComplaintForm | None:
    with store.session() as s:
        return load_in(s, user_id, customer_id)


def discard_draft(store: Store, user_id: str, customer_id: str) -> None:
    with store.transaction() as s:
        discard_in(s, user_id, customer_id)
