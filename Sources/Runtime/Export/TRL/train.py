"""GRPO + LoRA training of a tina-repl session's trainer with TRL, PEFT and accelerate.

Written by tina-repl's exporter next to config.yaml (every setting lives there):

    python train.py --config config.yaml [--key value ...]
    accelerate launch --config_file accelerate.yaml train.py --config config.yaml

Command-line `--key value` pairs override config.yaml. On a machine without a GPU add
`--use_vllm false --bf16 false --use_cpu true`.

Relative paths in config.yaml (dataset_files, tina_reward_script) are relative to the folder
that holds config.yaml. Rewards named in `tina_rewards` are TinaScript functions: each process
runs one `tina-repl --rewards <script>` subprocess for them (TINA_REPL names the executable when
it is not on PATH).
"""

import atexit
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import torch
from datasets import load_dataset
from transformers import AutoModelForCausalLM, AutoTokenizer, TrainerCallback
from transformers.trainer_utils import get_last_checkpoint
from trl import GRPOConfig, GRPOTrainer, ModelConfig, TrlParser, get_peft_config

sys.path.insert(0, str(Path(__file__).resolve().parent))
import rewards  # noqa: E402  (lives next to this file)


@dataclass
class TinaArguments(rewards.RewardSettings):
    """What TRL's own configs do not cover: the data, the prompt and the rewards (the builtin
    rewards' constants are RewardSettings' fields)."""

    dataset_name: str | None = field(default=None, metadata={"help": "Hub data set id (when no dataset_files)."})
    dataset_config: str | None = field(default=None, metadata={"help": "Hub data set configuration."})
    dataset_files: list[str] = field(default_factory=list, metadata={
        "help": "Local .json/.jsonl/.csv/.parquet files, relative to config.yaml's folder; they form split 'train'."})
    dataset_split: str = field(default="train", metadata={"help": "Split to train on (e.g. 'train' or 'train[:100]')."})
    question_column: str = field(default="problem", metadata={"help": "Column with the question."})
    answer_column: str = field(default="solution", metadata={"help": "Column with the gold answer or solution."})
    wrap_answer_in_math: bool = field(default=False, metadata={
        "help": "Gold = '$' + answer + '$', so that math-verify reads a bare final answer as LaTeX."})
    system_prompt: str | None = field(default=None, metadata={"help": "System message; empty or unset: none."})
    max_prompt_tokens: int = field(default=512, metadata={"help": "Longest prompt, chat template included."})
    stop_step: int | None = field(default=None, metadata={
        "help": "Stop (and save) at this step while the lr schedule runs over max_steps, as the recipes' stop_step."})
    reward_funcs: list[str] = field(default_factory=lambda: ["accuracy", "format"], metadata={
        "help": "Reward names, in the order of reward_weights."})
    tina_reward_script: str | None = field(default=None, metadata={
        "help": "TinaScript file that defines the tina_rewards, relative to config.yaml's folder."})
    tina_rewards: list[str] = field(default_factory=list, metadata={
        "help": "Which reward_funcs are TinaScript functions of tina_reward_script."})


# --- data --------------------------------------------------------------------------------------

_BUILDERS = {".json": "json", ".jsonl": "json", ".csv": "csv", ".parquet": "parquet"}


def load_rows(args, base_dir):
    if args.dataset_files:
        files = [str(base_dir / f) for f in args.dataset_files]  # an absolute f stays as it is
        builders = {_BUILDERS.get(Path(f).suffix.lower()) for f in files}
        if None in builders or len(builders) != 1:
            raise ValueError(f"dataset_files must all be .json/.jsonl, .csv or .parquet files: {files}")
        # Local files make up one split, which `datasets` calls "train".
        return load_dataset(builders.pop(), data_files=files, split=args.dataset_split)
    if args.dataset_name:
        return load_dataset(args.dataset_name, args.dataset_config, split=args.dataset_split)
    raise ValueError("config.yaml names no data: set dataset_name or dataset_files")


