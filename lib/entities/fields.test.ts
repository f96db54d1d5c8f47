import { describe, expect, it } from "vitest";
import { parseFields } from "./schema";

describe("kind-specific fields", () => {
  it("accepts a complete firm and normalises its country code", () => {
    const r = parseFields("firm", {
      country: "cn",
      roles: ["manufacturer", "distributor"],
      registrations: [
        { scheme: "cn_uscc", value: "91440300MA5F0XXX1B".replace(/X/g, "0") },
        { scheme: "ru_inn", value: "7701234567" },
        { scheme: "lei", value: "5493001KJTIIGC8Y1R12" },
      ],
      sanctions: [{ program: "EU Regulation 833/2014", date: "2024-02-23", reference: "Annex IV" }],
      website: "https://firm.example.com",
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.fields).toMatchObject({ country: "CN" });
  });

  it.each([
    ["an unknown country", { country: "XX" }, "fields.country"],
    ["an INN of the wrong length", { registrations: [{ scheme: "ru_inn", value: "12345" }] }, "fields.registrations.0.value"],
    ["an unknown role", { roles: ["smuggler"] }, "fields.roles.0"],
    ["a javascript: website", { website: "javascript:alert(1)" }, "fields.website"],
    ["an impossible sanction date", { sanctions: [{ program: "X", date: "2024-02-30" }] }, "fields.sanctions.0.date"],
    ["a field of another kind", { hsCodes: ["854231"] }, "fields"],
  ])("refuses a firm with %s", (_, fields, path) => {
    const r = parseFields("firm", fields);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path.join("."))).toContain(path);
  });

  it("keeps a route's transit points in order and checks its period", () => {
    const ok = parseFields("route", {
      origin: "CN", destination: "RU", modes: ["air"],
      transit: [{ country: "HK", hub: "Chek Lap Kok" }, { country: "AE", hub: "Dubai" }],
      activeFrom: "2022-03-01",
    });
    expect(ok.ok && (ok.fields as { transit: Array<{ country: string }> }).transit.map((t) => t.country)).toEqual(["HK", "AE"]);
    expect(parseFields("route", { origin: "CN", destination: "RU", activeFrom: "2024-01-01", activeTo: "2023-01-01" }).ok).toBe(false);
    expect(parseFields("route", { origin: "CN" }).ok).toBe(false);
    expect(parseFields("route", { origin: "CN", destination: "RU", modes: ["teleport"] }).ok).toBe(false);
  });

  it("stores HS codes as digits and refuses codes of the wrong length", () => {
    const ok = parseFields("technology", { hsCodes: ["8542.31", "8482 10"], chplTier: "1" });
    expect(ok.ok && (ok.fields as { hsCodes: string[] }).hsCodes).toEqual(["854231", "848210"]);
    expect(parseFields("technology", { hsCodes: ["854"] }).ok).toBe(false);
    expect(parseFields("technology", { hsCodes: ["85423100000"] }).ok).toBe(false);
    expect(parseFields("technology", { chplTier: "5" }).ok).toBe(false);
  });
});
