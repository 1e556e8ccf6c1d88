/** `npm start`: configuration from the environment, then listen. */
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config';
import { startRapport } from './startup';

const webRoot = fileURLToPath(new URL('../../dist/web', import.meta.url));

async function main(): Promise<void> {
  const config = loadConfig();
  const started = await startRapport(config, { webRoot });
  const address = await started.app.listen({ port: config.port, host: config.host });
  const where = config.databaseUrl
    ? 'PostgreSQL (DATABASE_URL)'
    : `the embedded database in ${config.dataDir}`;
  console.log(`\nRapport is running at ${address.replace('127.0.0.1', 'localhost')} on ${where}.`);
  if (started.demo) {
    console.log('\nThe demo clinic is loaded. Sign in as any of these (e-mail, password, story):');
    for (const signIn of started.demo) {
      console.log(
        `  ${signIn.role.padEnd(9)} ${signIn.email.padEnd(40)} ${signIn.password}${signIn.story ? `  — ${signIn.story}` : ''}`,
      );
    }
  }
  console.log('');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    started.app.log.info({ signal }, 'stopping');
    started
      .close()
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(
    `Rapport could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
