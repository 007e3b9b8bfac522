"""Recomputes the expected values of the reward test data from the reference implementations.

The inputs (each case's completion and gold) are written by hand and stay as they are; this
script fills in what the reference says about them, so the expectations can be regenerated
and audited rather than trusted:

  math_verify_extra_cases.jsonl   {"completion", "gold", "reward"}: the accuracy reward of
                                  math-verify 0.9.0 under Tina's configuration (null: the gold
                                  does not parse, so the example is skipped).
  reward_golden.json              per case, Tina's and open-r1's format, tag-count, reasoning-
                                  steps, repetition and cosine rewards; per group, len_reward.

Usage (not run in CI; needs `pip install math-verify==0.9.0`, and for `rewards` checkouts of
https://github.com/shangshang-wang/Tina and https://github.com/huggingface/open-r1):

  python make_reward_data.py math-verify [--check]
  python make_reward_data.py rewards --tina-rewards Tina/tina/post_train_hf/rewards.py \
      --open-r1-rewards open-r1/src/open_r1/rewards.py [--check]

--check prints the cases whose expected value differs from the reference and writes nothing.
"""

import argparse
import importlib.util
import json
import math
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
EXTRA_CASES = HERE / "math_verify_extra_cases.jsonl"
REWARD_GOLDEN = HERE / "reward_golden.json"


def parse_completion(completion, boxed):
    """A completion as Tina's rewards parse it: LaTeX extraction only, boxed answers first, no
    extraction without an anchor; basic LaTeX, equations and units normalised; `boxed` says
    which boxes the normaliser unpacks ("all" for accuracy, "none" inside the length rewards)."""
    from latex2sympy2_extended import NormalizationConfig
    from math_verify import LatexExtractionConfig, parse

    return parse(
        completion,
        extraction_config=[LatexExtractionConfig(
            normalization_config=NormalizationConfig(nits=False, malformed_operators=False, basic_latex=True,
                                                     equations=True, boxed=boxed, units=True),
            boxed_match_priority=0, try_extract_without_anchor=False)],
        extraction_mode="first_match")


def tina_accuracy(completion, gold):
    """Tina's accuracy_reward (tina/post_train_hf/rewards.py, as open-r1's): the gold parsed with
    first-match defaults, then verify(gold, answer); None when the gold does not parse."""
    from math_verify import parse, verify

    gold_parsed = parse(gold, extraction_mode="first_match")
    if len(gold_parsed) == 0:
        return None
    try:
        return float(verify(gold_parsed, parse_completion(completion, boxed="all")))
    except Exception:
        return 0.0


def length_reward_correctness(completion, gold):
    """The correctness test inside len_reward and the cosine reward: the gold parsed as LaTeX
    only, the completion without unpacking boxes, verify(answer, gold); None when the gold does
    not parse (those rewards then count the example as correct)."""
    from math_verify import LatexExtractionConfig, parse, verify

    gold_parsed = parse(gold, extraction_mode="first_match", extraction_config=[LatexExtractionConfig()])
    if len(gold_parsed) == 0:
        return None
    return bool(verify(parse_completion(completion, boxed="none"), gold_parsed))


def load_module(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def same(a, b):
    if a is None or b is None or isinstance(a, bool) or isinstance(b, bool):
        return a == b
    return math.isclose(a, b, rel_tol=0, abs_tol=1e-12)


def report(differences, total):
    for d in differences:
        print("DIFFERS", d)
    print(f"{total - len(differences)}/{total} cases agree with the reference")


def math_verify_cases(check):
    cases = [json.loads(line) for line in EXTRA_CASES.read_text().splitlines() if line.strip()]
    differences = []
    for c in cases:
        expected = tina_accuracy(c["completion"], c["gold"])
        if not same(expected, c["reward"]):
            differences.append(f"{c!r}: reference {expected!r}")
        c["reward"] = expected
    report(differences, len(cases))
    if not check:
        EXTRA_CASES.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases))


def reward_cases(tina_path, open_r1_path, check):
    tina = load_module(tina_path, "tina_rewards")
    open_r1 = load_module(open_r1_path, "open_r1_rewards")
    golden = json.loads(REWARD_GOLDEN.read_text())

    def one(fn, completion, **kwargs):
        return fn([[{"content": completion}]], **kwargs)[0]

    # Tina's cosine constants (tina/config.py ModelPTConfig); repetition: n-gram 3, penalty -1.
    cosine = tina.get_cosine_scaled_reward(min_value_wrong=0.0, max_value_wrong=-0.5, min_value_correct=0.5,
                                           max_value_correct=1.0, max_len=1000)
    repetition = tina.get_repetition_penalty_reward(ngram_size=3, max_penalty=-1.0)
    differences = []
    for c in golden["cases"]:
        text, gold = c["completion"], c["gold"]
        expected = {
            "length": len(text),
            "format": one(tina.format_reward, text),
            "tag_count": one(tina.tag_count_reward, text),
            "tag_count_open_r1": one(open_r1.tag_count_reward, text),
            "strict_format": one(open_r1.format_reward, text),
            "reasoning_steps": one(open_r1.reasoning_steps_reward, text),
            "repetition": one(repetition, text),
            "cosine": one(cosine, text, solution=[gold]),
            "correct_len": length_reward_correctness(text, gold),
        }
        for key, value in expected.items():
            if not same(value, c[key]):
                differences.append(f"{text!r} {key}: stored {c[key]!r}, reference {value!r}")
            c[key] = value
    group = golden["group"]
    expected = tina.len_reward([[{"content": t}] for t in group["completions"]], solution=group["golds"])
    if not all(same(a, b) for a, b in zip(expected, group["len_reward"])):
        differences.append(f"group len_reward: stored {group['len_reward']!r}, reference {expected!r}")
    group["len_reward"] = expected
    report(differences, len(golden["cases"]) + 1)
    if not check:
        REWARD_GOLDEN.write_text(json.dumps(golden, indent=1, ensure_ascii=False) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    mv = sub.add_parser("math-verify", help="math_verify_extra_cases.jsonl")
    mv.add_argument("--check", action="store_true")
    rw = sub.add_parser("rewards", help="reward_golden.json")
    rw.add_argument("--tina-rewards", required=True, type=pathlib.Path)
    rw.add_argument("--open-r1-rewards", required=True, type=pathlib.Path)
    rw.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.what == "math-verify":
        math_verify_cases(args.check)
    else:
        reward_cases(args.tina_rewards, args.open_r1_rewards, args.check)
    return 0


if __name__ == "__main__":
    sys.exit(main())
