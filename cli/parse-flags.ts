import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Strict flag parsing: an unknown flag or a missing value becomes a UsageError with one readable line
 * (node's own messages are long and mention internals).
 */
export function parseFlags<T extends Options>(args: readonly string[], options: T, command: string) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '([^']+)'/.exec(message);
    if (unknown !== null) throw new UsageError(`unknown option ${unknown[1] ?? ''} (see binder ${command} --help)`);
    const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
    if (missing !== null) throw new UsageError(`${missing[1] ?? 'an option'} needs a value`);
    throw new UsageError(message.split('\n')[0] ?? message);
  }
}
