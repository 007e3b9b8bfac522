"""tina-repl's builtin reward functions, computed exactly as the Swift runtime computes them
(Sources/Runtime/RL/Rewards), for TRL's GRPOTrainer.

The rewards follow Tina's tina/post_train_hf/rewards.py and open-r1's src/open_r1/rewards.py.
Correctness is decided by the real `math_verify` package with the configuration those
projects use; the Swift runtime re-implements that checker.

Used two ways:
  * by train.py: `make_reward(name, args)` gives a TRL reward callable named `name`;
  * as a CLI, to compare with the Swift values:
        python rewards.py score [--cosine_max_len N ...] < cases.jsonl
    Each input line is {"completion": str, "gold": str} (optionally "group": any JSON value;
    lines with the same group are one prompt's generations for `length`, a line without one
    is a group of its own). Each output line holds every builtin reward for that line,
    e.g. {"accuracy": 1.0, "format": 0.0, ...}; null where the reward has no opinion.
"""

import argparse
import json
import math
import re
import sys
from dataclasses import dataclass

from latex2sympy2_extended import NormalizationConfig
from math_verify import ExprExtractionConfig, LatexExtractionConfig, parse, verify

BUILTIN_REWARDS = [
    "accuracy",
    "format",
    "tag_count",
    "tag_count_open_r1",
    "strict_format",
    "length",
    "reasoning_steps",
    "cosine",
    "repetition_penalty",
]


@dataclass
class RewardSettings:
    """The tunable constants of the builtin rewards. Defaults are Tina's (tina/config.py);
    train.py passes its TinaArguments, which carry the same field names."""

    cosine_min_value_wrong: float = 0.0
    cosine_max_value_wrong: float = -0.5
    cosine_min_value_correct: float = 0.5
    cosine_max_value_correct: float = 1.0
    cosine_max_len: int = 1000
    repetition_n_grams: int = 3
    repetition_max_penalty: float = -1.0


# --- correctness (math-verify) ------------------------------------------------------------

# Completions: LaTeX only, \boxed{} before "final answer is", nothing without an anchor.
# The references also pass equations=True; in latex2sympy2_extended 1.11 that flag does
# nothing but log a deprecation warning on every parse, so it is left at False here.
def _completion_config(boxed):
    return [
        LatexExtractionConfig(
            normalization_config=NormalizationConfig(
                nits=False, malformed_operators=False, basic_latex=True, equations=False, boxed=boxed, units=True
            ),
            boxed_match_priority=0,
            try_extract_without_anchor=False,
        )
    ]


_COMPLETION_CONFIG = _completion_config("all")
# The length and cosine rewards pass `boxed=True` to the normaliser, which matches neither
# "all" nor "last", so boxes are not unpacked there: "none" says the same explicitly.
_COMPLETION_CONFIG_UNBOXED = _completion_config("none")


def accuracy(completion, gold):
    """1.0/0.0 for `verify(gold, answer)`; None when the gold cannot be parsed (the project
    then skips the example, and TRL's nansum does the same)."""
    gold_parsed = parse(gold, extraction_config=[LatexExtractionConfig(), ExprExtractionConfig()],
                        extraction_mode="first_match")
    if not gold_parsed:
        return None
    answer = parse(completion, extraction_config=_COMPLETION_CONFIG, extraction_mode="first_match")
    return 1.0 if verify(gold_parsed, answer) else 0.0


def length_reward_correctness(completion, gold):
    """The test inside len_reward and the cosine reward: gold parsed as LaTeX only, and the
    arguments of verify swapped (answer first), as the references do. None: unparseable gold."""
    gold_parsed = parse(gold, extraction_config=[LatexExtractionConfig()], extraction_mode="first_match")
    if not gold_parsed:
        return None
    answer = parse(completion, extraction_config=_COMPLETION_CONFIG_UNBOXED, extraction_mode="first_match")
    return bool(verify(answer, gold_parsed))


# --- shape ---------------------------------------------------------------------------------

def format_reward(completion):
    # The opening <think> is part of the R1 prompt, so only the closing tag is looked for.
    return 1.0 if completion.count("\n</think>\n") == 1 else 0.0


def tag_count(completion):
    score = 0.0
    if completion.count("<think>\n") == 1:
        score += 0.5
    if completion.count("\n</think>\n") == 1:
        score += 0.5
    return score


def tag_count_open_r1(completion):
    tags = ["<think>\n", "\n</think>\n", "\n<answer>\n", "\n</answer>"]
    return sum((0.25 for tag in tags if completion.count(tag) == 1), 0.0)


_STRICT_FORMAT = re.compile(r"^<think>\n.*?\n</think>\n<answer>\n.*?\n</answer>$", re.DOTALL | re.MULTILINE)


def strict_format(completion):
    return 1.0 if _STRICT_FORMAT.match(completion) else 0.0


_STEP_MARKERS = re.compile(r"(Step \d+:|^\d+\.|\n-|\n\*|First,|Second,|Next,|Finally,)")


def reasoning_steps(completion):
    return min(1.0, len(_STEP_MARKERS.findall(completion)) / 3)


def repetition_penalty(completion, ngram_size, max_penalty):
    if max_penalty > 0:
        raise ValueError(f"repetition_penalty: repetition_max_penalty {max_penalty} must not be positive")
    if ngram_size <= 0:
        raise ValueError(f"repetition_penalty: repetition_n_grams {ngram_size} must be positive")
    words = completion.lower().split()
    if completion == "" or len(words) < ngram_size:
        return 0.0
    ngrams = [tuple(words[i:i + ngram_size]) for i in range(len(words) - ngram_size + 1)]
    return (1 - len(set(ngrams)) / len(ngrams)) * max_penalty


