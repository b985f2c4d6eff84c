#!/usr/bin/env python3
"""Validate ospo content files against the JSON Schemas in schemas/.

Usage:
    python3 scripts/validate-schemas.py [--expect-invalid] [--verbose] FILE_OR_DIR ...

Every .yaml/.yml file named, or found under a named folder, is read the way
ospo reads it (yes/no/on/off/null stay text, dates stay text), its schema is
picked from its `format:` value, and every problem is printed on standard
error as

    path: error: message (at /json/pointer)

The last line on standard output is `N files valid, M invalid`. The exit
status is 0 when every file is valid, 1 otherwise, and 2 for bad arguments.

With --expect-invalid the meaning flips: every file must FAIL validation (for
broken test fixtures); files that pass are reported and make the exit status
1. --verbose also prints the problems found in those expected-invalid files.

Needs PyYAML and jsonschema (4.x).
"""

import argparse
import datetime
import difflib
import json
import re
import sys
from pathlib import Path

try:
    import yaml
    import jsonschema
    from jsonschema import Draft202012Validator
except ImportError as exc:  # pragma: no cover
    sys.stderr.write(f"validate-schemas: error: {exc}; install PyYAML and jsonschema "
                     "(pip install pyyaml jsonschema)\n")
    sys.exit(2)

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"
FORMATS = {
    "ospo/rubric@1": "rubric",
    "ospo/roles@1": "roles",
    "ospo/questionnaire@1": "questionnaire",
    "ospo/answers@1": "answers",
    "ospo/profile@1": "profile",
    "ospo/mapping@1": "mapping",
}
YAML_SUFFIXES = (".yaml", ".yml")
ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]*$"


# --------------------------------------------------------------------------
# Loading YAML the way ospo does


class DuplicateKey(Exception):
    def __init__(self, key, first, second):
        super().__init__(key)
        self.key, self.first, self.second = key, first, second


class OspoLoader(yaml.SafeLoader):
    """SafeLoader with ospo's scalar rules.

    - Only true/false (and their capitalised spellings) are booleans; yes, no,
      on, off, y, n stay text.
    - Dates are not resolved: 2026-03-01 stays the text "2026-03-01".
    - `null` stays text (option ids are compared as written); only `~` and an
      empty value are null.
    - A key written twice in one mapping is an error.
    """


def _install_resolvers():
    drop = {"tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:null"}
    resolvers = {}
    for first, entries in yaml.SafeLoader.yaml_implicit_resolvers.items():
        kept = [(tag, rx) for tag, rx in entries if tag not in drop]
        if kept:
            resolvers[first] = kept
    OspoLoader.yaml_implicit_resolvers = resolvers
    OspoLoader.add_implicit_resolver(
        "tag:yaml.org,2002:bool",
        re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
        list("tTfF"))
    OspoLoader.add_implicit_resolver(
        "tag:yaml.org,2002:null",
        re.compile(r"^(?:~|)$"),
        ["~", ""])


_install_resolvers()


def _construct_mapping(loader, node, deep=False):
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)
    seen = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hashable = _json_key(key)
        except TypeError:
            continue
        if hashable in seen:
            raise DuplicateKey(hashable, seen[hashable], key_node.start_mark)
        seen[hashable] = key_node.start_mark
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


OspoLoader.add_constructor(
    "tag:yaml.org,2002:map",
    lambda loader, node: _construct_map_value(loader, node))


def _construct_map_value(loader, node):
    data = {}
    yield data
    data.update(_construct_mapping(loader, node))


def _json_key(key):
    """Mapping keys as a YAML language server sees them: always text."""
    if isinstance(key, bool):
        return "true" if key else "false"
    if key is None:
        return "null"
    if isinstance(key, (datetime.date, datetime.datetime)):
        return key.isoformat()
    if isinstance(key, (str, int, float)):
        return str(key)
    raise TypeError(f"unsupported mapping key {key!r}")


