/** Check digits of the numbers the detectors validate. Input: a string of ASCII digits. */

/** マイナンバー (個人番号): 総務省令第85号 第5条. Weights 6,5,4,3,2,7,6,5,4,3,2 over the first 11 digits. */
export function isValidMyNumber(digits: string): boolean {
  if (!/^\d{12}$/.test(digits)) return false;
  return myNumberCheckDigit(digits.slice(0, 11)) === digits.charCodeAt(11) - 48;
}

export function myNumberCheckDigit(first11: string): number {
  const weights = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += (first11.charCodeAt(i) - 48) * weights[i];
  const r = sum % 11;
  return r <= 1 ? 0 : 11 - r;
}

/**
 * 法人番号: 財務省令第70号. The leading digit checks the other 12: with the 12 digits counted
 * from the right as n = 1..12, weight 1 for odd n and 2 for even n; check = 9 − (Σ mod 9).
 */
export function isValidCorporateNumber(digits: string): boolean {
  if (!/^\d{13}$/.test(digits)) return false;
  return corporateNumberCheckDigit(digits.slice(1)) === digits.charCodeAt(0) - 48;
}

export function corporateNumberCheckDigit(base12: string): number {
  let sum = 0;
  for (let n = 1; n <= 12; n++) {
    const d = base12.charCodeAt(12 - n) - 48;
    sum += d * (n % 2 === 1 ? 1 : 2);
  }
  return 9 - (sum % 9);
}

/** Luhn (ISO/IEC 7812-1). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** Card issuers by prefix and length (Visa, Mastercard, Amex, JCB, Diners, Discover, UnionPay). */
export function cardIssuer(digits: string): string | null {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p3 = Number(digits.slice(0, 3));
  const p4 = Number(digits.slice(0, 4));
  const p6 = Number(digits.slice(0, 6));
  if (digits[0] === "4" && (n === 13 || n === 16 || n === 19)) return "visa";
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16) return "mastercard";
  if ((p2 === 34 || p2 === 37) && n === 15) return "amex";
  if (p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19) return "jcb";
  if (((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39 || p4 === 3095) && n >= 14 && n <= 19) return "diners";
  if ((p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) && n >= 16 && n <= 19) return "discover";
  if (p2 === 62 && n >= 16 && n <= 19) return "unionpay";
  return null;
}

/**
 * 保険者番号 (8 digits; 国民健康保険 6 digits): from the last digit before the check digit,
 * multiply by 2, 1, 2, 1…; two-digit products add their digits; check = 10 − (Σ mod 10), 0 when 10.
 */
export function isValidInsurerNumber(digits: string): boolean {
  if (!/^(?:\d{6}|\d{8})$/.test(digits)) return false;
  const body = digits.slice(0, -1);
  let sum = 0;
  let w = 2;
  for (let i = body.length - 1; i >= 0; i--) {
    let p = (body.charCodeAt(i) - 48) * w;
    if (p > 9) p = Math.floor(p / 10) + (p % 10);
    sum += p;
    w = w === 2 ? 1 : 2;
  }
  const check = (10 - (sum % 10)) % 10;
  return check === digits.charCodeAt(digits.length - 1) - 48;
}

/** ASCII digits of a normalised string. */
export function digitsOf(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) out += s[i];
  }
  return out;
}
