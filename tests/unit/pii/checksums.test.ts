import {
  cardIssuer,
  corporateNumberCheckDigit,
  isValidCorporateNumber,
  isValidInsurerNumber,
  isValidMyNumber,
  luhnValid,
  myNumberCheckDigit,
} from "../../../src/core/pii/checksums";

describe("my_number check digit (weights 6,5,4,3,2,7,6,5,4,3,2; r ≤ 1 → 0 else 11 − r)", () => {
  test("a worked example", () => {
    // 1·6+2·5+3·4+4·3+5·2+6·7+7·6+8·5+9·4+0·3+1·2 = 212; 212 mod 11 = 3; 11 − 3 = 8
    expect(myNumberCheckDigit("12345678901")).toBe(8);
    expect(isValidMyNumber("123456789018")).toBe(true);
    expect(isValidMyNumber("123456789017")).toBe(false);
  });
  test("remainders 0 and 1 give check digit 0", () => {
    // 00000000011: 1·3+1·2 = 5 → 11−5 = 6; 00000000006: 6·2 = 12 → r=1 → 0; 00000000000 → r=0 → 0
    expect(myNumberCheckDigit("00000000006")).toBe(0);
    expect(myNumberCheckDigit("00000000000")).toBe(0);
    expect(myNumberCheckDigit("00000000011")).toBe(6);
  });
  test("exactly one check digit is valid for every base", () => {
    for (const base of ["98765432109", "11111111111", "50505050505"]) {
      const valid = Array.from({ length: 10 }, (_, d) => isValidMyNumber(base + d)).filter(Boolean);
      expect(valid).toHaveLength(1);
    }
  });
  test("rejects wrong lengths and non-digits", () => {
    expect(isValidMyNumber("12345678901")).toBe(false);
    expect(isValidMyNumber("1234567890188")).toBe(false);
    expect(isValidMyNumber("12345678901a")).toBe(false);
  });
});

describe("corporate_number (財務省令第70号: 9 − Σ(Pn·Qn) mod 9, Qn 1/2 from the right)", () => {
  test("国税庁's own number 7000012050002", () => {
    expect(corporateNumberCheckDigit("000012050002")).toBe(7);
    expect(isValidCorporateNumber("7000012050002")).toBe(true);
    expect(isValidCorporateNumber("6000012050002")).toBe(false);
  });
  test("a second example computed by hand", () => {
    // base 010001008844 from the right: 4·1+4·2+8·1+8·2+0·1+0·2+1·1+0·2+0·1+0·2+1·1+0·2 = 38; 38 mod 9 = 2; 9−2 = 7
    expect(corporateNumberCheckDigit("010001008844")).toBe(7);
  });
});

describe("Luhn and issuers", () => {
  test("Luhn", () => {
    expect(luhnValid("4111111111111111")).toBe(true);
    expect(luhnValid("4111111111111112")).toBe(false);
    expect(luhnValid("378282246310005")).toBe(true);
    expect(luhnValid("3530111333300000")).toBe(true);
  });
  test("issuer prefix and length", () => {
    expect(cardIssuer("4111111111111111")).toBe("visa");
    expect(cardIssuer("5500000000000004")).toBe("mastercard");
    expect(cardIssuer("2221000000000009")).toBe("mastercard");
    expect(cardIssuer("378282246310005")).toBe("amex");
    expect(cardIssuer("3530111333300000")).toBe("jcb");
    expect(cardIssuer("30569309025904")).toBe("diners");
    expect(cardIssuer("1234567812345670")).toBeNull();
    expect(cardIssuer("411111111111111")).toBeNull(); // Visa with 15 digits
  });
});

describe("保険者番号 check digit", () => {
  test("33120015 (worked example: 3312001 × 2,1,2,1… from the right → 15 → 10 − 5 = 5)", () => {
    expect(isValidInsurerNumber("33120015")).toBe(true);
    expect(isValidInsurerNumber("33120016")).toBe(false);
  });
  test("6-digit 国民健康保険 numbers use the same rule", () => {
    // 13801 → 1·2+0·1+8·2(=16→7)+3·1+1·2 = 14 → 10 − 4 = 6
    expect(isValidInsurerNumber("138016")).toBe(true);
    expect(isValidInsurerNumber("138010")).toBe(false);
  });
});
