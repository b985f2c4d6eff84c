#!/usr/bin/env python3
"""Load on `ospo serve`: many respondents at once, each answering the whole
shipped interview through the pages' save endpoint, over loopback.

Usage: Benchmarks/serve-load.py [--ospo PATH] [--respondents 200] [--role ospo-lead] [--port 18080] [--kill-after SECONDS]

Makes a fresh workspace in a temporary folder, invites the respondents,
starts the server, opens each link, then has every respondent save every
question put to them (answering "yes"-like options first, so follow-ups
open) as fast as the server answers. Afterwards it counts the answer rows
in the workspace: every acknowledged save must be there once, no more.
Prints saves per second, p50/p99 latency, the server's CPU time per save
and peak memory, and two floors measured in the same run on the same
machine: as many plain one-row INSERT transactions through Python's sqlite3
(WAL, synchronous=NORMAL, as the server commits), and as many requests to
the server's /health endpoint at the same concurrency. On a machine shared
with other work, compare the figures with the floors rather than alone.

Every respondent has the same role, `ospo-lead` by default: no role of the
shipped interview is asked every question (some are for legal, procurement,
security...), and the OSPO lead is asked the most. The output says how many
answers each respondent saved.
With --kill-after, the server is killed with SIGKILL that many seconds into
the load, then started again: every save it acknowledged must be in the
workspace and `PRAGMA integrity_check` must say ok.
Standard library only. Not a test: figures depend on the machine.
"""
import argparse, asyncio, csv, json, os, re, sqlite3, subprocess, sys, tempfile, time, urllib.parse



class Client:
    """One keep-alive HTTP/1.1 connection of one respondent."""

    def __init__(self, port):
        self.port, self.reader, self.writer, self.cookie = port, None, None, ""

    async def request(self, method, path, body=b"", headers=None):
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", f"Content-Length: {len(body)}"]
        if self.cookie:
            lines.append(f"Cookie: {self.cookie}")
        for name, value in (headers or {}).items():
            lines.append(f"{name}: {value}")
        self.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        await self.writer.drain()
        status_line = await self.reader.readline()
        status = int(status_line.split()[1])
        fields = {}
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.decode().partition(":")
            fields.setdefault(name.strip().lower(), value.strip())
        length = int(fields.get("content-length", "0"))
        data = await self.reader.readexactly(length) if length else b""
        return status, fields, data


async def respondent(port, key, link, latencies, acknowledged, barrier):
    client = Client(port)
    path = urllib.parse.urlparse(link).path
    status, fields, _ = await client.request("GET", path)
    assert status == 303, f"link answered {status}"
    client.cookie = fields["set-cookie"].split(";")[0]
    home = fields["location"]
    questions = {}  # id -> choice
    shown = set()  # the questions the pages show before any answer
    csrf = ""
    number = 1
    while True:
        status, _, page = await client.request("GET", f"{home}/section/{number}")
        if status != 200:
            break
        html = page.decode()
        csrf = re.search(r'name="csrf" value="([^"]+)"', html).group(1)
        for qid, attributes, choices in re.findall(r'data-question="([^"]+)"([^>]*)>(.*?)</fieldset>', html, re.S):
            values = re.findall(r'name="choice\.[^"]+" value="([^"]+)"', choices)
            questions[qid] = values[0] if values else "unknown"
            if "hidden" not in attributes:
                shown.add(qid)
        number += 1
    order = list(questions)
    asked = shown
    # Every respondent has read their pages before anyone saves: the
    # figures are of the saves alone.
    await barrier.wait()
    answered = set()
    while True:
        todo = [q for q in order if q in asked and q not in answered]
        if not todo:
            break
        for qid in todo:
            body = urllib.parse.urlencode({"question": qid, "choice": questions[qid]}).encode()
            start = time.perf_counter()
            status, _, data = await client.request("POST", f"{home}/answer", body,
                                                   {"X-CSRF-Token": csrf, "Content-Type": "application/x-www-form-urlencoded"})
            latencies.append(time.perf_counter() - start)
            answered.add(qid)
            if status == 200:
                acknowledged.append((key, qid))
                asked = set(json.loads(data)["asked"])
            elif status != 422:
                raise RuntimeError(f"save answered {status}: {data[:200]!r}")
    client.writer.close()


class Barrier:
    """Lets `parties` tasks go on together once all have arrived; calls
    `on_release` just before."""

    def __init__(self, parties):
        self.parties, self.arrived, self.event, self.on_release = parties, 0, asyncio.Event(), None

    async def wait(self):
        self.arrived += 1
        if self.arrived == self.parties:
            if self.on_release:
                self.on_release()
            self.event.set()
        await self.event.wait()


