import { runCli } from './run-cli';

// The `binder` command: `npm run binder -- <command>`. All the work is in run-cli.ts, which tests call directly.
const status = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
});
process.exitCode = status;
