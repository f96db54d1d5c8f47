/**
 * Demo data set for Nexus Watch.
 *
 * EVERYTHING HERE IS FICTIONAL, except:
 *   - the HS codes, CHPL tiers and export-control references of the technology
 *     profiles (real classifications, used so the reference lookups work), and
 *   - the one real source, key "tech-nexus" (Adam Gardner, 3 May 2024).
 *
 * Firms, people, shipments, amounts, registry numbers, sanctions listings and
 * all other sources are invented. Sanctions listings use real programme names
 * but invented "DEMO-…" references. Russian INN/OGRN numbers and Chinese USCC
 * codes are generated with deliberately WRONG check digits, so they match the
 * format regexes but cannot be the identifier of any real company. All URLs of
 * fictional material sit on example.com / example.org / example.net.
 */
import { CLAIMS_IN_REVIEW } from "./demo/claims-in-review";
import { DEMO_FIRMS } from "./demo/firms";
import { PUBLISHED_CLAIMS } from "./demo/published-claims";
import { DEMO_ROUTES } from "./demo/routes";
import { DEMO_SOURCES } from "./demo/sources";
import { DEMO_TECHNOLOGIES } from "./demo/technologies";
import type { DemoClaim, DemoEntity } from "./types";

export { DEMO_SOURCES };
export const DEMO_ENTITIES: DemoEntity[] = [...DEMO_FIRMS, ...DEMO_ROUTES, ...DEMO_TECHNOLOGIES];
export const DEMO_CLAIMS: DemoClaim[] = [...PUBLISHED_CLAIMS, ...CLAIMS_IN_REVIEW];
