import { ScanDoc } from "../../../src/core/pii/context";
import { eachDigitMatch, eachMatch, freeBefore } from "../../../src/core/pii/detector-kit";
import { mixedMailText } from "../../bench/pii-inputs";

// The numeric detectors read only the text near digits; they must find exactly what a scan of
// the whole text finds.
describe("eachDigitMatch", () => {
  const prose = "いつも大変お世話になっております。".repeat(12);
  const texts = [
    mixedMailText(60_000),
    `${prose}1234 5678 9018${prose}\n${"9".repeat(40)}1234-5678-9018 ${prose}S60.1.1`,
    `${"1".repeat(30)}-4111-1111-1111-1111${"x".repeat(200)}昭和60年1月1日`,
    "",
  ];
  const patterns = [/\d{4}([- ]?)\d{4}\1\d{4}(?![0-9A-Za-z])/g, /(明治|大正|昭和|平成|令和|[MTSHR]) ?(元|\d{1,2})[年./]/g, /\d{3}-\d{4}/g];
  test.each(texts.map((t, i) => [i, t]))("text %i: same matches as the whole-text scan", (_i, text) => {
    for (const re of patterns) {
      const whole: Array<[number, string]> = [];
      const near: Array<[number, string]> = [];
      eachMatch(re, text, (m) => whole.push([m.index, m[0]]), freeBefore);
      eachDigitMatch(re, new ScanDoc(text), (m) => near.push([m.index, m[0]]), freeBefore);
      expect(near).toEqual(whole);
    }
  });

  test("prose without digits is skipped, long digit runs are cut out", () => {
    const doc = new ScanDoc(`${"あ".repeat(500)}12${"い".repeat(500)}${"7".repeat(100)}`);
    const regions = doc.digitRegions();
    const covered = regions.reduce((n, [a, b]) => n + (b - a), 0);
    expect(covered).toBeLessThan(100);
  });
});
