"""The facts about a project that every infographic and report needs."""
from __future__ import annotations

import datetime as _dt
import json
from dataclasses import asdict, dataclass, fields
from typing import Any


@dataclass(frozen=True)
class ProjectInfo:
    name: str = ""
    agency: str = ""
    unit: str = ""
    start: _dt.date | None = None
    end: _dt.date | None = None
    project_cost: float | None = None        # baht, whole project
    cases_per_year: float | None = None      # documents / requests handled a year
    staff_cost_per_hour: float | None = None  # baht an hour
    hours_per_day: float = 7.0               # working hours in a day (Thai civil service: 08:30–16:30 less lunch)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ProjectInfo":
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        for key in ("start", "end"):
            if isinstance(values.get(key), str):
                values[key] = _dt.date.fromisoformat(values[key])
        return cls(**values)

    @classmethod
    def from_json(cls, text: str) -> "ProjectInfo":
        return cls.from_dict(json.loads(text))

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("start", "end"):
            if data[key] is not None:
                data[key] = data[key].isoformat()
        return data
