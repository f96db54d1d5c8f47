import { describe, expect, it } from "vitest";
import { SECTIONS } from "@/lib/entities/sections";
import { isPublicPagePath } from "./public-pages";

describe("the public pages the production server may cache", () => {
  it("are home, every section's list and entity pages, and source pages", () => {
    expect(isPublicPagePath("/")).toBe(true);
    for (const section of Object.keys(SECTIONS)) {
      expect(isPublicPagePath(`/${section}`)).toBe(true);
      expect(isPublicPagePath(`/${section}/shenzhen-lianxin-2`)).toBe(true);
    }
    expect(isPublicPagePath("/sources/0b6f3c1e-8a3e-4c55-9d0e-3f6f1a2b4c5d")).toBe(true);
  });

  it("leave out the workspace, the API, search, queries, nested paths and odd slugs", () => {
    for (const path of [
      "/workspace", "/api/v1/entities", "/search", "/graph", "/firms?page=2", "/firms/a/b", "/firms/", "/sources",
      "/sources/not-an-id", "/firms/Acme", `/firms/${"a".repeat(121)}`, "/constructor", "firms",
    ]) {
      expect(isPublicPagePath(path), path).toBe(false);
    }
  });
});
