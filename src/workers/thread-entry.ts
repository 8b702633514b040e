// Where a worker thread's module is. Run from the TypeScript sources (tests, `tsx`), the
// module is a .ts file that the thread loads through tsx; run from the build, it is the
// compiled .js beside the module that starts the thread.
import { fileURLToPath } from 'node:url';

export interface ThreadEntry {
  filename: string;
  execArgv: string[];
}

/** `baseName` without extension, resolved beside the module whose `import.meta.url` is `from`. */
export function threadEntry(baseName: string, from: string): ThreadEntry {
  const fromSource = from.endsWith('.ts');
  const filename = fileURLToPath(new URL(`./${baseName}.${fromSource ? 'ts' : 'js'}`, from));
  return { filename, execArgv: fromSource ? ['--import', 'tsx'] : [] };
}
