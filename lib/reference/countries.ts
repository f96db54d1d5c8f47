import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };

countries.registerLocale(en);

/** ISO 3166-1 alpha-2 codes, upper case. */
export const COUNTRY_CODES: readonly string[] = Object.keys(countries.getAlpha2Codes()).sort();

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/** English short name for an ISO code, falling back to the code itself. */
export function countryName(code: string): string {
  return countries.getName(code, "en", { select: "alias" }) ?? countries.getName(code, "en") ?? code;
}