def fit_prompt(messages, tokenizer, max_tokens, template_kwargs):
    """tina-repl keeps the last max_prompt_tokens tokens of the rendered prompt (template,
    system message and all). A conversational prompt cannot be cut inside the template, so
    here the user message loses tokens from its start until the rendered prompt fits. This
    differs when the system message and template alone exceed the limit (an error here) and
    by a token or two where re-encoding the cut text merges tokens differently."""

    def rendered_length(msgs):
        text = tokenizer.apply_chat_template(msgs, add_generation_prompt=True, tokenize=False, **template_kwargs)
        return len(tokenizer(text, add_special_tokens=False)["input_ids"])

    excess = rendered_length(messages) - max_tokens
    while excess > 0:
        ids = tokenizer(messages[-1]["content"], add_special_tokens=False)["input_ids"]
        if not ids:
            raise ValueError(f"max_prompt_tokens {max_tokens} is shorter than the chat template and system prompt")
        messages = messages[:-1] + [{"role": "user", "content": tokenizer.decode(ids[excess:])}]
        excess = rendered_length(messages) - max_tokens
    return messages


def build_prompts(dataset, args, tokenizer, template_kwargs):
    """The conversational `prompt` TRL generates from, plus the gold (`tina_answer`) and row
    index (`tina_row`) the rewards read, in the form tina-repl builds them."""
    for column in (args.question_column, args.answer_column):
        if column not in dataset.column_names:
            raise ValueError(f"no column {column!r} in the data set (columns: {dataset.column_names})")

    def row_to_prompt(row, index):
        question, answer = row[args.question_column], row[args.answer_column]
        if question is None or answer is None:
            raise ValueError(f"row {index} has no question or no answer")
        messages = [{"role": "system", "content": args.system_prompt}] if args.system_prompt else []
        messages.append({"role": "user", "content": str(question)})
        gold = "$" + str(answer) + "$" if args.wrap_answer_in_math else str(answer)
        return {"prompt": fit_prompt(messages, tokenizer, args.max_prompt_tokens, template_kwargs),
                "tina_answer": gold, "tina_row": index}

    # Only the new columns stay: TRL hands every column to the reward functions.
    return dataset.map(row_to_prompt, with_indices=True, remove_columns=dataset.column_names)


# --- TinaScript rewards ---------------------------------------------------------------------------

class TinaScriptRewards:
    """One `tina-repl --rewards SCRIPT` subprocess, started on first use in each process (so
    one per rank), spoken to in JSON lines: it announces {"ready": true, "functions": [...]},
    then answers each {"function", "completions", "examples"} with {"scores"} or {"error"}."""

    def __init__(self, script):
        self.script = script
        self.process = None
        self.functions = []

    def _start(self):
        executable = os.environ.get("TINA_REPL") or shutil.which("tina-repl")
        if not executable:
            raise RuntimeError("TinaScript rewards need tina-repl: set TINA_REPL or put tina-repl on PATH")
        self.process = subprocess.Popen([executable, "--rewards", self.script], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, bufsize=1)
        atexit.register(self.close)
        hello = self._read_line("starting")
        if not hello.get("ready"):
            raise RuntimeError(f"tina-repl --rewards {self.script} did not say it was ready: {hello}")
        self.functions = list(hello.get("functions", []))

    def _read_line(self, doing):
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"tina-repl --rewards {self.script} ended while {doing} "
                               f"(exit code {self.process.poll()}); its error output is above")
        return json.loads(line)

    def score(self, name, completions, examples):
        if self.process is None:
            self._start()
        if name not in self.functions:
            raise RuntimeError(f"TinaScript reward {name!r} is not defined in {self.script} "
                               f"(it defines: {', '.join(self.functions) or 'nothing'})")
        request = {"function": name, "completions": completions, "examples": examples}
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        reply = self._read_line(f"scoring {name}")
        if "error" in reply:
            raise RuntimeError(f"TinaScript reward {name!r} failed: {reply['error']}")
        scores = reply.get("scores")
        if not isinstance(scores, list) or len(scores) != len(completions):
            raise RuntimeError(f"TinaScript reward {name!r} answered {reply} for {len(completions)} completions")
        return [None if s is None else float(s) for s in scores]

    def close(self):
        if self.process is None or self.process.poll() is not None:
            return
        self.process.stdin.close()  # end of input asks it to stop
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def make_tina_reward(name, server):
    def reward(prompts, completions, tina_answer, tina_row, **kwargs):
        examples = [{"messages": prompt, "answer": answer, "row": int(row), "scorer": "math-verify"}
                    for prompt, answer, row in zip(prompts, tina_answer, tina_row)]
        return server.score(name, [rewards.completion_text(c) for c in completions], examples)

    # TRL logs rewards/<__name__>/mean.
    reward.__name__ = name
    reward.__qualname__ = name
    return reward


