// Runs a command with CHROMIUM_PATH set to a Chromium that works here (see find-chromium.mjs).
import { spawn } from 'node:child_process';
import { findChromium, HOW_TO_FIX } from './find-chromium.mjs';

// Tests take the headless shell where there is one (see find-chromium.mjs).
const path = await findChromium({ headlessShell: true });
if (!path) {
  console.error(HOW_TO_FIX);
  process.exit(1);
}
const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.log(path);
  process.exit(0);
}
const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: path } });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
