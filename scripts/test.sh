#!/usr/bin/env bash
# Set up and run the tests (unit, AppTest, and the real-browser test).
source "$(dirname "$0")/_common.sh"
make_venv requirements-dev.txt
browser
exec .venv/bin/python -m pytest -q "$@"
