/** Demo claims at the other stages of review: pending, drafts, changes requested, retracted. Fictional, except where lib/seed/demo-data.ts says otherwise. */
import type { DemoClaim } from "../types";
import { cite, day, month, qty, year } from "./helpers";

export const CLAIMS_IN_REVIEW: DemoClaim[] = [
  // =========================================================================
  // Pending review
  // =========================================================================
  {
    subject: "silverpeak-hk",
    predicate: "owned_by",
    object: "brightwave-hk",
    statement:
      "Silverpeak Trading is alleged to be a successor vehicle of Brightwave Components: it was incorporated in March 2024 at the same Kwun Tong address.",
    period: { start: month("2024-03") },
    confidence: "alleged",
    citations: [cite("news-dubai-rebrand", "¶12")],
    state: "pending",
  },
  {
    subject: "silverpeak-hk",
    predicate: "supplies",
    object: "vektor-komplekt",
    statement: "Silverpeak appears as consignor in 9 Russian import declarations of integrated circuits to Vektor-Komplekt in late 2024.",
    period: { start: month("2024-09"), end: month("2024-12") },
    value: qty(9, "consignments"),
    confidence: "probable",
    citations: [cite("customs-ru-2024", "table 6, rows 43–51")],
    state: "pending",
  },
  {
    subject: "anadolu-kavsak",
    predicate: "supplies",
    object: "ararat-techimport",
    statement: "Ararat Techimport was the consignee of 37 truck consignments from Anadolu Kavşak between August 2022 and February 2025.",
    period: { start: month("2022-08"), end: month("2025-02") },
    value: qty(37, "consignments"),
    confidence: "confirmed",
    citations: [cite("ngo-southern-corridor", "annex B, table B1")],
    state: "pending",
  },
  {
    subject: "ararat-techimport",
    predicate: "supplies",
    object: "vektor-komplekt",
    statement: "Ararat Techimport is believed to have forwarded oscilloscopes bought from Anadolu Kavşak to Vektor-Komplekt in Moscow.",
    confidence: "probable",
    citations: [cite("ngo-southern-corridor", "annex B, document 3")],
    state: "pending",
  },
  {
    subject: "ararat-techimport",
    predicate: "ships_via",
    object: "route-tr-ge-am-ru",
    statement: "Ararat Techimport’s onward shipments to Russia left Yerevan by road through the Upper Lars crossing.",
    confidence: "probable",
    citations: [cite("ngo-southern-corridor", "p. 26")],
    state: "pending",
  },
  {
    subject: "haoyun-uav",
    predicate: "deals_in",
    object: "tech-gnss",
    statement: "Haoyun’s flight-control boards carry GNSS receiver modules, per its archived 2023 catalogue.",
    confidence: "probable",
    citations: [cite("news-bishkek-windfall", "¶19")],
    state: "pending",
  },
  {
    subject: "tengri-pay",
    predicate: "other",
    object: "falcon-gate",
    statement: "Tengri Settlement Services is alleged to have received AED-denominated transfers from Falcon Gate in 2024.",
    period: { start: year(2024), end: year(2024) },
    confidence: "alleged",
    citations: [cite("news-dubai-rebrand", "¶14")],
    state: "pending",
  },
  {
    subject: "severnaya-zvezda",
    predicate: "deals_in",
    object: "tech-gnss",
    statement: "The GNSS modules found in recovered guidance units are alleged to have been fitted at Severnaya Zvezda.",
    confidence: "alleged",
    citations: [cite("academic-teardown", "§4.3")],
    state: "pending",
  },

  // =========================================================================
  // Drafts
  // =========================================================================
  {
    subject: "haoyun-uav",
    predicate: "supplies",
    object: "alatoo-trade",
    statement: "A Kyrgyz trade contact says Haoyun sold about 3,000 flight controllers to Ala-Too Trade House in 2024.",
    period: { start: year(2024), end: year(2024) },
    value: qty(3_000, "units"),
    confidence: "alleged",
    citations: [cite("news-bishkek-windfall", "¶19")],
    state: "draft",
  },
  {
    subject: "haoyun-uav",
    predicate: "ships_via",
    object: "route-cn-kg-ru-road",
    statement: "Haoyun’s consignments for Ala-Too are thought to travel by road through Irkeshtam.",
    confidence: "alleged",
    citations: [cite("news-bishkek-windfall", "¶20")],
    state: "draft",
  },
  {
    subject: "silverpeak-hk",
    predicate: "ships_via",
    object: "route-cn-hk-ru-air",
    statement: "Silverpeak may have resumed direct air shipments from Hong Kong to Moscow in 2025.",
    period: { start: year(2025) },
    confidence: "alleged",
    citations: [cite("customs-ru-2024", "table 6, note b")],
    state: "draft",
  },

  // =========================================================================
  // Changes requested by a reviewer: the first rests on one tender annex, the
  // second on a channel post that does not name the firm.
  // =========================================================================
  {
    subject: "lianxin-micro",
    predicate: "supplies",
    object: "severnaya-zvezda",
    statement: "Lianxin is alleged to have supplied FPGAs to Severnaya Zvezda directly, without a Hong Kong intermediary.",
    confidence: "alleged",
    citations: [cite("news-procurement-leak", "¶20", "manufacturer’s representative: Lianxin")],
    summary: "Add alleged direct supply link from a leaked tender annex; second source still needed.",
    state: "changes_requested",
  },
  {
    subject: "ararat-techimport",
    predicate: "deals_in",
    object: "tech-test-equipment",
    statement: "Ararat Techimport advertised parallel-import oscilloscopes for delivery to Russia via Yerevan in three weeks.",
    period: { start: day("2023-11-02") },
    confidence: "alleged",
    citations: [cite("telegram-post", "post 4417", "delivery via Yerevan, 3 weeks, documents included")],
    summary: "Add channel post offering test equipment via Yerevan; link to Ararat is via the contact phone number.",
    state: "changes_requested",
  },

  // =========================================================================
  // Retracted. Why (told in the firms' bodies): the Jingyuan–Huarui link came
  // from a report note that confused two firms; the Steppe Line listing was a
  // similarly named Russian forwarder.
  // =========================================================================
  {
    subject: "jingyuan-bearing",
    predicate: "owned_by",
    object: "huarui-precision",
    statement: "Jingyuan Bearing was said to be a subsidiary of Dongguan Huarui.",
    confidence: "disputed",
    citations: [cite("ngo-cutting-edge", "p. 31, note 72")],
    summary: "Add ownership link reported in the Institute for Trade Integrity report.",
    state: "retracted",
  },
  {
    subject: "steppe-line",
    predicate: "sanctioned_by",
    statement: "Steppe Line Logistics was said to have been listed in May 2025.",
    period: { start: day("2025-05-20") },
    confidence: "alleged",
    citations: [cite("gov-notice-2025-05", "entry 2302")],
    summary: "Add May 2025 listing.",
    state: "retracted",
  },
];
