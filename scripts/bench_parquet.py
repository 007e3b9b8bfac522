"""Parquet reading: tina-repl next to pyarrow on one generated file (see scripts/bench-parquet).

Writes (once; kept beside the venv) an OpenR1-Math-220k-shaped file of about SIZE_MB: strings
problem/solution/answer/uuid, messages list<struct<content, role>>, generations list<string>
(2 to 4 long ones a row), correctness_math_verify list<bool>, finish_reasons list<string>,
correctness_count int64; snappy, row groups of 1000 rows as `datasets` writes them. Then runs each
measurement in a process of its own, so that each peak RSS (from wait4) is that measurement's.
"""
import json
import os
import random
import subprocess
import sys
import time

import pyarrow as pa
import pyarrow.parquet as pq

WORDS = ("the of and to in is that for it as with was on be by this are from at or an which "
         "integer triangle prime sum product equation solve root function derivative limit "
         "therefore since hence let we find value answer boxed frac sqrt cdot pi angle area "
         "wait maybe check again so first second then finally compute").split()


def text(rng, n_words):
    return " ".join(rng.choice(WORDS) for _ in range(n_words))


def generate(path, size_mb):
    rng = random.Random(0)
    # A pool of paragraphs composed per row: generating every word of a GB in Python takes long.
    pool = [text(rng, rng.randint(40, 400)) for _ in range(4000)]

    def passage(k):
        return "\n\n".join(rng.choice(pool) for _ in range(k)) + " %08x" % rng.getrandbits(32)

    schema = pa.schema([
        ("problem", pa.string()), ("solution", pa.string()), ("answer", pa.string()), ("uuid", pa.string()),
        ("messages", pa.list_(pa.struct([("content", pa.string()), ("role", pa.string())]))),
        ("generations", pa.list_(pa.string())), ("correctness_math_verify", pa.list_(pa.bool_())),
        ("finish_reasons", pa.list_(pa.string())), ("correctness_count", pa.int64()),
    ])
    tmp = path + ".part"
    row = 0
    with pq.ParquetWriter(tmp, schema, compression="snappy") as w:
        while os.path.getsize(tmp) < size_mb * 1e6:
            batch = []
            for _ in range(1000):
                problem, solution = passage(1), passage(3)
                gens = [passage(rng.randint(4, 12)) for _ in range(rng.randint(2, 4))]
                verify = [rng.random() < 0.6 for _ in gens]
                batch.append({
                    "problem": problem, "solution": solution, "answer": str(rng.randint(0, 999)),
                    "uuid": "%032x" % rng.getrandbits(128),
                    "messages": [{"content": problem, "role": "user"}, {"content": solution, "role": "assistant"}],
                    "generations": gens, "correctness_math_verify": verify,
                    "finish_reasons": ["stop" if rng.random() < 0.9 else "length" for _ in gens],
                    "correctness_count": sum(verify),
                })
                row += 1
            w.write_table(pa.Table.from_pylist(batch, schema=schema), row_group_size=1000)
    os.rename(tmp, path)


def measure(argv):
    """Runs argv; returns (its last stdout line as JSON, peak RSS in MiB)."""
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True)
    out = p.stdout.read()
    _, status, usage = os.wait4(p.pid, 0)
    if status != 0:
        sys.exit("failed (%d): %s\n%s" % (status, " ".join(argv[:2]), out))
    return json.loads(out.strip().splitlines()[-1]), usage.ru_maxrss / 1024


PYARROW = {
    "open + num_rows": "f = pq.ParquetFile(P); n = f.metadata.num_rows",
    "read_table (all columns)": "n = pq.read_table(P).num_rows",
    "read_table (problem, answer)": "n = pq.read_table(P, columns=['problem', 'answer']).num_rows",
    "iter_batches (Arrow batches)": "n = sum(b.num_rows for b in pq.ParquetFile(P).iter_batches(batch_size=1000))",
    "iter_batches + to_pylist (rows)": "n = sum(len(b.to_pylist()) for b in pq.ParquetFile(P).iter_batches(batch_size=1000))",
}

TINA = {
    "open + len": "let n = len(load_dataset(P))",
    "ds[-1] (one row)": "let ds = load_dataset(P)\nlet n = len(ds[-1])",
    "ds.show(3)": "let ds = load_dataset(P)\nlet s = ds.show(3)\nlet n = 3",
    "for row in ds (all columns)": "let n = 0\nfor r in load_dataset(P) { n += 1 }",
    "for row in ds.select(problem, answer)": "let n = 0\nfor r in load_dataset(P).select([\"problem\", \"answer\"]) { n += 1 }",
}


def main():
    path, size_mb, tina = sys.argv[1], float(sys.argv[2]), sys.argv[3]
    if not os.path.exists(path):
        print("writing %s (about %d MB) ..." % (path, size_mb), flush=True)
        t0 = time.time()
        generate(path, size_mb)
        print("  written in %.0f s" % (time.time() - t0))
    size = os.path.getsize(path)
    meta = pq.read_metadata(path)
    print("file: %s, %.1f MB, %d rows, %d row groups, pyarrow %s"
          % (path, size / 1e6, meta.num_rows, meta.num_row_groups, pa.__version__))
    print("%-46s %9s %10s %12s" % ("", "seconds", "MB/s", "peak RSS MiB"))

    def report(name, seconds, rss, rows):
        if rows != meta.num_rows and "one row" not in name and "show" not in name:
            sys.exit("%s counted %d rows, the file has %d" % (name, rows, meta.num_rows))
        rate = "%10.0f" % (size / 1e6 / seconds) if seconds > 0 and ("iter" in name or "for" in name or "read_table" in name) else " " * 10
        print("%-46s %9.3f %s %12.0f" % (name, seconds, rate, rss), flush=True)

    for name, code in TINA.items():
        script = "let P = %s\nlet t0 = time()\n%s\nprint(json({\"seconds\": time() - t0, \"rows\": n}))\n" % (json.dumps(path), code)
        out, rss = measure([tina, "-e", script])
        report("tina-repl: " + name, out["seconds"], rss, out["rows"])
    for name, code in PYARROW.items():
        script = ("import json, time\nimport pyarrow.parquet as pq\nP = %r\nt0 = time.perf_counter()\n%s\n"
                  "print(json.dumps({'seconds': time.perf_counter() - t0, 'rows': n}))\n") % (path, code)
        out, rss = measure([sys.executable, "-c", script])
        report("pyarrow: " + name, out["seconds"], rss, out["rows"])


if __name__ == "__main__":
    main()
