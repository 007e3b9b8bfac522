"""Log-probs that transformers (and PEFT) compute from files tina-repl wrote, for FamilyInteropTests
(run with .build-trl's python, which has transformers and peft).

    python family_interop_check.py MODEL_DIR ADAPTER_DIR|- IDS_JSON

prints [log p(ids[t+1] | ids[..t]) for each t] as JSON, in float32.
"""
import json
import sys

import torch
from transformers import AutoModelForCausalLM


def main(model_dir, adapter_dir, ids_json):
    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32)
    if adapter_dir != "-":
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, adapter_dir)
    model.eval()
    ids = torch.tensor([json.loads(ids_json)])
    with torch.no_grad():
        logits = model(input_ids=ids).logits[0, :-1]
    logprobs = torch.log_softmax(logits.float(), dim=-1).gather(1, ids[0, 1:, None])[:, 0]
    print(json.dumps(logprobs.tolist()))


if __name__ == "__main__":
    main(*sys.argv[1:4])
