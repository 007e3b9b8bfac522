"""Drives tina-repl as a Jupyter kernel with the real client, jupyter_client.

usage: python jupyter_kernel_check.py TINA_REPL WORK_DIR

Installs the kernel spec under WORK_DIR, starts the kernel through a KernelManager, and checks
each request type, interrupts (control message and SIGINT), forged messages, restart and
shutdown. Prints one line per check; exits 1 at the first failure.
"""
import atexit
import hashlib
import hmac
import json
import os
import signal
import subprocess
import sys
import time
import uuid

import zmq
from jupyter_client.manager import KernelManager

exe, work = sys.argv[1], sys.argv[2]
subprocess.run([exe, "--install-kernel", "--prefix", work], check=True, stdout=subprocess.DEVNULL)
os.environ["JUPYTER_PATH"] = os.path.join(work, "share", "jupyter")
stderr_path = os.path.join(work, "kernel-stderr.txt")


def check(cond, what, detail=""):
    if not cond:
        print(f"FAIL {what}: {detail}")
        sys.exit(1)
    print(f"ok {what}")


def run(kc, code, timeout=60):
    """Executes code; returns (reply content, iopub messages of that request before idle)."""
    return collect(kc, kc.execute(code), timeout)


def collect(kc, msg_id, timeout=60):
    outputs = []
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
        outputs.append(msg)
    return shell_reply(kc, msg_id, timeout)["content"], outputs


def shell_reply(kc, msg_id, timeout=30):
    while True:
        reply = kc.get_shell_msg(timeout=timeout)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply


def of_type(outputs, kind):
    return [m["content"] for m in outputs if m["msg_type"] == kind]


stderr_file = open(stderr_path, "w")
km = KernelManager(kernel_name="tinascript")
km.start_kernel(stdout=subprocess.DEVNULL, stderr=stderr_file)
# A failed check must not leave the kernel holding the caller's pipes.
atexit.register(lambda: km.is_alive() and km.shutdown_kernel(now=True))
kc = km.client()
kc.start_channels()
kc.wait_for_ready(timeout=60)

info = kc.kernel_info(reply=True, timeout=10)["content"]
check(info["protocol_version"] == "5.3" and info["language_info"]["name"] == "tinascript", "kernel_info", info)

reply, out = run(kc, 'print("hello")\nlet x = 40\nx + 2')
streams = "".join(c["text"] for c in of_type(out, "stream"))
results = of_type(out, "execute_result")
check(reply["status"] == "ok" and streams == "hello\n", "execute: stdout as stream", (reply, streams))
check(results and results[0]["data"]["text/plain"] == "42" and results[0]["execution_count"] == reply["execution_count"],
      "execute: value as execute_result", results)
inputs = of_type(out, "execute_input")
check(inputs and inputs[0]["code"].startswith('print("hello")'), "execute_input published", inputs)

reply, out = run(kc, "x * 10")
check(of_type(out, "execute_result")[0]["data"]["text/plain"] == "400", "the session lives between cells", out)

reply, out = run(kc, 'fn inner() { return nothing_here + 1 }\nfn outer() { inner() }\nouter()')
errors = of_type(out, "error")
check(reply["status"] == "error" and errors, "error reply and message", reply)
trace = "\n".join(errors[0]["traceback"])
check("nothing_here" in errors[0]["evalue"] and "in inner, called from" in trace and "in outer, called from" in trace,
      "error: message and call sites", errors[0])

reply, out = run(kc, 'for i in 0..<3 { print(i) }')
check("".join(c["text"] for c in of_type(out, "stream")) == "0\n1\n2\n", "prints in a loop", out)

reply, out = run(kc, ":who")
check(reply["status"] == "ok" and "x" in "".join(c["text"] for c in of_type(out, "stream")), "REPL commands in cells", out)
reply, out = run(kc, "?len")
check("len(" in "".join(c["text"] for c in of_type(out, "stream")), "?name shows help", out)

complete = kc.complete("let total = 1\ntot", 17, reply=True, timeout=10)["content"]
check(complete["status"] == "ok" and complete["cursor_start"] == 14 and complete["cursor_end"] == 17,
      "complete: cursor range", complete)
complete = kc.complete("pri", 3, reply=True, timeout=10)["content"]
check("print" in complete["matches"] and complete["cursor_start"] == 0, "complete: builtins", complete)
complete = kc.complete("adamw(weight_d", 14, reply=True, timeout=10)["content"]
check("weight_decay:" in complete["matches"], "complete: keyword arguments", complete)

inspect = kc.inspect("print(x)", 3, reply=True, timeout=10)["content"]
check(inspect["found"] and "print(" in inspect["data"]["text/plain"], "inspect: help text", inspect)
inspect = kc.inspect("no_such_name", 4, reply=True, timeout=10)["content"]
check(not inspect["found"], "inspect: unknown name", inspect)

