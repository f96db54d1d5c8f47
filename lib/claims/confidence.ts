import type { Confidence } from "./schema";

const FIRMNESS: Record<Confidence, number> = { confirmed: 3, probable: 2, alleged: 1, disputed: 0 };

/** The firmer of two confidences, for a link that several claims back. */
export function firmer(a: Confidence, b: Confidence): Confidence {
  return FIRMNESS[b] > FIRMNESS[a] ? b : a;
}
