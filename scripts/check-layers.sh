#!/usr/bin/env bash
# Keeps the layers of Package.swift apart, by what each target's sources import
# and call:
#   - a front end (Sources/ospo) never imports GRDB or SQLite: it asks the use
#     cases and the store's own types;
#   - only WorkspaceOptions.swift opens the SQLite store (names the type
#     `Workspace`); every other command holds `any WorkspaceStore` from it, and
#     the demo and the benchmarks build theirs in the use cases;
#   - Sources/ospo imports MaturityStore only in the files listed in
#     store_importers below (for the store's error types and the protocol);
#     a new file asks the use cases instead;
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
# The files of Sources/ospo still allowed to import MaturityStore, and why:
# the error types the console prints (WorkspaceError, AccountError, BundleError,
# InvitationError) and the protocol the commands hold are the store's.
store_importers='Sources/ospo/Support/Console.swift
Sources/ospo/Commands/WorkspaceOptions.swift
Sources/ospo/Commands/BundleCommands.swift
Sources/ospo/Commands/InviteCommand.swift
Sources/ospo/Commands/ReportCommand.swift
Sources/ospo/Commands/ReportCommand+Validation.swift'
while IFS= read -r line; do
  file=${line%%:*}
  grep -qxF "$file" <<<"$store_importers" || offend "front end imports the store (ask a use case): $line"
done < <(grep -rnE '^\s*(@testable )?import MaturityStore\b' Sources/ospo || true)
# `Workspace` as a type, outside comments: `Workspace.open`, `: Workspace`, `(Workspace, …)`.
while IFS= read -r line; do offend "front end opens the SQLite store (use WorkspaceOptions or a use case): $line"; done \
  < <(grep -rnE '\bWorkspace\b' Sources/ospo --include=*.swift | grep -vE '^[^:]+:[0-9]+:\s*//' \
      | grep -vE '"[^"]*\bWorkspace\b[^"]*"' | grep -v '^Sources/ospo/Commands/WorkspaceOptions.swift:' || true)
while IFS= read -r line; do offend "web pages reach past the use cases: $line"; done \
  < <(grep -rnE '^\s*(@testable )?import (GRDB|GRDBSQLite|SQLite3|CSQLite|MaturityStore)\b' Sources/MaturityWeb || true)
while IFS= read -r line; do offend "lower layer imports the use cases: $line"; done \
  < <(grep -rnE '^\s*(@testable )?import MaturityUseCases\b' Sources/MaturityStore Sources/MaturityReports Sources/MaturityKit || true)
while IFS= read -r line; do offend "MaturityKit touches files: $line"; done \
  < <(grep -rnE '\b(FileManager|FileHandle|contentsOfFile|Data\(contentsOf|fopen|URL\(fileURLWithPath)' Sources/MaturityKit || true)

if [ "$status" -eq 0 ]; then
  echo "layers: front end and web pages free of the database, the SQLite store opened only by WorkspaceOptions, store and renderers free of the use cases, MaturityKit free of file access"
fi
exit "$status"
