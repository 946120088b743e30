#!/usr/bin/env bash
# Set up and run the tests (unit, store on SQLite and PostgreSQL, AppTest, real browser).
source "$(dirname "$0")/_common.sh"
make_venv requirements-dev.txt
browser
# poppler's pdftotext/pdfinfo/pdfimages read the summary PDF back in tests/outputs/test_pdf.py
command -v pdftotext >/dev/null || apt_install poppler-utils || echo "note: could not install poppler-utils; the PDF read-back tests will be skipped"
# a private PostgreSQL server for the store tests (Debian's postgresql; needs root or sudo)
if pg_env=$(bash scripts/postgres.sh); then
  eval "$pg_env"
  # stopped again at the end, so that no server outlives the run
  trap 'bash scripts/postgres.sh stop || true' EXIT
else
  echo "note: no PostgreSQL server could be started; the store tests run on SQLite only" >&2
fi
# a hung test must fail the run, not hold CI: 25 minutes at most
timeout --kill-after=30 1500 .venv/bin/python -m pytest -q "$@"
