// A partner keeping their own directory entry current, in a real browser
// against the real server and its demo data, in a locality whose
// administrators review partners' changes (review_partner_changes): the
// partner goes to their services, changes a service's opening hours
// (first with mistakes, which the form names), saves, and sees the change
// on the entry, awaiting review; an administrator compares it with what is
// published and publishes it; a practitioner then sees it. axe-core checks
// the form, its error state, /directory/mine and /directory/review.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { expectAccessible, expectNoProblems, launchBrowser, newPage, pathOf, screenshot, signIn } from './helpers.mjs';
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

function menu(page, name) {
  return page.locator('.nhsuk-header__navigation-list').getByRole('link', { name, exact: true });
}

describe('partners keep their directory entries current', () => {
  let server;
  let browser;
  let localityDir;
  let entry;  // the path of the entry changed

  before(async () => {
    // The locality file turns on review of partners' changes; the server
    // reads its path from LIVINGWELL_LOCALITY.
    localityDir = await mkdtemp(path.join(tmpdir(), 'livingwell-locality-'));
    const locality = path.join(localityDir, 'locality.toml');
    await writeFile(locality, '[directory]\nreview_partner_changes = true\n');
    const previous = process.env.LIVINGWELL_LOCALITY;
    process.env.LIVINGWELL_LOCALITY = locality;
    try {
      server = await startServer();
    } finally {
      if (previous === undefined) delete process.env.LIVINGWELL_LOCALITY;
      else process.env.LIVINGWELL_LOCALITY = previous;
    }
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (localityDir) await rm(localityDir, { recursive: true, force: true });
  });

  it('lets the partner change the opening hours of their service', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, 'partner');
    await follow(page, menu(page, 'Your services'));
    assert.equal(pathOf(page), '/directory/mine');
    assert.equal(await page.locator('h1').innerText(), 'Your services');
    const table = await page.locator('main table').innerText();
    assert.match(table, /Debt advice appointments/);
    assert.match(table, /Money advice drop-in/);
    assert.doesNotMatch(table, /Housing options/, "another organisation's service is not theirs");
    await expectAccessible(page, '/directory/mine');

    await follow(page, page.getByRole('link', { name: 'Edit Debt advice appointments', exact: true }));
    assert.equal(await page.locator('h1').innerText(), 'Change Debt advice appointments');
    assert.equal(await page.locator('#opening_1_0_opens').inputValue(), '9:00');
    assert.equal(await page.locator('#opening_1_0_closes').inputValue(), '17:00');
    await expectAccessible(page, 'the entry form');

    // Mistakes: every one named, what was typed kept, nothing saved.
    await page.locator('#name').fill('');
    await page.locator('#opening_1_0_opens').fill('half nine');
    await press(page, 'Save changes');
    const summary = page.locator('.nhsuk-error-summary');
    assert.match(await summary.innerText(), /Enter the name/);
    assert.match(await summary.innerText(), /Enter the opening time like 9:30 or 17:00/);
    assert.equal(await page.title(), 'Error: Change Debt advice appointments – Living Well');
    assert.equal(await page.locator('#opening_1_0_opens').inputValue(), 'half nine');
    await expectAccessible(page, 'the entry form with errors');
    await screenshot(page, 'directory-edit-errors.png');

    await page.locator('#name').fill('Debt advice appointments');
    await page.locator('#opening_1_0_opens').fill('10:00');
    await page.locator('#opening_1_0_closes').fill('16:00');
    await press(page, 'Save changes');
    entry = pathOf(page);
    assert.match(entry, /^\/directory\/services\/[0-9a-f-]+$/);
    const main = await page.locator('main').innerText();
    assert.match(main, /An administrator will review them/);
    assert.match(main, /Tuesday\s+10am to 4pm/);
    assert.match(main, /Awaiting review/);
    await screenshot(page, 'directory-edit-saved.png');
    await expectAccessible(page, 'the entry after the change');

    await follow(page, menu(page, 'Your services'));
    assert.match(await page.locator('main table').innerText(), /Debt advice appointments\s+Active\s+Awaiting review/);
    expectNoProblems(page);
    await page.context().close();
  });

  it('keeps it from practitioners until an administrator publishes it', async () => {
    const reader = await newPage(browser);
    await signIn(reader, server.url, 'practitioner');
    await reader.goto(`${server.url}${entry}`);
    assert.match(await reader.locator('main').innerText(), /Tuesday\s+9am to 5pm/);

    const page = await newPage(browser);
    await signIn(page, server.url, 'admin');
    await follow(page, menu(page, 'Review'));
    assert.equal(pathOf(page), '/directory/review');
    const changes = page.locator('table', { hasText: 'What changed in Debt advice appointments' });
    assert.match(await changes.innerText(), /Opening times\s+Tuesday 9am to 5pm\s+Thursday 9am to 5pm\s+Tuesday 10am to 4pm/);
    await expectAccessible(page, '/directory/review');
    await press(page, 'Publish Debt advice appointments');
    assert.match(await page.locator('main').innerText(), /Published\. Everyone now sees the new version\./);
    assert.match(await page.locator('main').innerText(), /Nothing is waiting for review\./);
    await expectAccessible(page, '/directory/review after publishing');
    expectNoProblems(page);
    await page.context().close();

    await reader.reload();
    assert.match(await reader.locator('main').innerText(), /Tuesday\s+10am to 4pm/);
    expectNoProblems(reader);
    await reader.context().close();
  });
});
