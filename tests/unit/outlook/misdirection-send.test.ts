/**
 * The misdirection steps through the real handler on the simulated mailbox: move_to_bcc (fault
 * injected at every call: no recipient is ever lost), the send hold, and confirmations remembered
 * on the device.
 */
import { confirmationsKey } from "../../../src/outlook/confirmations-store";
import { addresses, startHarness, type Harness } from "./send-harness";

let h: Harness | undefined;
afterEach(() => h?.uninstall());

const POLICY = (misdirection: object) => ({
  internalDomains: ["example.co.jp"],
  external: { confirm: false },
  personalData: { action: "off" },
  attachments: { protect: "never" },
  misdirection: { partners: { 株式会社ミナトテック: ["minatotech.co.jp"] }, ...misdirection },
});
const FIX = POLICY({ bccOmission: { action: "fix" } });

function everyone(hh: Harness): string[] {
  const i = hh.mailbox.item;
  return [...new Set([...i.to, ...i.cc, ...i.bcc].map((r) => r.emailAddress.toLowerCase()))].sort();
}

describe("move_to_bcc", () => {
  test("external To/CC move to BCC, internal CC stays, the sender goes in To; the alert says so; Send again sends", async () => {
    h = startHarness({ to: ["a@alpha.co.jp", "b@beta.co.jp"], cc: ["hanako@example.co.jp", "c@gamma.com"], displayLanguage: "ja-JP" }, FIX);
    const out = await h.send();
    expect(out.allowed).toBe(false);
    expect(addresses(h.mailbox.item.to)).toEqual(["taro@example.co.jp"]);
    expect(addresses(h.mailbox.item.cc)).toEqual(["hanako@example.co.jp"]);
    expect(addresses(h.mailbox.item.bcc)).toEqual(["a@alpha.co.jp", "b@beta.co.jp", "c@gamma.com"]);
    expect(out.options?.errorMessage).toContain("社外の宛先 3 件を BCC に移しました。");
    expect(out.options?.errorMessage).toContain("To には差出人 taro@example.co.jp を入れました。");
    const again = await h.send();
    expect(again.allowed).toBe(true);
  });

  test("150 external recipients: BCC gets them in batches of at most 100", async () => {
    const many = Array.from({ length: 150 }, (_, i) => `p${i}@org${i}.com`);
    h = startHarness({ to: many, displayLanguage: "en-US" }, FIX);
    await h.send();
    expect(h.mailbox.item.bcc).toHaveLength(150);
    expect(addresses(h.mailbox.item.to)).toEqual(["taro@example.co.jp"]);
    const adds = h.mailbox.calls.filter((c) => c.call === "bcc.addAsync").map((c) => (c.args[0] as unknown[]).length);
    expect(adds).toEqual([100, 50]);
  });

  // The move's own calls: the handler reads To/CC/BCC once for the draft, so the move's reads are
  // the second ones; BCC is read twice by the move (before adding and to check).
  test.each([
    ["to.getAsync", 2],
    ["cc.getAsync", 2],
    ["bcc.getAsync", 2],
    ["bcc.getAsync", 3],
    ["bcc.addAsync", 1],
    ["to.setAsync", 1],
    ["cc.setAsync", 1],
  ])("a failure at %s (call %i) loses no recipient and stops the Send with the reason; the next Send finishes the move", async (call, nth) => {
    h = startHarness({ to: ["a@alpha.co.jp", "b@beta.co.jp"], cc: ["hanako@example.co.jp", "c@gamma.com"], displayLanguage: "en-US" }, FIX);
    const before = everyone(h);
    failOccurrence(h, call, nth);
    const out = await h.send();
    expect(out.allowed).toBe(false);
    expect(h.mailbox.calls.filter((c) => c.call === call)[nth - 1]?.outcome).toBe("InternalServerError");
    for (const a of before) expect(everyone(h)).toContain(a);
    expect(out.options?.errorMessage).toContain("Could not finish moving recipients to BCC");
    expect(out.options?.errorMessage).toContain("No recipient was removed");
    const again = await h.send();
    expect(again.allowed).toBe(false); // the finished move is shown once
    expect(addresses(h.mailbox.item.bcc).sort()).toEqual(["a@alpha.co.jp", "b@beta.co.jp", "c@gamma.com"]);
    expect(addresses(h.mailbox.item.cc)).toEqual(["hanako@example.co.jp"]);
    expect(addresses(h.mailbox.item.to)).toEqual(["taro@example.co.jp"]);
    const third = await h.send();
    expect(third.allowed).toBe(true);
    expect(everyone(h)).toEqual([...before, "taro@example.co.jp"].sort());
  });
});

