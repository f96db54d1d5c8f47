import { cyrillicSpelling } from "@/lib/search/transliterate";
import type { Rng } from "./prng";

/**
 * Words the corpus is made of: firm names in Latin, Cyrillic and Chinese, goods, places.
 * Fictional throughout; the syllables make names that read like the real registers'.
 */
const SYLLABLES = ["ka", "ro", "vel", "tan", "mir", "zor", "lin", "dex", "sar", "vok", "pel", "tri", "gan", "mos", "ber", "lux", "nor", "ste", "kra", "vin", "dal", "rem", "fen", "tor", "zha", "qin", "hai", "lun", "ost", "ral"];
export const SUFFIXES = ["Trading Co., Ltd.", "LLC", "Components Limited", "Logistics LLP", "Technology Co., Ltd.", "Industrial JSC", "General Trading FZE", "Electronics A.Ş."];
const HAN = "深圳市联芯微电子贸易有限公司东莞华锐精密机械宁波晶远轴承制造厦门浩云无人机科技香港明浪零件银峰广州北京上海天津重庆成都武汉西安南京杭州苏州青岛大连沈阳长沙福州合肥昆明南宁贵阳海口兰州银川西宁";
const HAN_PLACES = ["深圳", "东莞", "宁波", "厦门", "香港", "广州", "上海", "天津"];
export const COUNTRIES = ["CN", "CN", "CN", "HK", "HK", "RU", "RU", "RU", "KZ", "KG", "AE", "TR", "AM", "GE", "UZ", "BY"] as const;
export const GOODS = ["integrated circuits", "microcontrollers", "FPGAs", "GNSS modules", "ball bearings", "machining centres", "oscilloscopes", "capacitors", "memory chips", "servo drives", "thermal cameras", "radio modules", "lathes", "spectrum analysers"];
export const VERBS = ["shipped", "resold", "imported", "declared", "consigned", "forwarded", "invoiced", "trucked", "flew", "cleared"];
export const PLACES = ["Moscow", "Yekaterinburg", "Almaty", "Bishkek", "Yerevan", "Dubai", "Istanbul", "Tbilisi", "Khorgos", "Urumqi", "Novosibirsk", "Minsk", "Tashkent", "Shenzhen"];
export const FILLER = ["according", "customs", "records", "declared", "value", "through", "intermediary", "payment", "contract", "invoice", "consignee", "warehouse", "transit", "border", "declaration", "agent", "supplier", "buyer", "freight", "container"];
/** Six-digit HS codes on the Common High Priority List, with their tier. */
export const HS = [["854231", "1"], ["854232", "1"], ["854239", "1"], ["851762", "2"], ["852691", "2"], ["853224", "2"], ["847150", "3.A"], ["850440", "3.A"], ["848210", "3.B"], ["901310", "3.B"], ["848610", "4.A"], ["903020", "4.A"], ["845710", "4.B"], ["845891", "4.B"]] as const;

export const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
export const word = (r: Rng, parts = 2 + r.int(2)) => Array.from({ length: parts }, () => r.pick(SYLLABLES)).join("");

/** A run of Han characters ending in 有限公司 (limited company), optionally after a city. */
export function chineseName(r: Rng): string {
  const core = Array.from({ length: 2 + r.int(3) }, () => HAN[r.int(HAN.length)]).join("");
  return `${r.chance(0.5) ? r.pick(HAN_PLACES) : ""}${core}${r.pick(["贸易", "电子", "科技", "机械"])}有限公司`;
}

/** ООО «Name»: the Russian spelling of a Latin name. */
export function cyrillicName(latinWord: string): string {
  return `ООО «${cap(cyrillicSpelling(latinWord))}»`;
}
