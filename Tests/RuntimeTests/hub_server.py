#!/usr/bin/env python3
"""A stand-in for the Hugging Face Hub, for the Hub tests (Python standard library only).

Serves the shared fixtures in the Hub's URL layout on 127.0.0.1:
  HEAD/GET /{repo}/resolve/{rev}/{path} and /datasets/{repo}/resolve/{rev}/{path}
  GET /api/{models|datasets}/{repo}[/revision/{rev}]   (sha, siblings)
  GET /api/{models|datasets}/{repo}/tree/{rev}          (paged with a Link header)
  GET /rows?dataset=&config=&split=&offset=&length=     (the dataset viewer)
Large files (LFS: *.safetensors, *.parquet) answer the resolve URL with a 302 to a second
port (the "CDN"), which supports Range. Faults are armed through /_control and every request
is recorded for /_log. Prints "PORTS <main> <cdn>" when ready; exits when stdin closes.

Usage: hub_server.py <fixtures dir>
"""
import hashlib
import http.server
import json
import os
import sys
import threading
import time
import urllib.parse

FIXTURES = sys.argv[1]
LOCK = threading.Lock()
LOG = []
FAULTS = {}
STALL_SECONDS = 3.0
PORTS = {}


def read(rel):
    with open(os.path.join(FIXTURES, rel), "rb") as f:
        return f.read()


def readme(title):
    return ("---\nlicense: mit\n---\n# %s\nTest repository.\n" % title).encode()


class Repo:
    def __init__(self, kind, name, files, revisions=None):
        self.kind, self.name = kind, name
        self.commit = hashlib.sha1(("%s/%s" % (kind, name)).encode()).hexdigest()
        self.files = files
        # Extra named revisions (e.g. refs/convert/parquet) with their own files and commit.
        self.revisions = {"main": (self.commit, files)}
        for rev, rev_files in (revisions or {}).items():
            self.revisions[rev] = (hashlib.sha1(("%s@%s" % (name, rev)).encode()).hexdigest(), rev_files)

    def lookup(self, rev):
        for name, (commit, files) in self.revisions.items():
            if rev in (name, commit):
                return commit, files
        return None


def is_lfs(path):
    return path.endswith(".safetensors") or path.endswith(".parquet")


def git_oid(data):
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


model_files = {n: read("models/tiny-r1/" + n) for n in sorted(os.listdir(os.path.join(FIXTURES, "models/tiny-r1")))}
lora_files = {n: read("models/tiny-r1-lora/" + n) for n in sorted(os.listdir(os.path.join(FIXTURES, "models/tiny-r1-lora")))}
REPOS = {r.kind + "/" + r.name: r for r in [
    Repo("model", "tina/tiny-r1", dict(model_files, **{"README.md": readme("tiny-r1")})),
    Repo("model", "tina/tiny-r1-lora", lora_files),
    Repo("dataset", "tina/mini-math", {
        "README.md": readme("mini-math"),
        "data/train-00000-of-00002.parquet": read("data/mini_math.snappy.parquet"),
        "data/train-00001-of-00002.parquet": read("data/mini_math.zstd.parquet"),
        "data/test-00000-of-00001.parquet": read("data/mini_math.plain.parquet"),
        "raw/mini_math.jsonl": read("data/mini_math.jsonl"),
        "raw/mini_math.csv": read("data/mini_math.csv"),
        "raw/mini_math.json": read("data/mini_math.json"),
    }),
    Repo("dataset", "tina/viewer-only", {"README.md": readme("viewer-only")}),
    # Configurations declared in the card's YAML header decide which files make a split.
    Repo("dataset", "tina/with-configs", {
        "README.md": b"""---
license: mit
configs:
- config_name: easy
  data_files:
  - split: train
    path: "easy/part-*.jsonl"
  - split: test
    path: [hard/holdout.csv]
- config_name: full
  default: true
  data_files: "all/*.parquet"
dataset_info:
  features:
  - name: problem
    dtype: string
---
# with-configs
""",
        "easy/part-0.jsonl": read("data/mini_math.jsonl"),
        "hard/holdout.csv": read("data/mini_math.csv"),
        "all/x.parquet": read("data/mini_math.plain.parquet"),
        "all/y.parquet": read("data/mini_math.zstd.parquet"),
    }),
    Repo("dataset", "tina/converted", {"README.md": readme("converted")}, revisions={
        "refs/convert/parquet": {"default/train/0000.parquet": read("data/mini_math.snappy.parquet"),
                                 "default/test/0000.parquet": read("data/mini_math.plain.parquet")},
    }),
    # A hostile listing: a file name that would escape the cache.
    Repo("model", "tina/evil", {"config.json": b"{}", "../../escape.json": b"{}"}),
]}
# A renamed repository: resolve URLs answer with a relative redirect to the new name.
RENAMED = {"model/tina/old-tiny-r1": "tina/tiny-r1"}
BLOBS = {}
for repo in REPOS.values():
    for _, (_, files) in repo.revisions.items():
        for data in files.values():
            BLOBS[hashlib.sha256(data).hexdigest()] = data