# --- length ----------------------------------------------------------------------------------

def cosine(completion, gold, settings):
    """Lengths are characters (Python len), as in the references; lengths past the maximum
    are not clamped, so the cosine swings back there too."""
    if settings.cosine_max_len <= 0:
        raise ValueError(f"cosine: cosine_max_len {settings.cosine_max_len} must be positive")
    correct = length_reward_correctness(completion, gold)
    if correct is None:
        return 1.0
    progress = len(completion) / settings.cosine_max_len
    # Wrong answers swap the ends, exactly as the reference does.
    if correct:
        low, high = settings.cosine_min_value_correct, settings.cosine_max_value_correct
    else:
        low, high = settings.cosine_max_value_wrong, settings.cosine_min_value_wrong
    return low + 0.5 * (high - low) * (1.0 + math.cos(progress * math.pi))


def length_group(completions, golds):
    """Kimi 1.5's len_reward over one prompt's generations; unparseable golds count as correct."""
    lengths = [len(c) for c in completions]
    shortest, longest = min(lengths), max(lengths)
    if shortest == longest:
        return [0.0] * len(completions)
    rewards = []
    for completion, gold, size in zip(completions, golds, lengths):
        correct = length_reward_correctness(completion, gold)
        lam = 0.5 - (size - shortest) / (longest - shortest)
        rewards.append(lam if correct is None or correct else min(0.0, lam))
    return rewards


def consecutive_groups(keys):
    """Index ranges of runs of equal consecutive keys: TRL lays one prompt's generations out
    next to each other, so a run of one row id is one group (the Swift side's groups of G)."""
    groups, start = [], 0
    for i in range(1, len(keys) + 1):
        if i == len(keys) or keys[i] != keys[start]:
            groups.append(range(start, i))
            start = i
    return groups


# --- TRL adapters ------------------------------------------------------------------------------

def completion_text(completion):
    """TRL passes conversational completions as message lists: the text is the assistant's."""
    if isinstance(completion, str):
        return completion
    return "".join(m["content"] for m in completion if m.get("role") == "assistant")


def score_one(name, completion, gold, settings):
    """One completion's reward for every reward but `length`, which needs its group."""
    if name == "accuracy":
        return accuracy(completion, gold)
    if name == "format":
        return format_reward(completion)
    if name == "tag_count":
        return tag_count(completion)
    if name == "tag_count_open_r1":
        return tag_count_open_r1(completion)
    if name == "strict_format":
        return strict_format(completion)
    if name == "reasoning_steps":
        return reasoning_steps(completion)
    if name == "cosine":
        return cosine(completion, gold, settings)
    if name == "repetition_penalty":
        return repetition_penalty(completion, settings.repetition_n_grams, settings.repetition_max_penalty)
    raise ValueError(f"unknown builtin reward {name!r} (known: {', '.join(BUILTIN_REWARDS)})")


def score_batch(name, completions, golds, group_keys, settings):
    if name == "length":
        out = [0.0] * len(completions)
        for group in consecutive_groups(group_keys):
            for i, value in zip(group, length_group([completions[i] for i in group], [golds[i] for i in group])):
                out[i] = value
        return out
    return [score_one(name, c, g, settings) for c, g in zip(completions, golds)]


def make_reward(name, args):
    """A TRL reward function for builtin reward `name`; `args` carries RewardSettings' fields.
    The gold comes from the dataset column `tina_answer`, the groups from `tina_row`."""
    if name not in BUILTIN_REWARDS:
        raise ValueError(f"unknown builtin reward {name!r} (known: {', '.join(BUILTIN_REWARDS)})")
    settings = RewardSettings(**{f: getattr(args, f) for f in RewardSettings.__dataclass_fields__})

    def reward(prompts, completions, tina_answer, tina_row=None, **kwargs):
        texts = [completion_text(c) for c in completions]
        rows = tina_row if tina_row is not None else [0] * len(texts)
        return score_batch(name, texts, tina_answer, rows, settings)

    # TRL logs rewards/<__name__>/mean.
    reward.__name__ = name
    reward.__qualname__ = name
    return reward


# --- CLI ---------------------------------------------------------------------------------------

def _score_cli(argv):
    parser = argparse.ArgumentParser(prog="rewards.py score", description="Score JSON lines from stdin.")
    for field_name, spec in RewardSettings.__dataclass_fields__.items():
        parser.add_argument(f"--{field_name}", type=type(spec.default), default=spec.default)
    settings = RewardSettings(**vars(parser.parse_args(argv)))

    cases = [json.loads(line) for line in sys.stdin if line.strip()]
    completions = [c["completion"] for c in cases]
    golds = [c["gold"] for c in cases]
    # Members of one group need not be adjacent in the input: score each group together.
    members = {}
    for i, case in enumerate(cases):
        key = "group " + json.dumps(case["group"], sort_keys=True) if "group" in case else f"line {i}"
        members.setdefault(key, []).append(i)
    lengths = [0.0] * len(cases)
    for indices in members.values():
        for i, value in zip(indices, length_group([completions[i] for i in indices], [golds[i] for i in indices])):
            lengths[i] = value

    for i, (completion, gold) in enumerate(zip(completions, golds)):
        row = {name: (lengths[i] if name == "length" else score_one(name, completion, gold, settings))
               for name in BUILTIN_REWARDS}
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] != "score":
        sys.exit("usage: python rewards.py score [--cosine_max_len N ...] < cases.jsonl")
    _score_cli(sys.argv[2:])
