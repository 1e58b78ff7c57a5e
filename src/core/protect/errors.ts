/**
 * Errors of the protect module. Messages never contain the password or any file content:
 * they are meant to be shown in an alert and written to logs as they are.
 */

/** Base class: everything protect/ throws on purpose is a ProtectError with a stable code. */
export class ProtectError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "ProtectError";
    this.code = code;
    // Keep instanceof working when compiled to ES5-style classes.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** No cryptographically secure random source (`crypto.getRandomValues`): we refuse to continue. */
export class SecureRandomUnavailableError extends ProtectError {
  constructor() {
    super(
      "secure_random_unavailable",
      "This runtime has no crypto.getRandomValues: no password or encryption salt can be made safely, " +
        "so attachments were not protected. (A weak random source is never used instead.)",
    );
    this.name = "SecureRandomUnavailableError";
  }
}

/** Input that cannot be archived (empty list, bad name type, too large for a non-ZIP64 archive…). */
export class ProtectInputError extends ProtectError {
  constructor(message: string) {
    super("invalid_input", message);
    this.name = "ProtectInputError";
  }
}

/**
 * The archive could not be written. `cause` keeps the underlying error's message, which comes from
 * archiver, zlib or the cipher and never includes the password (the password is only ever passed
 * as bytes to key derivation).
 */
export class ArchiveWriteError extends ProtectError {
  readonly engine: string;
  constructor(engine: string, cause: unknown) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super("archive_write_failed", `The encrypted ZIP could not be written (${engine} engine): ${detail}`);
    this.name = "ArchiveWriteError";
    this.engine = engine;
  }
}
