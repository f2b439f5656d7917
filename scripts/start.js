#!/usr/bin/env node
/**
 * Run by `npm start` after the build: starts build/server/src/main.js. On embedded PGlite (no DATABASE_URL) and
 * outside production it turns demo mode on (DEMO_MODE=true: demo accounts and the demo login), unless DEMO_MODE
 * is already set, e.g. to false. With DATABASE_URL demo mode is only ever on when DEMO_MODE=true is set by hand.
 */
const path = require('node:path');

/** The DEMO_MODE value `npm start` runs with, or undefined to leave the environment as it is. */
function demoModeFor(env) {
  const unset = (name) => env[name] === undefined || env[name] === '';
  return unset('DEMO_MODE') && unset('DATABASE_URL') && env.NODE_ENV !== 'production' ? 'true' : undefined;
}

if (require.main === module) {
  const demo = demoModeFor(process.env);
  if (demo) process.env.DEMO_MODE = demo;
  require(path.join(__dirname, '..', 'build', 'server', 'src', 'main.js'));
}

module.exports = { demoModeFor };
