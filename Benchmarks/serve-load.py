#!/usr/bin/env python3
"""Load on `ospo serve`: many respondents at once, each answering the whole
shipped interview through the pages' save endpoint, over loopback.

Usage: Benchmarks/serve-load.py [--ospo PATH] [--respondents 200] [--rate SAVES_PER_SECOND]
                                [--clients 2] [--role ospo-lead] [--port 18080] [--kill-after SECONDS]

Makes a fresh workspace in a temporary folder, invites the respondents,
starts the server, opens each link and reads every page, then has every
respondent save every question put to them (answering "yes"-like options
first, so follow-ups open). Afterwards it counts the answer rows in the
workspace: every acknowledged save must be there once, no more.

Two shapes of load (docs/serving.md, "Speed"):
- closed loop (the default, --rate 0): each respondent sends its next save
  the moment the last is answered, so the server runs flat out and the
  figures are its capacity; the mean latency is then the number of
  respondents divided by the rate, whatever the server does.
- think time (--rate R): each respondent pauses between answers, a random
  time (exponential) of mean respondents / R seconds, so that together they
  offer about R saves a second, as people reading questions do; the
  latency is then what a person waits for a save.

The respondents are spread over --clients processes (asyncio, one
keep-alive connection each), so that the load script is not the limit; it
prints its own CPU time a save. Also printed: saves per second, p50/p99
latency, the server's CPU time a save and peak memory, the machine's load
average, and two floors measured in the same run on the same machine: the
server's /health endpoint through the same client processes at the same
concurrency (closed loop), and as many plain one-row INSERT transactions
through Python's sqlite3 (WAL, synchronous=NORMAL, as the server commits).
On a machine shared with other work, compare the figures with the floors
rather than alone.

Every respondent has the same role, `ospo-lead` by default: no role of the
shipped interview is asked every question (some are for legal, procurement,
security...), and the OSPO lead is asked the most.

With --kill-after, the server is killed with SIGKILL that many seconds into
the saves, or as soon as half the saves are acknowledged if that comes
first (so the kill always lands mid-load), then started again: every save
it acknowledged must be in the workspace and `PRAGMA integrity_check` must
say ok.
Standard library only. Not a test: figures depend on the machine.
"""
import argparse, asyncio, csv, http.client, json, multiprocessing, os, random, re, sqlite3, subprocess, sys, tempfile, time
import urllib.parse


class Connection(asyncio.Protocol):
    """One keep-alive HTTP/1.1 connection, parsing each reply from the bytes
    received in one go: cheaper per request than a stream read line by line."""

    def __init__(self):
        self.transport, self.buffer, self.waiter, self.lost = None, bytearray(), None, None

    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        self.buffer += data
        if self.waiter is None or self.waiter.done():
            return
        end = self.buffer.find(b"\r\n\r\n")
        if end < 0:
            return
        lines = self.buffer[:end].decode("latin-1").split("\r\n")
        fields = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            fields.setdefault(name.strip().lower(), value.strip())
        total = end + 4 + int(fields.get("content-length", "0"))
        if len(self.buffer) < total:
            return
        body = bytes(self.buffer[end + 4:total])
        del self.buffer[:total]
        self.waiter.set_result((int(lines[0].split(" ", 2)[1]), fields, body))

    def connection_lost(self, exc):
        self.lost = exc or ConnectionResetError("the server closed the connection")
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_exception(self.lost)


class Client:
    """One respondent's browser: a connection and a cookie."""

    def __init__(self, port):
        self.port, self.connection, self.cookie = port, None, ""

    async def request(self, method, path, body=b"", headers=""):
        if self.connection is None or self.connection.lost:
            _, self.connection = await asyncio.get_running_loop().create_connection(Connection, "127.0.0.1", self.port)
        cookie = f"Cookie: {self.cookie}\r\n" if self.cookie else ""
        head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {len(body)}\r\n{cookie}{headers}\r\n"
        self.connection.waiter = asyncio.get_running_loop().create_future()
        self.connection.transport.write(head.encode() + body)
        return await self.connection.waiter

    def close(self):
        if self.connection is not None and self.connection.transport is not None:
            self.connection.transport.close()


class Barrier:
    """Lets `parties` tasks go on together once all have arrived; calls
    `on_release` just before."""

    def __init__(self, parties, on_release):
        self.parties, self.arrived, self.event, self.on_release = parties, 0, asyncio.Event(), on_release

    async def wait(self):
        self.arrived += 1
        if self.arrived == self.parties:
            self.on_release()
            self.event.set()
        await self.event.wait()


