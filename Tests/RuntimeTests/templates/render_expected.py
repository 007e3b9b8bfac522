#!/usr/bin/env python3
"""Renders the chat templates in this folder with Python's jinja2, configured the way
transformers' apply_chat_template configures it (sandboxed, trim_blocks, lstrip_blocks,
loop controls, raise_exception, and a tojson that keeps key order and non-ASCII text).
Writes expected.json, which ChatTemplateReferenceTests compares the Swift renderer with.
Run: python3 Tests/RuntimeTests/templates/render_expected.py
"""
import json
import os
from datetime import datetime

import jinja2
from jinja2.ext import loopcontrols
from jinja2.sandbox import ImmutableSandboxedEnvironment

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE_CONFIG = os.path.join(HERE, "..", "..", "..", "..", "shared", "fixtures", "models", "tiny-r1", "tokenizer_config.json")


def raise_exception(message):
    raise jinja2.exceptions.TemplateError(message)


def strftime_now(format):
    return datetime.now().strftime(format)


def tojson(x, ensure_ascii=False, indent=None, separators=None, sort_keys=False):
    return json.dumps(x, ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys)


env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True, extensions=[loopcontrols])
env.filters["tojson"] = tojson
env.globals["raise_exception"] = raise_exception
env.globals["strftime_now"] = strftime_now

WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather in a city — in °C",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string", "description": "City, e.g. \"Zürich\""},
                           "days": {"type": "integer", "minimum": 1, "maximum": 7.5}},
            "required": ["city"],
        },
    },
}

BASIC = [
    {"messages": [{"role": "user", "content": "What is 2+2?"}], "add_generation_prompt": True},
    {"messages": [{"role": "system", "content": "  Be brief.\n"}, {"role": "user", "content": "Hi there\n\n"},
                  {"role": "assistant", "content": " Hello! "}, {"role": "user", "content": "数学问题：求 x 的值。"}],
     "add_generation_prompt": False},
    {"messages": [{"role": "user", "content": "Solve $\\frac{1}{2}+x=1$.\tThanks"},
                  {"role": "assistant", "content": "<think>\nsubtract\n</think>\n$x=\\frac12$"},
                  {"role": "user", "content": "émoji 🎉 ok?"}],
     "add_generation_prompt": True},
]

QWEN_TOOLS = [
    {"messages": [{"role": "user", "content": "Weather in Paris?"},
                  {"role": "assistant", "content": "",
                   "tool_calls": [{"type": "function", "function": {"name": "get_weather", "arguments": {"city": "Paris", "days": 2}}}]},
                  {"role": "tool", "content": "{\"temp\": 21}"},
                  {"role": "tool", "content": "sunny"},
                  {"role": "assistant", "content": "21 °C and sunny."}],
     "tools": [WEATHER_TOOL], "add_generation_prompt": True},
    {"messages": [{"role": "system", "content": "You call tools."}, {"role": "user", "content": "Rome?"},
                  {"role": "assistant", "content": "Checking.",
                   "tool_calls": [{"name": "get_weather", "arguments": {"city": "Rome"}}]}],
     "tools": [WEATHER_TOOL], "add_generation_prompt": False},
]

LLAMA31_EXTRA = [
    {"messages": [{"role": "system", "content": "Use tools."}, {"role": "user", "content": " Weather in Oslo? "},
                  {"role": "assistant", "tool_calls": [{"function": {"name": "get_weather", "arguments": {"city": "Oslo"}}}]},
                  {"role": "ipython", "content": {"temp": -3, "sky": "snow"}},
                  {"role": "assistant", "content": "It is -3 °C."}],
     "tools": [WEATHER_TOOL], "add_generation_prompt": True},
    {"messages": [{"role": "user", "content": "Weather?"}], "tools": [WEATHER_TOOL], "tools_in_user_message": False,
     "date_string": "01 Jan 2025", "add_generation_prompt": True},
    {"messages": [{"role": "user", "content": "Search it"},
                  {"role": "assistant", "tool_calls": [{"function": {"name": "brave_search", "arguments": {"query": "swift", "lang": "en"}}}]},
                  {"role": "tool", "content": "results"}],
     "builtin_tools": ["brave_search", "code_interpreter"], "add_generation_prompt": False},
    {"messages": [{"role": "user", "content": "Two calls"},
                  {"role": "assistant", "tool_calls": [{"function": {"name": "a", "arguments": {}}},
                                                       {"function": {"name": "b", "arguments": {}}}]}],
     "add_generation_prompt": False},
]

