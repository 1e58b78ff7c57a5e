/**
 * TextEncoder/TextDecoder for runtimes without them (classic Outlook's DOM-less handler runtime on
 * some builds). UTF-8 only, as the WHATWG encoder is; a decoder asked for another encoding throws
 * RangeError like a real one that lacks it, so callers fall back or report the file unreadable.
 */

const UTF8_LABELS = new Set(["utf-8", "utf8", "unicode-1-1-utf-8"]);

class Utf8Encoder {
  readonly encoding = "utf-8";
  encode(input = ""): Uint8Array {
    const out: number[] = [];
    for (const ch of String(input)) {
      let c = ch.codePointAt(0) ?? 0;
      if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd; // a lone surrogate
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return new Uint8Array(out);
  }
}

class Utf8Decoder {
  readonly encoding = "utf-8";
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  constructor(label = "utf-8", options: { fatal?: boolean; ignoreBOM?: boolean } = {}) {
    if (!UTF8_LABELS.has(String(label).trim().toLowerCase())) throw new RangeError(`The encoding "${label}" is not supported here`);
    this.fatal = Boolean(options.fatal);
    this.ignoreBOM = Boolean(options.ignoreBOM);
  }
  decode(input?: ArrayBuffer | ArrayBufferView): string {
    if (!input) return "";
    const b = ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
    let i = !this.ignoreBOM && b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
    const parts: string[] = [];
    let codes: number[] = [];
    const bad = () => {
      if (this.fatal) throw new TypeError("The encoded data was not valid UTF-8");
      codes.push(0xfffd);
    };
    // The WHATWG UTF-8 decoder: one U+FFFD per maximal invalid subpart, the offending byte re-read.
    while (i < b.length) {
      const x = b[i];
      if (x < 0x80) {
        codes.push(x);
        i++;
      } else {
        let need = 0;
        let c = 0;
        let lower = 0x80;
        let upper = 0xbf;
        if (x >= 0xc2 && x <= 0xdf) (need = 1), (c = x & 0x1f);
        else if (x >= 0xe0 && x <= 0xef) {
          need = 2;
          c = x & 0x0f;
          if (x === 0xe0) lower = 0xa0;
          if (x === 0xed) upper = 0x9f;
        } else if (x >= 0xf0 && x <= 0xf4) {
          need = 3;
          c = x & 0x07;
          if (x === 0xf0) lower = 0x90;
          if (x === 0xf4) upper = 0x8f;
        }
        let j = i + 1;
        let k = 0;
        while (need > 0 && k < need) {
          const y = b[j];
          if (y === undefined || y < lower || y > upper) break;
          lower = 0x80;
          upper = 0xbf;
          c = (c << 6) | (y & 0x3f);
          j++;
          k++;
        }
        if (need === 0 || k < need) bad();
        else codes.push(c);
        i = j;
      }
      if (codes.length >= 8192) {
        parts.push(String.fromCodePoint(...codes));
        codes = [];
      }
    }
    parts.push(String.fromCodePoint(...codes));
    return parts.join("");
  }
}

export function installTextCodecs(g: Record<string, unknown>): void {
  if (typeof g.TextEncoder === "undefined") g.TextEncoder = Utf8Encoder;
  if (typeof g.TextDecoder === "undefined") g.TextDecoder = Utf8Decoder;
}

export { Utf8Encoder, Utf8Decoder };
