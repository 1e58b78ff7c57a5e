/**
 * Where policy.json lives: beside the add-in's files on its host. Classic Outlook's runtime can
 * only fetch absolute URLs, so the host is fixed at build time (webpack DefinePlugin).
 */
declare const __ADDIN_HOST__: string | undefined;

export const DEFAULT_HOST = "https://localhost:3000/";

export function addinHost(): string {
  const host = typeof __ADDIN_HOST__ === "string" && __ADDIN_HOST__ ? __ADDIN_HOST__ : DEFAULT_HOST;
  return host.endsWith("/") ? host : host + "/";
}

export function policyUrl(): string {
  return addinHost() + "policy.json";
}
