/**
 * foras' own .wasm, as the package embeds it: dist/{esm,cjs}/wasm/pkg/foras.wasm.{mjs,cjs}. The
 * package's "exports" lists only its root, so this name is mapped to that file by
 * webpack.config.js (bundleResolve's alias) and by jest's moduleNameMapper (package.json).
 */
declare module "foras-embedded-wasm" {
  /** "data:application/wasm;base64,…": the whole module. */
  export const data: string;
}