async def respondent(port, key, link, think, shared, barrier, out):
    client = Client(port)
    status, fields, _ = await client.request("GET", urllib.parse.urlparse(link).path)
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
    with shared["planned"].get_lock():
        shared["planned"].value += len(shown)
    order, asked, answered = list(questions), shown, set()
    headers = f"X-CSRF-Token: {csrf}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
    # Every respondent has read their pages before anyone saves: the
    # figures are of the saves alone.
    await barrier.wait()
    while True:
        todo = [q for q in order if q in asked and q not in answered]
        if not todo:
            break
        for qid in todo:
            if think:
                await asyncio.sleep(random.expovariate(1 / think))
            body = urllib.parse.urlencode({"question": qid, "choice": questions[qid]}).encode()
            start = time.perf_counter()
            status, _, data = await client.request("POST", f"{home}/answer", body, headers)
            out["latencies"].append(time.perf_counter() - start)
            answered.add(qid)
            if status == 200:
                out["acknowledged"].append((key, qid))
                if shared["count"]:
                    with shared["acknowledged"].get_lock():
                        shared["acknowledged"].value += 1
                asked = set(json.loads(data)["asked"])
            elif status != 422:
                raise RuntimeError(f"save answered {status}: {data[:200]!r}")
    client.close()


async def health_requests(port, connections, requests, barrier, out):
    """`requests` GETs of /health spread over `connections` connections,
    closed loop: the server's and the client's own cost of a request."""
    async def one(count):
        client = Client(port)
        await client.request("GET", "/health")
        await barrier.wait()
        for _ in range(count):
            begin = time.perf_counter()
            await client.request("GET", "/health")
            out["latencies"].append(time.perf_counter() - begin)
        client.close()
    await asyncio.gather(*(one(requests // connections + (1 if n < requests % connections else 0)) for n in range(connections)))


def worker(task, port, items, think, shared, results):
    """One client process: its share of the respondents (or of the /health
    requests), all on one event loop; sends back what it measured."""
    out = {"latencies": [], "acknowledged": [], "failures": [], "cpu": 0.0, "end": 0.0}
    cpu_start = [0.0]

    def release():
        shared["barrier"].wait()
        cpu_start[0] = time.process_time()

    async def run():
        if task == "saves":
            barrier = Barrier(len(items), release)
            done = await asyncio.gather(*(respondent(port, key, link, think, shared, barrier, out) for key, link in items),
                                        return_exceptions=True)
            out["failures"] = [repr(r) for r in done if isinstance(r, BaseException)]
        else:
            connections, requests = items
            await health_requests(port, connections, requests, Barrier(connections, release), out)

    try:
        asyncio.run(run())
    except BaseException as error:  # reported, not lost: the parent decides
        out["failures"].append(repr(error))
    out["end"], out["cpu"] = time.monotonic(), time.process_time() - cpu_start[0]
    results.put(out)


def run_clients(task, port, shares, think, server, kill_after=None):
    """Runs the client processes, one per share, and merges what they
    measured; with `kill_after`, kills the server mid-load."""
    context = multiprocessing.get_context("fork")
    shared = {"barrier": context.Barrier(len(shares) + 1), "planned": context.Value("q", 0),
              "acknowledged": context.Value("q", 0), "count": kill_after is not None}
    results = context.Queue()
    processes = [context.Process(target=worker, args=(task, port, share, think, shared, results)) for share in shares]
    for process in processes:
        process.start()
    shared["barrier"].wait()
    start, cpu_before = time.monotonic(), cpu_seconds(server.pid)
    killed = None
    if kill_after is not None:
        while time.monotonic() - start < kill_after and shared["acknowledged"].value * 2 < shared["planned"].value:
            time.sleep(0.01)
        server.kill()
        killed = (time.monotonic() - start, shared["acknowledged"].value)
    outs = [results.get() for _ in processes]
    for process in processes:
        process.join()
    merged = {key: [item for out in outs for item in out[key]] for key in ("latencies", "acknowledged", "failures")}
    merged["elapsed"] = max(out["end"] for out in outs) - start
    merged["client cpu"] = sum(out["cpu"] for out in outs)
    merged["server cpu"] = cpu_seconds(server.pid) - cpu_before
    merged["killed"] = killed
    return merged


def cpu_seconds(pid):
    """User and system CPU time of a process so far, in seconds."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except OSError:
        return 0.0


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


def start_server(ospo, port, env):
    """Starts `ospo serve` and waits for its /health (at most 10 s); returns
    the process and the last status /health answered (0 for none)."""
    server = subprocess.Popen([ospo, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/health")
            status = connection.getresponse().status
            connection.close()
            return server, status
        except OSError:
            time.sleep(0.1)
    return server, 0


def stop(server):
    if server.poll() is None:
        server.terminate()
    server.wait(timeout=30)


def load_average():
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ospo", default=".build/release/ospo")
    parser.add_argument("--respondents", type=int, default=200)
    parser.add_argument("--rate", type=float, default=0, help="saves a second the respondents offer together, "
                        "with think time between answers; 0 (the default): closed loop, no think time")
    parser.add_argument("--clients", type=int, default=2, help="client processes the respondents are spread over")
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
        links = [(f"person-{n}", row["link"]) for n, row in enumerate(csv.DictReader(f))]
    clients = max(1, min(args.clients, len(links)))
    shares = [links[n::clients] for n in range(clients)]
    think = len(links) / args.rate if args.rate > 0 else 0
    load_before = load_average()
    server, status = start_server(args.ospo, args.port, env)
    try:
        if status != 200:
            sys.exit(f"serve-load: the server did not answer /health (status {status})")
        saves = run_clients("saves", args.port, shares, think, server, args.kill_after)
        if saves["failures"] and not args.kill_after:
            sys.exit(f"serve-load: a respondent failed: {saves['failures'][0]}")
        peak = peak_memory_kib(server.pid)
        if not args.kill_after:
            requests = len(saves["latencies"])
            health_shares = [(len(share), requests * len(share) // len(links)) for share in shares]
            health = run_clients("health", args.port, health_shares, 0, server)
    finally:
        stop(server)
    if args.kill_after:
        check_after_kill(args, env, db, saves)
        return
    with sqlite3.connect(db) as connection:
        stored = connection.execute("SELECT count(*) FROM answer").fetchone()[0]
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
    latencies, acknowledged, count = sorted(saves["latencies"]), saves["acknowledged"], len(saves["latencies"])
    per_respondent = {}
    for key, _ in acknowledged:
        per_respondent[key] = per_respondent.get(key, 0) + 1
    counts = sorted(set(per_respondent.values()))
    floor = insert_floor(folder, count)
    health_latencies = sorted(health["latencies"])
    shape = (f"think time (exponential, mean {think:.2f} s between answers): about {args.rate:.0f} saves/s offered"
             if think else "closed loop (each respondent saves the next answer as soon as the last is acknowledged)")
    print(f"respondents {len(links)} (role {args.role}) over {clients} client processes, each saved "
          f"{'/'.join(map(str, counts))} answers: every question the shipped interview puts to that role, "
          f"follow-ups opened by the first option; load: {shape}")
    print(f"machine: {os.cpu_count()} cores, load average {load_before} before, {load_average()} after")
    print(f"saves acknowledged {len(acknowledged)}, answer rows {stored}, "
          f"lost {max(0, len(acknowledged) - stored)}, duplicated {max(0, stored - len(acknowledged))}, integrity {integrity}")
    print(f"saves: {count / saves['elapsed']:.0f}/s over {saves['elapsed']:.1f} s; p50 {percentile(latencies, 0.5):.1f} ms, "
          f"p99 {percentile(latencies, 0.99):.1f} ms; server CPU {saves['server cpu'] * 1000 / max(1, count):.2f} ms a save; "
          f"client CPU {saves['client cpu'] * 1000 / max(1, count):.2f} ms a save; "
          f"server peak memory {peak // 1024 if peak else '?'} MiB")
    health_count = len(health_latencies)
    print(f"floor, /health through the same clients at the same concurrency: {health_count / health['elapsed']:.0f}/s; "
          f"p50 {percentile(health_latencies, 0.5):.1f} ms, p99 {percentile(health_latencies, 0.99):.1f} ms; "
          f"server CPU {health['server cpu'] * 1000 / max(1, health_count):.2f} ms, "
          f"client CPU {health['client cpu'] * 1000 / max(1, health_count):.2f} ms a request")
    print(f"floor, {count} one-row INSERT transactions through sqlite3 (WAL, synchronous=NORMAL): {floor:.0f}/s")
    if stored != len(acknowledged) or integrity != "ok":
        sys.exit(1)


def check_after_kill(args, env, db, saves):
    """Starts the server again on the killed one's workspace: it must answer,
    and every acknowledged save must be in the workspace."""
    server, status = start_server(args.ospo, args.port, env)
    stop(server)
    with sqlite3.connect(db) as connection:
        kept = set(connection.execute(
            "SELECT respondent.key, answer.question FROM answer JOIN respondent ON respondent.id = answer.respondentId").fetchall())
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
    acknowledged = saves["acknowledged"]
    missing = [a for a in acknowledged if a not in kept]
    seconds, counted = saves["killed"]
    print(f"killed {seconds:.1f} s into the saves ({counted} acknowledged by then): {len(acknowledged)} saves acknowledged, "
          f"{len(missing)} missing after restart (restart answered {status}); integrity {integrity}")
    if not acknowledged:
        print("no save was acknowledged before the kill: give a later --kill-after")
    sys.exit(0 if acknowledged and not missing and integrity == "ok" and status == 200 else 1)


if __name__ == "__main__":
    main()
