/** Entry of the test bundle (DOM-less vm and Chromium): the protect API on a global. */
import "../../../src/core/protect/dom-less-prelude";
import { createProtectedZip, generateArchivePassword, hasSecureRandom, isEncryptedZip } from "../../../src/core/protect";
import { createWorkerKeystreamPort } from "../../../src/launchevent/keystream-workers";

(globalThis as unknown as Record<string, unknown>).OutboundGuardProtect = {
  createProtectedZip,
  generateArchivePassword,
  hasSecureRandom,
  isEncryptedZip,
  createWorkerKeystreamPort,
};
