/**
 * deflate-raw.ts: one stream on this thread, or (with a helper) the first part open-ended here and
 * the last part a complete stream from the helper, joined. Every result is inflated by an
 * independent inflater (Node's zlib) and compared byte for byte.
 */
import { constants, deflateRawSync, inflateRawSync } from "node:zlib";
import { deflateOpenEnded, deflateRaw, PARALLEL_DEFLATE_MIN } from "../../../src/core/protect/deflate-raw";
import type { KeystreamPort } from "../../../src/core/protect/keystream-port";
import { secureRandomBytes } from "../../../src/core/protect/secure-random";

function text(n: number): Uint8Array {
  const out = new Uint8Array(n);
  const words = ["見積", "order", "確認", "report", "2026", "会議"].map((w) => Buffer.from(w));
  for (let o = 0, i = 0; o < n; i++) {
    const w = words[(i * 7919) % words.length];
    for (let k = 0; k < w.length && o < n; k++) out[o++] = w[k];
    if (o < n) out[o++] = i % 11 === 0 ? 10 : 32;
  }
  return out;
}

const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

test.each([1, 2, 3, 100, 4097, 100_000, 777_777])("the open-ended part of %d bytes: all of it decodes, no final block, a stream may follow", (n) => {
  const data = n % 2 ? text(n) : secureRandomBytes(n);
  const head = deflateOpenEnded(data);
  expect(Buffer.from(head.subarray(-4)).toString("hex")).toBe("0000ffff");
  expect(same(inflateRawSync(head, { finishFlush: constants.Z_SYNC_FLUSH }), data)).toBe(true);
  expect(() => inflateRawSync(head)).toThrow(/unexpected end/); // no final block yet
  const whole = Buffer.concat([head, deflateRawSync(Buffer.from("end"))]);
  expect(same(inflateRawSync(whole), Buffer.concat([data, Buffer.from("end")]))).toBe(true);
});

describe.each([
  ["text", () => text(PARALLEL_DEFLATE_MIN * 2 + 12_345)],
  ["random", () => secureRandomBytes(PARALLEL_DEFLATE_MIN + 7)],
])("%s", (_kind, make) => {
  test("with a helper: the helper deflates the tail, and the joined stream inflates to the input", async () => {
    const data = make();
    const asked: number[] = [];
    const helper: KeystreamPort = {
      parallelism: 1,
      keystream: () => Promise.reject(new Error("not used")),
      deflateRaw: async (part) => {
        asked.push(part.length);
        return new Uint8Array(deflateRawSync(part, { level: 6 }));
      },
    };
    const z = await deflateRaw(data, "fflate", helper);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toBeLessThan(data.length);
    expect(same(inflateRawSync(z), data)).toBe(true);
  });

  test("a helper that fails: the tail is deflated here, same bytes back", async () => {
    const data = make();
    const helper: KeystreamPort = { parallelism: 1, keystream: () => Promise.reject(new Error("x")), deflateRaw: () => Promise.reject(new Error("worker died")) };
    expect(same(inflateRawSync(await deflateRaw(data, "fflate", helper)), data)).toBe(true);
  });
});

test("small entries and helpers without deflateRaw: one stream here", async () => {
  const data = text(PARALLEL_DEFLATE_MIN - 1);
  let called = false;
  const helper: KeystreamPort = { parallelism: 1, keystream: () => Promise.reject(new Error("x")), deflateRaw: async () => ((called = true), new Uint8Array(0)) };
  expect(same(inflateRawSync(await deflateRaw(data, "fflate", helper)), data)).toBe(true);
  expect(called).toBe(false);
  const big = text(PARALLEL_DEFLATE_MIN * 2);
  expect(same(inflateRawSync(await deflateRaw(big, "fflate", { parallelism: 1, keystream: () => Promise.reject(new Error("x")) })), big)).toBe(true);
});
