#!/usr/bin/env python3
"""Serves a folder (dist/ by default) the way a clinic's or a CDN's static host would.

- .wasm as application/wasm, so the glue can use WebAssembly.instantiateStreaming;
- Access-Control-Allow-Origin: *, so a page on another origin can load the
  module and its wasm (module scripts and fetch() are CORS requests);
- no caching, so a rebuilt dist/ is picked up on reload.

Used by scripts/serve and by Playwright's webServer (playwright.config.mjs).
"""
import argparse
import functools
import http.server
import sys


class WidgetHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".css": "text/css",
        ".html": "text/html; charset=utf-8",
        ".json": "application/json",
        ".svg": "image/svg+xml",
    }
    quiet = False

    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_message(self, format, *args):
        if not self.quiet:
            super().log_message(format, *args)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", default="dist", help="folder to serve (default: dist)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port (default: 8080)")
    parser.add_argument("--quiet", action="store_true", help="no access log")
    args = parser.parse_args()

    WidgetHandler.quiet = args.quiet
    handler = functools.partial(WidgetHandler, directory=args.dir)
    http.server.ThreadingHTTPServer.allow_reuse_address = True
    with http.server.ThreadingHTTPServer((args.host, args.port), handler) as server:
        print(f"serving {args.dir}/ on http://{args.host}:{args.port}/", file=sys.stderr, flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