def reward_functions(args, base_dir):
    unknown = [n for n in args.tina_rewards if n not in args.reward_funcs]
    if unknown:
        raise ValueError(f"tina_rewards {unknown} are not in reward_funcs {args.reward_funcs}")
    server = None
    if args.tina_rewards:
        if not args.tina_reward_script:
            raise ValueError("tina_rewards are set but tina_reward_script is not")
        server = TinaScriptRewards(str(base_dir / args.tina_reward_script))
    return [make_tina_reward(n, server) if n in args.tina_rewards else rewards.make_reward(n, args)
            for n in args.reward_funcs]


class StopAtStep(TrainerCallback):
    """Ends training at `stop_step` with a checkpoint: the schedule runs over max_steps, but
    the recipes stop earlier (Tina-Open-RS2: 850 of 1500)."""

    def __init__(self, stop_step):
        self.stop_step = stop_step

    def on_step_end(self, args, state, control, **kwargs):
        if state.global_step >= self.stop_step:
            control.should_training_stop = True
            control.should_save = True
        return control


# --- main -------------------------------------------------------------------------------------------

def config_folder(argv):
    if "--config" in argv:
        return Path(argv[argv.index("--config") + 1]).resolve().parent
    return Path(__file__).resolve().parent


def main():
    base_dir = config_folder(sys.argv)
    parser = TrlParser((GRPOConfig, ModelConfig, TinaArguments))
    training_args, model_args, tina_args = parser.parse_args_and_config()

    tokenizer = AutoTokenizer.from_pretrained(model_args.model_name_or_path, revision=model_args.model_revision)
    with training_args.main_process_first(desc="building prompts"):
        dataset = build_prompts(load_rows(tina_args, base_dir), tina_args, tokenizer,
                                training_args.chat_template_kwargs or {})

    dtype = model_args.dtype if model_args.dtype in (None, "auto") else getattr(torch, model_args.dtype)
    model = AutoModelForCausalLM.from_pretrained(model_args.model_name_or_path, revision=model_args.model_revision,
                                                 dtype=dtype, attn_implementation=model_args.attn_implementation)

    # Given a peft_config, TRL adds a fresh adapter itself and takes the reference log-probs
    # with the adapter disabled, i.e. from the initial policy.
    trainer = GRPOTrainer(model=model, reward_funcs=reward_functions(tina_args, base_dir), args=training_args,
                          train_dataset=dataset, processing_class=tokenizer, peft_config=get_peft_config(model_args),
                          callbacks=[StopAtStep(tina_args.stop_step)] if tina_args.stop_step else None)

    last = get_last_checkpoint(training_args.output_dir) if os.path.isdir(training_args.output_dir) else None
    trainer.train(resume_from_checkpoint=last)
    trainer.save_state()
    trainer.save_model(training_args.output_dir)


if __name__ == "__main__":
    main()
