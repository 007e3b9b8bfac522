"""PyTorch + PEFT doing what `tina-bench train` does: LoRA r=32 (all seven projections) forward +
backward of one 512-token sequence on the checkpoint in DIR, bf16 weights on CPU, 2 threads.
Used by scripts/bench-train only. Usage: bench_train_torch.py DIR [tokens]"""
import resource, sys, time

import torch
from peft import LoraConfig, get_peft_model
from transformers import AutoModelForCausalLM

torch.set_num_threads(2)
path, tokens = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 512
model = AutoModelForCausalLM.from_pretrained(path, torch_dtype=torch.bfloat16)
model = get_peft_model(model, LoraConfig(r=32, lora_alpha=64, lora_dropout=0.0, task_type="CAUSAL_LM",
                                         target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]))
ids = torch.randint(0, 150000, (1, tokens + 1), generator=torch.Generator().manual_seed(3))
times = []
for _ in range(2):
    t0 = time.time()
    logits = model(input_ids=ids[:, :-1]).logits.float()
    logp = torch.log_softmax(logits, -1).gather(-1, ids[:, 1:, None]).squeeze(-1)
    (-logp.mean()).backward()
    times.append(time.time() - t0)
    print(f"torch: step {len(times)}: {times[-1]:.2f} s", flush=True)
    model.zero_grad(set_to_none=True)
best = min(times)
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1048576
print(f"torch: LoRA r=32 fwd+bwd of {tokens} tokens: {best:.2f} s/step, {tokens / best:.1f} tok/s, peak RSS {rss:.2f} GiB")
