import { z } from 'zod';

// A type, not an interface: the reader registry takes configs as string records.
export type TrendsConfig = { geo: string };

/** ISO 3166-1 alpha-2, the officially assigned codes (249): what Google Trends' `geo` takes for countries. */
const COUNTRIES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO ' +
    'FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE ' +
    'JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO ' +
    'MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW ' +
    'PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM ' +
    'TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

export const trendsConfig: z.ZodType<TrendsConfig> = z.object({
  geo: z
    .string()
    .trim()
    .toUpperCase()
    .refine((code) => COUNTRIES.has(code), {
      error: (issue) =>
        issue.input === 'UK'
          ? 'Use GB for the United Kingdom (ISO 3166-1).'
          : 'Use a two-letter country code (ISO 3166-1), such as US, GB or DE.',
    }),
});

/** "United States" for US, where the runtime knows region names; the code otherwise. */
export function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