R1_EXTRA = [
    {"messages": [{"role": "user", "content": "Weather?"},
                  {"role": "assistant", "content": None,
                   "tool_calls": [{"type": "function", "function": {"name": "get_weather", "arguments": "{\"city\": \"Oslo\"}"}},
                                  {"type": "function", "function": {"name": "get_weather", "arguments": "{\"city\": \"Rome\"}"}}]},
                  {"role": "tool", "content": "cold"}, {"role": "tool", "content": "warm"},
                  {"role": "assistant", "content": "Oslo is cold, Rome warm."}],
     "add_generation_prompt": True},
]

SPECIALS = {
    "qwen2.5-instruct.jinja": {"bos_token": None, "eos_token": "<|im_end|>", "pad_token": "<|endoftext|>"},
    "llama3-instruct.jinja": {"bos_token": "<|begin_of_text|>", "eos_token": "<|eot_id|>"},
    "llama3.1-instruct.jinja": {"bos_token": "<|begin_of_text|>", "eos_token": "<|eot_id|>"},
    "deepseek-r1-distill": {"bos_token": "<｜begin▁of▁sentence｜>", "eos_token": "<｜end▁of▁sentence｜>",
                            "pad_token": "<｜end▁of▁sentence｜>"},
}


# Small templates aimed at single constructs, rendered with SNIPPET_CONTEXT.
SNIPPET_CONTEXT = {
    "items": ["x", "y", "z"], "s": "  Hello, World  ", "n": 7, "zero": 0, "f": 2.5, "nothing": None,
    "d": {"b": 2, "a": 1, "nested": {"k": [1, 2.0, "ü\n\"q\""]}}, "flag": True,
    "msgs": [{"role": "user", "content": "a"}, {"role": "assistant", "content": "b"}, {"role": "user", "content": "c"}],
}
SNIPPETS = [
    "{{ items[1:] }}|{{ items[:-1] }}|{{ items[::-1] }}|{{ items[-1] }}|{{ s[2:7] }}|{{ items[5:] }}",
    "{{ s | trim }}|{{ s.strip() }}|{{ s.lstrip() }}|{{ s.rstrip() }}|{{ 'xxhixx'.strip('x') }}",
    "{{ 'a,b,,c'.split(',') }}|{{ ' a  b '.split() }}|{{ 'a-b-c'.split('-', 1) }}|{{ 'abc'.split('b')[-1] }}",
    "{{ s.startswith('  He') }}{{ s.endswith('x') }}{{ 'abc'.startswith(('x', 'a')) }}|{{ 'Hi'.upper() }}{{ 'Hi'.lower() }}",
    "{{ n + 1 }} {{ n - 10 }} {{ n * 2 }} {{ n / 2 }} {{ n // 2 }} {{ n % 3 }} {{ -n % 3 }} {{ 2 ** 10 }} {{ f * 2 }} {{ n + f }}",
    "{{ n > 3 }} {{ n <= 7 }} {{ 'a' < 'b' }} {{ n == 7.0 }} {{ n != 7 }} {{ 1 == true }}",
    "{{ 'x' in items }} {{ 'w' not in items }} {{ 'ell' in s }} {{ 'a' in d }} {{ 'q' in d }}",
    "{{ nothing is none }} {{ zero is none }} {{ nope is defined }} {{ n is defined }} {{ s is string }} {{ d is mapping }} {{ items is iterable }} {{ n is number }} {{ nope is not defined }}",
    "{{ nope | default('dflt') }}|{{ '' | default('e', true) }}|{{ zero | default(5) }}|{{ items | length }}|{{ d | length }}|{{ s | length }}",
    "{{ d | tojson }}|{{ items | tojson }}|{{ nothing | tojson }}|{{ f | tojson }}|{{ 'é\t<>&' | tojson }}",
    "{{ d | tojson(indent=2) }}|{{ [] | tojson(indent=2) }}|{{ {} | tojson }}",
    "{% for k, v in d | items %}{{ k }}={{ v }};{% endfor %}|{% for k in d %}{{ k }}{% endfor %}|{{ items | join('+') }}",
    "{% for m in msgs %}{{ loop.index }}{{ loop.index0 }}{{ loop.revindex }}{{ loop.revindex0 }}{{ loop.first }}{{ loop.last }}{{ loop.length }}:{{ m.role }}/{{ m['content'] }} {% endfor %}",
    "{% for m in msgs if m.role == 'user' %}{{ m.content }}{{ loop.length }}{% else %}none{% endfor %}|{% for x in [] %}x{% else %}empty{% endfor %}",
    "{% for x in items %}{% if x == 'y' %}{% continue %}{% endif %}{% if loop.index > 2 %}{% break %}{% endif %}{{ x }}{% endfor %}",
    "{% set ns = namespace(count=0, seen='') %}{% for x in items %}{% set ns.count = ns.count + 1 %}{% set ns.seen = ns.seen ~ x %}{% endfor %}{{ ns.count }} {{ ns.seen }}",
    "{% set v = 'outer' %}{% for x in items %}{% set v = x %}{% endfor %}{{ v }}",
    "{{ 'yes' if flag else 'no' }} {{ 'yes' if zero else 'no' }} {{ 'only' if zero }}|{{ flag and 'A' or 'B' }}|{{ not flag }}",
    "{{ nothing }} {{ flag }} {{ items }} {{ d }} {{ f }} {{ 1.0 }} {{ [1, 'a', none, true] }}",
    "{{ 'a' ~ n ~ nothing }}|{{ 'con' + 'cat' }}|{{ items + ['w'] }}|{{ ('x' * 3) }}",
    "a\n  {% if flag %}\n    yes\n  {% endif %}\nb\n{# comment #}\nc {%- if flag -%} d {%- endif -%} e\n  {{- ' f ' -}}  g",
    "{%- for x in items %}\n  - {{ x }}\n{%- endfor %}\n{% raw %}{{ not rendered }}{% endraw %}\nend",
    "{% if n < 5 %}small{% elif n < 10 %}medium{% else %}large{% endif %}|{% if not nope %}undefined is falsy{% endif %}",
    "{{ msgs | selectattr('role', 'equalto', 'user') | map(attribute='content') | join(',') }}|{{ [1, 2, 3, 4] | select('odd') | list }}|{{ items | reject('equalto', 'y') | list }}",
    "{{ d.get('a') }} {{ d.get('zz', 'dd') }} {{ d.keys() | list }} {{ d.values() | list | length }} {{ d.nested.k[2] }} {{ range(3) | list }} {{ range(1, 7, 2) | list }}",
    "{{ strftime_now is defined }} {{ strftime_now('%Y') | length }} {{ raise_exception is callable }} {{ namespace is defined }} {{ n is callable }}",
    "{{ items | first }}{{ items | last }}{{ 'abc' | upper }}{{ 'hello world' | title }}{{ 'hELLO' | capitalize }}{{ items | reverse | join }}{{ 'a-b' | replace('-', '+') }}{{ '42' | int + 1 }}",
]


