// The evaluation in a real browser against the real server, with the demo
// data and the synthetic demo locality beside it (two localities): a
// commissioner compares the two on planned exits, reads how the measure is
// defined, and downloads the figures as CSV; anyone, signed out, reads the
// open data and sees only hidden or rounded figures. axe-core checks every
// page visited.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';

import { expectAccessible, expectNoProblems, launchBrowser, newPage, signIn } from './helpers.mjs';
import { startServer } from './server.mjs';

async function press(page, button) {
  await Promise.all([
    page.waitForNavigation(),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
}

describe('evaluation', () => {
  let server;
  let browser;

  before(async () => {
    server = await startServer({ serveArgs: ['--synthetic', 'demo'] });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets a commissioner compare two localities and download the figures', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, 'commissioner');
    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('link', { name: 'Evaluation', exact: true }).click(),
    ]);
    await expectAccessible(page, 'the evaluation form');

    // A month that is not one: refused with the error summary.
    await page.locator('select[name="measure"]').selectOption('planned-exits');
    await page.locator('input[name="from_month"]').fill('13');
    await page.locator('input[name="from_year"]').fill('2025');
    await press(page, 'Show the figures');
    assert.match(await page.title(), /^Error: /);
    assert.match(await page.locator('.nhsuk-error-summary').innerText(),
      /The first month must be a month from 1 to 12/);
    await expectAccessible(page, 'the evaluation form with an error');

    const localities = page.locator('input[name="locality"]');
    assert.equal(await localities.count(), 2);
    await localities.nth(0).check();
    await localities.nth(1).check();
    await page.locator('input[name="from_month"]').fill('6');
    await page.locator('input[name="from_year"]').fill('2025');
    await page.locator('input[name="to_month"]').fill('5');
    await page.locator('input[name="to_year"]').fill('2026');
    await press(page, 'Show the figures');
    assert.doesNotMatch(await page.title(), /^Error: /);
    assert.equal(await page.getByRole('heading', { name: 'Planned exits', level: 2 }).count(), 1);
    assert.match(await page.locator('.nhsuk-details').first().innerText(),
      /as a share of all episodes/);
    assert.match(await page.locator('.nhsuk-inset-text').innerText(), /count under 5 is shown as \*/);
    const compared = page.locator('table', { hasText: 'Planned exits, from Jun 2025 to May 2026' });
    const rows = await compared.locator('tbody tr th').allInnerTexts();
    assert.equal(rows.length, 3, rows.join(' | '));
    assert.equal(rows[2], 'All localities');
    assert.equal(await page.locator('svg.lw-chart').count(), 2);
    await expectAccessible(page, 'two localities compared');
    expectNoProblems(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download these figures (CSV)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'planned-exits-2025-06-to-2026-05.csv');
    const csv = (await readFile(await download.path(), 'utf8')).trim().split('\r\n');
    assert.equal(csv[0],
      'measure,locality_id,locality,month,count,denominator,percent,median_days,p90_days,disclosure,hidden');
    assert.equal(csv.length, 1 + 3 * 13);  // two localities and all, 12 months and the whole
    for (const line of csv.slice(1)) {
      const cells = line.split(',');
      assert.equal(cells[0], 'planned-exits');
      assert.equal(cells[9], 'mhsds');
      for (const n of [cells[4], cells[5]]) assert.match(n, /^(\*|\d*[05])$/, line);
    }
    await page.close();
  });

  it('shows anyone the open data with small numbers hidden and the rest rounded', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/open-data`);
    assert.equal(await page.getByRole('heading', { name: 'Living Well in figures' }).count(), 1);
    assert.equal(new URL(page.url()).pathname, '/open-data');  // no sign-in asked for
    const byMonth = page.locator('table', { hasText: 'Introductions by source, by month' });
    const cells = await byMonth.locator('td').allInnerTexts();
    assert.ok(cells.length > 0);
    let hidden = 0;
    for (const cell of cells) {
      const figure = cell.replace(/\s*\(hidden so that another figure cannot be worked out\)$/, '').trim();
      assert.match(figure, /^(\*|\d*[05])$/, cell);
      if (figure === '*') hidden += 1;
    }
    assert.ok(hidden > 0, 'some small counts are hidden');
    await expectAccessible(page, 'the open data');

    await page.locator('select[name="measure"]').selectOption('days-to-conversation');
    await press(page, 'Show the figures');
    assert.equal(
      await page.getByRole('heading', { name: 'Days from introduction to initial conversation', level: 2 }).count(), 1);
    assert.equal(await page.locator('select[name="team"]').count(), 0);
    await expectAccessible(page, 'the open data on days to the initial conversation');
    expectNoProblems(page);
    await page.close();
  });
});
