/**
 * The audit header on the simulated mailbox, through the real handler: present and content-free
 * on a message that leaves, already there when the user takes "Send anyway", cleared on a blocked
 * draft, and never a reason to stop the user when Outlook refuses to set it.
 */
import { AUDIT_HEADER_NAME, AUDIT_HEADER_PATTERN, auditHeaderValue } from "../../../src/core/audit/audit-header";
import { validatePolicy } from "../../../src/core/policy";
import { policyFingerprint } from "../../../src/core/policy/fingerprint";
import { COMPANY_POLICY, startHarness, type Harness } from "./send-harness";

let h: Harness | undefined;
afterEach(() => h?.uninstall());

function companyFingerprint(): string {
  const r = validatePolicy(COMPANY_POLICY);
  if (!r.ok) throw new Error(r.errors.join("; "));
  return policyFingerprint(r.policy);
}

const SECRET_SUBJECT = "決算速報 Project Falcon";
const SECRET_BODY = "Q3 revenue 12,345,678 yen; keep this between us.";

describe("X-Outbound-Guard on the simulated mailbox", () => {
  test("an allowed Send carries the header: version and policy fingerprint only", async () => {
    h = startHarness({ to: ["hanako@example.co.jp"], subject: SECRET_SUBJECT, body: SECRET_BODY });
    const out = await h.send();
    expect(out.allowed).toBe(true);
    const headers = out.sentMessage?.internetHeaders ?? {};
    expect(Object.keys(headers)).toEqual([AUDIT_HEADER_NAME]);
    const value = headers[AUDIT_HEADER_NAME];
    expect(value).toBe(auditHeaderValue("dev", companyFingerprint()));
    expect(value).toMatch(AUDIT_HEADER_PATTERN);
    // Nothing of the content, the sender or the recipients travels in it.
    for (const leak of ["決算", "Falcon", "12,345", "between", "hanako", "taro", "example.co.jp", "compliance"]) expect(value).not.toContain(leak);
    // sentMessage is the item as it was when the handler called completed(): the stamp was
    // already there (code after completed() may never run).
  });

  test("a confirmation stamps before the alert, so 'Send anyway' leaves with the header", async () => {
    h = startHarness({ to: ["suzuki@partner.co.jp"], displayLanguage: "en-US" });
    const out = await h.send({ userChoice: "sendAnyway" });
    expect(out.options?.allowEvent).toBe(false);
    expect(out.allowed).toBe(true);
    expect(out.sentMessage?.internetHeaders[AUDIT_HEADER_NAME]).toMatch(AUDIT_HEADER_PATTERN);
  });

  test("a blocked draft loses a stamp left by an earlier attempt", async () => {
    h = startHarness(
      { to: ["suzuki@partner.co.jp"], body: "本人のマイナンバーは 1234 5678 9018 です。", internetHeaders: { [AUDIT_HEADER_NAME]: "v=0.0.1.1; policy=000000000000; checked=1" } },
      { ...COMPANY_POLICY, personalData: { action: "block" } },
    );
    const out = await h.send();
    expect(out.allowed).toBe(false);
    expect(h.mailbox.item.internetHeaders.has(AUDIT_HEADER_NAME)).toBe(false);
  });

  test("Outlook refusing internetHeaders.setAsync does not stop an allowed Send", async () => {
    h = startHarness({ to: ["hanako@example.co.jp"] });
    h.mailbox.failNext("internetHeaders.setAsync", "InternalServerError");
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const out = await h.send();
      expect(out.allowed).toBe(true);
      expect(out.options).toEqual({ allowEvent: true });
      expect(out.sentMessage?.internetHeaders[AUDIT_HEADER_NAME]).toBeUndefined();
      expect(warn.mock.calls.join(" ")).toMatch(/audit header not stamped: internetHeaders\.setAsync failed/);
    } finally {
      warn.mockRestore();
    }
  });

  test("a client without internetHeaders (before Mailbox 1.8 in the simulation) still sends", async () => {
    h = startHarness({ to: ["hanako@example.co.jp"] });
    // Mailbox 1.12 clients all have 1.8; this covers a client that throws instead of calling back.
    const item = (globalThis as unknown as { Office: { context: { mailbox: { item: { internetHeaders: Office.InternetHeaders } } } } }).Office.context.mailbox.item;
    const original = item.internetHeaders.setAsync;
    item.internetHeaders.setAsync = (() => {
      throw new Error("Sys.ArgumentException");
    }) as typeof original;
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      expect((await h.send()).allowed).toBe(true);
    } finally {
      warn.mockRestore();
    }
  });
});
