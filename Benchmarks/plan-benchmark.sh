#!/usr/bin/env bash
# Times `ospo plan` on a generated library of 2,000 actions with random
# (acyclic) requirements and a profile of 50 phases, in a release build.
#
#   bash Benchmarks/plan-benchmark.sh [ACTIONS] [PHASES] [RUNS] [CAPACITY]
#
# Prints the planner's own time (the hidden --timing flag: loading, scoring,
# planning and rendering measured apart) and the wall time of the whole
# command. The target is planning well under 100 ms; the planner's work
# budgets (docs/planning.md, section 7) keep it there on this size.
set -euo pipefail

actions="${1:-2000}"
phases="${2:-50}"
runs="${3:-5}"
# Person-days per phase: with 400, about two thirds of the work fits in the
# horizon, so phases fill up and the backlog still has work beyond it.
capacity="${4:-400}"
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${OSPO_BENCH_SCRATCH:-$root/.build-release}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "building ospo (release, scratch path $scratch)…" >&2
swift build -c release --package-path "$root" --scratch-path "$scratch" --product ospo >&2
ospo="$scratch/release/ospo"

python3 - "$work" "$actions" "$phases" "$capacity" <<'PY'
import random, sys
work, count, phases, capacity = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(20260401)
dimensions = 40
levels = 4
roles = ["lead", "legal", "security", "engineer", "sponsor"]

# A random global order; requirements only point to earlier actions, and
# levels never go down along the order within a dimension, so neither
# `requires` nor the level order can loop.
dim_of = [rng.randrange(dimensions) for _ in range(count)]
level_of = [1] * count
for d in range(dimensions):
    members = [k for k in range(count) if dim_of[k] == d]
    cuts = sorted(rng.randrange(len(members) + 1) for _ in range(levels - 1))
    for position, k in enumerate(members):
        level_of[k] = 1 + sum(1 for c in cuts if c <= position)
ids = [f"d{dim_of[k]}.a{k}" for k in range(count)]
requires = []
for k in range(count):
    picks = set()
    if k > 0:
        for _ in range(rng.randrange(4)):
            picks.add(ids[rng.randrange(max(0, k - 300), k)])
    requires.append(sorted(picks))

with open(f"{work}/roles.yaml", "w") as f:
    f.write("format: ospo/roles@1\nroles:\n")
    for r in roles:
        f.write(f"  - {{ id: {r}, title: Role {r} }}\n")

with open(f"{work}/rubric.yaml", "w") as f:
    f.write("format: ospo/rubric@1\nid: bench\ntitle: Benchmark\nversion: 1.0.0\n")
    f.write("scale:\n" + "".join(f"  - {{ level: {l}, name: L{l} }}\n" for l in range(levels + 1)))
    f.write("dimensions:\n")
    for d in range(dimensions):
        f.write(f"  - id: d{d}\n    title: Dimension {d}\n    levels:\n")
        for l in range(levels + 1):
            f.write(f"      {l}: Level {l}.\n")
        f.write("    actions:\n")
        for k in range(count):
            if dim_of[k] != d:
                continue
            who = rng.sample(roles, rng.randint(1, 3))
            f.write(f"      - id: {ids[k]}\n        title: Action {k}\n        level: {level_of[k]}\n")
            f.write(f"        effort: {rng.randint(1, 30)}\n        impact: {rng.randint(1, 5)}\n")
            f.write(f"        roles: [{', '.join(who)}]\n")
            if requires[k]:
                f.write(f"        requires: [{', '.join(requires[k])}]\n")
            f.write(f"        measures:\n          - {{ id: {ids[k]}.m, name: Measure {k}, unit: percent, direction: up, target: 90 }}\n")

with open(f"{work}/questionnaire.yaml", "w") as f:
    f.write("format: ospo/questionnaire@1\nid: bench\ntitle: Benchmark\nversion: 1.0.0\nrubrics: [bench]\n")
    f.write("scales:\n  four:\n")
    for i, v in enumerate([0, 0.25, 0.5, 0.75]):
        f.write(f"    - {{ id: o{i}, label: Option {i}, value: {v} }}\n")
    f.write("roles:\n  assessor: { title: Assessor }\nsections:\n  - id: all\n    title: All\n    questions:\n")
    for d in range(dimensions):
        f.write(f"      - {{ id: Q{d}, text: Question {d}?, dimension: d{d}, scale: four }}\n")

with open(f"{work}/answers.yaml", "w") as f:
    f.write("format: ospo/answers@1\nquestionnaire: bench\norganisation: Benchmark Org\ndate: 2026-01-01\n")
    f.write("respondents:\n  - id: r1\n    role: assessor\n    answers:\n")
    for d in range(dimensions):
        f.write(f"      Q{d}: o{rng.randrange(3)}\n")

with open(f"{work}/profile.yaml", "w") as f:
    f.write("format: ospo/profile@1\norganisation: Benchmark Org\ndefault_target: 4\n")
    f.write(f"plan: {{ start: 2026-01-01, phase_months: 3, phases: {phases}, capacity: {capacity} }}\n")
    done = rng.sample(ids, count // 100)
    f.write(f"done: [{', '.join(sorted(done))}]\n")
PY

echo "library: $actions actions in 40 dimensions, $phases phases of $capacity person-days" >&2
for run in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  "$ospo" plan "$work/answers.yaml" --profile "$work/profile.yaml" --library "$work" --format json --timing \
    > "$work/plan.json" 2> "$work/timing.txt"
  end=$(date +%s%N)
  echo "run $run: $(grep '^timing:' "$work/timing.txt" | sed 's/^timing: //'); wall $(( (end - start) / 1000000 )) ms"
done
python3 - "$work/plan.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
phases = plan["phases"]
scheduled = sum(len(p["actions"]) for p in phases)
print(f"plan: {scheduled} actions scheduled in {sum(1 for p in phases if p['actions'])} of {len(phases)} phases, "
      f"{len(plan['backlog'])} in the backlog; fullest phase {max(p['effort'] for p in phases):g} of {phases[0]['capacity']:g} person-days")
PY
