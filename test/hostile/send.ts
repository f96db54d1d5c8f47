import { z } from "zod";
import type { Caller, Handler } from "@/test/api";
import type { WireBody } from "./payloads";

/** The documented error shape, and nothing else. */
export const errorShape = z.strictObject({
  error: z.strictObject({ code: z.string().min(1), message: z.string().min(1), details: z.unknown().optional() }),
});

export type Sent = { status: number; text: string; contentType: string | null };

/** Sends one body to a route handler as a script would, raw bytes included. */
export async function send(handler: Handler, path: string, as: Caller | null, wire: WireBody, params: Record<string, string> = {}): Promise<Sent> {
  const body = "json" in wire ? JSON.stringify(wire.json) ?? "null" : wire.raw;
  const request = new Request(`http://localhost/api/v1${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(as ? { authorization: `Bearer ${as.token}` } : {}) },
    body,
  });
  const response = await handler(request, { params: Promise.resolve(params as never) });
  return { status: response.status, text: await response.text(), contentType: response.headers.get("content-type") };
}