/** Makes the nth call of that name fail: armed as the call is made, when every earlier one has answered. */
function failOccurrence(hh: Harness, call: string, nth: number): void {
  const [field, method] = call.split(".");
  const item = (globalThis as unknown as { Office: typeof Office }).Office.context.mailbox.item as unknown as Record<string, Record<string, (...a: unknown[]) => void>>;
  const target = item[field];
  const original = target[method].bind(target);
  let n = 0;
  target[method] = (...args: unknown[]) => {
    if (++n === nth) hh.mailbox.failNext(call as never, "InternalServerError");
    return original(...args);
  };
}

describe("hold", () => {
  const HOLD = POLICY({ holdMinutes: 3, lookalike: "warn" });

  test("external mail: delayDeliveryTime is set to now + 3 minutes and the alert says until when", async () => {
    h = startHarness({ to: ["a@exmaple.co.jp"], displayLanguage: "en-US" }, HOLD);
    const t0 = Date.now();
    const out = await h.send();
    const until = h.mailbox.item.delayDeliveryTime!.getTime();
    expect(until).toBeGreaterThanOrEqual(t0 + 3 * 60_000 - 1000);
    expect(until).toBeLessThanOrEqual(Date.now() + 3 * 60_000 + 1000);
    const d = new Date(until);
    const hhmm = `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
    expect(out.options?.errorMessage).toContain(`delivery is held until ${hhmm}`);
  });

  test("a clean external Send is held without an alert", async () => {
    h = startHarness({ to: ["a@alpha.co.jp"] }, HOLD);
    const out = await h.send();
    expect(out.allowed).toBe(true);
    expect(out.sentMessage).toBeDefined();
    expect(h.mailbox.item.delayDeliveryTime).not.toBeNull();
  });

  test("internal mail is not held", async () => {
    h = startHarness({ to: ["hanako@example.co.jp"] }, HOLD);
    expect((await h.send()).allowed).toBe(true);
    expect(h.mailbox.item.delayDeliveryTime).toBeNull();
  });

  test("a later time the user chose is kept", async () => {
    const later = new Date(Date.now() + 60 * 60_000);
    h = startHarness({ to: ["a@alpha.co.jp"], delayDeliveryTime: later }, HOLD);
    await h.send();
    expect(h.mailbox.item.delayDeliveryTime!.getTime()).toBe(later.getTime());
  });

  // https://learn.microsoft.com/office/dev/add-ins/outlook/delay-delivery#feature-behavior-and-limitations:
  // the delay is processed on the server; classic Outlook on Windows shows no Outbox item and cannot
  // cancel after Send, web / Mac / new Outlook keep the message in Drafts, editable, until then.
  test("classic Outlook on Windows (hostName Outlook, platform PC): the alert says it cannot be recalled, never the Outbox", async () => {
    h = startHarness({ to: ["a@exmaple.co.jp"], displayLanguage: "en-US", hostName: "Outlook", platform: "PC" }, HOLD);
    const text = (await h.send()).options?.errorMessage ?? "";
    expect(text).toContain("on the server: this Outlook cannot recall it after Send (it shows in Sent Items)");
    expect(text).not.toMatch(/Outbox/);
  });

  test.each([
    ["Outlook on the web", { hostName: "OutlookWebApp", platform: "OfficeOnline" }],
    ["new Outlook on Windows", { hostName: "newOutlookWindows", platform: "OfficeOnline" }],
    ["Outlook on Mac", { hostName: "Outlook", platform: "Mac" }],
  ])("%s: the alert says the mail waits in Drafts, editable (ja)", async (_name, client) => {
    h = startHarness({ to: ["a@exmaple.co.jp"], displayLanguage: "ja-JP", ...client }, HOLD);
    const text = (await h.send()).options?.errorMessage ?? "";
    expect(text).toMatch(/社外宛のため \d\d:\d\d まで配信を保留します。それまでは［下書き］フォルダーにあり、編集できます。/);
    expect(text).not.toContain("送信トレイ");
  });

  test("an unknown client: only the time, no claim about recalling", async () => {
    h = startHarness({ to: ["a@exmaple.co.jp"], displayLanguage: "en-US", hostName: "OutlookIOS", platform: "iOS" }, HOLD);
    const text = (await h.send()).options?.errorMessage ?? "";
    expect(text).toMatch(/External mail: delivery is held until \d\d:\d\d\./);
    expect(text).not.toMatch(/Outbox|Drafts|recall/);
  });

  test("Mailbox 1.12: nothing is set and the alert says the mail goes at once", async () => {
    h = startHarness({ to: ["a@exmaple.co.jp"], mailboxVersion: "1.12", displayLanguage: "ja-JP" }, HOLD);
    const out = await h.send();
    expect(out.options?.errorMessage).toContain("この Outlook では送信を保留できないため、すぐに配信されます。");
    expect(h.mailbox.calls.some((c) => c.call.startsWith("delayDeliveryTime"))).toBe(false);
  });

  test("a failing setAsync never stops the Send", async () => {
    h = startHarness({ to: ["a@alpha.co.jp"] }, HOLD);
    h.mailbox.failNext("delayDeliveryTime.setAsync", "InternalServerError");
    expect((await h.send()).allowed).toBe(true);
  });
});

describe("confirmations remembered on the device", () => {
  const LOOK = POLICY({ knownDomains: ["acme-japan.com"] });

  test("send again after a look-alike warning: the domain is remembered; a new message to it is not questioned", async () => {
    h = startHarness({ to: ["x@acme-japam.com"], displayLanguage: "en-US" }, LOOK);
    expect((await h.send()).options?.errorMessage).toContain("acme-japam.com ← acme-japan.com?");
    expect((await h.send()).allowed).toBe(true);
    const stored = JSON.parse(h.mailbox.runtimeStorage.get(confirmationsKey("taro@example.co.jp"))!);
    expect(stored.domains).toEqual(["acme-japam.com"]);
    const storage = new Map(h.mailbox.runtimeStorage);
    h.uninstall();

    h = startHarness({ to: ["y@acme-japam.com"], displayLanguage: "en-US" }, LOOK);
    for (const [k, v] of storage) h.mailbox.runtimeStorage.set(k, v);
    expect((await h.send()).allowed).toBe(true);
  });

  test("the audit header's policy is the admin's, not the folded one", async () => {
    h = startHarness({ to: ["y@acme-japam.com"] }, LOOK);
    h.mailbox.runtimeStorage.set(confirmationsKey("taro@example.co.jp"), JSON.stringify({ domains: ["acme-japam.com"], organisations: {} }));
    const withMemory = await h.send();
    const header1 = h.mailbox.item.internetHeaders.get("X-Outbound-Guard");
    h.uninstall();
    h = startHarness({ to: ["y@acme-japan.com"] }, LOOK);
    await h.send();
    expect(withMemory.allowed).toBe(true);
    expect(h.mailbox.item.internetHeaders.get("X-Outbound-Guard")).toBe(header1);
  });

  test("rememberConfirmations false: nothing kept", async () => {
    h = startHarness({ to: ["x@acme-japam.com"] }, POLICY({ knownDomains: ["acme-japan.com"], rememberConfirmations: false }));
    await h.send();
    await h.send();
    expect(h.mailbox.runtimeStorage.get(confirmationsKey("taro@example.co.jp"))).toBeUndefined();
  });

  test("a damaged store is nothing remembered, and the Send still works", async () => {
    h = startHarness({ to: ["x@acme-japam.com"] }, LOOK);
    h.mailbox.runtimeStorage.set(confirmationsKey("taro@example.co.jp"), "{broken");
    expect((await h.send()).allowed).toBe(false);
  });
});
