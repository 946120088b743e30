#!/usr/bin/env bash
# Set up and start the dashboard on the bundled sample project.
source "$(dirname "$0")/_common.sh"
make_venv requirements.txt
browser
exec .venv/bin/streamlit run app.py --server.headless true "$@" -- --sample
