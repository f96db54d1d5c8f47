/** Demo route pages: the corridors goods travel by. Fictional, except where lib/seed/demo-data.ts says otherwise. */
import type { DemoEntity } from "../types";
import { doc, DEMO_ROUTE, p } from "./helpers";

export const DEMO_ROUTES: DemoEntity[] = [
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
