"""Executes the example notebook with the real nbconvert, and checks the notebooks tina-repl writes.

usage: python jupyter_notebook_check.py TINA_REPL WORK_DIR EXAMPLE_NOTEBOOK

Installs the kernel spec under WORK_DIR, runs `jupyter nbconvert --to notebook --execute` on the
example, and checks every cell's outputs; then writes a notebook with `tina-repl --notebook` and
validates it against the nbformat schema. Prints one line per check; exits 1 at the first failure.
"""
import base64
import os
import re
import subprocess
import sys

import nbformat

exe, work, example = sys.argv[1], sys.argv[2], os.path.abspath(sys.argv[3])
subprocess.run([exe, "--install-kernel", "--prefix", work], check=True, stdout=subprocess.DEVNULL)
env = dict(os.environ, JUPYTER_PATH=os.path.join(work, "share", "jupyter"))
jupyter = os.path.join(os.path.dirname(sys.executable), "jupyter")


def check(cond, what, detail=""):
    if not cond:
        print(f"FAIL {what}: {detail}")
        sys.exit(1)
    print(f"ok {what}")


run = subprocess.run([jupyter, "nbconvert", "--to", "notebook", "--execute", example,
                      "--ExecutePreprocessor.kernel_name=tinascript", "--ExecutePreprocessor.timeout=300",
                      "--output-dir", work], env=env, capture_output=True, text=True)
check(run.returncode == 0, "nbconvert --execute", run.stderr[-3000:])
executed = nbformat.read(os.path.join(work, os.path.basename(example)), as_version=4)
nbformat.validate(executed)
code = [c for c in executed.cells if c.cell_type == "code"]
outputs = [o for c in code for o in c.outputs]
check(all(c.execution_count for c in code), "every code cell ran", [c.execution_count for c in code])
check(not [o for o in outputs if o.output_type == "error"], "no cell failed", outputs)
info = code[0].outputs[0]
check(info.output_type == "execute_result" and re.search(r"^layers +2$", info.data["text/plain"], re.M), "the fixture model loaded", info)
tables = [o for o in outputs if o.output_type == "display_data" and "text/html" in o.data]
check(tables and "<table>" in tables[0].data["text/html"] and "What is $67 + 81$?" in tables[0].data["text/html"],
      "ds.show is an HTML table", tables)
results = [o for o in outputs if o.output_type == "execute_result" and "text/html" in o.data]
check(results and "pass@1" in results[0].data["text/html"] and "pass@1" in results[0].data["text/plain"],
      "compare is a table (HTML and text)", results)
streams = "".join(o.text for o in outputs if o.output_type == "stream")
check("one GRPO step: mean reward" in streams, "one GRPO step", streams)
charts = [o for o in outputs if o.output_type == "execute_result" and "image/png" in o.data]
check(charts and base64.b64decode(charts[-1].data["image/png"])[:8] == b"\x89PNG\r\n\x1a\n", "the chart is a PNG", charts)

script = os.path.join(work, "cells.tina")
with open(script, "w") as f:
    f.write('# %%\nprint("hi")\n1 + 1\n# %%\nplot([1, 2, 3])\n# %%\nundefined_name\n')
written = os.path.join(work, "written.ipynb")
run = subprocess.run([exe, "--notebook", written, script], capture_output=True, text=True)
check(run.returncode == 1, "--notebook stops at the failing cell", run.returncode)
nb = nbformat.read(written, as_version=4)
nbformat.validate(nb)
kinds = [[o.output_type for o in c.outputs] for c in nb.cells]
check(kinds == [["stream", "execute_result"], ["execute_result"], ["error"]], "--notebook writes nbformat 4 outputs", kinds)
check(nb.metadata.kernelspec.name == "tinascript" and "image/png" in nb.cells[1].outputs[0].data, "kernelspec and chart", nb.metadata)
print("all notebook checks passed")
