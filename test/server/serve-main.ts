// Runs `attache serve` with the arguments given, for serve-command.test.ts to start as a real
// process (so that it can send it real signals). Not a test file itself.
import { serveCommand } from '../../src/cli/serve-command.js';

await serveCommand().parseAsync(process.argv.slice(2), { from: 'user' });
