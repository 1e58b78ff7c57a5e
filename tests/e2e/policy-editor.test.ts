/** The policy editor feeds the handler through the page's policy server: field, per-user supervisor, bad policies. */
import { answerAlert, fillCompose, openPlayground, recipientsAfter, send, setPolicy, usePlayground } from "./playground-driver";

const harness = usePlayground();

const policy = (supervisor: Record<string, unknown>) =>
  JSON.stringify({ internalDomains: ["example.co.jp", "*.example.co.jp"], supervisor: { address: "compliance@example.co.jp", when: "external", ...supervisor } });

test('supervisor.field "cc": the supervisor is added to CC, not BCC', async () => {
  const page = await openPlayground(harness(), { lang: "en-US" });
  await setPolicy(page, policy({ field: "cc" }));
  expect(await page.getAttribute("[data-testid=policy-status]", "data-state")).toBe("valid");
  await fillCompose(page, { to: "buyer@client.example.net", cc: "kato@example.co.jp", bcc: "" });
  const result = await send(page);
  expect(result.alert).toContain("Added your supervisor compliance@example.co.jp to CC.");
  await answerAlert(page, "alert-dont-send");
  expect(await recipientsAfter(page, "cc")).toEqual([
    { address: "kato@example.co.jp", added: false },
    { address: "compliance@example.co.jp", added: true },
  ]);
  expect(await recipientsAfter(page, "bcc")).toEqual([]);
  expect(await page.inputValue("#cc")).toBe("kato@example.co.jp; compliance@example.co.jp");
  await page.close();
});

test("supervisor.byUser: the sender's own supervisor is added (Japanese)", async () => {
  const page = await openPlayground(harness(), { lang: "ja-JP" });
  await setPolicy(page, policy({ byUser: { "jiro@sales.example.co.jp": "hanako@example.co.jp" } }));
  await fillCompose(page, { from: "jiro@sales.example.co.jp", to: "buyer@client.example.net", cc: "", bcc: "" });
  const result = await send(page);
  expect(result.alert).toContain("上長 hanako@example.co.jp を BCC に追加しました。");
  await answerAlert(page, "alert-dont-send");
  expect(await recipientsAfter(page, "bcc")).toEqual([{ address: "hanako@example.co.jp", added: true }]);
  await page.close();
});

test("invalid policy JSON reaches the handler as typed: it still checks with the defaults and says so", async () => {
  const page = await openPlayground(harness(), { lang: "en-US" });
  await setPolicy(page, '{ "internalDomains": ["example.co.jp", }');
  expect(await page.getAttribute("[data-testid=policy-status]", "data-state")).toBe("not-json");
  await fillCompose(page, { to: "buyer@client.example.net; kato@example.co.jp", cc: "", bcc: "" });
  const result = await send(page);
  expect(result.state).toBe("not-sent");
  // One plain sentence (issue 10); the JSON error's position is for IT, in the last review.
  // Served but not a valid policy: "has an error" (for IT), not "could not be loaded".
  expect(result.shown).toContain("The company policy has an error, so the built-in defaults were used.");
  expect(result.shown).not.toContain("not valid JSON");
  // The defaults: the sender's own domain is internal, no supervisor.
  expect(result.shown).toContain("client.example.net: buyer@client.example.net");
  expect(result.shown).not.toContain("kato@example.co.jp");
  const served = await page.evaluate(() => window.outboundGuardPlayground!.policyServer.requests.map((r) => r.outcome));
  // Served as typed, every time: the recipients-changed handler (attach-time path) loads it too, then the Send.
  expect(served.length).toBeGreaterThanOrEqual(1);
  expect(served.every((outcome) => outcome === "200")).toBe(true);
  await answerAlert(page, "alert-dont-send");
  expect(await recipientsAfter(page, "bcc")).toEqual([]);
  await page.close();
});

test("a policy the validator refuses (supervisor.field \"to\") and an unreachable server fall back the same way", async () => {
  const page = await openPlayground(harness(), { lang: "en-US" });
  await setPolicy(page, policy({ field: "to" }));
  expect(await page.getAttribute("[data-testid=policy-status]", "data-state")).toBe("invalid");
  expect(await page.innerText("[data-testid=policy-status]")).toContain('supervisor.field: must be "cc" or "bcc", got "to"');
  await fillCompose(page, { to: "buyer@client.example.net", cc: "", bcc: "" });
  const refused = await send(page);
  expect(refused.shown).toContain("the built-in defaults were used");
  // The same fallback, but each says its own cause.
  expect(refused.shown).toContain("The company policy has an error");
  await answerAlert(page, "alert-dont-send");

  // A fresh page (no last good copy on the device) whose policy server answers 404.
  const other = await openPlayground(harness(), { lang: "en-US" });
  await other.selectOption("#policy-server", "404");
  await fillCompose(other, { to: "buyer@client.example.net", cc: "", bcc: "" });
  const missing = await send(other);
  expect(missing.shown).toContain("the built-in defaults were used");
  expect(missing.shown).toContain("The company policy could not be loaded");
  expect(await other.getAttribute('[data-testid=call][data-call="fetch"]', "data-outcome")).toBe("404");
  await answerAlert(other, "alert-dont-send");
  await other.close();
  await page.close();
});
