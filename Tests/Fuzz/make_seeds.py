#!/usr/bin/env python3
"""Writes the committed seed corpora of the fuzz targets (Tests/Fuzz/Seeds/<target>/).

Small valid inputs of each format, so that mutation starts from files that parse all the way
through; scripts/fuzz adds the fixture files (../shared/fixtures) beside them at run time.
Run from the project root: python3 Tests/Fuzz/make_seeds.py
"""
import json, os, struct, shutil

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "Seeds")


def put(target, name, data):
    os.makedirs(os.path.join(ROOT, target), exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(ROOT, target, name), "wb") as f:
        f.write(data)


def safetensors(tensors, metadata=None):
    header, blobs, offset = {}, b"", 0
    if metadata is not None:
        header["__metadata__"] = metadata
    for name, (dtype, shape, raw) in tensors.items():
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [offset, offset + len(raw)]}
        blobs += raw
        offset += len(raw)
    text = json.dumps(header).encode()
    return struct.pack("<Q", len(text)) + text + blobs


def byte_alphabet():
    """GPT-2's printable stand-ins for the 256 bytes."""
    keep = list(range(ord("!"), ord("~") + 1)) + list(range(0xA1, 0xAD)) + list(range(0xAE, 0x100))
    chars, extra = [], 0
    for b in range(256):
        if b in keep:
            chars.append(chr(b))
        else:
            chars.append(chr(256 + extra))
            extra += 1
    return chars


def tokenizer(pre_tokenizer, normalizer=None, post_processor=None, merges_as_pairs=False):
    alphabet = byte_alphabet()
    vocab = {c: i for i, c in enumerate(alphabet)}
    merges = [("Ġ", "t"), ("h", "e"), ("Ġt", "he"), ("Ġ", "w"), ("o", "r"), ("1", "2"), ("l", "l"), ("e", "ll")]
    for a, b in merges:
        vocab.setdefault(a + b, len(vocab))
    added = [{"id": len(vocab), "content": "<|im_end|>", "single_word": False, "lstrip": False,
              "rstrip": False, "normalized": False, "special": True},
             {"id": len(vocab) + 1, "content": "<think>", "single_word": False, "lstrip": False,
              "rstrip": False, "normalized": False, "special": False}]
    return json.dumps({
        "version": "1.0", "truncation": None, "padding": None, "added_tokens": added,
        "normalizer": normalizer, "pre_tokenizer": pre_tokenizer, "post_processor": post_processor,
        "decoder": {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True},
        "model": {"type": "BPE", "dropout": None, "unk_token": None, "continuing_subword_prefix": "",
                  "end_of_word_suffix": "", "fuse_unk": False, "byte_fallback": False, "ignore_merges": False,
                  "vocab": vocab,
                  "merges": [[a, b] for a, b in merges] if merges_as_pairs else [f"{a} {b}" for a, b in merges]},
    }, ensure_ascii=False)


QWEN2_SPLIT = r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"
LLAMA3_SPLIT = r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"


