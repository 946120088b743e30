"""The layers of itastats: every import points down.

i18n < read < stats < criteria < render < outputs. A module may import its own
layer and the layers below it, never one above; no layer imports the store,
the command line or the sample project (they sit on top), the store never
imports render or outputs, and nothing in itastats imports streamlit.
"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RANK = {"i18n": 0, "read": 1, "stats": 2, "criteria": 3, "render": 4, "outputs": 5}
TOP = {"cli", "sample", "__main__"}


def layer(module: str) -> str | None:
    """'i18n' … 'outputs', 'store', 'top' (cli, sample, the package itself), or None outside itastats."""
    parts = module.split(".")
    if parts[0] != "itastats":
        return None
    if len(parts) == 1:
        return None       # the package itself holds only __version__
    if parts[1] in RANK or parts[1] == "store":
        return parts[1]
    return "top" if parts[1] in TOP else None


def imports_of(path: Path, package_root: Path):
    """(line, absolute module) of every import in ``path``, relative ones resolved."""
    rel = path.relative_to(package_root.parent).with_suffix("")
    here = list(rel.parts)
    pkg = here[:-1]      # the package the file is in (for __init__.py: its own)
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for a in node.names:
                yield node.lineno, a.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg[: len(pkg) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            # "from . import x" imports the module x: judge each name as a module when it is one
            for a in node.names:
                sub = package_root.parent / Path(*f"{mod}.{a.name}".split("."))
                yield node.lineno, (f"{mod}.{a.name}" if sub.with_suffix(".py").exists() or sub.is_dir() else mod)


def upward_imports(package_root: Path) -> list[str]:
    bad = []
    for path in sorted(package_root.rglob("*.py")):
        rel = path.relative_to(package_root.parent).with_suffix("")
        here = layer(".".join(p for p in rel.parts if p != "__init__"))
        for line, target in imports_of(path, package_root):
            where = f"{path.relative_to(package_root.parent)}:{line} imports {target}"
            if target.split(".")[0] == "streamlit":
                bad.append(where + " (itastats never imports streamlit)")
                continue
            there = layer(target)
            if there is None or here is None or there == here:
                continue
            if here in RANK:
                if there in ("store", "top") or RANK[there] > RANK[here]:
                    bad.append(where)
            elif here == "store" and there in ("render", "outputs"):
                bad.append(where)
    return bad


def test_no_module_imports_a_layer_above_its_own():
    assert upward_imports(ROOT / "itastats") == []


def test_every_layer_is_a_package_with_a_docstring_that_says_what_it_may_import():
    for name in [*RANK, "store"]:
        init = ROOT / "itastats" / name / "__init__.py"
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and "import" in doc, name
    flat = sorted(p.name for p in (ROOT / "itastats").glob("*.py"))
    assert flat == ["__init__.py", "__main__.py", "cli.py", "sample.py"]


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "itastats"
    for name, text in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    for d in [root, *[p for p in root.rglob("*") if p.is_dir()]]:
        (d / "__init__.py").touch()
    return root


def test_the_check_finds_an_upward_import_in_each_spelling(tmp_path):
    root = _tree(tmp_path, {
        "read/reading.py": "from ..render import figures\n",                 # relative, module imported by name
        "stats/compare.py": "from itastats.criteria.kpi import KPI\n",       # absolute
        "criteria/kpi.py": "import itastats.outputs.pack\n",                 # plain import
        "render/figures.py": "from ..stats.compare import x\nfrom . import theme\n",   # both fine
        "render/theme.py": "import streamlit as st\n",
        "i18n/fmt.py": "from ..read.problems import Problem\n",
        "outputs/pack.py": "from ..render.figures import y\nfrom .. import cli\n",
        "store/store.py": "from ..render import figures\n",
        "cli.py": "from .outputs import pack\n",                               # the top may import anything
        "render/__init__.py": '"""r"""\n',
    })
    bad = upward_imports(root)
    assert sorted(b.split(":")[0] for b in bad) == sorted([
        "itastats/read/reading.py", "itastats/stats/compare.py", "itastats/criteria/kpi.py",
        "itastats/render/theme.py", "itastats/i18n/fmt.py", "itastats/outputs/pack.py",
        "itastats/store/store.py"])
