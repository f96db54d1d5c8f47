import fs from "node:fs";
import path from "node:path";

/**
 * The API's routes as they sit on disk, for the authorization matrix's "a new endpoint without a
 * row fails" check. Node's fs only: the in-process test and the Playwright spec both use it.
 */
export const API_DIR = path.resolve(import.meta.dirname, "../../app/api/v1");
export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** Every route.ts under app/api/v1, as "/entities/[slug]" → file ("" for the root). */
export function routeFiles(dir = API_DIR): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) for (const [route, file] of routeFiles(full)) found.set(route, file);
    else if (entry.name === "route.ts") found.set("/" + path.relative(API_DIR, dir).split(path.sep).join("/"), full);
  }
  return found;
}

/**
 * The HTTP methods a route file exports, read from its source (`export const GET`,
 * `export function GET`, `export { GET }`), so no route module has to be loaded.
 * The in-process test checks this reading against the imported modules.
 */
export function declaredMethods(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const named = [...text.matchAll(/^export\s+(?:const|let|async\s+function|function)\s+([A-Z]+)\b/gm)].map((m) => m[1]!);
  const listed = [...text.matchAll(/^export\s*\{([^}]*)\}/gm)].flatMap((m) => m[1]!.split(",").map((part) => part.trim().split(/\s+as\s+/).pop()!));
  return HTTP_METHODS.filter((method) => named.includes(method) || listed.includes(method));
}

/** "METHOD /route" for every method of every route file. */
export function apiRouteKeys(): string[] {
  return [...routeFiles()].flatMap(([route, file]) => declaredMethods(file).map((method) => `${method} ${route === "/" ? "" : route}`));
}