def to_json(value):
    """Turn loaded YAML into JSON-like data: text keys, dates as YYYY-MM-DD text."""
    if isinstance(value, dict):
        return {_json_key(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_json(v) for v in value]
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


# --------------------------------------------------------------------------
# Readable messages


def pointer(path):
    parts = [str(p).replace("~", "~0").replace("/", "~1") for p in path]
    return "/" + "/".join(parts) if parts else "/"


def kind_of(value):
    if isinstance(value, bool):
        return "a boolean"
    if value is None:
        return "nothing (null)"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


TYPE_NAMES = {"string": "text", "object": "a mapping", "array": "a list", "integer": "a whole number",
              "number": "a number", "boolean": "true or false", "null": "nothing"}


def short(value, limit=60):
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def resolve_schema(root, schema_path):
    """Follow an absolute schema path from the root schema, through local $refs."""
    def deref(node):
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return None
        target = root
        for piece in ref[2:].split("/"):
            target = target[piece.replace("~1", "/").replace("~0", "~")]
        return target

    node = root
    try:
        for part in schema_path:
            # Some jsonschema versions leave `$ref` out of schema paths, others keep it.
            if part == "$ref" and isinstance(node, dict) and "$ref" in node:
                node = deref(node)
                continue
            while isinstance(node, dict) and part not in node and "$ref" in node:
                node = deref(node)
            node = node[part]
    except (KeyError, IndexError, TypeError):
        return None
    return node


def explain(error, root):
    """Yield (json path, message) pairs for one jsonschema error."""
    path = list(error.absolute_path)
    schema_path = list(error.absolute_schema_path)
    v = error.validator

    if v in ("oneOf", "anyOf") and error.context:
        yield from explain_choice(error, root)
        return

    if v == "additionalProperties" and error.validator_value is False:
        allowed = list(error.schema.get("properties", {}))
        extra = [k for k in error.instance if k not in error.schema.get("properties", {})
                 and not any(re.search(p, k) for p in error.schema.get("patternProperties", {}))]
        for key in extra:
            hint = difflib.get_close_matches(key, allowed, n=1)
            msg = f"unknown key '{key}'"
            msg += f"; did you mean '{hint[0]}'?" if hint else f" (allowed: {', '.join(allowed)})"
            yield pointer(path + [key]), msg
        return

    if v == "required":
        missing = [k for k in error.validator_value if isinstance(error.instance, dict) and k not in error.instance]
        why = ""
        if len(schema_path) >= 2 and schema_path[-2] == "then":
            owner = resolve_schema(root, schema_path[:-2])
            cond = (owner or {}).get("if", {}).get("properties", {})
            consts = [f"{k} is '{s['const']}'" for k, s in cond.items() if isinstance(s, dict) and "const" in s]
            if consts:
                why = f" (needed when {' and '.join(consts)})"
        for key in missing or error.validator_value:
            yield pointer(path), f"missing required key '{key}'{why}"
        return

    if v == "type":
        expected = error.validator_value
        expected = expected if isinstance(expected, list) else [expected]
        names = " or ".join(TYPE_NAMES.get(t, t) for t in expected)
        yield pointer(path), f"expected {names}, found {kind_of(error.instance)} {short(error.instance)}"
        return

    if v == "pattern" and error.validator_value == ID_PATTERN:
        what = "key" if "propertyNames" in schema_path else "value"
        yield pointer(path), (f"{what} {short(error.instance)} is not a valid identifier "
                              "(letters, digits, '.', '_' or '-', starting with a letter or digit)")
        return

    if "propertyNames" in schema_path:
        if v == "pattern" and error.validator_value == "^(0|[1-9][0-9]*)$":
            yield pointer(path), f"key {short(error.instance)} is not a level number (0, 1, 2, ...)"
        else:
            yield pointer(path), f"key {short(error.instance)}: {error.message}"
        return

    if v == "const" and path == ["format"]:
        yield pointer(path), f"format must be '{error.validator_value}'"
        return

    if v == "enum":
        options = ", ".join(str(o) for o in error.validator_value)
        yield pointer(path), f"{short(error.instance)} is not one of: {options}"
        return

    if v == "not":
        owner = resolve_schema(root, schema_path[:-1]) or {}
        parent_desc = ""
        # The description sits on the schema that holds the allOf with the `not`.
        if len(schema_path) >= 3 and schema_path[-3] == "allOf":
            parent_desc = (resolve_schema(root, schema_path[:-3]) or {}).get("description", "")
        desc = owner.get("description") or parent_desc
        yield pointer(path), f"{short(error.instance)} is not allowed here" + (f": {desc}" if desc else "")
        return

    if v == "contains":
        want = error.validator_value.get("properties", {}) if isinstance(error.validator_value, dict) else {}
        consts = [f"{k}: {s['const']}" for k, s in want.items() if isinstance(s, dict) and "const" in s]
        if consts:
            yield pointer(path), f"no entry has {', '.join(consts)}"
            return

    if error.schema is False:
        # A key forbidden by a `false` subschema (e.g. `pass` without `method: gated`).
        # jsonschema does not always put the key in the error path, so find it.
        key = None
        if schema_path and schema_path[-1] == "properties":
            props = resolve_schema(root, schema_path) or {}
            banned = [k for k, s in props.items() if s is False]
            key = banned[0] if len(banned) == 1 else None
            where = path + [key] if key else path
        elif path and isinstance(path[-1], str):
            key, where = path[-1], path
        if key:
            why = ""
            if len(schema_path) >= 3 and schema_path[-2] == "else":
                owner = resolve_schema(root, schema_path[:-2]) or {}
                cond = owner.get("if", {}).get("properties", {})
                consts = [f"{k} is '{s['const']}'" for k, s in cond.items() if isinstance(s, dict) and "const" in s]
                if consts:
                    why = f" (only when {' and '.join(consts)})"
            yield pointer(where), f"key '{key}' is not allowed here{why}"
            return

    if v in ("format", "pattern") and (error.validator_value == "date" or
                                       (v == "pattern" and "[0-9]{4}-" in str(error.validator_value))):
        yield pointer(path), f"{short(error.instance)} is not a date written YYYY-MM-DD"
        return

    if v == "exclusiveMinimum":
        yield pointer(path), f"must be more than {error.validator_value}, found {short(error.instance)}"
        return

    yield pointer(path), error.message


def explain_choice(error, root):
    """A oneOf/anyOf failed: report the problems of the alternative that came closest."""
    branches = {}
    for sub in error.context:
        branches.setdefault(sub.relative_schema_path[0], []).append(sub)

    def wrong_shape(subs):
        return any(s.validator == "type" and list(s.absolute_path) == list(error.absolute_path) for s in subs)

    fitting = {i: subs for i, subs in branches.items() if not wrong_shape(subs)}
    desc = (error.schema or {}).get("description") if isinstance(error.schema, dict) else None
    if not fitting:
        msg = f"{short(error.instance)} is not valid here"
        msg += f": expected {desc[0].lower() + desc[1:]}" if desc else ""
        yield pointer(error.absolute_path), msg
        return
    fewest = min(len(s) for s in fitting.values())
    best = [subs for _, subs in sorted(fitting.items()) if len(subs) == fewest]
    if len(best) > 1 and all(len(s) == 1 and s[0].validator == "required" for s in best):
        keys = []
        for s in best:
            keys += [k for k in s[0].validator_value if k not in s[0].instance and k not in keys]
        yield pointer(error.absolute_path), "missing required key " + " or ".join(f"'{k}'" for k in keys)
        return
    for sub in best[0]:
        yield from explain(sub, root)


# --------------------------------------------------------------------------
# Validation


def load_validators():
    validators = {}
    for fmt, name in FORMATS.items():
        path = SCHEMA_DIR / f"{name}.schema.json"
        with open(path, encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
        validators[fmt] = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    return validators


def check_file(path, validators):
    """Return a list of messages; empty means valid."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return [f"cannot read file: {exc}"]
    try:
        data = yaml.load(text, Loader=OspoLoader)
    except DuplicateKey as dup:
        return [f"key '{dup.key}' is written twice in one mapping "
                f"(line {dup.first.line + 1} and line {dup.second.line + 1})"]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        return [f"not valid YAML: {problem}{where}"]
    except TypeError as exc:
        return [f"unsupported YAML: {exc}"]
    data = to_json(data)
    if not isinstance(data, dict):
        return [f"expected a mapping at the top of the file, found {kind_of(data)}"]
    fmt = data.get("format")
    if fmt is None:
        return ["no 'format:' key; expected one of: " + ", ".join(FORMATS) + " (at /format)"]
    if fmt not in validators:
        hint = difflib.get_close_matches(str(fmt), list(FORMATS), n=1)
        extra = f"; did you mean '{hint[0]}'?" if hint else "; expected one of: " + ", ".join(FORMATS)
        return [f"{short(fmt)} is not an ospo format{extra} (at /format)"]
    validator = validators[fmt]
    problems = []
    errors = sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    for err in errors:
        for where, message in explain(err, validator.schema):
            line = f"{message} (at {where})"
            if line not in problems:
                problems.append(line)
    return problems


def collect(args):
    files, missing = [], []
    for arg in args:
        p = Path(arg)
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in YAML_SUFFIXES)
        elif p.is_file():
            files.append(p)
        else:
            missing.append(arg)
    return files, missing


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="validate-schemas.py",
        description="Validate ospo YAML content against the JSON Schemas in schemas/.")
    parser.add_argument("paths", nargs="+", metavar="FILE_OR_DIR",
                        help="YAML files, or folders searched recursively for *.yaml and *.yml")
    parser.add_argument("--expect-invalid", action="store_true",
                        help="every file must fail validation (broken fixtures); report those that pass")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="with --expect-invalid, also print the problems found")
    opts = parser.parse_args(argv)

    files, missing = collect(opts.paths)
    for arg in missing:
        sys.stderr.write(f"{arg}: error: no such file or folder\n")
    if missing:
        return 2
    if not files:
        sys.stderr.write("validate-schemas: error: no .yaml or .yml files found\n")
        return 2

    try:
        validators = load_validators()
    except (OSError, ValueError, jsonschema.SchemaError) as exc:
        sys.stderr.write(f"validate-schemas: error: cannot load the schemas in {SCHEMA_DIR}: {exc}\n")
        return 2

    valid = invalid = 0
    unexpected = []
    for f in files:
        if f.suffix.lower() not in YAML_SUFFIXES:
            problems = ["not a .yaml or .yml file"]
        else:
            problems = check_file(f, validators)
        if problems:
            invalid += 1
            if not opts.expect_invalid or opts.verbose:
                for p in problems:
                    sys.stderr.write(f"{f}: error: {p}\n")
        else:
            valid += 1
            if opts.expect_invalid:
                unexpected.append(f)
                sys.stderr.write(f"{f}: error: expected this file to fail validation, but it is valid\n")

    print(f"{valid} files valid, {invalid} invalid")
    if opts.expect_invalid:
        if unexpected:
            print(f"{len(unexpected)} file(s) passed unexpectedly: " + ", ".join(str(u) for u in unexpected))
        return 1 if unexpected else 0
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main())
