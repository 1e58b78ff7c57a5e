import { scanText } from "../../../src/core/pii/scanner";
import { adversarialInputs } from "../../bench/pii-inputs";

// Speed is the bench's business (npm run bench prints each input's time against the 0.2 s
// target). Here: each 1 MB adversarial input finishes (a backtracking regex would run into the
// test's time limit instead) and every finding still points at its exact original text.
describe("1 MB adversarial inputs", () => {
  for (const { name, text } of adversarialInputs()) {
    test(`${name}: the scan finishes and every finding maps back to the original text`, () => {
      const found = scanText(text);
      for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
    }, 20_000);
  }
});
