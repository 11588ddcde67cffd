/**
 * Entry point of `npm run cli`: runs the command and sets the exit code. See run.ts.
 */
import { run } from './run';

process.exitCode = await run(process.argv.slice(2), (s) => console.log(s), (s) => console.error(s), (s) => console.error(s));
