/** The site on disk: each file written beside its final name and renamed, so a reader never sees half. */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Write the site into `dir` (created when missing); returns the files written. */
export function writeDashboard(dir: string, files: Record<string, string>): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return Object.entries(files).map(([name, text]) => {
    const file = path.join(dir, name);
    const tmp = `${file}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
    return file;
  });
}
