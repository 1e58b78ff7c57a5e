import { createSimulatedMailbox } from "../../../src/playground/simulated-outlook";
import { officeFor, result } from "./helpers";

describe("subject, body, internet headers, notifications", () => {
  test("subject: set and get; over 255 characters Office.js throws", async () => {
    const mailbox = createSimulatedMailbox();
    const item = officeFor(mailbox).context.mailbox.item;
    await result((cb) => item.subject.setAsync("s".repeat(255), cb));
    expect(mailbox.item.subject).toHaveLength(255);
    expect(() => item.subject.setAsync("s".repeat(256))).toThrow(/ArgumentOutOfRange[\s\S]*subject/);
  });

  test("body: an HTML body read as text and as HTML; getTypeAsync", async () => {
    const mailbox = createSimulatedMailbox({ body: { type: "html", content: "<p>山田様</p><p>a &amp; b<br>c</p>" } });
    const body = officeFor(mailbox).context.mailbox.item.body;
    expect((await result<string>((cb) => body.getAsync!("text", cb))).value).toBe("山田様\na & b\nc");
    expect((await result<string>((cb) => body.getAsync!("html", cb))).value).toContain("<p>山田様</p>");
    expect((await result<string>((cb) => body.getTypeAsync!(cb))).value).toBe("html");
    expect(() => body.getAsync!("ooxml", () => undefined)).toThrow(/coercionType/);
  });

  test("internet headers: set, get (case-insensitive), remove", async () => {
    const mailbox = createSimulatedMailbox();
    const headers = officeFor(mailbox).context.mailbox.item.internetHeaders!;
    await result((cb) => headers.setAsync({ "X-Outbound-Guard": "checked" }, cb));
    const got = await result<Record<string, string>>((cb) => headers.getAsync(["x-outbound-guard", "X-Missing"], cb));
    expect(got.value).toEqual({ "X-Outbound-Guard": "checked" });
    await result((cb) => headers.removeAsync(["X-OUTBOUND-GUARD"], cb));
    expect(mailbox.item.internetHeaders.size).toBe(0);
  });

  test("notifications: five at most, duplicate key refused, replace adds, unknown key on remove", async () => {
    const mailbox = createSimulatedMailbox();
    const n = officeFor(mailbox).context.mailbox.item.notificationMessages!;
    const info = { type: "informationalMessage", message: "m", icon: "icon1", persistent: false } as Office.NotificationMessageDetails;
    for (let i = 0; i < 5; i += 1) expect((await result((cb) => n.addAsync(`k${i}`, info, cb))).status).toBe("succeeded");
    expect((await result((cb) => n.addAsync("k5", info, cb))).error).toMatchObject({ name: "NumberOfNotificationsExceeded", code: 9025 });
    expect((await result((cb) => n.addAsync("k0", info, cb))).error).toMatchObject({ name: "DuplicateNotificationKey", code: 9023 });
    await result((cb) => n.removeAsync("k4", cb));
    expect((await result((cb) => n.replaceAsync("fresh", info, cb))).status).toBe("succeeded");
    expect((await result((cb) => n.removeAsync("nope", cb))).error).toMatchObject({ name: "NotificationKeyNotFound", code: 9024 });
    expect((await result<Office.NotificationMessageDetails[]>((cb) => n.getAllAsync(cb))).value.map((d) => d.key)).toEqual(["k0", "k1", "k2", "k3", "fresh"]);
    expect(() => n.addAsync("long", { ...info, message: "x".repeat(151) })).toThrow(/message/);
  });
});
