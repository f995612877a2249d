// The local dashboard server: loopback by default, read-only, its own routes only, live via SSE.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { InternalError, RoadmarkError, UsageError } from "../model/errors.js";
import { resolveRoadmapPath } from "../io/read-file.js";
import { dashboardCsp, renderHtml, type DashboardAssets } from "../render/html/render-html.js";
import type { DashboardData } from "../report/dashboard-data.js";
import { dashboardAssets } from "./client-assets.js";
import { loadLiveData } from "./live-data.js";
import { watchRoadmap } from "./watch.js";

/** Options of `startServer`. */
export interface ServerOptions {
  readonly cwd: string;
  readonly file?: string | undefined;
  readonly maxSize?: number | undefined;
  /** 0 picks a free port. */
  readonly port: number;
  readonly host?: string;
  /** Read git history for the burn-up (default true). */
  readonly history?: boolean;
  /** The dashboard client; defaults to the bundled one. */
  readonly assets?: DashboardAssets;
  readonly debounceMs?: number;
}

/** A running server. */
export interface RunningServer {
  readonly url: string;
  /** The roadmap being served (absolute path). */
  readonly file: string;
  /** Stops listening, ends live connections and closes the watchers. */
  close(): Promise<void>;
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

function baseHeaders(type: string): Record<string, string> {
  return {
    "Content-Type": type,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  };
}

function send(req: IncomingMessage, res: ServerResponse, code: number, type: string, body: string, extra: Record<string, string> = {}): void {
  const buf = Buffer.from(body, "utf8");
  res.writeHead(code, { ...baseHeaders(type), "Content-Length": String(buf.length), ...extra });
  res.end(req.method === "HEAD" ? undefined : buf);
}

function json(req: IncomingMessage, res: ServerResponse, code: number, value: unknown): void {
  send(req, res, code, "application/json; charset=utf-8", JSON.stringify(value, null, 2) + "\n");
}

/** The JSON body of a failed load: the one-line message every surface shows, and its code. */
function failure(data: DashboardData): { error: string | null; code: string } {
  return { error: data.error, code: data.errorCode ?? "INTERNAL" };
}

/** Checks a port number; throws a UsageError for one out of range. */
function checkPort(port: number): void {
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: expected a port number from 0 to 65535, got ${port}`);
}

/** Starts the dashboard server for the roadmap; resolves once it listens. */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  checkPort(opts.port);
  const host = opts.host ?? "127.0.0.1";
  const file = resolveRoadmapPath(opts.file, opts.cwd);
  const assets = opts.assets ?? (await dashboardAssets());
  const source = { cwd: opts.cwd, file, maxSize: opts.maxSize, history: opts.history };
  let data: DashboardData = await loadLiveData(source);
  // A roadmap that cannot be read at start is an error of its code; later failures are shown on the page.
  if (data.error !== null) throw data.errorCode === "INTERNAL" || data.errorCode === undefined ? new InternalError(data.error) : new RoadmarkError(data.errorCode, data.error);
  const clients = new Set<ServerResponse>();
  const page = (): string => renderHtml(data, assets, { live: true });
  const csp = `${dashboardCsp(assets, true)}; frame-ancestors 'none'`;
  let port = opts.port;
  const allowedHosts = (): Set<string> => new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `${host}:${port}`]);

  const server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      send(req, res, 405, "text/plain; charset=utf-8", "405 method not allowed: this server is read-only\n", { Allow: "GET, HEAD" });
      return;
    }
    // A loopback server answers only to its own names (a guard against DNS rebinding).
    if (LOOPBACK.has(host) && !allowedHosts().has((req.headers.host ?? "").toLowerCase())) {
      send(req, res, 421, "text/plain; charset=utf-8", "421 misdirected request\n");
      return;
    }
    let pathname: string;
    try {
      pathname = new URL(req.url ?? "/", "http://localhost").pathname;
    } catch {
      pathname = "";
    }
    switch (pathname) {
      case "/":
        send(req, res, 200, "text/html; charset=utf-8", page(), { "Content-Security-Policy": csp });
        return;
      case "/api/status":
        if (data.status) json(req, res, 200, data.status);
        else json(req, res, 503, failure(data));
        return;
      case "/api/lint":
        // The `lint --format json` document of the served file (same operation, same configuration).
        if (data.status) json(req, res, 200, [{ file: data.status.file, diagnostics: data.lint }]);
        else json(req, res, 503, failure(data));
        return;
      case "/api/history":
        if (data.history) json(req, res, 200, data.history);
        else json(req, res, 404, { error: data.historyNote ?? data.error ?? "no history available" });
        return;
      case "/events": {
        res.writeHead(200, { ...baseHeaders("text/event-stream; charset=utf-8"), Connection: "keep-alive" });
        if (req.method === "HEAD") {
          res.end();
          return;
        }
        res.write(`retry: 1000\nevent: dashboard\ndata: ${JSON.stringify(data)}\n\n`);
        clients.add(res);
        req.on("close", () => clients.delete(res));
        return;
      }
      default:
        send(req, res, 404, "text/plain; charset=utf-8", "404 not found\n");
    }
  });

  await new Promise<void>((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException): void => {
      const where = `${host}:${opts.port}`;
      if (e.code === "EADDRINUSE") reject(new UsageError(`cannot listen on ${where}: the port is in use (choose another with --port N)`));
      else if (e.code === "EACCES") reject(new UsageError(`cannot listen on ${where}: permission denied`, "use a port above 1023"));
      else if (e.code === "EADDRNOTAVAIL" || e.code === "ENOTFOUND" || e.code === "EAI_AGAIN") reject(new UsageError(`cannot listen on ${where}: no such local address`));
      else reject(new UsageError(`cannot listen on ${where}: ${e.message}`));
    };
    server.once("error", onError);
    server.listen(opts.port, host, () => {
      server.off("error", onError);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  let reloading = Promise.resolve();
  const reload = (): void => {
    reloading = reloading.then(async () => {
      data = await loadLiveData(source);
      const msg = `event: dashboard\ndata: ${JSON.stringify(data)}\n\n`;
      for (const c of clients) c.write(msg);
    });
  };
  const watcher = watchRoadmap(file, reload, opts.debounceMs ?? 80);
  const heartbeat = setInterval(() => {
    for (const c of clients) c.write(": keep-alive\n\n");
  }, 15_000);
  heartbeat.unref();

  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    file,
    async close(): Promise<void> {
      watcher.close();
      clearInterval(heartbeat);
      for (const c of clients) c.end();
      clients.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await reloading;
    },
  };
}
