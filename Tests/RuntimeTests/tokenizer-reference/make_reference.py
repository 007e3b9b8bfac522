#!/usr/bin/env python3
"""Encodes random and long texts with Hugging Face `tokenizers` and the tiny-r1 tokenizer.json,
writing hf-reference.json for TokenizerHFReferenceTests. Needs `pip install tokenizers`.
Run: python3 Tests/RuntimeTests/tokenizer-reference/make_reference.py
"""
import json
import os
import random

import tokenizers

HERE = os.path.dirname(os.path.abspath(__file__))
TOKENIZER = os.path.join(HERE, "..", "..", "..", "..", "shared", "fixtures", "models", "tiny-r1", "tokenizer.json")

POOLS = [
    ["a", "b", "Z", "q", "x", "é", "ß", "Ω", "ж", "λ", "ſ", "K", "ǅ", "ʰ", "中", "文", "の", "한", "ع", "א", "ก"],
    ["0", "7", "٣", "²", "１", "Ⅻ", "½", "߂"],
    [" ", " ", " ", "\t", "\n", "\r", "\r\n", "\u00a0", "\u2003", "\u3000", "\u0085", "\u000b", "\u000c", "\u2028", "\u1680"],
    ["'s", "'T", "'re", "'VE", "'m", "'Ll", "'d", "'x", "'", "'ſ"],
    [".", ",", "!", "?", "-", "$", "\\", "{", "}", "^", "_", "(", ")", "=", "+", "…", "—", "«", "»", "。", "，", "·"],
    ["\u0301", "\u0308", "\u200d", "\ufe0f", "\u3099", "e\u0301", "\u1100\u1161", "\u212b", "\u2126", "\ufb01"],
    ["🎉", "🚀", "😀", "👍🏽", "🇫🇷", "𝔘", "𠀀"],
    ["<think>", "</think>", "<｜User｜>", "<|EOT|>", "<｜end▁of▁sentence｜>"],
]


def random_text(rng, length):
    out = []
    for _ in range(length):
        r = rng.randrange(10)
        pool = POOLS[0] if r < 4 else POOLS[2] if r < 6 else POOLS[rng.randrange(len(POOLS))]
        piece = rng.choice(pool)
        if pool is POOLS[0] and rng.randrange(4) == 0:
            piece = piece * (1 + rng.randrange(5))
        out.append(piece)
    return "".join(out)


def bytes_to_unicode():
    printable = list(range(33, 127)) + list(range(161, 173)) + list(range(174, 256))
    chars, extra = printable[:], 0
    for b in range(256):
        if b not in printable:
            printable.append(b)
            chars.append(256 + extra)
            extra += 1
    return {b: chr(c) for b, c in zip(printable, chars)}


def small_tokenizer(extra_vocab, merges, added, ignore_merges=False, pre_tokenizer=None):
    alphabet = bytes_to_unicode()
    vocab = {alphabet[b]: b for b in range(256)}
    vocab.update(extra_vocab)
    byte_level = {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True}
    return {"version": "1.0", "truncation": None, "padding": None, "added_tokens": added,
            "normalizer": {"type": "NFC"}, "pre_tokenizer": pre_tokenizer or byte_level,
            "post_processor": byte_level, "decoder": byte_level,
            "model": {"type": "BPE", "dropout": None, "unk_token": None, "continuing_subword_prefix": None,
                      "end_of_word_suffix": None, "fuse_unk": False, "byte_fallback": False,
                      "ignore_merges": ignore_merges, "vocab": vocab, "merges": merges}}


