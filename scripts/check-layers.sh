#!/usr/bin/env bash
# Keeps the layers of Package.swift apart, by what each target's sources import
# and call:
#   - a front end (Sources/ospo) never imports GRDB or SQLite: it asks the use
#     cases and the store's own types;
#   - the store and the renderers never import the use cases (they sit below);
#   - the web pages (Sources/MaturityWeb) never import GRDB, SQLite or the
#     store: they ask the use cases, as the command line does;
#   - MaturityKit, the pure domain, touches no file: no FileManager, FileHandle,
#     contentsOfFile, Data(contentsOf:) or fopen.
# Prints every offending line and exits 1; prints a one-line summary and exits 0 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
offend() { echo "$1"; status=1; }

while IFS= read -r line; do offend "front end imports the database: $line"; done \
  < <(grep -rnE '^\s*(@testable )?import (GRDB|GRDBSQLite|SQLite3|CSQLite)\b' Sources/ospo || true)
while IFS= read -r line; do offend "web pages reach past the use cases: $line"; done \
  < <(grep -rnE '^\s*(@testable )?import (GRDB|GRDBSQLite|SQLite3|CSQLite|MaturityStore)\b' Sources/MaturityWeb || true)
while IFS= read -r line; do offend "lower layer imports the use cases: $line"; done \
  < <(grep -rnE '^\s*(@testable )?import MaturityUseCases\b' Sources/MaturityStore Sources/MaturityReports Sources/MaturityKit || true)
while IFS= read -r line; do offend "MaturityKit touches files: $line"; done \
  < <(grep -rnE '\b(FileManager|FileHandle|contentsOfFile|Data\(contentsOf|fopen|URL\(fileURLWithPath)' Sources/MaturityKit || true)

if [ "$status" -eq 0 ]; then
  echo "layers: front end and web pages free of the database, store and renderers free of the use cases, MaturityKit free of file access"
fi
exit "$status"
