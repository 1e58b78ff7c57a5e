import { confirmationsFromKeys, foldConfirmations, holdLine, mergeConfirmations, outlookClientFrom, parseConfirmations } from "../../../src/core/misdirection";
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

  // Office.Diagnostics.hostName: "Outlook" is classic Windows and Mac; Office.PlatformType tells them
  // apart (https://learn.microsoft.com/javascript/api/outlook/office.diagnostics).
  test("the client from hostName and platform", () => {
    expect(outlookClientFrom("Outlook", "PC")).toBe("classic-windows");
    expect(outlookClientFrom("Outlook", "Mac")).toBe("mac");
    expect(outlookClientFrom("newOutlookWindows", "OfficeOnline")).toBe("new-windows");
    expect(outlookClientFrom("OutlookWebApp", "OfficeOnline")).toBe("web");
    expect(outlookClientFrom("OutlookIOS", "iOS")).toBe("unknown");
    expect(outlookClientFrom(undefined, undefined)).toBe("unknown");
  });

  // delay-delivery doc, "Feature behavior and limitations": server-side delay; classic Windows cannot
  // cancel after Send, web/Mac/new Outlook keep it in Drafts (learn.microsoft.com/office/dev/add-ins/outlook/delay-delivery).
  test("no hold line promises the Outbox; classic Windows says it cannot be recalled", () => {
    for (const lang of ["ja", "en"] as const) {
      for (const client of ["classic-windows", "new-windows", "web", "mac", "unknown"] as const) {
        const line = holdLine(lang, client, "14:05");
        expect(line).toContain("14:05");
        expect(line).not.toMatch(/Outbox|送信トレイ/);
      }
    }
    expect(holdLine("ja", "classic-windows", "14:05")).toContain("この Outlook では送信後に取り消せません");
    expect(holdLine("en", "web", "14:05")).toContain("stays in Drafts, where you can still edit it");
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
