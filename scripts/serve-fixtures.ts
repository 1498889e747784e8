/**
 * Static server for the Alma-like fixture pages (tests/fixtures/alma), used by the e2e tests and the demo.
 * Run alone with `npm run serve:fixtures` (prints the URL; Ctrl+C stops it).
 * Plain node:http/https, no dependencies; listens on 127.0.0.1 only, on a free port unless one is given.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const FIXTURES_ROOT = resolve(fileURLToPath(import.meta.url), '../../tests/fixtures/alma');

/** One page of tests/fixtures/alma/fixtures.json (written with content/alma; see that folder's README). */
export interface AlmaFixture {
  id: string;
  /** Path from the fixtures root, e.g. `mde-bib/index.html`. */
  path: string;
  description: string;
  expect: FrameExpectation[];
}

export interface FrameExpectation {
  /** Ids of the iframes to descend through from the top page; [] is the top page itself. */
  frame: string[];
  kind: string;
  mmsId?: string | null;
  recordType?: string | null;
  fieldCount?: number | null;
  /** content/alma's `missing` list for the frame. */
  missing?: string[];
  /** One entry per record pane of the Metadata Editor grid (two in split view). */
  panes?: PaneExpectation[];
}

export interface PaneExpectation {
  pane: 'left' | 'right' | 'single';
  mmsId: string | null;
  recordType: string;
  fieldCount: number;
}

export interface FixtureServerOptions {
  root?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Host name used in the returned URL (the socket always listens on 127.0.0.1). */
  urlHost?: string;
  /** Serve HTTPS with this key and certificate (PEM) instead of HTTP. */
  tls?: { key: string; cert: string };
}

export interface FixtureServer {
  /** Base URL ending in `/`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.gif': 'image/gif',
};

export async function readFixtureManifest(root = FIXTURES_ROOT): Promise<AlmaFixture[]> {
  return JSON.parse(await readFile(join(root, 'fixtures.json'), 'utf8')) as AlmaFixture[];
}

export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const root = resolve(options.root ?? FIXTURES_ROOT);
  const handler = (request: IncomingMessage, response: ServerResponse): void => {
    serve(root, request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`Fixture server error: ${String(error)}`);
    });
  };
  const server: Server = options.tls ? createHttpsServer(options.tls, handler) : createHttpServer(handler);
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  const scheme = options.tls ? 'https' : 'http';
  return {
    url: `${scheme}://${options.urlHost ?? '127.0.0.1'}:${port}/`,
    port,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function serve(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://fixtures').pathname);
  if (pathname === '/' && !(await isFile(join(root, 'index.html')))) {
    send(response, 200, '.html', await indexPage(root));
    return;
  }
  const file = normalize(join(root, pathname));
  // A request like /../../etc/passwd must never leave the fixtures folder.
  if (file !== root && !file.startsWith(root + sep)) {
    send(response, 403, '.txt', 'Forbidden');
    return;
  }
  const target = (await isDirectory(file)) ? join(file, 'index.html') : file;
  try {
    send(response, 200, extname(target), await readFile(target));
  } catch {
    send(response, 404, '.txt', `Not found: ${pathname}`);
  }
}

function send(response: ServerResponse, status: number, extension: string, body: string | Buffer): void {
  // Fixtures change while developing; a cached page would test stale HTML.
  response.writeHead(status, {
    'content-type': CONTENT_TYPES[extension] ?? 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(body);
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

/** Start page when the fixtures folder has no index.html: one link per fixture, from fixtures.json. */
async function indexPage(root: string): Promise<string> {
  const fixtures = await readFixtureManifest(root).catch(() => []);
  const items = fixtures
    .map(
      (fixture) =>
        `<li><a href="/${escapeHtml(fixture.path)}">${escapeHtml(fixture.id)}</a>: ${escapeHtml(fixture.description)}</li>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Alma fixture pages</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:760px;margin:24px auto;padding:0 16px}</style></head>
<body><h1>Alma-like fixture pages</h1>
<p>Each page imitates an Alma screen (no real Alma data). With the test build of the extension loaded,
the companion panel appears in the frames it recognises.</p>
<ul>${items || '<li>No fixtures.json found in the fixtures folder.</li>'}</ul></body></html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const portArgument = process.argv.indexOf('--port');
  const port = portArgument > 0 ? Number(process.argv[portArgument + 1]) : 0;
  const server = await startFixtureServer({ port, urlHost: 'localhost' });
  console.log(`Serving ${FIXTURES_ROOT} at ${server.url} (Ctrl+C to stop)`);
}
