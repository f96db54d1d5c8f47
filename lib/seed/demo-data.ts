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
import type { BodyDoc, BodyNode } from "@/lib/editor/body-schema";
import type { DemoClaim, DemoEntity, DemoSource } from "./types";

// ---------------------------------------------------------------------------
// Body helpers (tiptap JSON)
// ---------------------------------------------------------------------------

type Inline = string | BodyNode;

const txt = (text: string): BodyNode => ({ type: "text", text });
const b = (text: string): BodyNode => ({ type: "text", text, marks: [{ type: "bold" }] });
const i = (text: string): BodyNode => ({ type: "text", text, marks: [{ type: "italic" }] });
const a = (text: string, href: string): BodyNode => ({
  type: "text",
  text,
  marks: [{ type: "link", attrs: { href } }],
});
const inline = (parts: Inline[]): BodyNode[] => parts.map((x) => (typeof x === "string" ? txt(x) : x));

/** A paragraph from strings and marked text nodes. */
const p = (...parts: Inline[]): BodyNode => ({ type: "paragraph", content: inline(parts) });
/** A heading, level 2–4. */
const h = (level: 2 | 3 | 4, text: string): BodyNode => ({ type: "heading", attrs: { level }, content: [txt(text)] });
/** A bullet list; each item is a string or an array of inline parts. */
const ul = (...items: Array<string | Inline[]>): BodyNode => ({
  type: "bulletList",
  content: items.map((item) => ({
    type: "listItem",
    content: [p(...(typeof item === "string" ? [item] : item))],
  })),
});
/** A block quote holding one paragraph. */
const quote = (...parts: Inline[]): BodyNode => ({ type: "blockquote", content: [p(...parts)] });
const doc = (...content: BodyNode[]): BodyDoc => ({ type: "doc", content });

/** First paragraphs: every body opens by saying plainly that it is demo data. */
const DEMO_FIRM = p(
  b("Demo data:"),
  " this firm is fictional and exists only to demonstrate Nexus Watch. Its name, registration numbers, addresses, people and transactions are invented; any resemblance to a real company is coincidental.",
);
const DEMO_ROUTE = p(
  b("Demo data:"),
  " this route profile is fictional and exists only to demonstrate Nexus Watch. The places are real, but every firm, shipment, date and figure linked to the route is invented.",
);
const DEMO_TECH = p(
  b("Demo data:"),
  " this technology profile exists only to demonstrate Nexus Watch. The HS codes, CHPL tier and control references are real classifications; every firm, shipment and figure linked to it is fictional.",
);

// ---------------------------------------------------------------------------
// Claim helpers
// ---------------------------------------------------------------------------

const day = (date: string) => ({ date, precision: "day" as const });
const month = (ym: string) => ({ date: `${ym}-01`, precision: "month" as const });
const year = (y: number) => ({ date: `${y}-01-01`, precision: "year" as const });

const money = (amount: number, currency: string) => ({ amount, currency });
const qty = (quantity: number, unit: string) => ({ quantity, unit });

/** A citation: source key, locator, and optionally a short quote. */
const cite = (source: string, locator: string, quote?: string) =>
  quote ? { source, quote, locator } : { source, locator };

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

