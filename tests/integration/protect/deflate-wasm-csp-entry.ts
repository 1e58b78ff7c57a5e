/**
 * Page script of deflate-wasm-csp.test.ts: the launchevent loader and deflate-raw.ts as the add-in
 * bundles them, the WebAssembly deflater in its own lazily loaded file.
 */
import { deflateRaw } from "../../../src/core/protect/deflate-raw";
import { installFastDeflateLoader } from "../../../src/launchevent/fast-deflate-loader";

async function inflateRaw(z: Uint8Array): Promise<Uint8Array> {
  const inflated = new Blob([z as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(inflated).arrayBuffer());
}

declare global {
  interface Window {
    deflateWithWasm(): Promise<{ input: number; deflated: number; same: boolean }>;
    fetchDataUrl(): Promise<string>;
  }
}

window.deflateWithWasm = async () => {
  installFastDeflateLoader();
  const data = new TextEncoder().encode("見積 order 確認 report 2026 会議\n".repeat(200_000));
  const z = await deflateRaw(data, "wasm"); // an error if the deflater does not load
  const back = await inflateRaw(z);
  return { input: data.length, deflated: z.length, same: back.length === data.length && back.every((b, i) => b === data[i]) };
};

/** The control: what foras' own start did (fetch of a data: URL). */
window.fetchDataUrl = () => fetch("data:text/plain,x").then(
  () => "fetched",
  (e) => `refused: ${String(e)}`,
);
