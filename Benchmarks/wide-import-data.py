#!/usr/bin/env python3
"""Write the same answers as a wide CSV and as a long CSV, for timing the two
imports against each other (issue 7: the wide import of 10,000 respondents x
100 questions must take under 2x the time of the long import).

Usage:
    Benchmarks/wide-import-data.py OUT_DIR [--respondents N] [--questions Q]
                                   [--questionnaire FILE] [--seed S]

Without --questionnaire, writes a synthetic library to OUT_DIR/library: a
rubric of 20 dimensions and the questionnaire `bench-wide` of Q questions
(default 100) on a four-option scale, three roles, every tenth question a
follow-up. With --questionnaire FILE (e.g. questionnaires/ospo-interview.yaml)
it uses the first Q questions of that questionnaire, its scales and roles.

Each respondent gets a role (round robin) and answers the questions put to
that role whose `when` holds for the answers given so far: mostly options,
some "don't know", "not applicable" with a justification where allowed, and
about one in ten left blank. The same answers go to

    OUT_DIR/wide.csv   respondent,name,role,<question ids...>; na cells as "na: why"
    OUT_DIR/long.csv   respondent,role,question,answer,justification

and the script prints the commands that score each file. Output is the same
for the same arguments (seeded). Needs PyYAML only with --questionnaire.
"""

import argparse
import csv
import os
import random
import sys

JUSTIFICATION = "Not relevant to this team"


def synthetic(out_dir, questions):
    """Write a rubric and a questionnaire of `questions` questions; return the questionnaire as a dict."""
    lib = os.path.join(out_dir, "library")
    os.makedirs(lib, exist_ok=True)
    dims = [f"wide-d{i:02d}" for i in range(20)]
    with open(os.path.join(lib, "bench-wide-rubric.yaml"), "w", encoding="utf-8") as f:
        f.write("format: ospo/rubric@1\nid: bench-wide-rubric\ntitle: Wide benchmark\nversion: 1.0.0\n")
        f.write("scale:\n" + "".join(f"  - {{ level: {l}, name: L{l} }}\n" for l in range(5)))
        f.write("dimensions:\n")
        for d in dims:
            f.write(f"  - id: {d}\n    title: Dimension {d}\n    levels: {{ 0: a, 1: b, 2: c, 3: d, 4: e }}\n    actions:\n")
            for l in range(1, 5):
                f.write(f"      - {{ id: {d}.a{l}, title: Step {l}, level: {l}, effort: 5, impact: 3, roles: [ospo-lead] }}\n")
    scale = [("none", "None"), ("some", "Some teams"), ("most", "Most teams"), ("all", "All teams")]
    roles = ["executive", "lead", "engineer"]
    items = []
    for q in range(questions):
        item = {"id": f"W{q:03d}", "scale": "cov", "allow_na": q % 25 == 3}
        if q % 10 == 9:
            item["when"] = {"question": f"W{q - 1:03d}", "not_in": ["none"]}
        items.append(item)
    with open(os.path.join(lib, "bench-wide.yaml"), "w", encoding="utf-8") as f:
        f.write("format: ospo/questionnaire@1\nid: bench-wide\ntitle: Wide benchmark\nversion: 1.0.0\n")
        f.write("rubrics: [bench-wide-rubric]\nscales:\n  cov:\n")
        f.write("".join(f"    - {{ id: {i}, label: {l}, value: {v} }}\n" for (i, l), v in zip(scale, [0, 0.25, 0.5, 1])))
        f.write("roles:\n  executive: { title: Executive, weight: 2 }\n  lead: { title: Lead, weight: 1.5 }\n"
                "  engineer: { title: Engineer }\n")
        f.write("sections:\n  - id: all\n    title: All\n    questions:\n")
        for q, item in enumerate(items):
            extra = ", allow_na: true" if item["allow_na"] else ""
            if "when" in item:
                extra += f", when: {{ question: {item['when']['question']}, not_in: [none] }}"
            f.write(f"      - {{ id: {item['id']}, text: Question {q}, dimension: {dims[q % 20]}, scale: cov{extra} }}\n")
    return {
        "id": "bench-wide",
        "scales": {"cov": [{"id": i} for i, _ in scale]},
        "roles": {r: {} for r in roles},
        "questions": items,
        "library": lib,
    }


