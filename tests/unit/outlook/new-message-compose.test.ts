import { startHarness, type Harness } from "./send-harness";

let h: Harness | undefined;
afterEach(() => h?.uninstall());

/** Runs the OnNewMessageCompose handler the bundle associated, as Outlook does when a compose opens. */
async function openCompose(harness: Harness): Promise<unknown[]> {
  const handler = harness.mailbox.actions.get("onNewMessageComposeHandler");
  if (!handler) throw new Error("onNewMessageComposeHandler was not associated");
  const completions: unknown[] = [];
  await new Promise<void>((resolve) => {
    handler({ completed: (o?: unknown) => (completions.push(o ?? null), resolve()) });
  });
  return completions;
}

const POLICY = { internalDomains: ["example.co.jp"], external: { confirm: false }, supervisor: { when: "never" }, personalData: { action: "off" } };

describe("OnNewMessageCompose", () => {
  test("a reply remembers its thread: a domain new to it is named at Send, the thread's own is not", async () => {
    h = startHarness({ to: ["suzuki@partner.co.jp"], cc: ["sato@example.co.jp"], displayLanguage: "en-US" }, POLICY);
    expect(await openCompose(h)).toHaveLength(1);
    expect(JSON.parse(h.mailbox.item.sessionData.get("outboundGuard.thread") ?? "[]")).toEqual(["suzuki@partner.co.jp", "sato@example.co.jp"]);

    const same = await h.send();
    expect(same.allowed).toBe(true);

    h.mailbox.item.to.push({ emailAddress: "someone@newcorp.com", displayName: "", recipientType: "other" } as Office.EmailAddressDetails);
    const widened = await h.send();
    expect(widened.allowed).toBe(false);
    expect(widened.options?.errorMessage).toContain("newcorp.com");
  });

  test("a new message records nothing and still completes", async () => {
    h = startHarness({ displayLanguage: "en-US" }, POLICY);
    expect(await openCompose(h)).toHaveLength(1);
    expect(h.mailbox.item.sessionData.has("outboundGuard.thread")).toBe(false);
  });

  test("a failing Office call still completes the event", async () => {
    h = startHarness({ to: ["suzuki@partner.co.jp"] }, POLICY);
    h.mailbox.failNext("to.getAsync", "InternalServerError");
    h.mailbox.failNext("notificationMessages.replaceAsync", "InternalServerError");
    expect(await openCompose(h)).toHaveLength(1);
  });
});
