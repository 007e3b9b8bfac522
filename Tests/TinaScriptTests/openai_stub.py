"""A loopback OpenAI-compatible server that fails on demand, for the failure cases a real vLLM
cannot be made to show (RemoteModelTests). Standard library only.

    python3 openai_stub.py PORT MODE

MODE: error500  every request answers 500 with an OpenAI error body ("stub failure");
      drop      /v1/completions sends its headers and half of a body, then closes (a server
                killed mid-request); the LoRA routes answer as vLLM does;
      hang      requests are read and never answered;
      text      completions come back without token ids (a server that cannot return them).
Prints "ready" once it listens.
"""
import json
import socket
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MODE = sys.argv[2]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status, obj):
        body = json.dumps(obj).encode() if not isinstance(obj, str) else obj.encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json" if not isinstance(obj, str) else "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def read_body(self):
        n = int(self.headers.get("Content-Length", "0"))
        return json.loads(self.rfile.read(n) or b"{}")

    def do_GET(self):
        if MODE == "error500":
            return self.answer(500, {"error": {"message": "stub failure", "type": "InternalServerError", "code": 500}})
        self.answer(200, {"object": "list", "data": [{"id": "tiny", "object": "model"}]})

    def do_POST(self):
        request = self.read_body()
        if MODE == "error500":
            return self.answer(500, {"error": {"message": "stub failure", "type": "InternalServerError", "code": 500}})
        if MODE == "hang":
            time.sleep(3600)
            return
        if self.path.endswith("_lora_adapter"):
            return self.answer(200, "Success: LoRA adapter '%s' added successfully." % request.get("lora_name"))
        if MODE == "drop":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "4000")
            self.end_headers()
            self.wfile.write(b'{"id": "cmpl-1", "choices": [{"index": 0, "text": "')
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
            return
        n = int(request.get("n", 1))
        choices = [{"index": i, "text": " 2", "finish_reason": "length", "stop_reason": None, "logprobs": None}
                   for i in range(n)]
        self.answer(200, {"id": "cmpl-1", "object": "text_completion", "model": request.get("model"), "choices": choices})


server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler)
server.daemon_threads = True
print("ready", flush=True)
server.serve_forever()
