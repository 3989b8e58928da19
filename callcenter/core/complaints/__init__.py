"""Complaint handling and service recovery, Qt-free and store-free.

- ``workflow``: the case, its states, timeline, deadlines (after ISO 10002);
- ``capture``: the capture form, its validation, the category tree, the handling guide;
- ``recovery``: recovery actions, approval limits, follow-up callbacks;
- ``permissions``: which role may take which step;
- ``figures``: the complaint figures, as pure functions over plain records;
- ``letters``: the acknowledgement and resolution letters.

The closed states are defined once, here (``CLOSED_STATES``; ``CLOSED_STATE_VALUES`` as
stored text). Refusals are problems with parameters (``callcenter.core.errors``).
"""

from callcenter.core.complaints.capture import (
    CHANNELS,
    Category,
    CategoryTree,
    ComplaintForm,
    ConfigError,
    GuideStep,
    parse_guide,
    validate,
)
from callcenter.core.complaints.export import ExportError, plain_error
from callcenter.core.complaints.permissions import NotPermitted, approval_role, may, require
from callcenter.core.complaints.recovery import (
    NO_MONEY_KINDS,
    ApprovalPolicy,
    CallbackStatus,
    FollowUpCallback,
    IllegalRecoveryStep,
    RecoveryAction,
    RecoveryEvent,
    RecoveryInvalid,
    RecoveryKind,
    RecoveryNotAllowed,
    RecoveryNotPermitted,
    RecoveryOverLimit,
    RecoveryPlan,
    RecoveryStatus,
    RoleLimits,
)
from callcenter.core.complaints.workflow import (
    CLOSED_STATE_VALUES,
    CLOSED_STATES,
    DEFAULT_DEADLINES,
    OPEN_STATES,
    STAYING_ACTIONS,
    TRANSITIONS,
    BreachNotice,
    CaseDeadlines,
    CaseEvent,
    ComplaintCase,
    ComplaintConfig,
    ComplaintInvalid,
    ComplaintState,
    ComplaintWorkflow,
    DeadlineFacts,
    DeadlineState,
    IllegalComplaintTransition,
    Severity,
    SeverityDeadlines,
    Timeline,
    allowed_actions,
    breach_key,
    supervisor_queue,
)

__all__ = [
    "CHANNELS",
    "CLOSED_STATES",
    "CLOSED_STATE_VALUES",
    "DEFAULT_DEADLINES",
    "NO_MONEY_KINDS",
    "OPEN_STATES",
    "STAYING_ACTIONS",
    "TRANSITIONS",
    "ApprovalPolicy",
    "BreachNotice",
    "CallbackStatus",
    "CaseDeadlines",
    "CaseEvent",
    "Category",
    "CategoryTree",
    "ComplaintCase",
    "ComplaintConfig",
    "ComplaintForm",
    "ComplaintInvalid",
    "ComplaintState",
    "ComplaintWorkflow",
    "ConfigError",
    "DeadlineFacts",
    "DeadlineState",
    "ExportError",
    "FollowUpCallback",
    "GuideStep",
    "IllegalComplaintTransition",
    "IllegalRecoveryStep",
    "NotPermitted",
    "RecoveryAction",
    "RecoveryEvent",
    "RecoveryInvalid",
    "RecoveryKind",
    "RecoveryNotAllowed",
    "RecoveryNotPermitted",
    "RecoveryOverLimit",
    "RecoveryPlan",
    "RecoveryStatus",
    "RoleLimits",
    "Severity",
    "SeverityDeadlines",
    "Timeline",
    "allowed_actions",
    "approval_role",
    "breach_key",
    "may",
    "parse_guide",
    "plain_error",
    "require",
    "supervisor_queue",
    "validate",
]