def cpu_seconds(pid):
    """User and system CPU time of a process so far, in seconds."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except OSError:
        return 0.0


async def health_floor(port, clients, requests):
    """`requests` GETs of /health spread over `clients` connections: the
    server's and this script's own cost per request, with no workspace."""
    latencies = []
    async def one(count):
        client = Client(port)
        for _ in range(count):
            begin = time.perf_counter()
            await client.request("GET", "/health")
            latencies.append(time.perf_counter() - begin)
        client.writer.close()
    start = time.perf_counter()
    await asyncio.gather(*(one(requests // clients + (1 if n < requests % clients else 0)) for n in range(clients)))
    return len(latencies) / (time.perf_counter() - start), sorted(latencies)


def insert_floor(folder, count):
    """`count` one-row INSERT transactions into a fresh SQLite file in WAL
    mode with synchronous=NORMAL: what a save costs the disk at least."""
    connection = sqlite3.connect(os.path.join(folder, "floor.sqlite"), isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute("CREATE TABLE answer (id INTEGER PRIMARY KEY, respondentId INTEGER, question TEXT, choice TEXT)")
    start = time.perf_counter()
    for n in range(count):
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO answer (respondentId, question, choice) VALUES (?, ?, ?)", (n % 200, f"Q-{n}", "yes"))
        connection.execute("COMMIT")
    elapsed = time.perf_counter() - start
    connection.close()
    return count / elapsed


def percentile(latencies, p):
    return latencies[min(len(latencies) - 1, int(len(latencies) * p))] * 1000


def peak_memory_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ospo", default=".build/release/ospo")
    parser.add_argument("--respondents", type=int, default=200)
    parser.add_argument("--role", default="ospo-lead", help="every respondent's role")
    parser.add_argument("--port", type=int, default=18080)
    parser.add_argument("--kill-after", type=float)
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="serve-load-")
    db = os.path.join(folder, "load.sqlite")
    env = dict(os.environ, OSPO_DB=db)
    run = lambda *a: subprocess.run([args.ospo, *a], env=env, check=True, capture_output=True, text=True)
    run("org", "add", "Load Test Org")
    run("assessment", "new", "load-test-org", "--questionnaire", "ospo-interview")
    people = os.path.join(folder, "people.csv")
    with open(people, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["name", "role"])
        for n in range(args.respondents):
            writer.writerow([f"Person {n}", args.role])
    links_file = os.path.join(folder, "links.csv")
    run("invite", "1", "--from", people, "--output", links_file, "--base-url", f"http://127.0.0.1:{args.port}")
    with open(links_file) as f:
        links = [row["link"] for row in csv.DictReader(f)]
    server = subprocess.Popen([args.ospo, "serve", "--port", str(args.port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                status, _, _ = await Client(args.port).request("GET", "/health")
                if status == 200:
                    break
            except OSError:
                await asyncio.sleep(0.1)
        latencies, acknowledged = [], []
        barrier = Barrier(1 if args.kill_after else len(links))
        start, cpu_before = 0.0, 0.0
        def saves_begin():
            nonlocal start, cpu_before
            start, cpu_before = time.perf_counter(), cpu_seconds(server.pid)
        barrier.on_release = saves_begin
        async def kill_later():
            await asyncio.sleep(args.kill_after)
            server.kill()
        killer = asyncio.ensure_future(kill_later()) if args.kill_after else None
        results = await asyncio.gather(*(respondent(args.port, f"person-{n}", link, latencies, acknowledged, barrier)
                                         for n, link in enumerate(links)), return_exceptions=True)
        failures = [r for r in results if isinstance(r, BaseException)]
        if failures and not args.kill_after:
            raise failures[0]
        elapsed = time.perf_counter() - start
        cpu = cpu_seconds(server.pid) - cpu_before if not args.kill_after else 0
        peak = peak_memory_kib(server.pid)
        if not args.kill_after:
            health = await health_floor(args.port, args.respondents, len(latencies))
    finally:
        server.terminate()
        server.wait(timeout=30)
    if args.kill_after:
        # Started again on the same workspace: it must open and answer.
        server = subprocess.Popen([args.ospo, "serve", "--port", str(args.port)], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        status = 0
        try:
            for _ in range(100):
                try:
                    status, _, _ = await Client(args.port).request("GET", "/health")
                    break
                except OSError:
                    await asyncio.sleep(0.1)
        finally:
            server.terminate()
            server.wait(timeout=30)
        with sqlite3.connect(db) as connection:
            kept = set(connection.execute(
                "SELECT respondent.key, answer.question FROM answer JOIN respondent ON respondent.id = answer.respondentId").fetchall())
            integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        missing = [a for a in acknowledged if a not in kept]
        print(f"killed after {args.kill_after} s: {len(acknowledged)} saves acknowledged, {len(missing)} missing "
              f"after restart (restart answered {status}); integrity {integrity}")
        if not acknowledged:
            print("no save was acknowledged before the kill: give a later --kill-after")
        sys.exit(0 if acknowledged and not missing and integrity == "ok" and status == 200 else 1)
    with sqlite3.connect(db) as connection:
        stored = connection.execute("SELECT count(*) FROM answer").fetchone()[0]
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
    latencies.sort()
    per_respondent = {}
    for key, _ in acknowledged:
        per_respondent[key] = per_respondent.get(key, 0) + 1
    counts = sorted(set(per_respondent.values()))
    floor = insert_floor(folder, len(latencies))
    health_rate, health_latencies = health
    print(f"respondents {len(links)} (role {args.role}), each saved {'/'.join(map(str, counts))} answers: every question "
          f"the shipped interview puts to that role, follow-ups opened by the first option")
    print(f"saves acknowledged {len(acknowledged)}, answer rows {stored}, "
          f"lost {max(0, len(acknowledged) - stored)}, duplicated {max(0, stored - len(acknowledged))}, integrity {integrity}")
    print(f"saves: {len(latencies) / elapsed:.0f}/s over {elapsed:.1f} s; p50 {percentile(latencies, 0.5):.1f} ms, "
          f"p99 {percentile(latencies, 0.99):.1f} ms; server CPU {cpu * 1000 / max(1, len(latencies)):.2f} ms a save; "
          f"server peak memory {peak // 1024 if peak else '?'} MiB")
    print(f"floor, /health at the same concurrency: {health_rate:.0f}/s; p50 {percentile(health_latencies, 0.5):.1f} ms, "
          f"p99 {percentile(health_latencies, 0.99):.1f} ms")
    print(f"floor, {len(latencies)} one-row INSERT transactions through sqlite3 (WAL, synchronous=NORMAL): {floor:.0f}/s")
    if stored != len(acknowledged) or integrity != "ok":
        sys.exit(1)


asyncio.run(main())
