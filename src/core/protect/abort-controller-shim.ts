/**
 * For bundles only (webpack `resolve.alias['abort-controller']`): readable-stream 4 reads
 * `globalThis.AbortSignal || require('abort-controller').AbortSignal` at load and touches
 * `AbortSignal.any`; the package's browser build throws where there is no `self`/`window`
 * (classic Outlook's DOM-less runtime). archiver never aborts through signals, so a small,
 * working AbortController is all that is needed. The runtime's own is used where it exists.
 */
type Listener = (event: { type: string }) => void;

export class AbortSignal {
  aborted = false;
  reason: unknown = undefined;
  onabort: Listener | null = null;
  private listeners: Listener[] = [];

  addEventListener(type: string, listener: Listener): void {
    if (type === "abort") this.listeners.push(listener);
  }

  removeEventListener(type: string, listener: Listener): void {
    if (type === "abort") this.listeners = this.listeners.filter((l) => l !== listener);
  }

  throwIfAborted(): void {
    if (this.aborted) throw this.reason;
  }

  /** @internal */
  _abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const event = { type: "abort" };
    if (this.onabort) this.onabort(event);
    for (const l of this.listeners.slice()) l(event);
  }
}

export class AbortController {
  readonly signal = new AbortSignal();
  abort(reason?: unknown): void {
    this.signal._abort(reason === undefined ? new Error("This operation was aborted") : reason);
  }
}

// Same shape as the abort-controller package: .AbortController, .AbortSignal, .default.
// (readable-stream only requires it when the runtime has no AbortController of its own.)
export default AbortController;