VIEWER_ROWS = [json.loads(line) for line in read("data/mini_math.jsonl").decode().splitlines() if line.strip()]
VIEWER_PAGE = read("data/viewer_rows_page.json")


def take_fault(name):
    with LOCK:
        n = FAULTS.get(name, 0)
        if n > 0:
            FAULTS[name] = n - 1
            return True
    return False


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_role = "hub"

    def log_message(self, *args):
        pass

    def record(self):
        with LOCK:
            LOG.append({"server": self.server_role, "method": self.command, "path": self.path,
                        "auth": self.headers.get("Authorization"), "range": self.headers.get("Range")})

    def send(self, status, body=b"", headers=None, head=False):
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if not head:
            self.wfile.write(body)
        self.close_connection = True

    def send_json(self, obj, headers=None, status=200):
        h = {"Content-Type": "application/json"}
        h.update(headers or {})
        self.send(status, json.dumps(obj).encode(), h, head=self.command == "HEAD")

    def error(self, status, code):
        self.send(status, json.dumps({"error": code}).encode(), {"X-Error-Code": code}, head=self.command == "HEAD")

    def do_HEAD(self):
        self.do_GET()

    def send_ranged(self, data, headers, fault_ok):
        """Sends `data` honouring `Range: bytes=N-`, with the armed faults."""
        head = self.command == "HEAD"
        start = 0
        rng = self.headers.get("Range")
        if rng and fault_ok and take_fault("norange"):
            rng = None  # a server that ignores Range and answers 200 with the whole file
        if rng and rng.startswith("bytes=") and rng.endswith("-"):
            start = int(rng[6:-1])
            if start >= len(data):
                return self.send(416, b"", {"Content-Range": "bytes */%d" % len(data)}, head=head)
        body = data[start:]
        if fault_ok and not head and take_fault("corrupt"):
            body = bytes([body[0] ^ 0xFF]) + body[1:]
        self.send_response(206 if start else 200)
        for k, v in headers.items():
            self.send_header(k, v)
        if start:
            self.send_header("Content-Range", "bytes %d-%d/%d" % (start, len(data) - 1, len(data)))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        if head:
            return
        if fault_ok and take_fault("drop"):
            # Promise the whole body, send half, hang up.
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            return
        if fault_ok and take_fault("slow"):
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            time.sleep(STALL_SECONDS)
            self.wfile.write(body[len(body) // 2:])
            return
        self.wfile.write(body)

    def do_GET(self):
        if not self.path.startswith("/_"):
            self.record()
        url = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(url.query))
        parts = [urllib.parse.unquote(p) for p in url.path.split("/")[1:]]
        if self.server_role == "cdn":
            return self.cdn(parts)
        if parts[0] == "_control":
            global STALL_SECONDS
            with LOCK:
                if "reset" in query:
                    FAULTS.clear()
                    LOG.clear()
                for k in ("fail500", "drop", "slow", "corrupt", "norange"):
                    if k in query:
                        FAULTS[k] = int(query[k])
                if "stall" in query:
                    STALL_SECONDS = float(query["stall"])
            return self.send_json({"ok": True})
        if parts[0] == "_log":
            with LOCK:
                return self.send_json(list(LOG))
        if parts[0] == "api":
            return self.api(parts[1:], query)
        if parts[0] == "rows":
            return self.rows(query)
        kind = "model"
        if parts[0] in ("datasets", "spaces"):
            kind = parts[0][:-1]
            parts = parts[1:]
        if len(parts) < 5 or parts[2] != "resolve":
            return self.error(404, "NotFound")
        return self.resolve(kind, parts[0] + "/" + parts[1], parts[3], "/".join(parts[4:]))

    def resolve(self, kind, name, rev, path):
        if take_fault("fail500"):
            return self.send(500, b"internal error", head=self.command == "HEAD")
        if kind + "/" + name in RENAMED:
            new = RENAMED[kind + "/" + name]
            location = "/%s/resolve/%s/%s" % (new, urllib.parse.quote(rev, safe=""), urllib.parse.quote(path))
            return self.send(307, b"", {"Location": location}, head=self.command == "HEAD")
        repo = REPOS.get(kind + "/" + name)
        if repo is None:
            return self.error(404, "RepoNotFound")
        found = repo.lookup(rev)
        if found is None:
            return self.error(404, "RevisionNotFound")
        commit, files = found
        if path not in files:
            return self.error(404, "EntryNotFound")
        data = files[path]
        headers = {"X-Repo-Commit": commit, "ETag": '"%s"' % git_oid(data)}
        if is_lfs(path):
            sha = hashlib.sha256(data).hexdigest()
            headers.update({"X-Linked-Etag": '"%s"' % sha, "X-Linked-Size": str(len(data)),
                            "Location": "http://127.0.0.1:%d/lfs/%s?file=%s" % (PORTS["cdn"], sha, urllib.parse.quote(path))})
            return self.send(302, b"", headers, head=self.command == "HEAD")
        return self.send_ranged(data, headers, fault_ok=False)

    def cdn(self, parts):
        if len(parts) == 2 and parts[0] == "lfs" and parts[1] in BLOBS:
            return self.send_ranged(BLOBS[parts[1]], {"Content-Type": "application/octet-stream"}, fault_ok=True)
        return self.send(404, b"no such blob", head=self.command == "HEAD")

    def api(self, parts, query):
        # parts: [models|datasets, org, name, ...]
        if len(parts) < 3 or parts[0] not in ("models", "datasets"):
            return self.error(404, "NotFound")
        repo = REPOS.get(parts[0][:-1] + "/" + parts[1] + "/" + parts[2])
        if repo is None:
            return self.error(404, "RepoNotFound")
        rest = parts[3:]
        if not rest or rest[0] == "revision":
            found = repo.lookup(rest[1] if len(rest) > 1 else "main")
            if found is None:
                return self.error(404, "RevisionNotFound")
            commit, files = found
            return self.send_json({"id": repo.name, "sha": commit,
                                   "siblings": [{"rfilename": p} for p in sorted(files)]})
        if rest[0] == "tree" and len(rest) >= 2:
            found = repo.lookup("/".join(rest[1:]))
            if found is None:
                return self.error(404, "RevisionNotFound")
            _, files = found
            entries = []
            dirs = sorted({p.rsplit("/", 1)[0] for p in files if "/" in p and not p.startswith("..")})
            for d in dirs:
                entries.append({"type": "directory", "oid": "0" * 40, "size": 0, "path": d})
            for p in sorted(files):
                data = files[p]
                e = {"type": "file", "oid": git_oid(data), "size": len(data), "path": p}
                if is_lfs(p):
                    e["lfs"] = {"oid": hashlib.sha256(data).hexdigest(), "size": len(data), "pointerSize": 134}
                entries.append(e)
            cursor = int(query.get("cursor", "0"))
            page = entries[cursor:cursor + 3]
            headers = {}
            if cursor + 3 < len(entries):
                q = dict(query, cursor=str(cursor + 3))
                headers["Link"] = '<%s?%s>; rel="next"' % (self.path.split("?")[0], urllib.parse.urlencode(q))
            return self.send_json(page, headers)
        return self.error(404, "NotFound")

    def rows(self, query):
        if query.get("dataset") != "tina/viewer-only" or query.get("config") != "default" or query.get("split") != "train":
            return self.send_json({"error": "Not found."}, status=404)
        offset, length = int(query.get("offset", "0")), min(int(query.get("length", "100")), 100)
        if offset == 0 and length >= 20:
            # The first page is the stored viewer answer itself.
            return self.send(200, VIEWER_PAGE, {"Content-Type": "application/json"})
        chunk = VIEWER_ROWS[offset:offset + min(length, 20)]
        features = [{"feature_idx": i, "name": n, "type": {"dtype": "string", "_type": "Value"}}
                    for i, n in enumerate(["problem", "solution", "answer", "level"])]
        rows = [{"row_idx": offset + i, "row": r, "truncated_cells": []} for i, r in enumerate(chunk)]
        return self.send_json({"features": features, "rows": rows, "num_rows_total": len(VIEWER_ROWS),
                               "num_rows_per_page": 100, "partial": False})


class CDNHandler(Handler):
    server_role = "cdn"


def main():
    hub = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    cdn = http.server.ThreadingHTTPServer(("127.0.0.1", 0), CDNHandler)
    PORTS["hub"], PORTS["cdn"] = hub.server_address[1], cdn.server_address[1]
    for s in (hub, cdn):
        s.daemon_threads = True
        threading.Thread(target=s.serve_forever, daemon=True).start()
    print("PORTS %d %d" % (PORTS["hub"], PORTS["cdn"]), flush=True)
    # The test holds our stdin open; when it ends (or dies) we go too.
    sys.stdin.read()
    os._exit(0)


if __name__ == "__main__":
    main()
