/** punycode.js (npm `punycode`), imported as "punycode/" so Node's deprecated built-in is never picked. */
declare module "punycode/" {
  export function toUnicode(domain: string): string;
  export function toASCII(domain: string): string;
}
