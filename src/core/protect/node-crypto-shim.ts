/**
 * For bundles only: what webpack should resolve `require('crypto')` to (resolve.fallback or
 * alias `crypto`). archiver-zip-encrypted and generate-password need exactly three functions
 * from Node's crypto; this gives them from crypto.getRandomValues (fail closed when missing) and
 * @noble/hashes, instead of crypto-browserify (~145 KB gzip more). Never imported by Node code.
 */
import { hmac } from "@noble/hashes/hmac";
import { pbkdf2 } from "@noble/hashes/pbkdf2";
import { sha1 } from "@noble/hashes/legacy";
import { sha256 } from "@noble/hashes/sha2";
import { secureRandomBytes } from "./secure-random";

type Bytes = Uint8Array | string;

const toBytes = (data: Bytes): Uint8Array => (typeof data === "string" ? Buffer.from(data, "utf8") : data);
const asBuffer = (u: Uint8Array): Buffer => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

function hashFor(name: string) {
  const n = name.toLowerCase().replace("-", "");
  if (n === "sha1") return sha1;
  if (n === "sha256") return sha256;
  throw new Error(`crypto shim: digest "${name}" is not supported`);
}

export function randomBytes(size: number, callback?: (err: Error | null, buf?: Buffer) => void): Buffer | void {
  if (callback) {
    let buf: Buffer;
    try {
      buf = asBuffer(secureRandomBytes(size));
    } catch (err) {
      callback(err as Error);
      return;
    }
    callback(null, buf);
    return;
  }
  return asBuffer(secureRandomBytes(size));
}

export function pbkdf2Sync(password: Bytes, salt: Bytes, iterations: number, keylen: number, digest: string): Buffer {
  return asBuffer(pbkdf2(hashFor(digest), toBytes(password), toBytes(salt), { c: iterations, dkLen: keylen }));
}

export function createHmac(digest: string, key: Bytes) {
  const h = hmac.create(hashFor(digest), toBytes(key));
  const api = {
    update(data: Bytes) {
      h.update(toBytes(data));
      return api;
    },
    digest(): Buffer {
      return asBuffer(h.digest());
    },
  };
  return api;
}

export default { randomBytes, pbkdf2Sync, createHmac };
