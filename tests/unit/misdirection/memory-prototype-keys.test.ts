/**
 * Organisation names are free text from salutations: `constructor`, `__proto__`, `toString` or
 * `hasOwnProperty` must be remembered like any other name, never throw, never be dropped and never
 * reach Object.prototype (issue 13).
 */
import { confirmationsFromKeys, confirmationsStillPresent, foldConfirmations, mergeConfirmations, parseConfirmations } from "../../../src/core/misdirection";
import { lookalikeKey, salutationKey } from "../../../src/core/misdirection/memory";
import { policyOf } from "./helpers";

const NAMES = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "prototype"];
const own = (o: object) => Object.getOwnPropertyNames(o).sort();

describe("confirmations with Object.prototype names", () => {
  test.each(NAMES)("organisation %j: keys → stored JSON → merged → folded into partners", (name) => {
    const seen = confirmationsFromKeys([salutationKey(name, ["b.example", name]), lookalikeKey(name)]);
    expect(own(seen.organisations)).toEqual([name]);
    expect(Object.getOwnPropertyDescriptor(seen.organisations, name)?.value).toEqual([name, "b.example"].sort());
    expect(seen.domains).toEqual([name]);

    const stored = JSON.stringify(seen);
    const read = parseConfirmations(stored);
    expect(own(read.organisations)).toEqual([name]);
    expect(Object.getOwnPropertyDescriptor(read.organisations, name)?.value).toEqual([name, "b.example"].sort());

    const { merged, changed } = mergeConfirmations(read, { domains: [], organisations: confirmationsFromKeys([salutationKey(name, ["c.example"])]).organisations });
    expect(changed).toBe(true);
    const mergedList = [...[name, "b.example"].sort(), "c.example"];
    expect(Object.getOwnPropertyDescriptor(merged.organisations, name)?.value).toEqual(mergedList);
    expect(JSON.parse(JSON.stringify(merged)).organisations).toEqual(JSON.parse(`{${JSON.stringify(name)}: ${JSON.stringify(mergedList)}}`));

    const policy = policyOf({ partners: { ミナトテック: ["mtc.example"] } });
    foldConfirmations(policy, merged);
    const partners = policy.misdirection.partners;
    expect(Object.prototype.hasOwnProperty.call(partners, name)).toBe(true);
    expect(Object.getOwnPropertyDescriptor(partners, name)?.value).toContain("c.example");
    expect(Object.entries(partners).map(([k]) => k)).toEqual(["ミナトテック", name]);
    expect(Object.getPrototypeOf(partners)).toBe(Object.prototype);
    // Object.prototype itself is untouched.
    expect(typeof ({} as Record<string, unknown>).constructor).toBe("function");
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "b.example")).toBe(false);
  });

  test("a stored __proto__ organisation is kept, not turned into a prototype", () => {
    const read = parseConfirmations('{"domains":[],"organisations":{"__proto__":["evil.example"],"x":["y.example"]}}');
    expect(own(read.organisations)).toEqual(["__proto__", "x"]);
    expect((read.organisations as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("what the Send step remembers (confirmationsStillPresent)", () => {
  test.each(NAMES)("organisation %j confirmed for a present domain is kept as an own entry", (name) => {
    const seen = confirmationsFromKeys([salutationKey(name, ["b.example", "gone.example"])]);
    const kept = confirmationsStillPresent(seen, new Set(["b.example"]));
    expect(own(kept.organisations)).toEqual([name]);
    expect(Object.getOwnPropertyDescriptor(kept.organisations, name)?.value).toEqual(["b.example"]);
    expect(JSON.parse(JSON.stringify(kept)).organisations).toEqual(JSON.parse(`{${JSON.stringify(name)}: ["b.example"]}`));
  });
});
