// Starts the real livingwell server for browser tests: a fresh data
// directory, the demo data, loopback only, any free port.
//
//   const server = await startServer();   // { url, stop() }
//   ...
//   await server.stop();                  // SIGTERM, then removes the data dir
//
// The binary is $LW_BINARY (default build/livingwell, relative to the
// repository root). The server logs one JSON object per line on stdout;
// it is ready when a line with "event":"listening" gives its "url".
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const kStartTimeoutMs = 60_000;

// The day every test runs on, a Wednesday in BST. Every command the tests
// run (`livingwell demo`, `user add`, `serve`) gets `--clock-start`: the
// run's own timeline, which began at 09:00 London time that day when this
// module loaded and moves with the real time, so each process carries on
// where the last left off. A run that crosses midnight still sees one day,
// and the demo's dates, made relative to the day it loads, read the same
// on every run.
export const kClockStart = '2026-06-17';
const kRunStartedUtc = Date.UTC(2026, 5, 17, 8, 0, 0);  // 09:00 BST
const kRunStartedHere = Date.now();

// The run's time now, as --clock-start takes it: "2026-06-17T08:00:12.345Z".
export function clockStartArg() {
  return new Date(kRunStartedUtc + (Date.now() - kRunStartedHere)).toISOString();
}
const kStopTimeoutMs = 15_000;

// Runs the CLI to completion with `input` on stdin; throws unless it exits 0.
function runCli(binary, args, input = '') {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`livingwell ${args.join(' ')} exited ${code}: ${stderr}`)),
    );
    child.stdin.end(input);
  });
}

// `users`: extra staff accounts added with `livingwell user add` after the
// demo is loaded, each { name, displayName, role, team, organisation,
// password }. `serveArgs`: more arguments for `livingwell serve`.
export async function startServer({ users = [], serveArgs: extraServeArgs = [] } = {}) {
  const binary = path.resolve(repoRoot, process.env.LW_BINARY || 'build/livingwell');
  const dataDir = await mkdtemp(path.join(tmpdir(), 'livingwell-browser-'));
  if (users.length > 0) {
    await runCli(binary, ['--data', dataDir, '--clock-start', clockStartArg(), 'demo']);
    for (const u of users) {
      const args = ['--data', dataDir, '--clock-start', clockStartArg(), 'user', 'add', '--name', u.name, '--role', u.role];
      if (u.displayName) args.push('--display-name', u.displayName);
      if (u.team) args.push('--team', u.team);
      if (u.organisation) args.push('--organisation', u.organisation);
      await runCli(binary, args, `${u.password}\n`);
    }
  }
  const serveArgs = ['serve', '--bind', '127.0.0.1', '--port', '0', '--data', dataDir, '--clock-start', clockStartArg()];
  if (users.length === 0) serveArgs.push('--demo');
  serveArgs.push(...extraServeArgs);
  const child = spawn(binary, serveArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];  // kept for the failure message
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => output.push(chunk));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  const lines = readline.createInterface({ input: child.stdout });
  let url;
  try {
    url = await new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`livingwell did not start within ${kStartTimeoutMs} ms`)),
        kStartTimeoutMs,
      );
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(new Error(`cannot run ${binary}: ${error.message}`));
      });
      exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(new Error(`livingwell exited before listening (code ${code}, signal ${signal})`));
      });
      lines.on('line', (line) => {
        output.push(line);
        if (url !== undefined || !line.includes('"event":"listening"')) return;
        try {
          const event = JSON.parse(line);
          clearTimeout(timer);
          resolve(event.url);
        } catch {
          // Not a JSON line after all: keep waiting.
        }
      });
    });
  } catch (error) {
    child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
    throw new Error(`${error.message}\n--- server output ---\n${output.join('\n')}`);
  }
  // The line listener stays attached, so stdout keeps draining and the
  // server never blocks on a full pipe.

  return {
    url,
    output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), kStopTimeoutMs);
        await exited;
        clearTimeout(timer);
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