for code, want in [("if x > 1 {", "incomplete"), ("1 + 2", "complete"), ("let = )", "invalid")]:
    status = shell_reply(kc, kc.is_complete(code))["content"]["status"]
    check(status == want, f"is_complete {code!r}", status)

history = kc.history(hist_access_type="tail", n=2, reply=True, timeout=10)["content"]["history"]
check([h[2] for h in history][-1] == "for i in 0..<3 { print(i) }", "history tail", history)

# Interrupt by control message (the spec's interrupt_mode), then by SIGINT.
for how in ["message", "signal"]:
    msg_id = kc.execute("let i = 0\nwhile true { i += 1 }")
    time.sleep(1.5)
    if how == "message":
        km.interrupt_kernel()
    else:
        km.signal_kernel(signal.SIGINT)
    reply = shell_reply(kc, msg_id)
    check(reply["content"]["status"] == "error" and reply["content"]["ename"] == "Interrupted",
          f"interrupt by {how}", reply["content"])
    reply, out = run(kc, "i > 0")
    check(km.is_alive() and of_type(out, "execute_result")[0]["data"]["text/plain"] == "true",
          f"alive after the interrupt by {how}", out)

# input() asks through the stdin channel.
msg_id = kc.execute('let answer = input("run name? ")\nf"run {answer}"', allow_stdin=True)
ask = kc.get_stdin_msg(timeout=10)
check(ask["msg_type"] == "input_request" and ask["content"]["prompt"] == "run name? ", "input_request on stdin", ask)
kc.input("tina-1")
reply, out = collect(kc, msg_id)
check(reply["status"] == "ok" and of_type(out, "execute_result")[0]["data"]["text/plain"] == '"run tina-1"', "input_reply read", out)
reply, out = collect(kc, kc.execute('input("no stdin")', allow_stdin=False))
check(reply["status"] == "error" and "allow_stdin" in reply["evalue"], "input without stdin is an error", reply)

# A progress bar is one display, updated in place, not thousands of stream lines.
reply, out = run(kc, """let tok = char_tokenizer()
let tm = model_init({"hidden_size": 32, "intermediate_size": 64, "num_hidden_layers": 1, "num_attention_heads": 2,
                     "num_key_value_heads": 1, "vocab_size": tok.vocab_size, "max_position_embeddings": 32,
                     "rope_theta": 10000, "bos_token_id": tok.bos_id, "eos_token_id": tok.eos_ids[0]},
                    seed: 1, dtype: "f32", tokenizer: tok)
len(sft(tm, [{"prompt": "1+1=", "completion": "2"}], optimizer: adamw(lr: 1e-3), steps: 3000, batch: 4, train: "all"))""")
shown = of_type(out, "display_data")
updates = of_type(out, "update_display_data")
ids = {m["transient"]["display_id"] for m in shown + updates}
check(reply["status"] == "ok" and len(shown) == 1 and len(updates) >= 2 and len(ids) == 1, "progress: one display updated in place",
      (len(shown), len(updates), ids))
check("3000/3000" in updates[-1]["data"]["text/plain"] and not of_type(out, "stream"), "progress: the final state, no stream",
      updates[-1])

# Forged messages: signed with another key, and unsigned. Neither may run or be answered.
with open(km.connection_file) as f:
    conn = json.load(f)
sock = zmq.Context.instance().socket(zmq.DEALER)
sock.connect(f"tcp://{conn['ip']}:{conn['shell_port']}")
for key in [b"not-the-key", None]:
    header = {"msg_id": uuid.uuid4().hex, "session": uuid.uuid4().hex, "username": "mallory", "date": "2026-01-01T00:00:00Z",
              "msg_type": "execute_request", "version": "5.3"}
    parts = [json.dumps(p).encode() for p in [header, {}, {}, {"code": 'print("forged")', "silent": False}]]
    signature = hmac.new(key, b"".join(parts), hashlib.sha256).hexdigest().encode() if key else b""
    sock.send_multipart([b"<IDS|MSG>", signature] + parts)
check(sock.poll(2000) == 0, "forged and unsigned messages get no reply")
reply, out = run(kc, '"still here"')
check("forged" not in json.dumps(out, default=str) and of_type(out, "execute_result"), "forged code did not run", out)

reply, out = run(kc, 'plot([3, 1, 4, 1, 5], title: "numbers")')
data = of_type(out, "execute_result")[0]["data"]
check("image/png" in data and "text/plain" in data, "a chart as image/png", list(data))

km.restart_kernel(now=False)
kc.wait_for_ready(timeout=60)
reply, out = run(kc, 'type(x)')
check(reply["status"] == "error", "restart: a fresh session", reply)
reply, out = run(kc, "6 * 7")
check(of_type(out, "execute_result")[0]["data"]["text/plain"] == "42", "restart: runs cells", out)

kc.stop_channels()
km.shutdown_kernel(now=False)
check(not km.is_alive(), "shutdown")
stderr_file.close()
log = open(stderr_path).read()
check("dropped a message" in log and conn["key"] not in log, "drops are logged, the key never", log[-500:])
print("all kernel checks passed")