export const DEMO_SOURCES: DemoSource[] = [
  // The one real source. Found with the project's `search` tool (corpus "pages"):
  // the stored page at haitiliberte.com carries this title, the byline "by Adam
  // Gardner" and "Published: May 3, 2024". It sits under the site's /advert/
  // path, so it is probably sponsored content, and it names no sources for its
  // claims: hence reliability F (cannot be judged). Claims below cite it only
  // for its general thesis, with a locator and no quote.
  {
    key: "tech-nexus",
    url: "https://haitiliberte.com/advert/the-tech-nexus-chinas-unofficial-tech-pipeline-fuels-russias-ukraine-war-efforts/",
    title: "The Tech Nexus: China’s Unofficial Tech Pipeline Fuels Russia’s Ukraine War Efforts",
    publisher: "Haïti Liberté",
    author: "Adam Gardner",
    publishedAt: "2024-05-03",
    accessedAt: "2026-11-28",
    type: "news",
    reliability: "F",
  },

  // --- Customs data (fictional) ---
  {
    key: "customs-cn-2023",
    url: "https://data.opentradeledger.example.org/extracts/cn-shenzhen-hs8542-2022-2023",
    title: "China export declarations extract: Shenzhen customs district, HS 8542, 2022–2023",
    publisher: "Open Trade Ledger",
    author: "Open Trade Ledger data desk",
    publishedAt: "2024-01-30",
    accessedAt: "2024-02-12",
    archiveUrl: "https://archive.example.org/2024-02-12/opentradeledger-cn-shenzhen-hs8542",
    type: "customs_data",
    reliability: "B",
  },
  {
    key: "customs-ru-2023",
    url: "https://data.opentradeledger.example.org/extracts/ru-imports-hs8542-2022-2023",
    title: "Russian import declarations extract: HS 8542 consignments, May 2022 – December 2023",
    publisher: "Open Trade Ledger",
    author: "Open Trade Ledger data desk",
    publishedAt: "2024-03-05",
    accessedAt: "2024-03-18",
    archiveUrl: "https://archive.example.org/2024-03-18/opentradeledger-ru-hs8542",
    type: "customs_data",
    reliability: "B",
  },
  {
    key: "customs-ru-2024",
    url: "https://data.opentradeledger.example.org/extracts/ru-imports-hs8457-8482-8526-9030-2024",
    title: "Russian import declarations extract: HS 8457, 8482, 8526 and 9030, January–December 2024",
    publisher: "Open Trade Ledger",
    author: "Open Trade Ledger data desk",
    publishedAt: "2025-03-14",
    accessedAt: "2025-03-20",
    type: "customs_data",
    reliability: "B",
  },
  {
    key: "customs-kz-2023",
    url: "https://eurasiatradeobservatory.example.net/datasets/kz-hs8457-2023",
    title: "Kazakhstan import and re-export records: HS 8457 machining centres, 2023",
    publisher: "Eurasia Trade Observatory",
    author: "Dana Sultanbekova",
    publishedAt: "2024-04-22",
    accessedAt: "2024-05-02",
    archiveUrl: "https://archive.example.org/2024-05-02/eto-kz-hs8457-2023",
    type: "customs_data",
    reliability: "C",
  },
  {
    key: "customs-kg-2024",
    url: "https://eurasiatradeobservatory.example.net/datasets/kg-bearings-components-2024",
    title: "Kyrgyz Republic import declarations: bearings and electronic components, 2024",
    publisher: "Eurasia Trade Observatory",
    author: "Dana Sultanbekova",
    publishedAt: "2025-04-09",
    accessedAt: "2025-04-15",
    type: "customs_data",
    reliability: "C",
  },

  // --- Corporate filings (fictional) ---
  {
    key: "registry-cn-lianxin",
    url: "https://companyrecords.example.com/cn/91440300MA5G7K2P3W",
    title: "Enterprise credit record: Shenzhen Lianxin Microelectronics Trading Co., Ltd.",
    publisher: "Company Records Mirror (demo)",
    publishedAt: "2023-09-01",
    accessedAt: "2024-02-14",
    archiveUrl: "https://archive.example.org/2024-02-14/companyrecords-cn-lianxin",
    type: "corporate_filing",
    reliability: "B",
  },
  {
    key: "registry-hk-brightwave",
    url: "https://companyrecords.example.com/hk/3128457/annual-return-2022",
    title: "Annual return NAR1 (2022): Brightwave Components (HK) Limited",
    publisher: "Company Records Mirror (demo)",
    publishedAt: "2022-11-30",
    accessedAt: "2024-02-14",
    archiveUrl: "https://archive.example.org/2024-02-14/companyrecords-hk-brightwave-nar1",
    type: "corporate_filing",
    reliability: "A",
  },
  {
    key: "registry-ru-vektor",
    url: "https://companyrecords.example.com/ru/7714938261",
    title: "Unified State Register of Legal Entities extract: OOO Vektor-Komplekt",
    publisher: "Company Records Mirror (demo)",
    publishedAt: "2024-01-10",
    accessedAt: "2024-01-12",
    type: "corporate_filing",
    reliability: "A",
  },

  // --- NGO reports (fictional) ---
  {
    key: "ngo-hidden-circuits",
    url: "https://meridian-observatory.example.org/reports/hidden-circuits",
    title: "Hidden Circuits: How Western Chips Still Reach Russia’s Guided-Weapons Makers",
    publisher: "Meridian Supply Chain Observatory",
    author: "Lola Okafor; Tamás Varga",
    publishedAt: "2024-04-18",
    accessedAt: "2024-04-20",
    archiveUrl: "https://archive.example.org/2024-04-20/meridian-hidden-circuits",
    type: "ngo_report",
    reliability: "B",
  },
  {
    key: "ngo-cutting-edge",
    url: "https://tradeintegrity.example.org/publications/cutting-edge-cnc-russia",
    title: "Cutting Edge: Chinese CNC Machine Tools in Russia’s Defence Industry",
    publisher: "Institute for Trade Integrity",
    author: "Henrik Aas; Mei-Ling Zhou",
    publishedAt: "2025-02-11",
    accessedAt: "2025-02-13",
    archiveUrl: "https://archive.example.org/2025-02-13/iti-cutting-edge",
    type: "ngo_report",
    reliability: "B",
  },
  {
    key: "ngo-southern-corridor",
    url: "https://caspianpolicylab.example.net/research/southern-corridor-re-exports",
    title: "The Southern Corridor: Re-exports to Russia through Turkey and the South Caucasus",
    publisher: "Caspian Policy Lab",
    author: "Nino Beridze; Aram Petrosyan",
    publishedAt: "2025-06-30",
    accessedAt: "2025-07-04",
    type: "ngo_report",
    reliability: "C",
  },

  // --- Government notices (fictional) ---
  {
    key: "gov-notice-2024-02",
    url: "https://sanctions-notices.example.org/2024/02/23/russia-military-industrial-base-designations",
    title: "Designation notice (demo): entities supplying Russia’s military-industrial base, February 2024",
    publisher: "Demo Sanctions Gazette",
    publishedAt: "2024-02-23",
    accessedAt: "2024-02-24",
    archiveUrl: "https://archive.example.org/2024-02-24/demo-gazette-designations",
    type: "government",
    reliability: "A",
  },
  {
    key: "gov-annex-iv-2024-06",
    url: "https://sanctions-notices.example.org/2024/06/24/annex-iv-additions",
    title: "Additions to Annex IV of Regulation 833/2014 (demo notice), June 2024",
    publisher: "Demo Sanctions Gazette",
    publishedAt: "2024-06-24",
    accessedAt: "2024-06-25",
    type: "government",
    reliability: "A",
  },
  {
    key: "gov-notice-2025-01",
    url: "https://sanctions-notices.example.org/2025/01/15/third-country-suppliers-designations",
    title: "Designation notice (demo): third-country suppliers and re-exporters, January 2025",
    publisher: "Demo Sanctions Gazette",
    publishedAt: "2025-01-15",
    accessedAt: "2025-01-16",
    archiveUrl: "https://archive.example.org/2025-01-16/demo-gazette-third-country",
    type: "government",
    reliability: "A",
  },
  {
    key: "gov-notice-2025-05",
    url: "https://sanctions-notices.example.org/2025/05/20/russia-regime-list-update",
    title: "Sanctions list update (demo): Russia regime, May 2025",
    publisher: "Demo Sanctions Gazette",
    publishedAt: "2025-05-20",
    accessedAt: "2025-05-21",
    type: "government",
    reliability: "A",
  },

  // --- News (fictional) ---
  {
    key: "news-harbour-shells",
    url: "https://harbourledger.example.com/2023/08/14/hong-kong-shells-chips-russia",
    title: "Hong Kong shell companies keep chips flowing to Russian arms makers",
    publisher: "The Harbour Ledger",
    author: "Grace Leung",
    publishedAt: "2023-08-14",
    accessedAt: "2023-08-15",
    archiveUrl: "https://archive.example.org/2023-08-15/harbourledger-hk-shells",
    type: "news",
    reliability: "B",
  },
  {
    key: "news-khorgos",
    url: "https://steppebusiness.example.com/2024/05/07/machine-tools-khorgos-block-trains",
    title: "Machine tools ride the Khorgos block trains to the Urals",
    publisher: "Steppe Business Review",
    author: "Arman Seitkali",
    publishedAt: "2024-05-07",
    accessedAt: "2024-05-08",
    type: "news",
    reliability: "C",
  },
  {
    key: "news-dubai-rebrand",
    url: "https://gulfcommerce.example.net/2024/10/02/dubai-traders-step-in-for-hong-kong-suppliers",
    title: "Dubai trading firms step in as Hong Kong suppliers hit sanctions lists",
    publisher: "Gulf Commerce Daily",
    author: "Rania Haddad",
    publishedAt: "2024-10-02",
    accessedAt: "2024-10-03",
    archiveUrl: "https://archive.example.org/2024-10-03/gulfcommerce-dubai-traders",
    type: "news",
    reliability: "C",
  },
  {
    key: "news-bishkek-windfall",
    url: "https://centralasiawire.example.com/2024/11/19/bishkek-trading-houses-windfall",
    title: "Bishkek trading houses report windfall from Russia trade",
    publisher: "Central Asia Wire",
    author: "Aibek Toktorov",
    publishedAt: "2024-11-19",
    accessedAt: "2024-11-20",
    type: "news",
    reliability: "C",
  },
  {
    key: "news-procurement-leak",
    url: "https://nezavisimy-monitor.example.org/2024/10/03/leaked-tenders-guidance-plant-foreign-chips",
    title: "Leaked tenders show guidance-systems plant ordering foreign chips and machine tools",
    publisher: "Nezavisimy Monitor",
    author: "Irina Sokolova",
    publishedAt: "2024-10-03",
    accessedAt: "2024-10-04",
    archiveUrl: "https://archive.example.org/2024-10-04/nezavisimy-leaked-tenders",
    type: "news",
    reliability: "C",
  },
  {
    key: "news-lianxin-denial",
    url: "https://pearlrivertech.example.com/2024/05/22/shenzhen-distributor-rejects-russia-claims",
    title: "Shenzhen distributor rejects claims of Russian military sales",
    publisher: "Pearl River Tech Post",
    author: "Chen Jiahui",
    publishedAt: "2024-05-22",
    accessedAt: "2024-05-23",
    type: "news",
    reliability: "C",
  },

  // --- Court, academic, other (fictional) ---
  {
    key: "court-a60",
    url: "https://courtrecords.example.net/ru/arbitrazh/a60-demo-1187-2024",
    title: "Judgment in case A60-DEMO-1187/2024: Uralstankoservis v. Baiterek Component Supply (demo)",
    publisher: "Court Records Mirror (demo)",
    publishedAt: "2024-12-10",
    accessedAt: "2025-01-08",
    archiveUrl: "https://archive.example.org/2025-01-08/courtrecords-a60-demo-1187",
    type: "court",
    reliability: "A",
  },
  {
    key: "academic-teardown",
    url: "https://journal-conflict-electronics.example.org/articles/2025/component-provenance-guidance-units",
    title: "Component provenance in recovered guidance units: a teardown study",
    publisher: "Journal of Conflict Electronics (demo)",
    author: "Marta Brandt; Serhii Kovalenko",
    publishedAt: "2025-06-15",
    accessedAt: "2025-06-20",
    type: "academic",
    reliability: "B",
  },
  {
    key: "telegram-post",
    url: "https://channel-archive.example.net/parallel-import-tools/post/4417",
    title: "Channel post: “Parallel import of test equipment, delivery via Yerevan, 3 weeks”",
    publisher: "Messaging channel archive (demo)",
    publishedAt: "2023-11-02",
    accessedAt: "2023-11-05",
    archiveUrl: "https://archive.example.org/2023-11-05/channel-post-4417",
    type: "other",
    reliability: "E",
  },
];

