import { readFileSync } from 'node:fs';
import { AppError } from '../../server/app-error';
import { systemClock } from '../../server/clock';
import { readConfig } from '../../server/config';
import { withMigratedDatabase } from '../../server/services/database-services';
import { blobStoreFor } from '../../server/storage/blob-store';
import { importRecordFileOfOwner } from '../../server/services/import-record';
import { EXIT, UsageError, type Command } from '../command';
import { parseFlags } from '../parse-flags';

export const importCommand: Command = {
  name: 'import',
  summary: 'import a child’s whole record exported from another Binder (export.json or export.zip)',
  usage: 'binder import <file> --owner <e-mail of an existing account>',
  async run(args, io) {
    const { values, positionals } = parseFlags(args, { owner: { type: 'string' } }, 'import');
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0)
      throw new UsageError('expected one file: binder import <file> --owner <e-mail>');
    if (values.owner === undefined) {
      throw new UsageError('--owner is required: the e-mail of the account that will own the imported child');
    }
    const owner = values.owner;
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      throw new UsageError(`${file}: the file cannot be read`);
    }
    let result;
    try {
      const config = readConfig(io.env);
      const storage = { store: blobStoreFor(config.dataDir), familyQuotaBytes: config.familyQuotaBytes };
      // Documents' words are extracted when `binder serve` next starts (it resumes pending documents).
      result = await withMigratedDatabase(config, (database) =>
        importRecordFileOfOwner(database, systemClock, owner, bytes, storage),
      );
    } catch (error) {
      if (error instanceof AppError && error.code === 'invalid-input')
        throw new UsageError(`${file}: ${error.message.replace(/\s+/g, ' ')}`);
      throw error;
    }
    if (result === null) throw new UsageError(`--owner: no account has the e-mail ${owner}; sign up in the app first`);
    io.stdout(`Imported the record as a new child (id ${result.studentId}), owned by ${owner}.\n`);
    if (result.documents.note !== null) io.stdout(`${result.documents.note}.\n`);
    return EXIT.ok;
  },
};
