import { DomainError, Invalid } from "@/lib/errors";

export const MAX_BODY_BYTES = 1_000_000;

export class TooLarge extends DomainError {
  constructor(limit: number) {
    super("too_large", 413, `The request body is larger than ${Math.round(limit / 1000)} kB.`);
  }
}

/** Reads a JSON body with a size limit: 413 past it, 400 for anything that is not JSON. */
export async function readJson(request: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw new TooLarge(limit);
  if (!request.body) return {};
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new TooLarge(limit);
    }
    chunks.push(value);
  }
  if (size === 0) return {};
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new Invalid("The request body is not valid UTF-8.");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new Invalid("The request body is not valid JSON.");
  }
}
