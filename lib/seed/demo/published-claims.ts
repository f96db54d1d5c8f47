/** Demo claims as published: per firm, then routes and technologies. Fictional, except where lib/seed/demo-data.ts says otherwise. */
import type { DemoClaim } from "../types";
import { cite, day, money, month, qty, year } from "./helpers";

export const PUBLISHED_CLAIMS: DemoClaim[] = [
  // --- Shenzhen Lianxin ---
  {
    subject: "lianxin-micro",
    predicate: "supplies",
    object: "brightwave-hk",
    statement:
      "Between March 2022 and December 2023 Lianxin was the exporter of record for 214 consignments of integrated circuits (HS 8542.31 and 8542.39) consigned to Brightwave Components in Hong Kong.",
    period: { start: month("2022-03"), end: month("2023-12") },
    value: qty(214, "consignments"),
    confidence: "confirmed",
    citations: [
      cite("customs-cn-2023", "table 3, rows 12–225", "Consignee: BRIGHTWAVE COMPONENTS (HK) LTD"),
      cite("ngo-hidden-circuits", "p. 14", "Lianxin accounted for roughly a third of Brightwave’s declared purchases."),
    ],
    state: "published",
  },
  {
    subject: "lianxin-micro",
    predicate: "deals_in",
    object: "tech-fpga",
    statement:
      "In 2023 Lianxin exported about 1,850 FPGAs of a US-origin device family controlled under ECCN 3A001.a.7, all to Brightwave Components.",
    period: { start: year(2023), end: year(2023) },
    value: qty(1_850, "units"),
    confidence: "confirmed",
    citations: [
      cite("customs-cn-2023", "table 4, row 9"),
      cite("ngo-hidden-circuits", "p. 17", "The part numbers match a device family that requires a licence for export to Russia."),
    ],
    state: "published",
  },
  {
    subject: "lianxin-micro",
    predicate: "sanctioned_by",
    statement: "Lianxin was added to Annex IV of EU Regulation 833/2014 in the demo listing of 24 June 2024.",
    period: { start: day("2024-06-24") },
    confidence: "confirmed",
    citations: [cite("gov-annex-iv-2024-06", "Annex, entry 311")],
    state: "published",
  },
  {
    subject: "lianxin-micro",
    statement:
      "Lianxin denies selling to Russian military end users and says it stopped serving Russia-linked customers in mid-2022; Chinese export records show consignments to Brightwave continuing until December 2023.",
    period: { start: month("2022-06"), end: month("2023-12") },
    confidence: "disputed",
    citations: [
      cite("news-lianxin-denial", "¶3", "We have never knowingly supplied any military customer in Russia."),
      cite("customs-cn-2023", "table 3, rows 190–225"),
    ],
    state: "published",
  },

  // --- Brightwave Components (HK) ---
  {
    subject: "brightwave-hk",
    predicate: "supplies",
    object: "vektor-komplekt",
    statement:
      "Russian import declarations record Brightwave as consignor of 96 air consignments of integrated circuits to Vektor-Komplekt between May 2022 and January 2024, declared at USD 11.4 million in total.",
    period: { start: month("2022-05"), end: month("2024-01") },
    value: money(11_400_000, "USD"),
    confidence: "confirmed",
    citations: [
      cite("customs-ru-2023", "table 2, rows 40–135", "Sender: BRIGHTWAVE COMPONENTS (HK) LIMITED; recipient: OOO VEKTOR-KOMPLEKT"),
      cite("ngo-hidden-circuits", "p. 15"),
    ],
    state: "published",
  },
  {
    subject: "brightwave-hk",
    predicate: "ships_via",
    object: "route-cn-hk-ru-air",
    statement: "All Brightwave consignments to Russia in 2022–2023 were declared as air cargo dispatched from Hong Kong International Airport.",
    period: { start: year(2022), end: year(2023) },
    confidence: "confirmed",
    citations: [
      cite("customs-ru-2023", "table 2, column ‘mode of transport’"),
      cite("news-harbour-shells", "§3"),
    ],
    state: "published",
  },
  {
    subject: "brightwave-hk",
    predicate: "deals_in",
    object: "tech-memory",
    statement: "In 2023 Brightwave shipped NAND flash and DRAM to Russian buyers with a declared value of USD 2.1 million.",
    period: { start: year(2023), end: year(2023) },
    value: money(2_100_000, "USD"),
    confidence: "confirmed",
    citations: [cite("customs-ru-2023", "table 5, rows 7–29")],
    state: "published",
  },
  {
    subject: "brightwave-hk",
    predicate: "owned_by",
    object: "lianxin-micro",
    statement:
      "Brightwave’s sole shareholder and director is Lianxin’s legal representative, and both firms give the same Futian office as correspondence address; the team treats Brightwave as under Lianxin’s control.",
    confidence: "probable",
    citations: [
      cite("registry-hk-brightwave", "sections 8–9", "Correspondence address: Room 1507, Futian, Shenzhen"),
      cite("registry-cn-lianxin", "basic information, address"),
    ],
    state: "published",
  },
  {
    subject: "brightwave-hk",
    predicate: "sanctioned_by",
    statement: "Brightwave was designated on 23 February 2024 (demo notice) for supplying CHPL Tier 1 items to Russian importers.",
    period: { start: day("2024-02-23") },
    confidence: "confirmed",
    citations: [
      cite("gov-notice-2024-02", "entry 4", "BRIGHTWAVE COMPONENTS (HK) LIMITED … has supplied integrated circuits to Russian end users."),
    ],
    state: "published",
  },
  {
    subject: "brightwave-hk",
    predicate: "supplies",
    object: "falcon-gate",
    statement:
      "After its designation Brightwave sold integrated circuits worth about USD 3.7 million to Falcon Gate in Dubai between March and September 2024.",
    period: { start: month("2024-03"), end: month("2024-09") },
    value: money(3_700_000, "USD"),
    confidence: "probable",
    citations: [
      cite("news-dubai-rebrand", "¶7", "Invoices seen by this newspaper show the Hong Kong firm selling to the Dubai trader weeks after its listing."),
    ],
    state: "published",
  },
  {
    subject: "brightwave-hk",
    predicate: "ships_via",
    object: "route-hk-ae-ru",
    statement: "From March 2024 Brightwave-origin cargo moved by sea to Jebel Ali and was re-exported to Moscow under Falcon Gate’s name.",
    period: { start: month("2024-03") },
    confidence: "probable",
    citations: [cite("news-dubai-rebrand", "¶8–10"), cite("customs-ru-2024", "table 6, rows 2–42")],
    state: "published",
  },

  // --- Falcon Gate (UAE) ---
  {
    subject: "falcon-gate",
    predicate: "supplies",
    object: "vektor-komplekt",
    statement:
      "Russian import declarations list Falcon Gate as seller in 41 consignments of integrated circuits to Vektor-Komplekt between April and November 2024, declared at USD 5.2 million.",
    period: { start: month("2024-04"), end: month("2024-11") },
    value: money(5_200_000, "USD"),
    confidence: "confirmed",
    citations: [cite("customs-ru-2024", "table 6, rows 2–42", "Seller: FALCON GATE GENERAL TRADING FZE (UAE)")],
    state: "published",
  },
  {
    subject: "falcon-gate",
    predicate: "ships_via",
    object: "route-hk-ae-ru",
    statement: "Falcon Gate’s consignments were declared as flown to Moscow from Dubai International Airport; the goods had reached Jebel Ali by sea from Hong Kong.",
    confidence: "confirmed",
    citations: [
      cite("customs-ru-2024", "table 6, columns ‘country of dispatch’ and ‘mode’"),
      cite("news-dubai-rebrand", "¶9"),
    ],
    state: "published",
  },
  {
    subject: "falcon-gate",
    statement:
      "Falcon Gate’s registered office is a flexi-desk shared with more than 40 other companies, and it declared no electronics trade before 2024.",
    confidence: "confirmed",
    citations: [cite("news-dubai-rebrand", "¶5", "The address is a hot-desk in a business centre that hosts dozens of trading licences.")],
    state: "published",
  },
  {
    subject: "falcon-gate",
    predicate: "sanctioned_by",
    statement: "Falcon Gate was designated on 15 January 2025 (demo notice) as a re-exporter for Vektor-Komplekt.",
    period: { start: day("2025-01-15") },
    confidence: "confirmed",
    citations: [cite("gov-notice-2025-01", "entry 11")],
    state: "published",
  },

  // --- Vektor-Komplekt ---
  {
    subject: "vektor-komplekt",
    predicate: "supplies",
    object: "severnaya-zvezda",
    statement:
      "Vektor-Komplekt won at least 11 supply contracts from Severnaya Zvezda for electronic components between 2022 and 2024, worth about RUB 1.9 billion in total.",
    period: { start: year(2022), end: year(2024) },
    value: money(1_900_000_000, "RUB"),
    confidence: "probable",
    citations: [
      cite("news-procurement-leak", "¶6–9", "Eleven tender protocols name the same Moscow importer as the winning supplier."),
      cite("ngo-hidden-circuits", "p. 22"),
    ],
    state: "published",
  },
  {
    subject: "vektor-komplekt",
    predicate: "deals_in",
    object: "tech-gnss",
    statement: "Vektor-Komplekt imported about 2,400 GNSS receiver modules in 2024, declared as components for agricultural equipment.",
    period: { start: year(2024), end: year(2024) },
    value: qty(2_400, "units"),
    confidence: "probable",
    citations: [cite("customs-ru-2024", "table 4, rows 11–16", "Purpose: for the production of agricultural machinery")],
    state: "published",
  },
  {
    subject: "vektor-komplekt",
    predicate: "sanctioned_by",
    statement:
      "Vektor-Komplekt was designated on 23 February 2024 and added to Annex IV of EU Regulation 833/2014 on 24 June 2024 (demo listings).",
    period: { start: day("2024-02-23") },
    confidence: "confirmed",
    citations: [cite("gov-notice-2024-02", "entry 9"), cite("gov-annex-iv-2024-06", "Annex, entry 302")],
    state: "published",
  },
  {
    subject: "vektor-komplekt",
    statement:
      "Vektor-Komplekt was registered in Moscow in April 2022 with charter capital of RUB 10,000; its sole founder previously ran a firm supplying radio components to defence plants.",
    period: { start: month("2022-04") },
    value: money(10_000, "RUB"),
    confidence: "confirmed",
    citations: [cite("registry-ru-vektor", "entries 1–4"), cite("news-procurement-leak", "¶11")],
    state: "published",
  },
  {
    subject: "vektor-komplekt",
    predicate: "buys_from",
    object: "anadolu-kavsak",
    statement:
      "A Turkish freight invoice reproduced in an NGO report names Vektor-Komplekt as final recipient of 64 oscilloscopes sold by Anadolu Kavşak in 2023.",
    period: { start: year(2023), end: year(2023) },
    value: qty(64, "units"),
    confidence: "alleged",
    citations: [cite("ngo-southern-corridor", "annex B, document 3")],
    state: "published",
  },

  // --- Severnaya Zvezda ---
  {
    subject: "severnaya-zvezda",
    predicate: "deals_in",
    object: "tech-fpga",
    statement:
      "FPGAs with 2022–2023 date codes were found in guidance units attributed to Severnaya Zvezda by their markings.",
    confidence: "probable",
    citations: [
      cite("academic-teardown", "table 2; §4.2", "Seven of the twelve units carried FPGAs with date codes from 2022 or 2023."),
    ],
    state: "published",
  },
  {
    subject: "severnaya-zvezda",
    predicate: "buys_from",
    object: "uralstanko",
    statement: "Severnaya Zvezda bought 14 five-axis machining centres of Chinese make from Uralstankoservis in 2023.",
    period: { start: year(2023), end: year(2023) },
    value: qty(14, "machines"),
    confidence: "confirmed",
    citations: [
      cite("news-procurement-leak", "¶14", "Fourteen five-axis machining centres, country of origin: PRC."),
      cite("ngo-cutting-edge", "p. 22"),
    ],
    state: "published",
  },

  // --- Dongguan Huarui ---
  {
    subject: "huarui-precision",
    predicate: "deals_in",
    object: "tech-cnc",
    statement:
      "Huarui makes three- and five-axis vertical machining centres; its catalogue gives positioning accuracy of 0.005 mm for the five-axis line.",
    confidence: "confirmed",
    citations: [cite("ngo-cutting-edge", "p. 9", "catalogue values close to the 2B001 thresholds")],
    state: "published",
  },
  {
    subject: "huarui-precision",
    predicate: "supplies",
    object: "baiterek-supply",
    statement: "Huarui shipped 38 vertical machining centres to Baiterek Component Supply in Almaty in 2023, declared at USD 6.8 million.",
    period: { start: year(2023), end: year(2023) },
    value: money(6_800_000, "USD"),
    confidence: "confirmed",
    citations: [cite("customs-kz-2023", "rows 88–125"), cite("ngo-cutting-edge", "p. 18")],
    state: "published",
  },
  {
    subject: "huarui-precision",
    predicate: "ships_via",
    object: "route-cn-kz-ru-rail",
    statement: "Huarui’s machines for Baiterek crossed into Kazakhstan by rail at Khorgos in 20- and 40-foot containers.",
    confidence: "confirmed",
    citations: [cite("customs-kz-2023", "column ‘border post’"), cite("news-khorgos", "¶4")],
    state: "published",
  },

  // --- Baiterek Component Supply (KZ) ---
  {
    subject: "baiterek-supply",
    predicate: "supplies",
    object: "uralstanko",
    statement:
      "At least 31 of the 38 Huarui machining centres imported by Baiterek in 2023 were resold to Uralstankoservis within 60 days of arrival.",
    period: { start: year(2023), end: year(2023) },
    value: qty(31, "machines"),
    confidence: "probable",
    citations: [
      cite("court-a60", "p. 3", "under supply contract No. 14/2023 for thirty-one machining centres"),
      cite("ngo-cutting-edge", "p. 19"),
    ],
    state: "published",
  },

  // --- Steppe Line Logistics (KZ) ---
  {
    subject: "steppe-line",
    predicate: "other",
    object: "baiterek-supply",
    statement: "Steppe Line acted as freight forwarder for Baiterek, booking 212 containers on Khorgos–Yekaterinburg block trains in 2023–2024.",
    period: { start: year(2023), end: year(2024) },
    value: qty(212, "containers"),
    confidence: "confirmed",
    citations: [cite("news-khorgos", "¶10", "Steppe Line handled the paperwork and the slots"), cite("court-a60", "p. 5")],
    summary: "Forwarder relationship.",
    state: "published",
  },

  // --- Uralstankoservis ---
  {
    subject: "uralstanko",
    predicate: "deals_in",
    object: "tech-cnc",
    statement: "Uralstankoservis imported 57 Chinese machining centres in 2024, all declared with Kazakhstan as country of dispatch.",
    period: { start: year(2024), end: year(2024) },
    value: qty(57, "machines"),
    confidence: "confirmed",
    citations: [cite("customs-ru-2024", "table 2, rows 5–61")],
    state: "published",
  },
  {
    subject: "uralstanko",
    statement:
      "Uralstankoservis told a court that all machining centres it bought from Baiterek were resold to civilian oil-and-gas service companies; procurement records indicate that at least 14 went to Severnaya Zvezda.",
    confidence: "disputed",
    citations: [
      cite("court-a60", "p. 6", "the equipment is intended for the repair of drilling equipment"),
      cite("news-procurement-leak", "¶14"),
    ],
    state: "published",
  },
  {
    subject: "uralstanko",
    predicate: "sanctioned_by",
    statement: "Uralstankoservis was listed on 20 May 2025 (demo notice) as the Russian buyer of machine tools re-exported by Baiterek.",
    period: { start: day("2025-05-20") },
    confidence: "confirmed",
    citations: [cite("gov-notice-2025-05", "entry 2297")],
    state: "published",
  },

  // --- Ningbo Jingyuan ---
  {
    subject: "jingyuan-bearing",
    predicate: "deals_in",
    object: "tech-bearings",
    statement: "Jingyuan manufactures deep-groove and angular-contact ball bearings classified under HS 8482.10.",
    confidence: "confirmed",
    citations: [cite("customs-kg-2024", "table 1, HS column")],
    state: "published",
  },
  {
    subject: "jingyuan-bearing",
    predicate: "supplies",
    object: "alatoo-trade",
    statement: "Jingyuan shipped about 1.2 million ball bearings to Ala-Too Trade House in 2024.",
    period: { start: year(2024), end: year(2024) },
    value: qty(1_200_000, "units"),
    confidence: "confirmed",
    citations: [cite("customs-kg-2024", "table 1, rows 31–77")],
    state: "published",
  },

  // --- Ala-Too Trade House (KG) ---
  {
    subject: "alatoo-trade",
    predicate: "supplies",
    object: "vektor-komplekt",
    statement: "Ala-Too re-exported bearings and electronic components to Vektor-Komplekt worth about USD 4.3 million in 2024.",
    period: { start: year(2024), end: year(2024) },
    value: money(4_300_000, "USD"),
    confidence: "probable",
    citations: [
      cite("customs-ru-2024", "table 3, rows 8–30"),
      cite("news-bishkek-windfall", "¶12", "Most of what we buy in China goes straight on to Moscow."),
    ],
    state: "published",
  },
  {
    subject: "alatoo-trade",
    predicate: "ships_via",
    object: "route-cn-kg-ru-road",
    statement: "Ala-Too’s goods were trucked from Bishkek bonded warehouses through Kazakhstan to Moscow region.",
    confidence: "confirmed",
    citations: [cite("news-bishkek-windfall", "¶8"), cite("customs-kg-2024", "table 5")],
    state: "published",
  },
  {
    subject: "alatoo-trade",
    statement: "Ala-Too’s declared turnover rose from about KGS 4 million in 2021 to KGS 1.3 billion in 2023.",
    period: { start: year(2021), end: year(2023) },
    value: money(1_300_000_000, "KGS"),
    confidence: "confirmed",
    citations: [cite("news-bishkek-windfall", "¶3", "a three-hundred-fold rise in two years")],
    state: "published",
  },

  // --- Tengri Settlement Services (KG) ---
  {
    subject: "tengri-pay",
    predicate: "other",
    object: "alatoo-trade",
    statement: "Tengri Settlement Services settled about CNY 96 million of Ala-Too’s payments to Chinese suppliers in 2023–2024.",
    period: { start: year(2023), end: year(2024) },
    value: money(96_000_000, "CNY"),
    confidence: "probable",
    citations: [
      cite("news-bishkek-windfall", "¶15"),
      cite("gov-notice-2025-05", "entry 2294, statement of reasons"),
    ],
    summary: "Payment processor for Ala-Too.",
    state: "published",
  },
  {
    subject: "tengri-pay",
    predicate: "other",
    object: "baiterek-supply",
    statement: "Tengri Settlement Services is alleged to have processed rouble receipts from Uralstankoservis on behalf of Baiterek in 2023.",
    period: { start: year(2023), end: year(2023) },
    confidence: "alleged",
    citations: [cite("gov-notice-2025-05", "entry 2294, statement of reasons")],
    state: "published",
  },

  // --- Anadolu Kavşak (TR) ---
  {
    subject: "anadolu-kavsak",
    predicate: "deals_in",
    object: "tech-test-equipment",
    statement: "Anadolu Kavşak exported oscilloscopes and spectrum analysers of European and US brands to Armenia worth USD 3.1 million in 2023.",
    period: { start: year(2023), end: year(2023) },
    value: money(3_100_000, "USD"),
    confidence: "confirmed",
    citations: [cite("ngo-southern-corridor", "p. 27, table 6")],
    state: "published",
  },
  {
    subject: "anadolu-kavsak",
    predicate: "deals_in",
    object: "tech-mlcc",
    statement: "Anadolu Kavşak also shipped reels of multilayer ceramic capacitors to Yerevan, declared as spare parts for medical devices.",
    confidence: "probable",
    citations: [cite("ngo-southern-corridor", "annex B, document 5")],
    state: "published",
  },
  {
    subject: "anadolu-kavsak",
    predicate: "ships_via",
    object: "route-tr-ge-am-ru",
    statement: "Anadolu Kavşak’s trucks to Yerevan entered Georgia at Sarpi; onward movements to Russia used Upper Lars.",
    period: { start: month("2022-08"), end: month("2025-03") },
    confidence: "probable",
    citations: [cite("ngo-southern-corridor", "pp. 24–26")],
    state: "published",
  },

  // --- Routes ---
  {
    subject: "route-cn-hk-ru-air",
    predicate: "deals_in",
    object: "tech-mcu",
    statement:
      "In the first half of 2023 Russian declarations recorded USD 212 million of HS 8542 goods arriving by air with Hong Kong as country of dispatch.",
    period: { start: month("2023-01"), end: month("2023-06") },
    value: money(212_000_000, "USD"),
    confidence: "confirmed",
    citations: [cite("customs-ru-2023", "table 1, summary row")],
    state: "published",
  },
  {
    subject: "route-cn-hk-ru-air",
    statement:
      "Commentary describes an informal, ad hoc network of Chinese technology firms and intermediaries that supplies Russia’s military outside formal arms-transfer channels; the Hong Kong air corridor is one channel of this kind.",
    confidence: "probable",
    citations: [cite("tech-nexus", "opening paragraphs"), cite("ngo-hidden-circuits", "pp. 6–8")],
    state: "published",
  },
  {
    subject: "route-cn-kz-ru-rail",
    predicate: "deals_in",
    object: "tech-cnc",
    statement: "Machining centres were among the fastest-growing Chinese exports on the Khorgos rail corridor in 2023–2024.",
    period: { start: year(2023), end: year(2024) },
    confidence: "probable",
    citations: [cite("news-khorgos", "¶6"), cite("ngo-cutting-edge", "p. 15")],
    state: "published",
  },
  {
    subject: "route-tr-ge-am-ru",
    predicate: "other",
    object: "tech-test-equipment",
    statement:
      "Armenian exports to Russia under HS 9030 rose from about USD 0.4 million in 2021 to USD 9.7 million in 2023.",
    period: { start: year(2021), end: year(2023) },
    value: money(9_700_000, "USD"),
    confidence: "confirmed",
    citations: [cite("ngo-southern-corridor", "p. 12, figure 3")],
    summary: "Carries test equipment.",
    state: "published",
  },
  {
    subject: "route-tr-ge-am-ru",
    statement: "Re-exports through Yerevan fell sharply after Armenian customs began requiring end-use documents for dual-use items in March 2025.",
    period: { start: month("2025-03") },
    confidence: "probable",
    citations: [cite("ngo-southern-corridor", "§5")],
    state: "published",
  },

  // --- Technologies ---
  {
    subject: "tech-fpga",
    statement:
      "Commentators argue that informal supply channels let intermediaries move controlled dual-use items around export controls; teardown evidence shows Western FPGAs still reaching Russian guidance units.",
    confidence: "probable",
    citations: [cite("tech-nexus", "middle section"), cite("academic-teardown", "§5")],
    state: "published",
  },
  {
    subject: "tech-gnss",
    statement: "GNSS modules of Chinese manufacture were found in 5 of 12 recovered guidance units examined in a 2025 teardown study.",
    value: qty(5, "guidance units"),
    confidence: "confirmed",
    citations: [cite("academic-teardown", "table 3")],
    state: "published",
  },
];
