import { NotFound } from "./errors";

/** Row ids are UUIDs; anything else names nothing, so it is "not found" rather than a database error. */
const ID = /^[0-9a-f-]{36}$/i;

/** Whether `raw` can be a row id. */
export function isId(raw: string): boolean {
  return ID.test(raw);
}

/** `raw` as a row id, or NotFound(`what`): a malformed id is answered like a missing row. */
export function parseId(raw: string, what: string): string {
  if (!isId(raw)) throw new NotFound(what);
  return raw;
}
