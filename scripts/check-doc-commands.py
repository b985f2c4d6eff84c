#!/usr/bin/env python3
"""Runs every shell command shown in README.md and docs/*.md, as written.

Usage: scripts/check-doc-commands.py [--ospo PATH] [--keep] [FILE.md ...]

The commands are the lines of the code blocks tagged `sh`, `bash` or `shell`
(a line ending in a backslash goes on with the next). Blocks with another tag
or none (usage synopses, formulas, file contents, terminal sessions) are not
commands. Each document runs in a fresh copy of the checkout's tracked files,
in one bash process, so that `cd`, `export` and the files one command writes
carry on to the next, as they would for a reader typing them in order; the
first command that fails stops the document and is reported as
`FILE:LINE: ...` with its exit status and output.

What stands in for what a reader does first:
- `ospo` is the built binary (`--ospo PATH`, default `.build/release/ospo`,
  else `.build/debug/ospo`), first on the PATH, as README's install step
  puts it; `swift run ospo ARGS` runs that same binary.
- `swift build` and `swift test` lines are not run again: CI has built and
  tested the checkout before this check.

A block preceded by `<!-- not run: REASON -->` (a comment on the line or
lines just before its opening fence) is skipped, and the reason printed;
keep such exceptions few (interactive sessions, writing outside the folder).

Exit status: 0 when every command ran, 1 when one failed, 2 on bad usage.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUN_TAGS = {"sh", "bash", "shell"}
FENCE = re.compile(r"^(\s*)(```+|~~~+)\s*([^\s`]*)")
NOT_RUN = re.compile(r"<!--\s*not run:\s*(.*?)\s*-->")


def commands(path):
    """Yields ("run", line, text) for each command and ("skip", line, reason) for each skipped block."""
    lines = open(path, encoding="utf-8").read().split("\n")
    index = 0
    while index < len(lines):
        match = FENCE.match(lines[index])
        if not match:
            index += 1
            continue
        fence, tag, start = match.group(2), match.group(3), index
        end = start + 1
        while end < len(lines) and not lines[end].strip().startswith(fence):
            end += 1
        body = lines[start + 1:end]
        index = end + 1
        if tag not in RUN_TAGS:
            continue
        before = start - 1
        while before >= 0 and lines[before].strip() == "":
            before -= 1
        reason = NOT_RUN.search(lines[before]) if before >= 0 else None
        if reason:
            yield ("skip", start + 1, reason.group(1))
            continue
        pending, first = "", None
        for offset, line in enumerate(body):
            if first is None:
                if line.strip() == "" or line.lstrip().startswith("#"):
                    continue
                first = start + 2 + offset
            if line.rstrip().endswith("\\"):
                pending += line.rstrip()[:-1] + " "
                continue
            yield ("run", first, pending + line)
            pending, first = "", None
        if first is not None:
            yield ("run", first, pending)


def adapted(command):
    """The command as the check runs it, or None when it is not run again."""
    stripped = command.strip()
    if re.match(r"^swift\s+(build|test)\b", stripped):
        return None
    return re.sub(r"\bswift run ospo\b", "ospo", command)


def script_for(document, items):
    """A bash script that runs the document's commands and names the first that fails."""
    out = ["set -u", "exec 3>&2"]
    for kind, line, text in items:
        if kind == "skip":
            out.append("echo %s >&3" % shell_quote("%s:%d: not run: %s" % (document, line, text)))
            continue
        command = adapted(text)
        if command is None:
            out.append("echo %s >&3" % shell_quote("%s:%d: already done by CI: %s" % (document, line, text.strip())))
            continue
        out.append("__log=$(mktemp)")
        out.append("{ %s\n} >\"$__log\" 2>&1 </dev/null" % command)
        out.append("__rc=$?")
        out.append("if [ $__rc -ne 0 ]; then echo %s\" (exit $__rc)\" >&3; sed 's/^/    /' \"$__log\" | tail -n 20 >&3; exit 1; fi"
                   % shell_quote("%s:%d: error: the command failed: %s" % (document, line, text.strip())))
        out.append("rm -f \"$__log\"")
    return "\n".join(out) + "\n"


def shell_quote(text):
    return "'" + text.replace("'", "'\\''") + "'"


def tracked_copy(destination):
    files = subprocess.run(["git", "-C", ROOT, "ls-files", "-z"], check=True, capture_output=True).stdout.split(b"\0")
    for name in files:
        if not name:
            continue
        relative = name.decode("utf-8")
        source = os.path.join(ROOT, relative)
        if not os.path.isfile(source):
            continue
        target = os.path.join(destination, relative)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copy2(source, target)


def main(argv):
    ospo, keep, documents = None, False, []
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg == "--ospo" and args:
            ospo = os.path.abspath(args.pop(0))
        elif arg == "--keep":
            keep = True
        elif arg.startswith("-"):
            print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
            return 2
        else:
            documents.append(arg)
    if ospo is None:
        for candidate in (".build/release/ospo", ".build/debug/ospo"):
            if os.path.isfile(os.path.join(ROOT, candidate)):
                ospo = os.path.join(ROOT, candidate)
                break
    if ospo is None or not os.access(ospo, os.X_OK):
        print("check-doc-commands: no built ospo; run 'swift build' first or give --ospo PATH", file=sys.stderr)
        return 2
    if not documents:
        documents = ["README.md"] + sorted(os.path.join("docs", name) for name in os.listdir(os.path.join(ROOT, "docs"))
                                           if name.endswith(".md"))
    bin_dir = tempfile.mkdtemp(prefix="ospo-doc-bin-")
    os.symlink(ospo, os.path.join(bin_dir, "ospo"))
    env = {key: value for key, value in os.environ.items() if key not in ("OSPO_DB", "OSPO_ANONYMISE_KEY")}
    env["PATH"] = bin_dir + os.pathsep + env.get("PATH", "")
    failed, ran = [], 0
    for document in documents:
        items = list(commands(os.path.join(ROOT, document)))
        if not items:
            continue
        folder = tempfile.mkdtemp(prefix="ospo-doc-")
        tracked_copy(folder)
        env["HOME"] = os.path.join(folder, ".home")
        os.makedirs(env["HOME"], exist_ok=True)
        result = subprocess.run(["bash", "-c", script_for(document, items)], cwd=folder, env=env)
        ran += sum(1 for kind, _, text in items if kind == "run" and adapted(text) is not None)
        if result.returncode != 0:
            failed.append(document)
        if keep:
            print("check-doc-commands: %s ran in %s" % (document, folder), file=sys.stderr)
        else:
            shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(bin_dir, ignore_errors=True)
    if failed:
        print("check-doc-commands: a command failed in %s" % ", ".join(failed), file=sys.stderr)
        return 1
    print("check-doc-commands: %d commands from %d documents ran" % (ran, len(documents)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
