"""What TRL and accelerate make of an exported project, for ExportTests (run with .build-trl's python).

    python trl_export_check.py config DIR       the three dataclasses TrlParser builds from DIR/config.yaml, as JSON
    python trl_export_check.py accelerate FILE  accelerate's own config loader on FILE, as JSON
"""
import dataclasses
import json
import sys


def config(folder):
    sys.path.insert(0, folder)
    import train  # the exported train.py, with its TinaArguments
    from trl import GRPOConfig, ModelConfig, TrlParser

    parser = TrlParser((GRPOConfig, ModelConfig, train.TinaArguments))
    # The CPU overrides of a machine without a GPU, as train.py documents them.
    parsed = parser.parse_args_and_config(["--config", folder + "/config.yaml", "--bf16", "false", "--use_cpu", "true"])
    out = {}
    for obj in parsed:
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            out[f.name] = value if isinstance(value, (str, int, float, bool, list, dict, type(None))) else str(value)
    # TrainingArguments turns some values into enums or lists; keep what the test compares readable.
    out["lr_scheduler_type"] = str(getattr(parsed[0], "lr_scheduler_type").value)
    out["report_to"] = parsed[0].report_to
    print(json.dumps(out, default=str))


def accelerate(path):
    from accelerate.commands.config.config_args import load_config_from_file

    c = load_config_from_file(path)
    print(json.dumps({"class": type(c).__name__, "distributed_type": str(getattr(c.distributed_type, "value", c.distributed_type)),
                      "num_processes": c.num_processes, "mixed_precision": str(getattr(c.mixed_precision, "value", c.mixed_precision)),
                      "zero_stage": c.deepspeed_config.get("zero_stage")}))


if __name__ == "__main__":
    {"config": config, "accelerate": accelerate}[sys.argv[1]](sys.argv[2])
