import type { CliIo } from '../../cli/command';

/** CLI output collected in memory, for running `binder` commands in-process. */
export function captureIo(
  env: Record<string, string | undefined> = {},
): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    env,
    out: () => out,
    err: () => err,
  };
}
