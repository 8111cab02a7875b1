// A tiny static file server, with the MIME types browsers insist on
// (application/wasm, text/javascript). Listens on 127.0.0.1 at a free port.
//
//   serve(root)                                   one folder at /
//   serve({ '/widget/1.0/': dist, '/': pages }, { headers, cors })
//       several folders by path prefix (longest first), extra response
//       headers for HTML pages (e.g. a Content-Security-Policy), and
//       Access-Control-Allow-Origin: * when `cors` is set, and `rewrite(text)`
//       applied to HTML pages (to fill in another server's address), and
//       `gzip` to send what a browser accepts gzipped, as a real host does
//       (the phone benchmark's network profile counts the bytes sent), and
//       `delay(pathname)` milliseconds before answering (a slow file, where a
//       browser offers no way to hold one back).
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export async function serve(roots, { headers = {}, cors = false, rewrite = (text) => text, gzip = false, delay = () => 0 } = {}) {
  const mounts = Object.entries(typeof roots === 'string' ? { '/': roots } : roots)
    .map(([prefix, dir]) => [prefix, resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      const pathname = decodeURIComponent(url.pathname);
      const [prefix, base] = mounts.find(([p]) => pathname.startsWith(p)) ?? [];
      if (!base) throw new Error('no mount');
      let path = normalize(join(base, pathname.slice(prefix.length)));
      if (!path.startsWith(base)) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const wait = delay(pathname);
      if (wait > 0) await new Promise((ok) => setTimeout(ok, wait));
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      const raw = await readFile(path);
      const body = type.startsWith('text/html') ? rewrite(raw.toString('utf8')) : raw;
      const zipped = gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && !type.startsWith('image/png');
      res.writeHead(200, {
        ...(zipped ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
        'Content-Type': type,
        'Cache-Control': 'no-store',
        ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}),
        ...(type.startsWith('text/html') ? headers : {}),
      });
      res.end(zipped ? gzipSync(body, { level: 6 }) : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain', ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}) })
        .end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}
