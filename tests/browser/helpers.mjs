// Shared helpers for the browser tests: the browser, signing in, keyboard
// navigation and the accessibility check every visited page must pass.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';

import { kClockStart, repoRoot } from './server.mjs';

export const kDemoPassword = 'living-well-demo';
export const outputDir = path.join(repoRoot, 'tests', 'browser', 'output');

// Debian's Chromium, headless, with nothing reaching out to the network.
// launch() gives every browser a fresh, throwaway profile.
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.LW_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

// Fonts from assets.nhs.uk are blocked by our CSP on purpose (no CDN); the
// frontend falls back to Arial.
const isNhsFont = (text) => text.includes('assets.nhs.uk');

// A new page that records script errors, CSP violations and failed
// subresources (CSS, JS, images), for expectNoProblems. The document's own
// status is the test's business (401, 404 ... are expected there), so
// Chromium's console echo of it is ignored.
export async function newPage(browser, { javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() !== 'error' || isNhsFont(text)) return;
    if (text.startsWith('Failed to load resource')) return;  // reported by 'response' below
    page.problems.push(`console error: ${text}`);
  });
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'document' && response.status() >= 400) {
      page.problems.push(`${response.status()} for ${response.url()}`);
    }
  });
  page.on('requestfailed', (request) => {
    // ERR_ABORTED: the test navigated on before a favicon or the like arrived.
    if (!isNhsFont(request.url()) && request.failure()?.errorText !== 'net::ERR_ABORTED') {
      page.problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    }
  });
  return page;
}

export function expectNoProblems(page) {
  assert.deepEqual(page.problems, [], `the page reported problems:\n${page.problems.join('\n')}`);
}

// WCAG 2.2 AA with axe-core: no violations at all.
export async function expectAccessible(page, label) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const described = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary}`).join('\n'),
  );
  assert.equal(
    results.violations.length,
    0,
    `axe-core found ${results.violations.length} violation(s) on ${label}:\n${described.join('\n')}`,
  );
  return results;
}

// Presses Tab until `selector` has focus; fails after `limit` presses.
export async function tabTo(page, selector, limit = 30) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
    if (focused) return;
  }
  assert.fail(`could not reach ${selector} with the Tab key in ${limit} presses`);
}

// Signs in through the form (mouse-free but not key-by-key) and waits for
// the page it lands on.
export async function signIn(page, baseUrl, username, password = kDemoPassword) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.fill('#username', username);
  await page.fill('#password', password);
  await Promise.all([page.waitForNavigation(), page.click('form[action="/sign-in"] button[type=submit]')]);
}

export async function screenshot(page, name) {
  await mkdir(outputDir, { recursive: true });
  const file = path.join(outputDir, name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export function pathOf(page) {
  return new URL(page.url()).pathname;
}

// A date in London, as the server counts days: { day, month, year }; the
// server's today (kClockStart) unless `daysAgo` says otherwise (negative:
// days ahead).
export function londonToday(daysAgo = 0) {
  const [year, month, day] = kClockStart.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day - daysAgo));
  return {
    day: String(date.getUTCDate()),
    month: String(date.getUTCMonth() + 1),
    year: String(date.getUTCFullYear()),
  };
}

// Fills a day / month / year date input whose fields are `${prefix}_day` ...
export async function fillDate(form, prefix, { day, month, year }) {
  await form.locator(`input[name="${prefix}_day"]`).fill(String(day));
  await form.locator(`input[name="${prefix}_month"]`).fill(String(month));
  await form.locator(`input[name="${prefix}_year"]`).fill(String(year));
}

// Clicks the form's submit button and waits for the page that follows.
export async function submit(page, form, button) {
  const [response] = await Promise.all([
    page.waitForNavigation(),
    form.getByRole('button', { name: button }).click(),
  ]);
  return response;
}