def from_file(path, questions):
    try:
        import yaml
    except ImportError:
        sys.exit("wide-import-data: error: --questionnaire needs PyYAML (pip install pyyaml)")

    class Loader(yaml.SafeLoader):
        """Reads yes/no/on/off as text, as ospo does."""

    Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in entries if tag != "tag:yaml.org,2002:bool"]
        for first, entries in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    with open(path, encoding="utf-8") as f:
        data = yaml.load(f, Loader=Loader)
    if not isinstance(data, dict) or data.get("format") != "ospo/questionnaire@1":
        sys.exit(f"{path}: error: not a questionnaire (format: ospo/questionnaire@1)")
    items = [q for section in data["sections"] for q in section["questions"]][:questions]
    if len(items) < questions:
        sys.stderr.write(f"note: {path} has {len(items)} questions; using all of them\n")
    return {
        "id": data["id"],
        "scales": data["scales"],
        "roles": data.get("roles") or {"respondent": {}},
        "questions": items,
        "library": None,
    }


def holds(condition, given):
    if "all" in condition:
        return all(holds(c, given) for c in condition["all"])
    if "any" in condition:
        return any(holds(c, given) for c in condition["any"])
    answer = given.get(condition["question"])
    if answer is None:
        return False
    if "in" in condition:
        return answer in [str(o) for o in condition["in"]]
    return answer not in [str(o) for o in condition["not_in"]]


def main():
    parser = argparse.ArgumentParser(description="Write the same answers as a wide and a long CSV.")
    parser.add_argument("out_dir")
    parser.add_argument("--respondents", type=int, default=10000)
    parser.add_argument("--questions", type=int, default=100)
    parser.add_argument("--questionnaire", help="a questionnaire YAML file; default: a synthetic one")
    parser.add_argument("--seed", type=int, default=7)
    opts = parser.parse_args()
    if opts.respondents < 1 or opts.questions < 1:
        parser.error("--respondents and --questions must be at least 1")
    os.makedirs(opts.out_dir, exist_ok=True)
    q = from_file(opts.questionnaire, opts.questions) if opts.questionnaire else synthetic(opts.out_dir, opts.questions)
    rng = random.Random(opts.seed)
    roles = list(q["roles"])
    questions = q["questions"]
    ids = [str(item["id"]) for item in questions]
    options = {name: [str(o["id"]) for o in scale] for name, scale in q["scales"].items()}

    wide_path = os.path.join(opts.out_dir, "wide.csv")
    long_path = os.path.join(opts.out_dir, "long.csv")
    answers = 0
    with open(wide_path, "w", newline="", encoding="utf-8") as wf, open(long_path, "w", newline="", encoding="utf-8") as lf:
        wide, long = csv.writer(wf, lineterminator="\r\n"), csv.writer(lf, lineterminator="\r\n")
        wide.writerow(["respondent", "name", "role"] + ids)
        long.writerow(["respondent", "role", "question", "answer", "justification"])
        for r in range(opts.respondents):
            respondent, role = f"r{r:05d}", roles[r % len(roles)]
            given, row = {}, [respondent, "", role]
            for item in questions:
                asked = role in item["roles"] if item.get("roles") else True
                if not asked or ("when" in item and not holds(item["when"], given)) or rng.random() < 0.1:
                    row.append("")
                    continue
                pool = options[item["scale"]] * 4 + ["unknown"] + (["na"] if item.get("allow_na") else [])
                answer = rng.choice(pool)
                given[str(item["id"])] = answer
                answers += 1
                if answer == "na":
                    row.append(f"na: {JUSTIFICATION}")
                    long.writerow([respondent, role, item["id"], "na", JUSTIFICATION])
                else:
                    row.append(answer)
                    long.writerow([respondent, role, item["id"], answer, ""])
            wide.writerow(row)

    library = f" --library {q['library']}" if q["library"] else ""
    print(f"{opts.respondents} respondents x {len(ids)} questions of '{q['id']}': {answers} answers")
    print(f"  wide: {wide_path} ({os.path.getsize(wide_path):,} bytes)")
    print(f"  long: {long_path} ({os.path.getsize(long_path):,} bytes)")
    print("score them with:")
    print(f"  ospo score {wide_path} --wide --questionnaire {q['id']}{library} --format json")
    print(f"  ospo score {long_path} --questionnaire {q['id']}{library} --format json")


if __name__ == "__main__":
    main()