def main():
    shutil.rmtree(ROOT, ignore_errors=True)
    f32 = struct.pack("<6f", 1, -2, 0.5, 3e38, -0.0, 7)
    put("safetensors", "f32-bf16.safetensors", safetensors(
        {"a.weight": ("F32", [2, 3], f32), "b.bias": ("BF16", [4], b"\x80\x3f\x00\x40\x00\x00\x80\xbf")},
        metadata={"format": "pt"}))
    put("safetensors", "f16-scalar.safetensors", safetensors(
        {"s": ("F16", [], b"\x00\x3c"), "e": ("F32", [0, 4], b"")}))
    put("safetensors-index", "index.json", json.dumps({
        "metadata": {"total_size": 48},
        "weight_map": {"model.embed_tokens.weight": "model-00001-of-00002.safetensors",
                       "lm_head.weight": "model-00002-of-00002.safetensors"}}))
    config = {"architectures": ["Qwen2ForCausalLM"], "model_type": "qwen2", "hidden_size": 64,
              "intermediate_size": 128, "num_hidden_layers": 2, "num_attention_heads": 4,
              "num_key_value_heads": 2, "vocab_size": 300, "max_position_embeddings": 2048,
              "rope_theta": 10000.0, "rms_norm_eps": 1e-6, "tie_word_embeddings": True,
              "bos_token_id": 1, "eos_token_id": [2, 3], "torch_dtype": "bfloat16",
              "rope_scaling": None, "sliding_window": None, "use_sliding_window": False}
    put("config", "qwen2.json", json.dumps(config, indent=2))
    put("config", "generation.json", json.dumps({"bos_token_id": 1, "eos_token_id": [2, 3], "do_sample": True,
                                                 "temperature": 0.6, "top_p": 0.95, "top_k": 20}))
    split = lambda pattern: {"type": "Split", "pattern": {"Regex": pattern}, "behavior": "Isolated", "invert": False}
    byte_level = {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": False, "use_regex": False}
    put("tokenizer", "qwen2.json", tokenizer({"type": "Sequence", "pretokenizers": [split(QWEN2_SPLIT), byte_level]},
                                             normalizer={"type": "NFC"},
                                             post_processor={"type": "ByteLevel", "add_prefix_space": False,
                                                             "trim_offsets": False, "use_regex": False}))
    put("tokenizer", "llama3.json", tokenizer(
        {"type": "Sequence", "pretokenizers": [split(LLAMA3_SPLIT), byte_level]},
        post_processor={"type": "TemplateProcessing",
                        "single": [{"SpecialToken": {"id": "<|im_end|>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}}],
                        "pair": [{"Sequence": {"id": "A", "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 1}}],
                        "special_tokens": {"<|im_end|>": {"id": "<|im_end|>", "ids": [266], "tokens": ["<|im_end|>"]}}},
        merges_as_pairs=True))
    put("tokenizer", "bytelevel.json", tokenizer({"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True,
                                                  "use_regex": True}))
    put("template", "loop.jinja",
        "{{ bos_token }}{% for m in messages %}{% if m['role'] == 'system' %}{{ m.content | trim }}\n"
        "{% elif loop.last and m.role == 'user' %}<|user|>{{ m['content'] }}{% else %}{{ m.role | upper }}: "
        "{{ m.content[:20] ~ '…' if m.content | length > 20 else m.content }}{% endif %}{% endfor %}"
        "{% if add_generation_prompt %}<|assistant|>{% endif %}")
    put("template", "namespace.jinja",
        "{%- set ns = namespace(found=false, n=0) -%}{%- for m in messages -%}"
        "{%- if m.role == 'assistant' and '</think>' in m.content -%}{%- set ns.found = true -%}"
        "{{ m.content.split('</think>')[-1] | tojson }}{%- endif -%}{%- set ns.n = ns.n + 1 -%}"
        "{%- endfor -%}{{ ns.n }} {{ ns.found }} {{ messages | map(attribute='role') | join(',') }}"
        "{% if messages | length > 9 %}{{ raise_exception('too long') }}{% endif %}{{ range(3) | list }}"
        "{% macro f(x, y=2) %}{{ x * y }}{% endmacro %}{{ f(3) }}{{ '%d' | format(5) if false else 'x' }}")
    put("json", "rows.jsonl", '{"problem": "1+1", "answer": "2", "n": 3}\n{"problem": "é", "answer": null, "n": -1.5e3}\n')
    put("json", "rows.json", '[{"a": [1, 2, {"b": true}], "c": "\\u00e9\\n"}, {"a": [], "c": ""}]')
    put("json", "columns.json", '{"problem": ["x", "y"], "answer": [1, 2]}')
    put("csv", "rows.csv", 'problem,answer,n\n"1+1, say",2,3\n"multi\nline ""quoted""",,4.5\nplain,true,\r\n')
    put("tinascript", "functions.tina",
        "fn fib(n) { if n < 2 { return n } return fib(n - 1) + fib(n - 2) }\n"
        "let xs = [fib(10), 2 ** 10, 7 // 2, 7 % 3, -1.5e3]\n"
        "let m = {\"a\": 1, \"b\": [1, 2]}\n"
        "for k in keys(m) { print(k, m[k]) }\n"
        "let s = 0\nwhile s < 10 { s = s + 1 }\n"
        "try { error(\"x\") } catch e { print(e) }\n"
        "xs[1:3] + sort(map(xs, fn(x) { x * 2 }))\n")
    put("tinascript", "strings.tina",
        "let t = \"héllo {1 + 2}\"\nlet parts = split(\"a,b,,c\", \",\")\n"
        "join(parts, \"-\") + upper(t) + replace(t, \"l\", \"L\") + str(len(t)) + format(\"{} {}\", 1, 2.5)\n")
    put("http", "head.txt", "HTTP/1.1 302 Found\r\nX-Repo-Commit: 0123456789abcdef0123456789abcdef01234567\r\n"
        "X-Linked-Etag: \"a1b2c3\"\r\nX-Linked-Size: 1048576\r\nLocation: /cdn/files/abc?sig=1\r\n"
        "Content-Length: 0\r\n\r\n")
    put("http", "tree.txt", "HTTP/1.1 100 Continue\r\n\r\nHTTP/2 200\r\ncontent-type: application/json\r\n"
        "link: <https://huggingface.co/api/models/org/name/tree/main?cursor=abc>; rel=\"next\"\r\n\r\n"
        + json.dumps([{"type": "file", "oid": "x", "size": 12, "path": "config.json"},
                      {"type": "directory", "oid": "y", "size": 0, "path": "sub"},
                      {"type": "file", "oid": "z", "size": 3, "path": "sub/model.safetensors",
                       "lfs": {"oid": "ab" * 32, "size": 99, "pointerSize": 130}}]))
    put("http", "error.txt", "HTTP/1.1 404 Not Found\r\nX-Error-Code: RepoNotFound\r\n\r\n"
        '{"error": {"message": "Repository not found"}}')


if __name__ == "__main__":
    main()
