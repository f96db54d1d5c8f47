// Which forwarding headers the app may believe; used by scripts/server.mjs on every request.
const FORWARDING = ["x-real-ip", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];

/**
 * Without a trusted reverse proxy, a client's X-Real-IP or X-Forwarded-* headers are its own
 * word: drop them and say X-Real-IP = the socket's address. With one (TRUST_PROXY=1), leave them
 * as the proxy wrote them. Mutates and returns `headers` (Node's IncomingHttpHeaders).
 * @param {Record<string, string | string[] | undefined>} headers
 * @param {string | undefined} socketAddress
 * @param {boolean} trustProxy
 */
export function believableForwarding(headers, socketAddress, trustProxy) {
  if (trustProxy) return headers;
  for (const name of FORWARDING) delete headers[name];
  headers["x-real-ip"] = socketAddress ?? "unknown";
  return headers;
}
