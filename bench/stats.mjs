// Numbers for the bench's report: order statistics and file sizes.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const median = (xs) => quantile(xs, 0.5);

export function quantile(xs, q) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}

export const stats = (xs) => ({
  n: xs.length,
  median: median(xs),
  p10: quantile(xs, 0.1),
  p90: quantile(xs, 0.9),
  min: Math.min(...xs),
  max: Math.max(...xs),
});

/**
 * Each file's size: raw, gzip -9, what the server sends gzipped (the
 * precompressed .gz beside it, which nginx's gzip_static sends as it is; gzip -9
 * when there is none) and brotli 11. `sent` is what the gates count.
 */
export function sizes(site, files) {
  const rows = files.map((name) => {
    const buf = fs.readFileSync(path.join(site, name));
    const gzip = zlib.gzipSync(buf, { level: 9 }).length;
    const gz = path.join(site, `${name}.gz`);
    return {
      file: name,
      raw: buf.length,
      gzip,
      sent: fs.existsSync(gz) ? fs.statSync(gz).size : gzip,
      brotli: zlib.brotliCompressSync(buf, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
      }).length,
    };
  });
  const total = { file: 'total', raw: 0, gzip: 0, sent: 0, brotli: 0 };
  for (const r of rows) for (const k of ['raw', 'gzip', 'sent', 'brotli']) total[k] += r[k];
  return { files: rows, total };
}
