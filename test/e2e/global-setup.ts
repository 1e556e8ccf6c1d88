/** Browser tests run against the built web app: build it once before they start. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup(): void {
  if (!existsSync('/usr/bin/chromium') && !process.env.CHROMIUM_PATH) {
    throw new Error(
      'Browser tests need Chromium: apt-get install chromium (or set CHROMIUM_PATH).',
    );
  }
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'],
    // The production build, as people get it (vitest sets NODE_ENV=test, which would give
    // React's development build).
    { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
}
