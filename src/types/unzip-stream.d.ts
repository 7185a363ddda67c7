/** The part of unzip-stream (the zip reader @actions/artifact uses) that benchgate uses. */
declare module 'unzip-stream' {
  import type { Readable, Writable } from 'node:stream';
  export interface Entry extends Readable {
    path: string;
    type: 'File' | 'Directory';
    size?: number;
    autodrain(): void;
  }
  export function Parse(opts?: { decodeString?: (b: Buffer) => string }): Writable & {
    on(event: 'entry', listener: (entry: Entry) => void): unknown;
    on(event: 'error', listener: (e: Error) => void): unknown;
    on(event: 'close' | 'finish', listener: () => void): unknown;
  };
  const unzip: { Parse: typeof Parse };
  export default unzip;
}
