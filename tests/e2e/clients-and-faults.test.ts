/** Older clients, injected Office faults and attachments, through the playground. */
import { answerAlert, callsLogged, fillCompose, openPlayground, send, usePlayground } from "./playground-driver";

const harness = usePlayground();

test("Mailbox 1.12: plain-text alert, no sendModeOverride passed, so no Send anyway; Send again sends", async () => {
  const page = await openPlayground(harness(), { lang: "en-US", mailbox: "1.12" });
  await fillCompose(page, { to: "buyer@client.example.net", cc: "", bcc: "" });
  const first = await send(page);
  expect(first.state).toBe("not-sent");
  expect(first.completed).not.toHaveProperty("sendModeOverride");
  expect(first.completed).not.toHaveProperty("errorMessageMarkdown");
  expect(first.completed).not.toHaveProperty("cancelLabel");
  expect(first.buttons).toEqual(["alert-dont-send"]);
  expect(await page.getAttribute("#smart-alert-message", "data-format")).toBe("text");
  expect(await page.getAttribute("#smart-alert", "data-send-mode")).toBe("softBlock");
  expect(first.alert).toContain("- client.example.net: buyer@client.example.net");
  expect(first.shown).toContain("- client.example.net: buyer@client.example.net"); // plain text, shown as is
  await answerAlert(page, "alert-dont-send");
  expect((await send(page)).state).toBe("sent");
  await page.close();
});

test("switching the settings to Mailbox 1.14 offers Send anyway without Markdown", async () => {
  const page = await openPlayground(harness(), { lang: "en-US", mailbox: "1.12" });
  await page.selectOption("#mailbox-version", "1.14");
  await fillCompose(page, { to: "buyer@client.example.net", cc: "", bcc: "" });
  const result = await send(page);
  expect(result.completed).toMatchObject({ sendModeOverride: "promptUser" });
  expect(result.completed).not.toHaveProperty("errorMessageMarkdown");
  expect(result.buttons).toContain("alert-send-anyway");
  await answerAlert(page, "alert-dont-send");
  await page.close();
});

test("an injected fault (bcc.addAsync fails) still completes the event, with an explanation; the next Send checks normally", async () => {
  const page = await openPlayground(harness(), { lang: "en-US" });
  await page.click("[data-testid=fault-panel] summary");
  await page.selectOption("#fault-call", "bcc.addAsync");
  await page.selectOption("#fault-error", "NetworkError");
  await page.click("#fault-add");
  expect(await page.innerText("[data-testid=fault-pending]")).toContain("bcc.addAsync → NetworkError");
  await fillCompose(page, { to: "buyer@client.example.net", cc: "", bcc: "" });

  const failed = await send(page);
  expect(failed.state).toBe("not-sent");
  // The supervisor's add is what failed, and the alert says so (not "could not check", not encryption).
  expect(failed.alert).toMatch(/Your supervisor \S+ could not be added to BCC\./);
  expect(failed.alert).not.toContain("encrypt");
  expect(failed.buttons).toContain("alert-send-anyway");
  expect(await callsLogged(page)).toContainEqual({ call: "bcc.addAsync", outcome: "NetworkError" });
  expect(await page.innerText("[data-testid=fault-pending]")).not.toContain("bcc.addAsync");
  await answerAlert(page, "alert-dont-send");

  // The fault was one-off: the next Send runs the whole check, adds the supervisor and asks.
  const next = await send(page);
  expect(next.state).toBe("not-sent");
  expect(next.alert).toContain("- client.example.net: buyer@client.example.net");
  expect(next.alert).toContain("Added your supervisor compliance@example.co.jp to BCC.");
  await answerAlert(page, "alert-dont-send");
  expect((await send(page)).state).toBe("sent");
  await page.close();
});

test("attached files go into the item as Base64 and are listed after the handler", async () => {
  const page = await openPlayground(harness(), { lang: "en-US" });
  const content = Buffer.from("見積書 / quotation\n", "utf8");
  await page.setInputFiles("#attach-input", { name: "見積書.txt", mimeType: "text/plain", buffer: content });
  await page.waitForSelector('[data-testid=attachment][data-name="見積書.txt"]');
  await fillCompose(page, { to: "kato@example.co.jp", cc: "", bcc: "" });
  const result = await send(page);
  expect(result.state).toBe("sent");
  expect(await page.getAttribute("[data-testid=after-attachment]", "data-name")).toBe("見積書.txt");
  const stored = await page.evaluate(() => window.outboundGuardPlayground!.session.mailbox.sent[0].attachments.map((a) => [a.name, a.size, a.contentBase64]));
  expect(stored).toEqual([["見積書.txt", content.length, content.toString("base64")]]);
  expect(await callsLogged(page)).toContainEqual({ call: "getAttachmentsAsync", outcome: "ok" });
  await page.close();
});
