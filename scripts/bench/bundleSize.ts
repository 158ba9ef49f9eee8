import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped size, in KB (1,024 bytes), of every JavaScript file the build in `dir` emitted. */
export async function bundleKB(dir: string): Promise<number> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.js'));
  let bytes = 0;
  for (const f of files) bytes += gzipSync(await readFile(join(dir, f)), { level: 9 }).length;
  return bytes / 1024;
}
