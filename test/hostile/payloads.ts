import fc from "fast-check";

/** Strings attackers send: SQL and HTML/script injection, template and path tricks, control characters. */
export const INJECTIONS = [
  "'; drop table entities; --", "\" or 1=1 --", "1' union select password_hash from users --", "$$; select pg_sleep(5); $$",
  "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>", "javascript:alert(1)",
  "{{7*7}}", "${7*7}", "../../../../etc/passwd", "%00", "\u0000", "a\u0000b", "\ud800", "\udfff\ud800", "\u202eevil",
  "\r\nSet-Cookie: x=1", "__proto__", "constructor", "𝕏🙂漢字Кириллица", "\uFEFF", " ", "",
];

/** URLs that must never be stored as a source or archive URL, or must be handled without a crash. */
export const BAD_URLS = [
  "javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "ftp://example.org/x",
  "http://", "https://", "//evil.example/x", "http://[::1", "https://exa mple.org", "vbscript:msgbox", "mailto:a@b.c",
  "https://user:pass@example.org/", ` https://padded.example.org/ `, `https://${"a".repeat(3000)}.example/`,
  "https://example.org/" + "%".repeat(50), "http://0x7f.1/", "https://\u0000.example/", "HTTPS://EXAMPLE.ORG/\u202e",
];

const hostileString = fc.oneof(
  fc.constantFrom(...INJECTIONS),
  fc.constantFrom(...BAD_URLS),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 100 }),
  fc.integer({ min: 1_000, max: 200_000 }).map((n) => "x".repeat(n)),
  fc.constantFrom(...INJECTIONS).map((s) => s.repeat(200)),
);

/** Any JSON value of a wrong or surprising type. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null),
  fc.constantFrom(1e308, -1e308, -0, Number.MAX_SAFE_INTEGER + 2, 0.1 + 0.2),
  fc.array(hostileString, { maxLength: 5 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 4 }),
  fc.jsonValue({ maxDepth: 4 }),
);

/** Nested arrays/objects thousands deep, as raw JSON text (JSON.stringify itself would be the limit). */
export const deepJson: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 100, max: 20_000 }), fc.constantFrom("[", '{"a":'), fc.boolean())
  .map(([depth, open, wrapped]) => {
    const close = open === "[" ? "]" : "}";
    const nested = open.repeat(depth) + "1" + close.repeat(depth);
    return wrapped ? `{"fields":${nested},"body":${nested},"title":"deep"}` : nested;
  });

/** Bytes that are not valid UTF-8 (lone continuation bytes, overlong forms, surrogates, truncated sequences), inside JSON. */
export const invalidUtf8: fc.Arbitrary<Uint8Array<ArrayBuffer>> = fc
  .tuple(
    fc.constantFrom([0xff], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0x80], [0xc3], [0xf4, 0x90, 0x80, 0x80], [0xfe, 0xfe]),
    fc.constantFrom("title", "statement", "url", "comment"),
  )
  .map(([bad, key]) => {
    const encoder = new TextEncoder();
    return new Uint8Array([...encoder.encode(`{"${key}":"a`), ...bad, ...encoder.encode(`b"}`)]);
  });

/** Not JSON at all, or JSON of the wrong top-level shape. */
export const brokenJson: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("{", "}", "{\"a\":}", "nul", "undefined", "NaN", "[1,2", "'single'", "{\"a\":1,}", "\u0000", "<xml/>", "a=1&b=2", "1", "\"text\"", "[]", "null", "true"),
  fc.string({ maxLength: 100 }),
);

/** Mutates one field of a valid body: a wrong type, a hostile string, deletion, or extra unknown fields. */
export function mutated(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  return fc.oneof(
    fc.tuple(fc.constantFrom(...keys), wrongType).map(([key, value]) => ({ ...valid, [key]: value })),
    fc.tuple(fc.constantFrom(...keys), wrongType, fc.constantFrom(...keys), wrongType).map(([a, x, b, y]) => ({ ...valid, [a]: x, [b]: y })),
    fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key))),
    fc.dictionary(fc.oneof(fc.constantFrom("__proto__", "constructor", "prototype", "id", "authorId", "status", "role"), fc.string({ maxLength: 20 })), wrongType, { minKeys: 1, maxKeys: 3 })
      .filter((extra) => Object.keys(extra).some((k) => !keys.includes(k)))
      .map((extra) => ({ ...valid, ...extra })),
  );
}

/** A request body as sent on the wire: JSON of a value, or raw text/bytes. */
export type WireBody = { json: unknown } | { raw: string | Uint8Array<ArrayBuffer> };

/** Everything hostile for one endpoint, given a valid body for it. */
export function hostileBody(valid: Record<string, unknown>): fc.Arbitrary<WireBody> {
  return fc.oneof(
    { weight: 5, arbitrary: mutated(valid).map((json) => ({ json })) },
    { weight: 2, arbitrary: wrongType.map((json) => ({ json })) },
    { weight: 1, arbitrary: deepJson.map((raw) => ({ raw })) },
    { weight: 1, arbitrary: invalidUtf8.map((raw) => ({ raw })) },
    { weight: 1, arbitrary: brokenJson.map((raw) => ({ raw })) },
  );
}

/** Hostile values for a path segment (slug or id). */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...INJECTIONS.filter((s) => s.length > 0)),
  fc.string({ minLength: 1, maxLength: 60 }),
  fc.constantFrom("00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "not-a-uuid", "1", "-1", "x".repeat(5000)),
);
