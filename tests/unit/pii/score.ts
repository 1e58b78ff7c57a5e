/** Precision and recall per type of the scanner on a labelled JSONL set (shared by the test and the bench). */
import { scanText } from "../../../src/core/pii/scanner";

export interface LabelledMail {
  id: string;
  subject: string;
  body: string;
  expected: Array<{ type: string; text: string }>;
  hard_negative?: boolean;
}

export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface SetScore {
  perType: Record<string, TypeScore>;
  overall: TypeScore;
  falseAlarmMails: number;
  negativeMails: number;
  errors: Array<{ id: string; kind: "fp" | "fn"; type: string; text: string }>;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

export function parseSet(jsonl: string): LabelledMail[] {
  return jsonl
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as LabelledMail);
}

/** Matching is by (mail, type, exact text), counted as multisets. */
export function scoreSet(mails: LabelledMail[]): SetScore {
  const counts: Record<string, { tp: number; fp: number; fn: number }> = {};
  const errors: SetScore["errors"] = [];
  let falseAlarmMails = 0;
  let negativeMails = 0;
  const bump = (type: string, k: "tp" | "fp" | "fn"): void => {
    counts[type] ??= { tp: 0, fp: 0, fn: 0 };
    counts[type][k]++;
  };
  for (const mail of mails) {
    const found = [...scanText(mail.subject), ...scanText(mail.body)].map((m) => ({ type: m.type as string, text: m.text }));
    const expected = [...mail.expected];
    const unmatched: typeof found = [];
    for (const f of found) {
      const k = expected.findIndex((e) => e.type === f.type && e.text === f.text);
      if (k >= 0) {
        bump(f.type, "tp");
        expected.splice(k, 1);
      } else unmatched.push(f);
    }
    for (const f of unmatched) {
      bump(f.type, "fp");
      errors.push({ id: mail.id, kind: "fp", ...f });
    }
    for (const e of expected) {
      bump(e.type, "fn");
      errors.push({ id: mail.id, kind: "fn", ...e });
    }
    if (mail.expected.length === 0) {
      negativeMails++;
      if (found.length > 0) falseAlarmMails++;
    }
  }
  const perType: Record<string, TypeScore> = {};
  const all = { tp: 0, fp: 0, fn: 0 };
  for (const [t, c] of Object.entries(counts)) {
    perType[t] = { ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) };
    all.tp += c.tp;
    all.fp += c.fp;
    all.fn += c.fn;
  }
  return {
    perType,
    overall: { ...all, precision: ratio(all.tp, all.tp + all.fp), recall: ratio(all.tp, all.tp + all.fn) },
    falseAlarmMails,
    negativeMails,
    errors,
  };
}
