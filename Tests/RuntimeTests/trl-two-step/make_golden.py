"""Two consecutive GRPO steps by TRL's own GRPOTrainer on the tiny-r1 fixture, for TRLStepTests.

With num_iterations=2 the second step trains again on the first step's batch with the old log-probs
fixed at generation time, so the importance ratio differs from 1 and the reference (a frozen copy of
the loaded adapter) differs from the policy: the ratio, the clipping and the gradient of the
bias-corrected KL all show. The batch is the one of ../shared/fixtures/golden/trl-step.

Run from the project root with TRL installed (versions as in the fixtures):
    .build-venv/bin/pip install torch==2.13.0+cpu transformers==5.24.0 peft==0.21.2 trl==1.16.0 accelerate
    .build-venv/bin/python Tests/RuntimeTests/trl-two-step/make_golden.py
It writes golden.json beside this file.
"""
import json
import os
import sys
import tempfile

os.environ.setdefault("TRL_EXPERIMENTAL_SILENCE", "1")
import torch
from datasets import Dataset
from peft import PeftModel
from safetensors.torch import load_file
from transformers import AutoModelForCausalLM, AutoTokenizer, TrainerCallback
from trl import GRPOConfig, GRPOTrainer

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "..", "..", "..", "shared", "fixtures")
STEP = json.load(open(os.path.join(FIXTURES, "golden", "trl-step", "tiny-r1-trl-step.json")))
BATCH = STEP["batch"]
G = STEP["config"]["num_generations"]


def run(loss_type, epsilon_high, lr):
    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_pretrained(os.path.join(FIXTURES, "models", "tiny-r1"), dtype=torch.float32)
    model = PeftModel.from_pretrained(model, os.path.join(FIXTURES, "models", "tiny-r1-lora"), is_trainable=True)
    tokenizer = AutoTokenizer.from_pretrained(os.path.join(FIXTURES, "models", "tiny-r1"))
    prompts = [p for p in STEP["prompts"]]
    dataset = Dataset.from_list([{"prompt": p} for p in prompts])
    rewards = {tuple(c): r for c, r in zip(BATCH["completion_ids"], BATCH["rewards"])}
    calls = []

    def rollout(batch_prompts, trainer):
        calls.append(len(batch_prompts))
        n = len(batch_prompts)
        rows = [i for i in range(len(BATCH["completion_ids"]))][:n]
        return {"prompt_ids": [BATCH["prompt_ids"][i] for i in rows], "completion_ids": [BATCH["completion_ids"][i] for i in rows],
                "logprobs": [[0.0] * len(BATCH["completion_ids"][i]) for i in rows]}

    def given_reward(prompts, completions, completion_ids, **kwargs):
        return [rewards[tuple(c)] for c in completion_ids]

    logs = []

    class Keep(TrainerCallback):
        def on_log(self, args, state, control, logs=None, **kwargs):
            if logs and "loss" in logs:
                kept.append(dict(logs))

    kept = logs
    out = tempfile.mkdtemp()
    config = GRPOConfig(output_dir=out, per_device_train_batch_size=len(BATCH["completion_ids"]), num_generations=G,
                        max_completion_length=STEP["config"]["max_completion_length"], temperature=STEP["config"]["temperature"],
                        beta=STEP["config"]["beta"], epsilon=STEP["config"]["epsilon"], epsilon_high=epsilon_high,
                        loss_type=loss_type, scale_rewards="group", learning_rate=lr, lr_scheduler_type="constant",
                        max_grad_norm=1.0, gradient_accumulation_steps=1, num_iterations=2, max_steps=2, logging_steps=1,
                        bf16=False, report_to=[], save_strategy="no", seed=0, use_cpu=True, shuffle_dataset=False)
    trainer = GRPOTrainer(model=model, reward_funcs=[given_reward], args=config, train_dataset=dataset, processing_class=tokenizer,
                          rollout_func=rollout, callbacks=[Keep()])
    trainer.train()
    assert calls == [len(BATCH["completion_ids"])], f"one generation for both steps, got {calls}"
    adapter = {k: v.detach().float().tolist() for k, v in trainer.model.state_dict().items() if "lora_" in k}
    return {"name": f"{loss_type}-lr{lr}", "loss_type": loss_type, "epsilon_high": epsilon_high, "learning_rate": lr,
            "steps": [{k: logs[i][k] for k in ("loss", "grad_norm", "kl", "entropy", "clip_ratio/region_mean", "clip_ratio/low_mean",
                                               "clip_ratio/high_mean")} for i in range(2)],
            "trl_logs": logs, "adapter_after": adapter}


def peft_name(key):
    # state_dict keys carry the adapter name: ...lora_A.default.weight → ...lora_A.weight
    return key.replace(".default.", ".")


cases = []
for loss_type, eps_high, lr in [("grpo", 0.2, 2e-4), ("dapo", 0.28, 2e-4), ("dr_grpo", 0.2, 4e-4)]:
    c = run(loss_type, eps_high, lr)
    c["adapter_after"] = {peft_name(k): v for k, v in c["adapter_after"].items() if ".ref." not in k}
    cases.append(c)
    print(c["name"], c["steps"], file=sys.stderr)

def shortest(x):
    """Floats as their float32 values in 9 significant digits (exact for float32; keeps the file small)."""
    if isinstance(x, float):
        return float("%.9g" % x)
    if isinstance(x, list):
        return [shortest(v) for v in x]
    if isinstance(x, dict):
        return {k: shortest(v) for k, v in x.items()}
    return x


json.dump(shortest({"about": "two GRPOTrainer steps (num_iterations=2, same batch) on tiny-r1 + tiny-r1-lora; made by make_golden.py",
           "versions": {m.__name__: m.__version__ for m in [torch, __import__("trl"), __import__("transformers"), __import__("peft")]},
           "batch": "../shared/fixtures/golden/trl-step/tiny-r1-trl-step.json", "config": {**STEP["config"], "num_iterations": 2, "max_steps": 2},
           "cases": cases}), open(os.path.join(HERE, "golden.json"), "w"))
