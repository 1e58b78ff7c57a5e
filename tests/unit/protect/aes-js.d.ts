/** aes-js (archiver-zip-encrypted's cipher) has no types; the CTR test uses it as an independent reference. */
declare module "aes-js";
