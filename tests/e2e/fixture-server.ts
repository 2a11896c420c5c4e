// Serves the fixture pages under the real host names they pretend to live at. Chromium reaches
// it through --host-resolver-rules; Firefox, which has no such flag, uses it as an HTTP proxy
// (absolute-form requests, and CONNECT tunnelled to the HTTPS server).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const PAGES_DIR = path.join(import.meta.dirname, '..', 'fixtures', 'pages');

export interface CorpusEntry {
  file: string;
  url: string;
  expected: string;
  reason: string;
}

/** Every fixture set's pages: the folder's own manifest and each sub-folder's, files made relative. */
export function readManifest(): CorpusEntry[] {
  const sets = ['', ...readdirSync(PAGES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)];
  return sets
    .filter((dir) => existsSync(path.join(PAGES_DIR, dir, 'manifest.json')))
    .flatMap((dir) =>
      (JSON.parse(readFileSync(path.join(PAGES_DIR, dir, 'manifest.json'), 'utf8')) as CorpusEntry[]).map((entry) => ({
        ...entry,
        file: dir ? `${dir}/${entry.file}` : entry.file,
      })),
    );
}

export interface FixtureServer {
  httpPort: number;
  httpsPort: number;
  /** Every host and path the browsers asked for, to prove what they contacted. */
  requests: string[];
  /** Requests whose Origin header names an extension: made by the extension itself. */
  extensionOriginRequests: string[];
  /** Requests for something that is not a fixture page (404s), with the page that asked. */
  unknownRequests: { url: string; referer: string }[];
  close(): Promise<void>;
}

function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), 'ktk-cert-'));
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=fixtures.test',
      '-addext', 'subjectAltName=DNS:*.aetna.com,DNS:*.uhc.com,DNS:localhost',
      '-keyout', key, '-out', cert,
    ], { stdio: 'ignore' });
  } catch {
    throw new Error('The browser suite needs the `openssl` command to make a test certificate (apt-get install openssl).');
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

const listen = (server: net.Server) =>
  new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)));

export async function startFixtureServer(
  extraRoutes: Record<string, string> = {},
  /** Pages made on request (host+path → HTML, or undefined): the fuzz pages, too many to keep. */
  generatedRoute: (hostPath: string) => string | undefined = () => undefined,
): Promise<FixtureServer> {
  const routes = new Map<string, string>();
  for (const entry of readManifest()) {
    const u = new URL(entry.url);
    routes.set(`${u.host}${u.pathname}`, readFileSync(path.join(PAGES_DIR, entry.file), 'utf8'));
  }
  for (const [hostPath, html] of Object.entries(extraRoutes)) routes.set(hostPath, html);
  const requests: string[] = [];
  const extensionOriginRequests: string[] = [];
  const unknownRequests: { url: string; referer: string }[] = [];

  const handler = (req: http.IncomingMessage, res: http.ServerResponse, scheme: string) => {
    const target = new URL(req.url ?? '/', `${scheme}://${req.headers.host ?? 'localhost'}`);
    requests.push(`${target.protocol}//${target.host}${target.pathname}`);
    const origin = String(req.headers.origin ?? '');
    if (/^(?:chrome|moz)-extension:/.test(origin)) extensionOriginRequests.push(`${origin} → ${target.href}`);
    const html =
      routes.get(`${target.host}${target.pathname}`) ??
      routes.get(`${target.host}${target.pathname.replace(/\/$/, '')}`) ??
      generatedRoute(`${target.host}${target.pathname}`);
    if (html === undefined) {
      unknownRequests.push({ url: target.href, referer: String(req.headers.referer ?? '') });
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not a fixture');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  };

  const secure = https.createServer(selfSignedCertificate(), (req, res) => handler(req, res, 'https'));
  const plain = http.createServer((req, res) => handler(req, res, 'http'));
  const httpsPort = await listen(secure);
  plain.on('connect', (req, clientSocket, head) => {
    requests.push(`connect ${req.url}`);
    const upstream = net.connect(httpsPort, '127.0.0.1', () => {
      clientSocket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(clientSocket).pipe(upstream);
    });
    upstream.on('error', () => clientSocket.destroy());
    clientSocket.on('error', () => upstream.destroy());
  });
  const httpPort = await listen(plain);
  const sockets = new Set<net.Socket>();
  for (const server of [plain, secure]) server.on('connection', (s: net.Socket) => (sockets.add(s), s.on('close', () => sockets.delete(s))));

  return {
    httpPort,
    httpsPort,
    requests,
    extensionOriginRequests,
    unknownRequests,
    close: async () => {
      for (const s of sockets) s.destroy();
      await Promise.all([plain, secure].map((s) => new Promise((r) => s.close(r))));
    },
  };
}
