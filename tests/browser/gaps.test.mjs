// Gaps in provision in a real browser against the real server and its demo
// data: the practitioner searches the directory for something Dan needs,
// finds nothing suitable, and notes an unmet need from the search, once
// refused with the NHS error summary; the commissioner sees the counts by
// neighbourhood and need with small numbers suppressed, and never a name.
// axe-core checks every page visited.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { expectAccessible, expectNoProblems, launchBrowser, newPage, pathOf, signIn } from './helpers.mjs';
import { startServer } from './server.mjs';

async function follow(page, locator) {
  await Promise.all([page.waitForNavigation(), locator.click()]);
}

async function press(page, button) {
  await Promise.all([
    page.waitForNavigation(),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
}

describe('gaps in provision', () => {
  let server;
  let browser;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('notes an unmet need for Dan from a directory search that found nothing suitable', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, 'practitioner');
    await page.goto(`${server.url}/caseload`);
    await follow(page, page.getByRole('link', { name: 'Dan Hughes' }));
    await follow(page, page.getByRole('link', { name: 'Warm introductions into the network' }));
    await follow(page, page.getByRole('button', { name: 'Find a service and introduce them' }));
    await page.locator('select[name="need"]').selectOption('bereavement');
    await page.locator('select[name="within"]').selectOption('1000');
    await press(page, 'Search');
    await follow(page, page.getByRole('link', { name: 'Note an unmet need' }));
    assert.match(pathOf(page), /^\/people\/[^/]+\/unmet-needs$/);
    assert.equal(await page.locator('select[name="need"]').inputValue(), 'bereavement');
    await expectAccessible(page, "Dan's unmet needs");

    // No reason chosen: refused, with the error summary, and nothing noted.
    await page.locator('textarea[name="words"]').fill('Someone to talk to about my brother');
    await press(page, 'Note the unmet need');
    assert.match(await page.title(), /^Error: /);
    const summary = page.locator('.nhsuk-error-summary');
    assert.match(await summary.innerText(), /Choose why nothing could meet it/);
    assert.equal(await page.locator('textarea[name="words"]').inputValue(),
      'Someone to talk to about my brother');
    await expectAccessible(page, 'the refused unmet need');

    await page.getByLabel('No service near enough').check();
    await press(page, 'Note the unmet need');
    assert.match(await page.locator('.nhsuk-notification-banner').innerText(),
      /The unmet need is noted/);
    const card = page.locator('.nhsuk-card', { hasText: 'Bereavement' });
    assert.match(await card.innerText(), /No service near enough/);
    assert.match(await card.innerText(), /Someone to talk to about my brother/);
    await expectAccessible(page, 'the unmet need noted');
    expectNoProblems(page);
  });

  it('shows a commissioner the counts with small numbers suppressed, and nobody named', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, 'commissioner');
    await follow(page, page.getByRole('link', { name: 'Gaps in provision' }));
    assert.equal(pathOf(page), '/gaps');
    const table = page.locator('table').first();
    const debt = table.locator('tr', { hasText: 'Money and debt' });
    assert.match(await debt.innerText(), /Money and debt\s+\*\s+5\s+\*\s+5/);
    const housing = table.locator('tr', { hasText: 'Housing' });
    assert.match(await housing.innerText(), /Housing\s+\*\s+\*\s+\*\s+\*/);
    const text = await page.locator('main').innerText();
    assert.match(text, /a count under 5 is shown as \*/);
    assert.doesNotMatch(text, /Daniel|Dan Hughes|brother/);
    await expectAccessible(page, 'the gaps report');

    // A date that is not one.
    await page.locator('input[name="from_day"]').fill('31');
    await page.locator('input[name="from_month"]').fill('2');
    await page.locator('input[name="from_year"]').fill('2026');
    await press(page, 'Show the counts');
    assert.match(await page.title(), /^Error: /);
    await expectAccessible(page, 'the gaps report refused');
    expectNoProblems(page);
  });
});
