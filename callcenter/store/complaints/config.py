"""The complaint configuration shipped in resources/complaints: the category tree, the
root causes, the handling guide, and the default workflow (calendar and deadlines)."""

from __future__ import annotations

from functools import lru_cache

import yaml

from callcenter.assets import resource
from callcenter.core.complaints.capture import Category, CategoryTree, GuideStep, parse_guide
from callcenter.core.complaints.figures import parse_root_causes
from callcenter.core.complaints.workflow import ComplaintConfig, ComplaintWorkflow


@lru_cache(maxsize=1)
def categories() -> CategoryTree:
    path = resource("complaints", "categories.yaml")
    return CategoryTree.from_mapping(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)


@lru_cache(maxsize=1)
def root_causes() -> list[Category]:
    """The root causes the close dialog offers (code, en, zh_CN), from resources/complaints."""
    path = resource("complaints", "root_causes.yaml")
    return parse_root_causes(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)


@lru_cache(maxsize=1)
def handling_guide() -> list[GuideStep]:
    path = resource("complaints", "handling_guide.yaml")
    return parse_guide(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)


def default_workflow() -> ComplaintWorkflow:
    return ComplaintWorkflow(ComplaintConfig())
