# Sourced by the scripts in scripts/: one place for PATH, logging and timing.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

# The crate's name: the wasm file, the glue and the bundle are all named after it.
CRATE=ryggsjekk
WASM_TARGET=wasm32-unknown-unknown

# cargo-installed tools (wasm-bindgen) and the npm tools (wasm-opt from npm's binaryen,
# esbuild, playwright) come first: Debian's binaryen is too old for current rustc output.
[ -d "$HOME/.cargo/bin" ] && PATH="$HOME/.cargo/bin:$PATH"
PATH="$ROOT/node_modules/.bin:$PATH"
export PATH

# Playwright must never try to download its own browsers: we use Debian's Chromium.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

# Colour only on a terminal, so CI logs stay readable.
if [ -t 1 ]; then _B=$'\033[1m'; _R=$'\033[31m'; _N=$'\033[0m'; else _B=; _R=; _N=; fi
log()  { printf '%s[%s]%s %s\n' "$_B" "$(basename "$0")" "$_N" "$*"; }
warn() { printf '%s[%s] warning:%s %s\n' "$_R" "$(basename "$0")" "$_N" "$*" >&2; }
die()  { printf '%s[%s] error:%s %s\n' "$_R" "$(basename "$0")" "$_N" "$*" >&2; exit 1; }

# now → seconds since the epoch with decimals; since T → "12.3 s".
now()   { printf '%s' "${EPOCHREALTIME}"; }
since() { awk -v a="$1" -v b="${EPOCHREALTIME}" 'BEGIN { printf "%.1f s", b - a }'; }