def small_cases():
    """Small byte-level tokenizers, each with HF's encodings of a few texts: added tokens with
    lstrip/rstrip, single_word and normalized; ignore_merges on and off; Split behaviours."""
    out = []

    def case(name, spec, texts):
        tok = tokenizers.Tokenizer.from_str(json.dumps(spec))
        out.append({"name": name, "tokenizer": spec, "cases": [{"text": t, "ids": tok.encode(t).ids} for t in texts]})

    flags = dict(single_word=False, lstrip=False, rstrip=False, normalized=False, special=False)
    added = [dict(flags, id=258, content="<eos>", special=True),
             dict(flags, id=259, content="<sep>", lstrip=True, rstrip=True),
             dict(flags, id=260, content="cat", single_word=True),
             dict(flags, id=261, content="dog", normalized=True),
             dict(flags, id=262, content="é!", normalized=True)]
    flags = dict(single_word=False, lstrip=False, rstrip=False, normalized=False, special=False)
    added = [dict(flags, id=258, content="<eos>", special=True),
             dict(flags, id=259, content="<sep>", lstrip=True, rstrip=True),
             dict(flags, id=260, content="cat", single_word=True),
             dict(flags, id=261, content="dog", normalized=True),
             dict(flags, id=262, content="é!", normalized=True)]
    case("added tokens", small_tokenizer({"ab": 256, "abc": 257}, [["a", "b"], ["ab", "c"]], added),
         ["ab  <sep>  ab", "ab<eos>c", "cat concat cat_ x cat.", "é cat", "hotdog dog", "e\u0301! é!",
          "a\u00a0<sep>\u3000b", "_cat", "catcat", "<sep><sep>", " <eos> ", "abc abcd ab"])
    for ignore in (False, True):
        case(f"ignore_merges {ignore}", small_tokenizer({"bc": 256, "abc": 257}, ["b c"], [], ignore_merges=ignore),
             ["abc", "abcabc", "xbc abc"])
    prefix = {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True}
    case("byte-level prefix space", small_tokenizer({"ab": 256, "abc": 257}, ["a b", "ab c"],
                                                    [dict(flags, id=258, content="<eos>", special=True)], pre_tokenizer=prefix),
         ["abc ab", " abc", "abc<eos>abc", "<eos> x", ""])
    for behavior in ("Isolated", "Removed", "MergedWithPrevious", "MergedWithNext", "Contiguous"):
        for invert in (False, True):
            split = {"type": "Split", "pattern": {"Regex": "[0-9]|-"}, "behavior": behavior, "invert": invert}
            pre = {"type": "Sequence", "pretokenizers": [split, {"type": "ByteLevel", "add_prefix_space": False,
                                                                   "trim_offsets": False, "use_regex": False}]}
            # Merges that cross the split points show how pieces were grouped.
            vocab = {"ab": 256, "abc": 257, "1-": 258, "-2": 259, "a1": 260, "b-": 261, "12": 262}
            merges = ["a b", "ab c", "1 -", "- 2", "a 1", "b -", "1 2"]
            case(f"split {behavior} invert {invert}", small_tokenizer(vocab, merges, [], pre_tokenizer=pre),
                 ["ab12-cd3", "--x--", "1-2", "abc", "9", "a1-2", "ab-2", "b-1-2a1", "12-12"])
    return out


def main():
    tok = tokenizers.Tokenizer.from_file(TOKENIZER)
    rng = random.Random(5)
    texts = [random_text(rng, rng.randrange(1, 80)) for _ in range(300)]
    texts += [
        "数学问题求的值" * 40,
        "a" * 300,
        "=" * 1000,
        "ÄÖÜäöü" * 60,
        "The quick brown fox " * 20 + "\n" * 7 + "   \t  " * 5,
        "\\begin{align} x^2 + y^2 &= z^2 \\\\ \\frac{a}{b} \\end{align}" * 10,
        "def f(x):\n    return x ** 2  # square\n\n\n" * 10,
        "🎉" * 50 + "😀🚀" * 30,
    ]
    cases = [{"text": t, "ids": tok.encode(t, add_special_tokens=False).ids} for t in texts]
    with open(os.path.join(HERE, "hf-reference.json"), "w", encoding="utf-8") as f:
        json.dump({"tokenizers_version": tokenizers.__version__, "cases": cases, "small_tokenizers": small_cases()},
                  f, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(cases)} cases with tokenizers {tokenizers.__version__}")


if __name__ == "__main__":
    main()
