/**
 * Serves a fetch-style handler (`Request → Response`) on a real loopback HTTP server with the client-address
 * stamp installed, the way `next start` serves a route: tests then speak real HTTP, can choose their source
 * address (any 127.x.y.z) and send whatever headers a client could.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { stampClientAddress } from "@/lib/http/stamp-client-address";

export interface HandlerServer {
  url: string;
  close(): Promise<void>;
}

export async function serveHandler(
  handler: (request: Request) => Promise<Response>,
  trustedHops = 0,
): Promise<HandlerServer> {
  stampClientAddress(trustedHops);
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const body =
      chunks.length && req.method !== "GET" && req.method !== "HEAD" ? Buffer.concat(chunks) : undefined;
    const response = await handler(
      new Request(`http://localhost:3000${req.url ?? "/"}`, { method: req.method, headers, body }),
    );
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "0.0.0.0", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One HTTP request from a chosen loopback source address (fetch cannot choose it). */
export function httpRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; from?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: options.method ?? "GET",
        headers: options.headers,
        localAddress: options.from ?? "127.0.0.1",
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}
