# Sourced by the other scripts: makes .venv with Python 3.11+ and installs the project into it,
# with the exact versions of the lock file ($1 is "" for the site, "[test]" for the tests).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Residency needs Python 3.11 or newer; set PYTHON=/path/to/python3.11" >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
if [ "$1" = "[test]" ]; then LOCK=requirements-test.lock; else LOCK=requirements.lock; fi
.venv/bin/python -m pip install --quiet --require-hashes --no-deps -r "$LOCK"
.venv/bin/python -m pip install --quiet --no-deps --editable .
