import { readConfig } from '../../server/config';
import { serveUntilSignalled } from '../../server/main';
import { EXIT, type Command } from '../command';
import { parseFlags } from '../parse-flags';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'start the web app and API (default http://localhost:3000)',
  usage:
    'binder serve [--port N] [--host NAME]\n  Environment: PORT, HOST, DATABASE_URL (PostgreSQL), BINDER_DATA_DIR (default ./data),\n  BINDER_SMTP_URL and BINDER_MAIL_FROM (mail; without an SMTP URL, .eml files in <data dir>/outbox/)',
  async run(args, io) {
    const { values } = parseFlags(args, { port: { type: 'string' }, host: { type: 'string' } }, 'serve');
    const config = readConfig({
      ...io.env,
      ...(values.port ? { PORT: values.port } : {}),
      ...(values.host ? { HOST: values.host } : {}),
    });
    await serveUntilSignalled(config, (line) => {
      io.stdout(`${line}\n`);
    });
    return EXIT.ok;
  },
};
