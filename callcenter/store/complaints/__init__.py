"""Complaint cases in the store.

- ``cases``: load a case (core objects restored from their rows), the unit of work that
  writes a step (``open_edit``/``edit``), capture (``create_in``/``create``), user names;
- ``drafts``: what the capture form holds while it is typed (local, never synced);
- ``queries``: the board's list, the approval queue, the agent's callbacks, the deadline
  check and handing cases over;
- ``reports``: the complaint figures as tables, and their export;
- ``letters``: the facts and the filled HTML of a letter;
- ``config``: categories, root causes, the handling guide, the default workflow;
- ``demo``: complaint histories for the demo data.

The windows and the command line reach these through ``callcenter.ops.complaints``.
"""

from callcenter.store.complaints import drafts
from callcenter.store.complaints.cases import (
    SYSTEM,
    CaseEdit,
    CaseRecord,
    EventLine,
    NotPermitted,
    create,
    create_in,
    edit,
    ensure_permitted,
    get,
    load,
    open_edit,
    user_names,
)
from callcenter.store.complaints.config import categories, default_workflow, handling_guide, root_causes
from callcenter.store.complaints.drafts import discard_draft, draft_key, load_draft, save_draft

__all__ = [
    "SYSTEM",
    "CaseEdit",
    "CaseRecord",
    "EventLine",
    "NotPermitted",
    "categories",
    "create",
    "create_in",
    "default_workflow",
    "discard_draft",
    "draft_key",
    "drafts",
    "edit",
    "ensure_permitted",
    "get",
    "handling_guide",
    "load",
    "load_draft",
    "open_edit",
    "root_causes",
    "save_draft",
    "user_names",
]
