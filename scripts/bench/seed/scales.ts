/** The corpus sizes of issue #7. Claims per entity is the mean; pages vary around it. */
export type Scale = {
  name: string;
  entities: number;
  claimsPerEntity: number;
  /** Sources in the pool claims cite from. */
  sources: number;
};

export const SCALES = {
  small: { name: "small", entities: 1_000, claimsPerEntity: 10, sources: 500 },
  medium: { name: "medium", entities: 10_000, claimsPerEntity: 10, sources: 5_000 },
  large: { name: "large", entities: 50_000, claimsPerEntity: 20, sources: 25_000 },
} as const satisfies Record<string, Scale>;

export type ScaleName = keyof typeof SCALES;

export function isScaleName(s: string): s is ScaleName {
  return Object.hasOwn(SCALES, s);
}

/**
 * Every SHOWCASE_EVERY-th entity is a published firm with exactly SHOWCASE_CLAIMS published
 * claims: the page the benchmark reads, the same at every scale.
 */
export const SHOWCASE_EVERY = 50;
export const SHOWCASE_CLAIMS = 20;
