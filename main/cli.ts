import { runCli } from './cli/run';

// Entry of `npm run --silent panelis -- <command>`; see main/cli/run.ts for the commands.
void runCli(
  process.argv.slice(2),
  (line) => process.stdout.write(`${line}\n`),
  (line) => process.stderr.write(`${line}\n`),
).then((code) => {
  process.exitCode = code;
});
