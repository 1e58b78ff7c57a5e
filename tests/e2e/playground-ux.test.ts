/**
 * The playground as a user reads it: every word in the chosen language, and every control named
 * for a screen reader.
 */
import { fillCompose, openPlayground, send, usePlayground } from "./playground-driver";

const harness = usePlayground();
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

test("in English, the page's own words (labels, example names) hold no Japanese", async () => {
  const page = await openPlayground(harness(), { lang: "en-US" });
  const words = await page.$$eval("[data-i18n], #example option", (els) => els.map((e) => e.textContent ?? ""));
  expect(words.filter((w) => JAPANESE.test(w))).toEqual([]);
  await page.close();
});
