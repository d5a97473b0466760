#!/usr/bin/env python3
"""How long `tnb lsp` takes to re-diagnose a notebook after a change: the time from sending
`textDocument/didChange` to reading its `publishDiagnostics`, through the real binary's pipes.

    scripts/lsp-latency.py [TNB] [NOTEBOOK] [CHANGES]

Defaults: .build/release/tnb, the 1,000-line chain of scripts/bench-inputs.py (written to a
temporary directory), 30 changes. Each change edits one number on the last line, so the whole
notebook is evaluated again. Prints the median and the slowest, in milliseconds."""
import json
import os
import subprocess
import sys
import tempfile
import time

tnb = sys.argv[1] if len(sys.argv) > 1 else ".build/release/tnb"
changes = int(sys.argv[3]) if len(sys.argv) > 3 else 30
if len(sys.argv) > 2:
    text = open(sys.argv[2]).read()
else:
    directory = tempfile.mkdtemp()
    subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "bench-inputs.py"), directory],
                   check=True, stdout=subprocess.DEVNULL)
    text = open(os.path.join(directory, "chain-1k.tnb")).read()

server = subprocess.Popen([tnb, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)


def send(message):
    body = json.dumps(message).encode()
    server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    server.stdin.flush()


def receive():
    length = 0
    while True:
        line = server.stdout.readline().strip()
        if not line:
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(server.stdout.read(length))


def until_diagnostics():
    while True:
        message = receive()
        if message.get("method") == "textDocument/publishDiagnostics":
            return message


uri = "file:///bench/chain.tnb"
send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}})
receive()
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
start = time.perf_counter()
send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": uri, "languageId": "tnb", "version": 1, "text": text}}})
until_diagnostics()
opened = (time.perf_counter() - start) * 1000
lines = text.count("\n")
timings = []
for version in range(2, changes + 2):
    edit = {"range": {"start": {"line": lines - 1, "character": 0}, "end": {"line": lines - 1, "character": 0}},
            "text": "// edit %d\n" % version}
    start = time.perf_counter()
    send({"jsonrpc": "2.0", "method": "textDocument/didChange",
          "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [edit]}})
    until_diagnostics()
    timings.append((time.perf_counter() - start) * 1000)
send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
receive()
send({"jsonrpc": "2.0", "method": "exit"})
server.wait(timeout=10)
timings.sort()
print("%d-line notebook: open %.1f ms; after a change, median %.1f ms, slowest %.1f ms (%d changes)"
      % (lines, opened, timings[len(timings) // 2], timings[-1], len(timings)))
