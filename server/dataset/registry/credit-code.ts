/**
 * 统一社会信用代码, the 18-character unified social credit code of GB 32100-2015: a registration
 * authority (1), an organisation category (1), the administrative division (6 digits), the
 * organisation code (9) and a check character. The alphabet is the digits and the capitals
 * without I, O, Z, S and V; the check character makes the weighted sum of all 18 a multiple of 31.
 */

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** How a code is written in a sheet: full-width characters and lower case folded, spaces dropped. */
export function normalizeCreditCode(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** The check character the first 17 characters call for. */
export function creditCodeCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i] as string) * (WEIGHTS[i] as number);
  return ALPHABET[(31 - (sum % 31)) % 31] as string;
}

/** Null when `code` (normalized) is a valid code, else what is wrong with it, in Chinese and English. */
export function creditCodeProblem(code: string): string | null {
  if (code.length !== 18) return `应为18位，实为${code.length}位 / has ${code.length} characters, not 18`;
  if (!SHAPE.test(code))
    return '含不允许的字符（第3–8位为数字，其余为数字或除 I、O、Z、S、V 外的大写字母） / has a character GB 32100 does not allow (digits in places 3–8; elsewhere digits or capitals other than I, O, Z, S, V)';
  const check = creditCodeCheck(code.slice(0, 17));
  if (code[17] !== check)
    return `校验码应为 ${check}，实为 ${code[17]} / check character should be ${check}, not ${code[17]}`;
  return null;
}
