/**
 * The built game (dist/), served by the class server to the school network with the same
 * Content-Security-Policy the shipped page carries (host/csp.ts): GET and HEAD only, files inside the
 * folder only (a path that climbs out of it is refused), the address's query ignored, the page itself for
 * the folder's root. Node only.
 */
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../host/csp';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.webmanifest': 'application/manifest+json',
};

export function serveSite(dir: string): (req: IncomingMessage, res: ServerResponse) => void {
  const root = resolve(dir);
  return (req, res) => {
    const refuse = (status: number, text: string) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
      res.end(text);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(405, 'Only GET and HEAD');
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://class.local').pathname);
    } catch {
      return refuse(400, 'Bad address');
    }
    const file = resolve(join(root, normalize(path.endsWith('/') ? `${path}index.html` : path)));
    if (file !== root && !file.startsWith(root + sep)) return refuse(403, 'Outside the game');
    let size: number;
    try {
      const st = statSync(file);
      if (!st.isFile()) return refuse(404, 'Not found');
      size = st.size;
    } catch {
      return refuse(404, 'Not found');
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': String(size),
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      // the build's hashed files never change; everything else (the page, the worker, the sounds) is checked each time
      'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') return res.end();
    // a file gone between its look-up and its reading (a build while serving) ends this answer, not the server
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}