// ---------------------------------------------------------------------------
// Entities: firms
// ---------------------------------------------------------------------------

const FIRMS: DemoEntity[] = [
  {
    key: "lianxin-micro",
    kind: "firm",
    title: "Shenzhen Lianxin Microelectronics Trading Co., Ltd.",
    aliases: [
      { name: "Lianxin Micro", lang: "en" },
      { name: "深圳市联芯微电子贸易有限公司", lang: "zh-Hans" },
      { name: "Шэньчжэнь Ляньсинь Микроэлектроникс", lang: "ru" },
    ],
    fields: {
      country: "CN",
      registrations: [{ scheme: "cn_uscc", value: "91440300MA5G7K2P3W" }],
      roles: ["distributor"],
      sanctions: [
        {
          program: "EU Regulation 833/2014 Annex IV",
          authority: "Council of the European Union",
          date: "2024-06-24",
          reference: "DEMO-ANNEX-IV-0311",
        },
      ],
      website: "https://lianxin-micro.example.com",
    },
    body: doc(
      DEMO_FIRM,
      p(
        "A small independent distributor in Shenzhen’s Futian district, a few streets from the Huaqiangbei electronics market. It holds no franchise from any chip maker and sells ",
        i("broker stock"),
        " of Western-branded microcontrollers, memory and FPGAs, much of it consigned to a related company in Hong Kong.",
      ),
      h(2, "Why it matters"),
      ul(
        "Largest single supplier of Brightwave Components (HK) in 2022–2023 export declarations.",
        "Same legal representative and office address as Brightwave: treated here as one group.",
        "Publicly denies any Russian military end use (see disputed claim).",
      ),
      p(
        "Main documentation: ",
        a("Hidden Circuits", "https://meridian-observatory.example.org/reports/hidden-circuits"),
        " (Meridian Supply Chain Observatory, 2024), pp. 14–17. Open questions: where Lianxin sources US-origin FPGAs, and whether it kept supplying after the June 2024 Annex IV listing under a new name.",
      ),
    ),
    state: "published",
  },
  {
    key: "huarui-precision",
    kind: "firm",
    title: "Dongguan Huarui Precision Machinery Co., Ltd.",
    aliases: [
      { name: "Huarui CNC", lang: "en" },
      { name: "东莞市华锐精密机械有限公司", lang: "zh-Hans" },
      { name: "Дунгуань Хуажуй Прецижн Машинери", lang: "ru" },
    ],
    fields: {
      country: "CN",
      registrations: [{ scheme: "cn_uscc", value: "91441900MA4X8R6T2D" }],
      roles: ["manufacturer"],
      sanctions: [],
      website: "https://huarui-cnc.example.com",
    },
    body: doc(
      DEMO_FIRM,
      p(
        "A mid-sized maker of three- and five-axis vertical machining centres in Dongguan. Its five-axis line is advertised with positioning accuracy that puts it close to the thresholds of Wassenaar category 2.B.1.",
      ),
      p(
        "Huarui sells to Russia only through intermediaries in Kazakhstan. Its machines travel on block trains through Khorgos and reappear, within weeks, in Russian import declarations filed by Uralstankoservis.",
      ),
    ),
    state: "published",
  },
  {
    key: "jingyuan-bearing",
    kind: "firm",
    title: "Ningbo Jingyuan Bearing Manufacturing Co., Ltd.",
    aliases: [
      { name: "JY Bearings", lang: "en" },
      { name: "宁波市晶远轴承制造有限公司", lang: "zh-Hans" },
    ],
    fields: {
      country: "CN",
      registrations: [{ scheme: "cn_uscc", value: "91330200MA2H5N4W70" }],
      roles: ["manufacturer"],
      sanctions: [],
      website: "https://jy-bearings.example.com",
    },
    body: doc(
      DEMO_FIRM,
      p(
        "Manufacturer of deep-groove and angular-contact ball bearings in Ningbo. Most of its output is ordinary industrial stock; the interest for investigators lies in a sharp rise of shipments to Kyrgyzstan from 2023.",
      ),
      p(
        "An earlier claim that Jingyuan is a subsidiary of Dongguan Huarui was retracted after registry checks showed unrelated shareholders.",
      ),
    ),
    state: "published",
  },
  {
    key: "brightwave-hk",
    kind: "firm",
    title: "Brightwave Components (HK) Limited",
    aliases: [
      { name: "Brightwave HK", lang: "en" },
      { name: "明浪電子零件（香港）有限公司", lang: "zh-Hant" },
      { name: "Брайтвейв Компонентс (Гонконг)", lang: "ru" },
    ],
    fields: {
      country: "HK",
      registrations: [{ scheme: "hk_cr", value: "3128457" }],
      roles: ["distributor", "intermediary"],
      sanctions: [
        {
          program: "OFAC RUSSIA-EO14024",
          authority: "US OFAC",
          date: "2024-02-23",
          reference: "DEMO-SDN-20931",
        },
        {
          program: "EU Regulation 833/2014 Annex IV",
          authority: "Council of the European Union",
          date: "2024-06-24",
          reference: "DEMO-ANNEX-IV-0298",
        },
      ],
      website: "https://brightwave-hk.example.com",
    },
    body: doc(
      DEMO_FIRM,
      p(
        "A Hong Kong private company with one director, one shareholder and a registered address at a company-secretary firm in Kwun Tong. From May 2022 it was the consignor of record for dozens of air consignments of integrated circuits to Moscow.",
      ),
      h(2, "Pattern"),
      ul(
        "Buys almost entirely from Shenzhen Lianxin, which shares its director.",
        "Ships by air from Hong Kong International Airport to Moscow.",
        "After its February 2024 listing, the same goods began moving through Falcon Gate in Dubai.",
      ),
      quote(
        "Investigator’s note: a successor shell, Silverpeak Trading, appears in 2024 declarations at the same Kwun Tong address. That link is still under review.",
      ),
    ),
    state: "published",
  },
  {
    key: "silverpeak-hk",
    kind: "firm",
    title: "Silverpeak Trading Limited",
    aliases: [
      { name: "Silver Peak Trading", lang: "en" },
      { name: "銀峰貿易有限公司", lang: "zh-Hant" },
    ],
    fields: {
      country: "HK",
      registrations: [{ scheme: "hk_cr", value: "3390218" }],
      roles: ["intermediary"],
      sanctions: [],
    },
    body: doc(
      DEMO_FIRM,
      p(
        "Incorporated in Hong Kong in March 2024, three weeks after Brightwave Components was designated, with the same company-secretary address in Kwun Tong.",
      ),
      p(
        "Pending review: the page rests mainly on address overlap and on a handful of 2024 Russian import declarations. Ownership has not been established.",
      ),
    ),
    state: "pending",
  },
  {
    key: "falcon-gate",
    kind: "firm",
    title: "Falcon Gate General Trading FZE",
    aliases: [
      { name: "Falcon Gate Trading", lang: "en" },
      { name: "فالكون جيت للتجارة العامة", lang: "ar" },
      { name: "Фэлкон Гейт Дженерал Трейдинг", lang: "ru" },
    ],
    fields: {
      country: "AE",
      registrations: [{ scheme: "other", value: "Free-zone licence DEMO-FZ-884512" }],
      roles: ["intermediary"],
      sanctions: [
        {
          program: "OFAC RUSSIA-EO14024",
          authority: "US OFAC",
          date: "2025-01-15",
          reference: "DEMO-SDN-24417",
        },
      ],
      website: "https://falcongate-trading.example.net",
    },
    body: doc(
      DEMO_FIRM,
      p(
        "A free-zone establishment in Dubai whose registered office is a shared flexi-desk. It had no recorded trade in electronics before 2024.",
      ),
      p(
        "From March 2024 it bought integrated circuits from Brightwave Components, by then designated, and resold them to Vektor-Komplekt in Moscow. Goods arrived at Jebel Ali by sea and left Dubai by air.",
      ),
    ),
    state: "published",
  },
  {
    key: "anadolu-kavsak",
    kind: "firm",
    title: "Anadolu Kavşak Elektronik Dış Ticaret A.Ş.",
    aliases: [
      { name: "Anatolian Junction Electronics", lang: "en" },
      { name: "Anadolu Kavsak Elektronik", lang: "tr" },
      { name: "Анадолу Кавшак Электроник", lang: "ru" },
    ],
    fields: {
      country: "TR",
      registrations: [{ scheme: "other", value: "MERSIS DEMO-0071-4418-0017" }],
      roles: ["distributor", "intermediary"],
      sanctions: [],
      website: "https://anadolukavsak.example.com",
    },
    body: doc(
      DEMO_FIRM,
      p(
        "An Istanbul trading company selling European and US test and measurement equipment and passive components. Its exports to Armenia grew sharply from mid-2022, as goods moved by road through Georgia.",
      ),
      p(
        "Freight invoices name Ararat Techimport in Yerevan as consignee and, in at least one case, Vektor-Komplekt in Moscow as the final recipient.",
      ),
    ),
    state: "published",
  },
  {
    key: "steppe-line",
    kind: "firm",
    title: "Steppe Line Logistics LLP",
    aliases: [
      { name: "Steppe Line", lang: "en" },
      { name: "ТОО «Степ Лайн Логистикс»", lang: "ru" },
      { name: "«Дала Желісі Логистикс» ЖШС", lang: "kk" },
    ],
    fields: {
      country: "KZ",
      registrations: [{ scheme: "other", value: "KZ BIN 190940027316" }],
      roles: ["logistics"],
      sanctions: [],
      website: "https://steppeline-logistics.example.com",
    },
    body: doc(
      DEMO_FIRM,
      p(
        "An Almaty freight forwarder that books container slots on block trains from Khorgos Gateway to Yekaterinburg. It is the forwarder of record for Baiterek Component Supply’s machine-tool consignments.",
      ),
      p(
        "Steppe Line is not sanctioned. A 2025 claim that it was listed confused it with a similarly named Russian forwarder and was retracted.",
      ),
    ),
    state: "published",
  },
  {
    key: "baiterek-supply",
    kind: "firm",
    title: "Baiterek Component Supply LLP",
    aliases: [
      { name: "Baiterek Components", lang: "en" },
      { name: "ТОО «Байтерек Компонент Сапплай»", lang: "ru" },
    ],
    fields: {
      country: "KZ",
      registrations: [{ scheme: "other", value: "KZ BIN 220640031982" }],
      roles: ["intermediary"],
      sanctions: [
        {
          program: "UK Russia (Sanctions) (EU Exit) Regulations 2019",
          authority: "UK FCDO",
          date: "2025-05-20",
          reference: "DEMO-RUS-2291",
        },
      ],
    },
    body: doc(
      DEMO_FIRM,
      p(
        "Registered in Almaty in June 2022 with two employees. In 2023 it imported 38 machining centres from Dongguan Huarui, nearly all of which left for Russia within two months.",
      ),
      h(2, "Indicators"),
      ul(
        "No workshop or customer base in Kazakhstan for the machines it imports.",
        "Re-export intervals of 60 days or less.",
        "Party to a 2024 commercial dispute with Uralstankoservis in a Russian arbitration court.",
      ),
    ),
    state: "published",
  },
  {
    key: "alatoo-trade",
    kind: "firm",
    title: "Ala-Too Trade House LLC",
    aliases: [
      { name: "Ala-Too TH", lang: "en" },
      { name: "ОсОО «Торговый дом Ала-Тоо»", lang: "ru" },
      { name: "«Ала-Тоо» соода үйү ЖЧК", lang: "ky" },
    ],
    fields: {
      country: "KG",
      registrations: [{ scheme: "other", value: "KG INN 02712202310194" }],
      roles: ["intermediary"],
      sanctions: [
        {
          program: "OFAC RUSSIA-EO14024",
          authority: "US OFAC",
          date: "2025-01-15",
          reference: "DEMO-SDN-24420",
        },
      ],
    },
    body: doc(
      DEMO_FIRM,
      p(
        "A Bishkek trading house whose declared turnover rose from about KGS 4 million in 2021 to KGS 1.3 billion in 2023. It buys bearings and electronic components in China and trucks them across Kazakhstan to Russian customers.",
      ),
      p(
        "Payments to Chinese suppliers run through Tengri Settlement Services, a Bishkek payment firm, in yuan.",
      ),
    ),
    state: "published",
  },
  {
    key: "tengri-pay",
    kind: "firm",
    title: "Tengri Settlement Services CJSC",
    aliases: [
      { name: "Tengri Pay", lang: "en" },
      { name: "ЗАО «Тенгри Сеттлмент Сервисез»", lang: "ru" },
    ],
    fields: {
      country: "KG",
      registrations: [
        { scheme: "lei", value: "984500DEMO7HK2QF4X31" },
        { scheme: "other", value: "KG INN 01905202210087" },
      ],
      roles: ["financial"],
      sanctions: [
        {
          program: "UK Russia (Sanctions) (EU Exit) Regulations 2019",
          authority: "UK FCDO",
          date: "2025-05-20",
          reference: "DEMO-RUS-2294",
        },
      ],
      website: "https://tengri-settlement.example.org",
    },
    body: doc(
      DEMO_FIRM,
      p(
        "A licensed payment organisation in Bishkek offering ",
        i("cross-border settlement"),
        " in yuan and roubles for small importers. It holds correspondent accounts with regional banks in China and Russia.",
      ),
      p(
        "Investigators use it as a link between the Kyrgyz and Kazakh intermediaries on this wiki: both Ala-Too and Baiterek appear among its clients.",
      ),
    ),
    state: "published",
  },
  {
    key: "ararat-techimport",
    kind: "firm",
    title: "Ararat Techimport LLC",
    aliases: [
      { name: "Ararat Tech Import", lang: "en" },
      { name: "ООО «Арарат Техимпорт»", lang: "ru" },
      { name: "«Արարատ Տեխիմպորտ» ՍՊԸ", lang: "hy" },
    ],
    fields: {
      country: "AM",
      registrations: [{ scheme: "other", value: "AM TIN 02871946" }],
      roles: ["intermediary"],
      sanctions: [],
    },
    body: doc(
      DEMO_FIRM,
      p(
        "A Yerevan importer of laboratory and electronic equipment, founded in 2022. It is consignee for Anadolu Kavşak’s shipments through Georgia.",
      ),
      p(
        "Pending review: the onward sale to Russia rests on one NGO report and on trade statistics; no Russian import declaration naming Ararat has yet been matched.",
      ),
    ),
    state: "pending",
  },
  {
    key: "vektor-komplekt",
    kind: "firm",
    title: "Vektor-Komplekt LLC",
    aliases: [
      { name: "Vector-Komplekt", lang: "en" },
      { name: "ООО «Вектор-Комплект»", lang: "ru" },
    ],
    fields: {
      country: "RU",
      registrations: [
        { scheme: "ru_inn", value: "7714938261" },
        { scheme: "ru_ogrn", value: "1227700481935" },
      ],
      roles: ["distributor", "intermediary"],
      sanctions: [
        {
          program: "OFAC RUSSIA-EO14024",
          authority: "US OFAC",
          date: "2024-02-23",
          reference: "DEMO-SDN-20935",
        },
        {
          program: "EU Regulation 833/2014 Annex IV",
          authority: "Council of the European Union",
          date: "2024-06-24",
          reference: "DEMO-ANNEX-IV-0302",
        },
      ],
    },
    body: doc(
      DEMO_FIRM,
      p(
        "A Moscow importer registered in April 2022 with the minimum charter capital. Within two years it became the Russian consignee for integrated circuits from Hong Kong and Dubai, bearings from Kyrgyzstan and test equipment via Armenia.",
      ),
      h(2, "Where the goods go"),
      p(
        "Leaked tender documents name Vektor-Komplekt as supplier to Severnaya Zvezda, a designated maker of guidance and navigation electronics. It is the hub of this demo network: four of the five routes on the wiki end at its door.",
      ),
    ),
    state: "published",
  },
  {
    key: "severnaya-zvezda",
    kind: "firm",
    title: "Severnaya Zvezda Scientific Production Enterprise JSC",
    aliases: [
      { name: "NPP Severnaya Zvezda", lang: "en" },
      { name: "Northern Star Scientific Production Enterprise", lang: "en" },
      { name: "АО «НПП «Северная звезда»", lang: "ru" },
    ],
    fields: {
      country: "RU",
      registrations: [
        { scheme: "ru_inn", value: "7802416577" },
        { scheme: "ru_ogrn", value: "1027800519376" },
      ],
      roles: ["end_user", "manufacturer"],
      sanctions: [
        {
          program: "OFAC RUSSIA-EO14024",
          authority: "US OFAC",
          date: "2022-06-28",
          reference: "DEMO-SDN-17706",
        },
        {
          program: "EU Regulation 833/2014 Annex IV",
          authority: "Council of the European Union",
          date: "2022-06-03",
          reference: "DEMO-ANNEX-IV-0087",
        },
      ],
    },
    body: doc(
      DEMO_FIRM,
      p(
        "A St Petersburg defence electronics enterprise making navigation and guidance modules. It is the end user most of the supply chains on this wiki lead to.",
      ),
      ul(
        "Buys integrated circuits through Vektor-Komplekt.",
        "Bought five-axis machining centres from Uralstankoservis in 2023.",
        "Budgets large sums for imported test and measurement equipment.",
      ),
    ),
    state: "published",
  },
  {
    key: "uralstanko",
    kind: "firm",
    title: "Uralstankoservis LLC",
    aliases: [
      { name: "Ural Machine Tool Service", lang: "en" },
      { name: "ООО «Уралстанкосервис»", lang: "ru" },
    ],
    fields: {
      country: "RU",
      registrations: [
        { scheme: "ru_inn", value: "6658039145" },
        { scheme: "ru_ogrn", value: "1216600714521" },
      ],
      roles: ["distributor"],
      sanctions: [
        {
          program: "UK Russia (Sanctions) (EU Exit) Regulations 2019",
          authority: "UK FCDO",
          date: "2025-05-20",
          reference: "DEMO-RUS-2297",
        },
      ],
    },
    body: doc(
      DEMO_FIRM,
      p(
        "A Yekaterinburg machine-tool dealer. Its imports of Chinese machining centres, all via Kazakhstan, grew from a handful in 2022 to dozens in 2023.",
      ),
      p(
        "It says its customers are oil-and-gas service companies. Procurement records show at least 14 five-axis machines going to Severnaya Zvezda.",
      ),
    ),
    state: "published",
  },
  {
    key: "haoyun-uav",
    kind: "firm",
    title: "Xiamen Haoyun UAV Technology Co., Ltd.",
    aliases: [
      { name: "Haoyun UAV", lang: "en" },
      { name: "厦门市浩云无人机科技有限公司", lang: "zh-Hans" },
    ],
    fields: {
      country: "CN",
      registrations: [{ scheme: "cn_uscc", value: "91350200MA8Q3L9C1T" }],
      roles: ["manufacturer"],
      sanctions: [],
      website: "https://haoyun-uav.example.com",
    },
    body: doc(
      DEMO_FIRM,
      p(
        "Draft page. A Xiamen maker of agricultural drones and flight-control boards with GNSS modules. A Kyrgyz trade contact says it sold flight controllers to Ala-Too Trade House.",
      ),
      p("Still to do: match customs records, check the catalogue archive, and ask the company for comment."),
    ),
    state: "draft",
  },
];

