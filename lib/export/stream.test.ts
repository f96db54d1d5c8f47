import { describe, expect, it } from "vitest";
import { csvField, csvLine } from "./claims-csv";
import { textStream } from "./stream";

describe("streaming an export", () => {
  it("reads the next batch only when the previous one has been taken", async () => {
    let produced = 0;
    async function* batches() {
      for (let i = 1; i <= 3; i++) {
        produced = i;
        yield `batch ${i}\n`;
      }
    }
    const reader = textStream(batches()).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe("batch 1\n");
    // The stream may have asked for one batch ahead, never for everything.
    expect(produced).toBeLessThanOrEqual(2);
    await reader.cancel();
    expect(produced).toBeLessThanOrEqual(2);
  });
});

describe("CSV fields", () => {
  it("quotes only what needs quoting, doubling quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvField(null)).toBe("");
    expect(csvField(0)).toBe("0");
    expect(csvLine(["a,b", "Шэньчжэнь 联芯", ""])).toBe('"a,b",Шэньчжэнь 联芯,\r\n');
  });
});
