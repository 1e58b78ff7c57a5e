/**
 * The few parts of archiver@7, zip-stream@6 and archiver-zip-encrypted@2 that protect/ uses.
 * (No @types package matches archiver 7's format-plugin interface; these are written from the
 * packages' sources in node_modules.)
 */

declare module "archiver" {
  import type { EventEmitter } from "events";

  export interface EntryData {
    name: string;
    date?: Date | string;
    store?: boolean;
    mode?: number;
    prefix?: string;
  }

  export interface Archiver extends EventEmitter {
    append(source: Buffer | string, data: EntryData): this;
    finalize(): Promise<void>;
    abort(): this;
    pointer(): number;
  }

  /** A format plugin: what archiver calls on the object made by `new Module(options)`. */
  export interface FormatModuleInstance {
    supports?: { directory?: boolean; symlink?: boolean };
    append(source: Buffer, data: EntryData, callback: (err?: Error | null, entry?: unknown) => void): void;
    finalize(): void;
    on(event: string, listener: (...args: any[]) => void): unknown;
    pipe(destination: any, options?: unknown): unknown;
    unpipe(destination?: any): unknown;
  }
  export type FormatModule = new (options: any) => FormatModuleInstance;

  interface Vending {
    (format: string, options?: object): Archiver;
    create(format: string, options?: object): Archiver;
    registerFormat(format: string, module: FormatModule | ((options: any) => FormatModuleInstance)): void;
    isRegisteredFormat(format: string): boolean;
  }

  const archiver: Vending;
  export default archiver;
}

/** archiver's core (lib/core.js): the Transform that queues entries; formats.ts sets its format module. */
declare module "archiver/lib/core" {
  import type { Archiver, FormatModuleInstance } from "archiver";
  export interface Archive extends Archiver {
    setFormat(format: string): this;
    setModule(module: FormatModuleInstance): this;
  }
  const ArchiverCore: new (format: string, options?: object) => Archive;
  export default ArchiverCore;
}

declare module "archiver/lib/plugins/zip" {
  import type { FormatModuleInstance } from "archiver";
  class Zip implements FormatModuleInstance {
    constructor(options?: object);
    options: any;
    engine: any;
    supports: { directory: boolean; symlink: boolean };
    append(source: Buffer, data: any, callback: (err?: Error | null, entry?: unknown) => void): void;
    finalize(): void;
    on(event: string, listener: (...args: any[]) => void): unknown;
    pipe(destination: any, options?: unknown): unknown;
    unpipe(destination?: any): unknown;
  }
  export = Zip;
}

declare module "zip-stream" {
  /** compress-commons' ZipArchiveEntry, as far as protect/ uses it. */
  export interface ZipArchiveEntry {
    getName(): string;
    getMethod(): number;
    setMethod(method: number): void;
    getExtra(): Buffer;
    setExtra(extra: Buffer): void;
    getGeneralPurposeBit(): {
      useEncryption(b: boolean): void;
      useDataDescriptor(b: boolean): void;
      usesUTF8ForNames(): boolean;
    };
    setVersionNeededToExtract(v: number): void;
    setCrc(crc: number): void;
    setSize(size: number): void;
    setCompressedSize(size: number): void;
  }
  class ZipStream {
    constructor(options?: object);
    options: any;
    offset: number;
    write(chunk: Buffer): boolean;
    _appendBuffer(ae: ZipArchiveEntry, source: Buffer, callback: (err: Error | null, ae?: ZipArchiveEntry) => void): void;
    _appendStream(ae: ZipArchiveEntry, source: unknown, callback: (err: Error | null, ae?: ZipArchiveEntry) => void): void;
    _writeLocalFileHeader(ae: ZipArchiveEntry): void;
    _afterAppend(ae: ZipArchiveEntry): void;
  }
  export default ZipStream;
}

declare module "archiver-zip-encrypted" {
  import type { FormatModule } from "archiver";
  const ZipEncrypted: FormatModule;
  export = ZipEncrypted;
}
