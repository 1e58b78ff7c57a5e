import { confirmationsFromKeys, foldConfirmations, mergeConfirmations, parseConfirmations } from "../../../src/core/misdirection";
import { MAX_DOMAINS, lookalikeKey, salutationKey } from "../../../src/core/misdirection/memory";
import { policyOf, run } from "./helpers";

describe("hold", () => {
  test("external mail gets a hold action; internal mail and holdMinutes 0 do not", () => {
    expect(run({ to: "a@alpha.co.jp" }, { holdMinutes: 3 }).review.actions).toContainEqual({ kind: "hold", minutes: 3 });
    expect(run({ to: "a@example.co.jp" }, { holdMinutes: 3 }).review.actions).toEqual([]);
    expect(run({ to: "a@alpha.co.jp" }).review.actions).toEqual([]);
  });

  test("a hold alone does not stop the Send", () => {
    expect(run({ to: "a@alpha.co.jp" }, { holdMinutes: 3 }).review.verdict).toBe("allow");
  });
});

describe("confirmations remembered on the device", () => {
  test("keys → domains and organisations", () => {
    expect(confirmationsFromKeys([lookalikeKey("acme-japam.com"), salutationKey("ミナトテック", ["mtc.com", "a.jp"]), "ext:x@y", "bcc:123"])).toEqual({
      domains: ["acme-japam.com"],
      organisations: { ミナトテック: ["a.jp", "mtc.com"] },
    });
  });

  test("damaged storage reads as nothing", () => {
    expect(parseConfirmations("{not json")).toEqual({ domains: [], organisations: {} });
    expect(parseConfirmations(JSON.stringify({ domains: [1, "a.com"], organisations: { x: "nope", y: ["b.com", 2] } }))).toEqual({ domains: ["a.com"], organisations: { y: ["b.com"] } });
  });

  test("merge adds only what is new and keeps the newest within the cap", () => {
    const base = { domains: Array.from({ length: MAX_DOMAINS }, (_, i) => `d${i}.com`), organisations: {} };
    const { merged, changed } = mergeConfirmations(base, { domains: ["new.com"], organisations: {} });
    expect(changed).toBe(true);
    expect(merged.domains).toHaveLength(MAX_DOMAINS);
    expect(merged.domains[MAX_DOMAINS - 1]).toBe("new.com");
    expect(merged.domains[0]).toBe("d1.com");
    expect(mergeConfirmations(merged, { domains: ["new.com"], organisations: {} }).changed).toBe(false);
  });

  test("fold: domains join knownDomains, organisations join partners", () => {
    const p = foldConfirmations(policyOf(), { domains: ["acme.com"], organisations: { ミナトテック: ["mtc.com"] } });
    expect(p.misdirection.knownDomains).toContain("acme.com");
    expect(p.misdirection.partners["ミナトテック"]).toEqual(["mtc.com"]);
  });
});
