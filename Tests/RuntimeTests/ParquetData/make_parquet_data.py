"""Writes the extra Parquet test files with pyarrow (the reference writer) and their rows as JSONL.

Run once with pyarrow installed; the tests only read the outputs. Covers what the shared
fixtures do not: nulls, integer/float/boolean/decimal columns, gzip, data pages v1 and v2,
and a nested list column (read as lists, or left out with `columns:`).
"""
import decimal
import json
import pyarrow as pa
import pyarrow.parquet as pq

n = 37
rows = []
for i in range(n):
    rows.append({
        "id": i * 1000003 - 5,
        "small": (i * 7) % 11 - 5,
        "score": None if i % 5 == 0 else i / 8 - 1.25,
        "ratio": None if i % 6 == 1 else float(i) / 4,
        "flag": None if i % 7 == 3 else (i % 3 == 0),
        "name": None if i % 4 == 2 else ["alpha", "beta", "gamma", "δέλτα ✓"][i % 4],
        "price": decimal.Decimal(i * 137 - 2000) / 100,
    })
schema = pa.schema([
    ("id", pa.int64()), ("small", pa.int32()), ("score", pa.float64()), ("ratio", pa.float32()),
    ("flag", pa.bool_()), ("name", pa.string()), ("price", pa.decimal128(9, 2)),
])
table = pa.Table.from_pylist(rows, schema=schema)
pq.write_table(table, "typed_nulls.gzip.v1.parquet", compression="gzip", data_page_version="1.0",
               row_group_size=16, use_dictionary=["name"])
pq.write_table(table, "typed_nulls.gzip.v2.parquet", compression="gzip", data_page_version="2.0",
               row_group_size=20, use_dictionary=False)
with open("typed_nulls.jsonl", "w") as f:
    for r in rows:
        r = dict(r, price=float(r["price"]))
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

nested = pa.table({"problem": ["a", "b", "c"], "tags": [["x"], [], ["y", "z"]], "answer": ["1", "2", "3"]})
pq.write_table(nested, "nested_list.parquet", compression="snappy")

# Many small row groups, for the lazy reader: which chunks a row, a walk or a column selection
# reads. The `huggingface` metadata is what `datasets` writes (a ClassLabel among the features);
# `row_groups.chunks.json` lists each row group's chunk sizes, the bytes a read of it must cost.
groups, per_group = 10, 7
rows = []
for i in range(groups * per_group):
    rows.append({
        "id": i,
        "text": "row %d " % i + "x" * (i % 13),
        "tags": [["a"], [], None, ["b", "c"]][i % 4],
        "messages": [{"content": "question %d" % i, "role": "user"}, {"content": None if i % 9 == 0 else "answer", "role": "assistant"}],
        "label": i % 3,
        "u64": [0, 2**63 - 1, 2**63, 2**64 - 1, None][i % 5],
    })
schema = pa.schema([
    ("id", pa.int64()), ("text", pa.string()), ("tags", pa.list_(pa.string())),
    ("messages", pa.list_(pa.struct([("content", pa.string()), ("role", pa.string())]))),
    ("label", pa.int64()), ("u64", pa.uint64()),
])
features = {"info": {"features": {
    "id": {"dtype": "int64", "_type": "Value"}, "text": {"dtype": "string", "_type": "Value"},
    "tags": {"feature": {"dtype": "string", "_type": "Value"}, "_type": "Sequence"},
    "messages": [{"content": {"dtype": "string", "_type": "Value"}, "role": {"dtype": "string", "_type": "Value"}}],
    "label": {"names": ["neg", "neutral", "pos"], "_type": "ClassLabel"},
    "u64": {"dtype": "uint64", "_type": "Value"},
}}}
table = pa.Table.from_pylist(rows, schema=schema).replace_schema_metadata({"huggingface": json.dumps(features)})
pq.write_table(table, "row_groups.parquet", compression="snappy", row_group_size=per_group)
meta = pq.read_metadata("row_groups.parquet")
chunks = [[meta.row_group(g).column(c).total_compressed_size for c in range(meta.num_columns)] for g in range(meta.num_row_groups)]
leaves = [meta.schema.column(c).path for c in range(meta.num_columns)]
with open("row_groups.chunks.json", "w") as f:
    json.dump({"leaves": leaves, "chunk_bytes": chunks}, f)
