#!/usr/bin/env node
/**
 * `node scripts/precompress.js [dir]` (default dist/h5; run by `npm run build:h5` and scripts/ensure-h5.js): writes a
 * brotli (.br) and a gzip (.gz) copy of every text asset, which the server's static middleware (@koa/send) sends to
 * browsers that accept them. On a slow phone line the scripts are most of the first-paint time, and compressed
 * they are about a quarter of the size. Compressing once at build time allows the slowest, smallest settings.
 */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const TEXT = /\.(js|css|html|svg|json|txt)$/;
/** Smaller files gain little and cost a round of disk reads per request. */
const MIN_BYTES = 1024;

function filesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : [p];
  });
}

function precompress(dir) {
  let raw = 0;
  let br = 0;
  for (const file of filesUnder(dir).filter((f) => TEXT.test(f))) {
    const body = fs.readFileSync(file);
    if (body.length < MIN_BYTES) continue;
    const brotli = zlib.brotliCompressSync(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      },
    });
    fs.writeFileSync(`${file}.br`, brotli);
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body, { level: 9 }));
    raw += body.length;
    br += brotli.length;
  }
  return { raw, br };
}

module.exports = { precompress };

if (require.main === module) {
  const dir = path.resolve(process.argv[2] || path.join(__dirname, '../dist/h5'));
  const started = Date.now();
  const { raw, br } = precompress(dir);
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`[precompress] ${kb(raw)} of text → ${kb(br)} brotli (${Date.now() - started} ms)`);
}
