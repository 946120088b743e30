"""A second app process for tests/test_store.py: opens the store at a URL,
does one thing and prints the outcome as one JSON line.

    python tests/store_child.py URL USER ACTION JSON_ARGS

Actions: ``open`` (only open the store), ``dump`` (the project with every
file's bytes, base64), ``save``, ``add_file``, ``remove_file``, ``delete``.
``JSON_ARGS`` may hold ``open_at`` / ``at``: a ``time.time()`` to wait for
before opening the store / before the action, so that several processes do
it at the same moment.
"""
from __future__ import annotations

import base64
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from itastats.store import ConflictError, Store  # noqa: E402


def dump(store: Store, user: str, project_id: str) -> dict:
    rec = store.get(user, project_id)
    return {
        "id": rec.id, "name": rec.name, "agency": rec.agency, "owner": rec.owner, "version": rec.version,
        "created_at": rec.created_at.isoformat(), "updated_at": rec.updated_at.isoformat(),
        "profile": rec.profile, "state": rec.state,
        "files": [{"id": f.id, "page": f.page, "name": f.name, "size": f.size, "sha256": f.sha256,
                   "uploaded_at": f.uploaded_at.isoformat(),
                   "data": base64.b64encode(store.file_bytes(user, rec.id, f.id)).decode()}
                  for f in rec.files],
    }


def main(url: str, user: str, action: str, args: dict) -> dict:
    if "open_at" in args:
        time.sleep(max(0.0, args["open_at"] - time.time()))
    store = Store(url)
    if "at" in args:
        time.sleep(max(0.0, args["at"] - time.time()))
    pid = args.get("project_id")
    try:
        if action == "open":
            return {"ok": len(store.list_projects(user))}
        if action == "dump":
            return dump(store, user, pid)
        if action == "save":
            rec = store.save(user, pid, expected_version=args["expected"], state=args.get("state"),
                             profile=args.get("profile"))
        elif action == "add_file":
            data = bytes(range(256)) * (args["size"] // 256)
            rec = store.add_file(user, pid, expected_version=args["expected"], page="541", name=args["name"],
                                 data=data)
        elif action == "remove_file":
            rec = store.remove_file(user, pid, args["file_id"], expected_version=args["expected"])
        elif action == "delete":
            store.delete(user, pid)
            return {"ok": None}
        else:
            raise SystemExit(f"unknown action {action!r}")
    except ConflictError as exc:
        return {"conflict": exc.actual}
    finally:
        store.close()
    return {"ok": rec.version}


if __name__ == "__main__":
    url_, user_, action_, args_ = sys.argv[1:5]
    print(json.dumps(main(url_, user_, action_, json.loads(args_))), flush=True)