def main():
    sources = {}
    for name in ["qwen2.5-instruct.jinja", "llama3-instruct.jinja", "llama3.1-instruct.jinja"]:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            sources[name] = f.read()
    with open(FIXTURE_CONFIG, encoding="utf-8") as f:
        sources["deepseek-r1-distill"] = json.load(f)["chat_template"]
    plan = {
        "qwen2.5-instruct.jinja": BASIC + QWEN_TOOLS,
        "llama3-instruct.jinja": BASIC,
        "llama3.1-instruct.jinja": BASIC + LLAMA31_EXTRA,
        "deepseek-r1-distill": BASIC + R1_EXTRA,
    }
    cases = []
    for name, contexts in plan.items():
        template = env.from_string(sources[name])
        for context in contexts:
            variables = {k: v for k, v in SPECIALS[name].items() if v is not None}
            variables.update(context)
            case = {"template": name, "context": variables}
            try:
                case["expected"] = template.render(**variables)
            except jinja2.exceptions.TemplateError as e:
                case["error"] = str(e)
            cases.append(case)
    for source in SNIPPETS:
        cases.append({"template": "snippet", "source": source, "context": SNIPPET_CONTEXT,
                      "expected": env.from_string(source).render(**SNIPPET_CONTEXT)})
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(cases, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(cases)} cases")


if __name__ == "__main__":
    main()
