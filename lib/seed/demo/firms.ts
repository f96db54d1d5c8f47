/** Demo firm pages: suppliers, intermediaries, buyers and the banks between them. Fictional, except where lib/seed/demo-data.ts says otherwise. */
import type { DemoEntity } from "../types";
import { a, doc, DEMO_FIRM, h, i, p, quote, ul } from "./helpers";

export const DEMO_FIRMS: DemoEntity[] = [
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
