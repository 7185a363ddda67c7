/** A temporary workspace holding the given files (benchmark outputs, configs). */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function makeWorkspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-workspace-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}
