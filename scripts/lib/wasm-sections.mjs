// The wasm binary as far as scripts/lib/short-imports.mjs needs it: LEB128, the
// sections, and the import section read and rewritten with new names (every
// other byte copied as it is). Throws on anything it does not know rather than
// guessing.

const fail = (msg) => {
  throw new Error(`short-imports: ${msg}`);
};

function readU32(bytes, pos) {
  let result = 0;
  let shift = 0;
  for (;;) {
    if (pos >= bytes.length) fail('truncated LEB128 in the wasm');
    const b = bytes[pos++];
    result += (b & 0x7f) * 2 ** shift;
    if (!(b & 0x80)) break;
    shift += 7;
    if (shift > 28) fail('LEB128 u32 longer than 5 bytes in the wasm');
  }
  return [result, pos];
}

function u32(n) {
  const out = [];
  do {
    let b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}

const MAGIC = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
export const IMPORT_SECTION = 2;

/** [{ id, start, end, body }]: every section of the module, in order (start/end include the header). */
export function sections(bytes) {
  MAGIC.forEach((b, i) => bytes[i] === b || fail('not a wasm module (version 1)'));
  const out = [];
  let pos = MAGIC.length;
  while (pos < bytes.length) {
    const start = pos;
    const id = bytes[pos++];
    const [size, body] = readU32(bytes, pos);
    const end = body + size;
    if (end > bytes.length) fail(`section ${id} runs past the end of the wasm`);
    out.push({ id, start, body, end });
    pos = end;
  }
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function readName(bytes, pos) {
  const [len, at] = readU32(bytes, pos);
  if (at + len > bytes.length) fail('import name runs past the end of the section');
  return [utf8.decode(bytes.subarray(at, at + len)), at + len];
}

function skipLimits(bytes, pos) {
  const flags = bytes[pos++];
  if (flags > 0x07) fail(`unknown limits flags 0x${flags.toString(16)} in an import`);
  const read = (p) => {
    // memory64 (flag 0x04) sizes are u64; they are only skipped, not interpreted.
    while (bytes[p] & 0x80) p++;
    return p + 1;
  };
  pos = read(pos);
  if (flags & 0x01) pos = read(pos);
  return pos;
}

// Value and reference types that are one byte: numbers, v128, funcref, externref and
// the other abbreviated reference types. Anything longer is not expected from wasm-bindgen.
const ONE_BYTE_TYPES = new Set([0x7f, 0x7e, 0x7d, 0x7c, 0x7b, 0x70, 0x6f, 0x6e, 0x6d, 0x6c, 0x6b, 0x6a, 0x69, 0x71, 0x72, 0x73, 0x74]);
function skipType(bytes, pos) {
  if (!ONE_BYTE_TYPES.has(bytes[pos])) fail(`unsupported value type 0x${bytes[pos].toString(16)} in an import`);
  return pos + 1;
}

/** The import section's entries: [{ module, name, kind, desc }] (desc: the raw bytes after the names). */
export function parseImports(bytes, sec) {
  let [count, pos] = readU32(bytes, sec.body);
  const entries = [];
  for (let i = 0; i < count; i++) {
    let module, name;
    [module, pos] = readName(bytes, pos);
    [name, pos] = readName(bytes, pos);
    const descStart = pos;
    const kind = bytes[pos++];
    if (kind === 0x00) [, pos] = readU32(bytes, pos); // function: type index
    else if (kind === 0x01) pos = skipLimits(bytes, skipType(bytes, pos)); // table
    else if (kind === 0x02) pos = skipLimits(bytes, pos); // memory
    else if (kind === 0x03) pos = skipType(bytes, pos) + 1; // global: type, mutability
    else if (kind === 0x04) [, pos] = readU32(bytes, pos + 1); // tag: attribute, type index
    else fail(`unknown import kind 0x${kind.toString(16)} for ${module}.${name}`);
    entries.push({ module, name, kind, desc: bytes.subarray(descStart, pos) });
  }
  if (pos !== sec.end) fail('the import section has bytes after its last entry');
  return entries;
}

const utf8enc = new TextEncoder();
function encodeName(s) {
  const b = utf8enc.encode(s);
  return [...u32(b.length), ...b];
}

/** The wasm with its import names replaced by rename(module, name) → [module, name]; nothing else changes. */
export function renameWasmImports(bytes, rename) {
  const secs = sections(bytes);
  const imports = secs.filter((s) => s.id === IMPORT_SECTION);
  if (imports.length !== 1) fail(`expected one import section in the wasm, found ${imports.length}`);
  const sec = imports[0];
  const entries = parseImports(bytes, sec);
  const body = [...u32(entries.length)];
  for (const e of entries) {
    const [module, name] = rename(e.module, e.name);
    body.push(...encodeName(module), ...encodeName(name), ...e.desc);
  }
  const out = new Uint8Array(bytes.length - (sec.end - sec.start) + 1 + u32(body.length).length + body.length);
  out.set(bytes.subarray(0, sec.start), 0);
  let pos = sec.start;
  out.set([IMPORT_SECTION, ...u32(body.length), ...body], pos);
  pos += 1 + u32(body.length).length + body.length;
  out.set(bytes.subarray(sec.end), pos);
  return { wasm: out, entries };
}
