import { readFile } from 'node:fs/promises';
import { UsageError } from './command';

/** Reads a JSON file named on the command line; a missing file or bad JSON is a UsageError (exit 2). */
export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : 'invalid JSON';
    throw new UsageError(`${path}: not valid JSON (${detail})`);
  }
}
