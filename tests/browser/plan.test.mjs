// My Story / My Plan in a real browser against the real server and its demo
// data: the practitioner opens Dan Hughes's plan from his record, writes it
// with him ("together"), changes it again in his own words ("person"), meets
// the page for an edit that crossed a colleague's, reads the versions,
// compares two, and prints it: Chromium's A4 PDF is checked with pdfinfo
// (one or two pages, A4) and pdftotext (his name and a section's words).
// axe-core checks every plan page visited, the conflict page included.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import {
  expectAccessible,
  expectNoProblems,
  launchBrowser,
  newPage,
  outputDir,
  pathOf,
  screenshot,
  signIn,
} from './helpers.mjs';
import { startServer } from './server.mjs';

async function press(page, button) {
  const [response] = await Promise.all([
    page.waitForNavigation(),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return response;
}

async function follow(page, link) {
  await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: link, exact: true }).click()]);
}

describe('My Story / My Plan', () => {
  let server;
  let browser;
  let page;
  let plan;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await newPage(browser);
    await signIn(page, server.url, 'practitioner');
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('writes the plan together, then in his words, and keeps every version', async () => {
    await page.goto(`${server.url}/caseload`);
    await follow(page, 'Dan Hughes');
    const record = pathOf(page);
    await follow(page, 'My Story / My Plan');
    plan = record.replace(/\/record$/, '/plan');
    assert.equal(pathOf(page), plan);
    await expectAccessible(page, "Dan's plan");
    assert.match(await page.locator('#last-change').innerText(), /Version 2/);

    await follow(page, 'Change the plan');
    assert.equal(pathOf(page), `${plan}/edit`);
    await expectAccessible(page, 'the plan form');
    await page.getByLabel('Together, the person and the practitioner').check();
    await page.locator('textarea[name="what_matters"]').fill('My two lads. Getting back to work.');
    await page.locator('input[name="action_3_who"]').fill('Me');
    await page.locator('input[name="action_3_what"]').fill('Apply for the job at the garden centre');
    // Enter in a text field saves (the form's default button), rather than
    // adding another action.
    await Promise.all([page.waitForNavigation(), page.locator('input[name="action_3_what"]').press('Enter')]);
    assert.equal(pathOf(page), plan);
    assert.match(await page.locator('.nhsuk-notification-banner, .nhsuk-panel, [role=alert], main').first().innerText(), /saved/);
    assert.match(await page.locator('main').innerText(), /Apply for the job at the garden centre/);

    // Again, in his own words on a shared screen.
    await follow(page, 'Change the plan');
    await page.locator('textarea[name="strengths"]').fill('I keep going. I am good with my hands. I can fix most things.');
    await page.getByLabel('The person, on a shared screen').check();
    await press(page, 'Save the plan');
    assert.match(await page.locator('#last-change').innerText(), /Version 4/);
    assert.match(await page.locator('#last-change').innerText(), /own words/);
    expectNoProblems(page);
  });

  it('shows both versions when two edits cross, and loses nothing', async () => {
    const other = await newPage(browser);
    await signIn(other, server.url, 'peer');
    await other.goto(`${server.url}${plan}/edit`);
    await page.goto(`${server.url}${plan}/edit`);
    await page.locator('textarea[name="what_helps"]').fill('Walking early. Karen ringing on Sundays.');
    await press(page, 'Save the plan');

    await other.locator('textarea[name="what_helps"]').fill('Walking early, and the library on wet days.');
    const crossed = await press(other, 'Save the plan');
    assert.equal(crossed.status(), 409);
    assert.equal(await other.locator('h1').innerText(), 'Someone changed this plan while you were writing');
    assert.match(await other.locator('main').innerText(), /Karen ringing on Sundays/);
    assert.equal(await other.locator('textarea[name="what_helps"]').inputValue(), 'Walking early, and the library on wet days.');
    await expectAccessible(other, 'the conflict page');
    await screenshot(other, 'plan-conflict.png');
    await press(other, 'Save the plan');
    assert.equal(pathOf(other), plan);
    assert.match(await other.locator('main').innerText(), /the library on wet days/);
    expectNoProblems(other);
    await other.context().close();
  });

  it('lists the versions and compares two', async () => {
    await page.goto(`${server.url}${plan}`);
    await follow(page, 'Every version, and what changed');
    await expectAccessible(page, 'the versions');
    assert.match(await page.locator('table').innerText(), /Version 6/);
    await page.locator('#from').fill('3');
    await page.locator('#to').fill('4');
    await press(page, 'Compare');
    assert.equal(await page.locator('h1').innerText(), 'Changes from version 3 to version 4');
    assert.match(await page.locator('main').innerText(), /Before \(version 3\)/);
    assert.match(await page.locator('main').innerText(), /I can fix most things/);
    await expectAccessible(page, 'the comparison');
    await follow(page, 'Back to the versions');
    await follow(page, 'Version 1');
    await expectAccessible(page, 'version 1');
    expectNoProblems(page);
  });

  it('prints on A4 in one or two pages, with his name and his words', async () => {
    await page.goto(`${server.url}${plan}/print`);
    await expectAccessible(page, 'the printable plan');
    await page.emulateMedia({ media: 'print' });
    await mkdir(outputDir, { recursive: true });
    const pdf = path.join(outputDir, 'plan.pdf');
    // The stylesheet's @page says A4; format is the fallback.
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)[1]);
    assert.ok(pages >= 1 && pages <= 2, `the plan printed on ${pages} pages`);
    // 595.276 x 841.89 pts is A4 exactly; Chromium rounds to its pixel
    // grid (594.96 x 841.92), which pdfinfo still names A4.
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts \(A4\)/.exec(info);
    assert.ok(size, `not A4:\n${info}`);
    assert.ok(Math.abs(Number(size[1]) - 595.276) < 0.5 && Math.abs(Number(size[2]) - 841.89) < 0.5, info);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    assert.match(text, /Daniel Hughes/);
    assert.match(text, /the library on wet days/);
    assert.match(text, /If things get hard/);
    assert.doesNotMatch(text, /Sign out/);  // the header is not printed
    await page.emulateMedia({ media: 'screen' });
    expectNoProblems(page);
  });
});
