/** Demo technology pages, with real HS codes, CHPL tiers and control references. Fictional, except where lib/seed/demo-data.ts says otherwise. */
import type { DemoEntity } from "../types";
import { doc, DEMO_TECH, i, p } from "./helpers";

export const DEMO_TECHNOLOGIES: DemoEntity[] = [
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