// ---------------------------------------------------------------------------
// Entities: routes
// ---------------------------------------------------------------------------

const ROUTES: DemoEntity[] = [
  {
    key: "route-cn-hk-ru-air",
    kind: "route",
    title: "China → Hong Kong → Russia (air freight)",
    aliases: [
      { name: "Shenzhen–Hong Kong–Moscow air corridor", lang: "en" },
      { name: "Китай — Гонконг — Россия (авиа)", lang: "ru" },
      { name: "中国—香港—俄罗斯空运通道", lang: "zh-Hans" },
    ],
    fields: {
      origin: "CN",
      transit: [{ country: "HK", hub: "Hong Kong International Airport" }],
      destination: "RU",
      modes: ["road", "air"],
      activeFrom: "2022-03-15",
    },
    body: doc(
      DEMO_ROUTE,
      p(
        "Goods are trucked from Shenzhen warehouses across the boundary to Hong Kong International Airport and flown to Moscow Sheremetyevo, often within 48 hours. Hong Kong adds a foreign consignor of record and a fast, high-frequency cargo market.",
      ),
      p("The main channel for small, high-value integrated circuits in this demo network."),
    ),
    state: "published",
  },
  {
    key: "route-cn-kz-ru-rail",
    kind: "route",
    title: "China → Kazakhstan → Russia (rail and road via Khorgos)",
    aliases: [
      { name: "Khorgos corridor", lang: "en" },
      { name: "Китай — Казахстан — Россия через Хоргос", lang: "ru" },
      { name: "经霍尔果斯的中哈俄通道", lang: "zh-Hans" },
    ],
    fields: {
      origin: "CN",
      transit: [
        { country: "KZ", hub: "Khorgos Gateway dry port" },
        { country: "KZ", hub: "Almaty" },
        { country: "KZ", hub: "Petropavl" },
      ],
      destination: "RU",
      modes: ["rail", "road"],
      activeFrom: "2022-05-01",
    },
    body: doc(
      DEMO_ROUTE,
      p(
        "Containers cross at Khorgos, clear Kazakh customs in Almaty and travel north by rail to Petropavl and on to Yekaterinburg. Within the Eurasian Economic Union there is no customs border between Kazakhstan and Russia, so re-exported goods leave few traces.",
      ),
      p("Used in this demo network mainly for heavy machine tools."),
    ),
    state: "published",
  },
  {
    key: "route-hk-ae-ru",
    kind: "route",
    title: "Hong Kong → UAE → Russia (re-export via Dubai)",
    aliases: [
      { name: "Dubai re-export route", lang: "en" },
      { name: "Гонконг — ОАЭ — Россия", lang: "ru" },
    ],
    fields: {
      origin: "HK",
      transit: [
        { country: "AE", hub: "Jebel Ali Free Zone" },
        { country: "AE", hub: "Dubai International Airport" },
      ],
      destination: "RU",
      modes: ["sea", "air"],
      activeFrom: "2023-09-01",
    },
    body: doc(
      DEMO_ROUTE,
      p(
        "Cargo leaves Hong Kong by sea for Jebel Ali, is re-invoiced by a free-zone trader and flown on to Moscow. The detour adds about two weeks but replaces a designated Hong Kong consignor with an unlisted one in Dubai.",
      ),
      p("In this demo network the route took over from the direct air corridor after the February 2024 designations."),
    ),
    state: "published",
  },
  {
    key: "route-cn-kg-ru-road",
    kind: "route",
    title: "China → Kyrgyzstan → Russia (road via Irkeshtam)",
    aliases: [
      { name: "Irkeshtam road corridor", lang: "en" },
      { name: "Китай — Киргизия — Россия (авто)", lang: "ru" },
      { name: "经伊尔克什坦的中吉俄公路通道", lang: "zh-Hans" },
    ],
    fields: {
      origin: "CN",
      transit: [
        { country: "KG", hub: "Irkeshtam border crossing" },
        { country: "KG", hub: "Bishkek" },
        { country: "KZ", hub: "Almaty" },
      ],
      destination: "RU",
      modes: ["road"],
      activeFrom: "2022-07-01",
    },
    body: doc(
      DEMO_ROUTE,
      p(
        "Trucks cross from Kashgar at Irkeshtam, unload at bonded warehouses in Bishkek and reload onto Kyrgyz or Russian trucks for the drive through Kazakhstan. Kyrgyzstan’s imports from China rose many times over after 2022, far beyond what the domestic economy could absorb.",
      ),
      p("Used in this demo network for bearings and, allegedly, drone components."),
    ),
    state: "published",
  },
  {
    key: "route-tr-ge-am-ru",
    kind: "route",
    title: "Turkey → Georgia → Armenia → Russia (road)",
    aliases: [
      { name: "Southern corridor", lang: "en" },
      { name: "Турция — Грузия — Армения — Россия", lang: "ru" },
    ],
    fields: {
      origin: "TR",
      transit: [
        { country: "GE", hub: "Sarpi border crossing" },
        { country: "AM", hub: "Yerevan" },
        { country: "GE", hub: "Upper Lars border crossing" },
      ],
      destination: "RU",
      modes: ["road"],
      activeFrom: "2022-06-01",
      activeTo: "2025-03-31",
    },
    body: doc(
      DEMO_ROUTE,
      p(
        "With the Turkish–Armenian border closed, trucks from Istanbul enter Georgia at Sarpi, deliver to Yerevan, and the goods leave again northwards through the Upper Lars crossing into Russia. Armenia, as an EAEU member, has no customs border with Russia.",
      ),
      p(
        "In this demo network the route is recorded as ending in March 2025, when tighter end-use checks in Yerevan made traders switch to other channels.",
      ),
    ),
    state: "published",
  },
];

// ---------------------------------------------------------------------------
// Entities: technologies (real HS codes, CHPL tiers and control references)
// ---------------------------------------------------------------------------

const TECHNOLOGIES: DemoEntity[] = [
  {
    key: "tech-mcu",
    kind: "technology",
    title: "Microcontrollers and processors",
    aliases: [
      { name: "MCUs", lang: "en" },
      { name: "Микроконтроллеры", lang: "ru" },
      { name: "微控制器", lang: "zh-Hans" },
    ],
    fields: {
      hsCodes: ["854231"],
      chplTier: "1",
      controls: [{ regime: "ear", reference: "3A991.a" }],
      category: "microelectronics",
    },
    body: doc(
      DEMO_TECH,
      p(
        "Processors and controllers (HS 8542.31) are at the top of the Common High Priority List. General-purpose parts are rarely licence-controlled on their own, which makes them easy to buy in the grey market and hard to trace once resold.",
      ),
    ),
    state: "published",
  },
  {
    key: "tech-memory",
    kind: "technology",
    title: "Memory integrated circuits (DRAM and flash)",
    aliases: [
      { name: "Memory chips", lang: "en" },
      { name: "Микросхемы памяти", lang: "ru" },
      { name: "存储芯片", lang: "zh-Hans" },
    ],
    fields: {
      hsCodes: ["854232"],
      chplTier: "1",
      controls: [{ regime: "ear", reference: "3A991.b" }],
      category: "microelectronics",
    },
    body: doc(
      DEMO_TECH,
      p(
        "DRAM, NAND and NOR flash (HS 8542.32). Found on nearly every digital board in recovered weapons; commodity parts, traded in large volumes by independent distributors.",
      ),
    ),
    state: "published",
  },
  {
    key: "tech-fpga",
    kind: "technology",
    title: "FPGAs and other integrated circuits",
    aliases: [
      { name: "Field-programmable gate arrays", lang: "en" },
      { name: "ПЛИС", lang: "ru" },
      { name: "现场可编程门阵列", lang: "zh-Hans" },
    ],
    fields: {
      hsCodes: ["854239"],
      chplTier: "1",
      controls: [
        { regime: "wassenaar", reference: "3.A.1.a.7" },
        { regime: "ear", reference: "3A001.a.7" },
        { regime: "eu_dual_use", reference: "3A001.a.7" },
      ],
      category: "microelectronics",
    },
    body: doc(
      DEMO_TECH,
      p(
        "Field-programmable logic falls under HS 8542.39. High-end devices are controlled as 3A001.a.7; many mid-range parts are not, but all are CHPL Tier 1.",
      ),
      p(
        "FPGAs are hard to replace with domestic parts: firmware is written for a specific device family, so buyers keep seeking the same part numbers.",
      ),
    ),
    state: "published",
  },
  {
    key: "tech-gnss",
    kind: "technology",
    title: "GNSS receiver modules",
    aliases: [
      { name: "Satellite navigation receivers", lang: "en" },
      { name: "Модули ГНСС-приёмников", lang: "ru" },
      { name: "卫星导航接收模块", lang: "zh-Hans" },
    ],
    fields: {
      hsCodes: ["852691"],
      chplTier: "2",
      controls: [{ regime: "ear", reference: "7A994" }],
      category: "navigation",
    },
    body: doc(
      DEMO_TECH,
      p(
        "Radio navigation receivers (HS 8526.91), CHPL Tier 2. Commercial modules meant for drones and vehicle trackers turn up in guidance kits and loitering munitions.",
      ),
    ),
    state: "published",
  },
  {
    key: "tech-mlcc",
    kind: "technology",
    title: "Multilayer ceramic capacitors",
    aliases: [
      { name: "MLCCs", lang: "en" },
      { name: "Многослойные керамические конденсаторы", lang: "ru" },
      { name: "多层陶瓷电容器", lang: "zh-Hans" },
    ],
    fields: {
      hsCodes: ["853224"],
      chplTier: "2",
      controls: [],
      category: "passive components",
    },
    body: doc(
      DEMO_TECH,
      p(
        "Multilayer ceramic capacitors (HS 8532.24), CHPL Tier 2. Cheap and uncontrolled, but high-reliability and military-grade series are made by a few manufacturers, so part numbers can point to a source.",
      ),
    ),
    state: "published",
  },
  {
    key: "tech-bearings",
    kind: "technology",
    title: "Ball bearings",
    aliases: [
      { name: "Rolling bearings", lang: "en" },
      { name: "Шарикоподшипники", lang: "ru" },
      { name: "滚珠轴承", lang: "zh-Hans" },
    ],
    fields: {
      hsCodes: ["848210"],
      chplTier: "3.B",
      controls: [{ regime: "ear", reference: "2A991" }],
      category: "mechanical components",
    },
    body: doc(
      DEMO_TECH,
      p(
        "Ball bearings (HS 8482.10), CHPL Tier 3.B. Used in everything from vehicles to missile actuators. Precision grades are controlled (2A001); ordinary grades are not, but are still on the priority list.",
      ),
    ),
    state: "published",
  },
  {
    key: "tech-cnc",
    kind: "technology",
    title: "CNC machining centres",
    aliases: [
      { name: "Machining centres", lang: "en" },
      { name: "Обрабатывающие центры с ЧПУ", lang: "ru" },
      { name: "数控加工中心", lang: "zh-Hans" },
    ],
    fields: {
      hsCodes: ["845710"],
      chplTier: "4.B",
      controls: [
        { regime: "wassenaar", reference: "2.B.1" },
        { regime: "ear", reference: "2B001" },
        { regime: "eu_dual_use", reference: "2B001" },
      ],
      category: "machine tools",
    },
    body: doc(
      DEMO_TECH,
      p(
        "Machining centres for working metal (HS 8457.10), CHPL Tier 4.B. Five-axis machines above the 2B001 accuracy thresholds are dual-use controlled; the rest are listed as priority items because Russia’s arms industry depends on imported machine tools.",
      ),
      p("Machines are large and serial-numbered: once in a customs record, they can be traced from factory to end user."),
    ),
    state: "published",
  },
  {
    key: "tech-test-equipment",
    kind: "technology",
    title: "Oscilloscopes and electronic test equipment",
    aliases: [
      { name: "Test and measurement equipment", lang: "en" },
      { name: "Осциллографы и измерительное оборудование", lang: "ru" },
      { name: "示波器及电子测试设备", lang: "zh-Hans" },
    ],
    fields: {
      hsCodes: ["903020", "903040"],
      chplTier: "4.A",
      controls: [{ regime: "ear", reference: "3A992.a" }],
      category: "test and measurement",
    },
    body: doc(
      DEMO_TECH,
      p(
        "Oscilloscopes (HS 9030.20) and telecom test instruments (HS 9030.40), CHPL Tier 4.A. Needed to develop, produce and repair electronics, and a recurring item in ",
        i("parallel import"),
        " offers.",
      ),
    ),
    state: "published",
  },
];

export const DEMO_ENTITIES: DemoEntity[] = [...FIRMS, ...ROUTES, ...TECHNOLOGIES];

// ---------------------------------------------------------------------------
// Claims
// ---------------------------------------------------------------------------

export const DEMO_CLAIMS: DemoClaim[] = [
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
