// Every role's home page, the people list and a person's record with its
// history, staff accounts, and what a role may not see - in a real browser
// against the real server, with axe-core checking every page visited.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import {
  expectAccessible,
  expectNoProblems,
  launchBrowser,
  newPage,
  pathOf,
  screenshot,
  signIn,
} from './helpers.mjs';
import { startServer } from './server.mjs';

// The demo sign-ins (services/demo_data.cc) and what each home page says.
const kRoles = [
  { username: 'admin', role: 'Administrator', says: /staff accounts? and \d+ teams?/, nav: ['Home', 'Directory', 'Review', 'Staffing', 'Gaps in provision', 'Evaluation', 'Accounts', 'Outbox'] },
  { username: 'frontdoor', role: 'Front door', says: /The records Millbrook North Living Well Team holds are on one list/, nav: ['Home', 'Front door', 'People', 'Huddle', 'My caseload', 'Directory'] },
  { username: 'practitioner', role: 'Practitioner', says: /The records Millbrook North Living Well Team holds are on one list/, nav: ['Home', 'Front door', 'People', 'Huddle', 'My caseload', 'Directory'] },
  { username: 'peer', role: 'Peer worker', says: /The records Millbrook North Living Well Team holds are on one list/, nav: ['Home', 'Front door', 'People', 'Huddle', 'My caseload', 'Directory'] },
  { username: 'teamlead', role: 'Team lead', says: /The records Millbrook North Living Well Team holds are on one list/, nav: ['Home', 'Front door', 'People', 'Huddle', 'My caseload', 'Directory', 'Staffing', 'Gaps in provision', 'Evaluation'] },
  { username: 'partner', role: 'Network partner', says: /is waiting for you under Warm introductions/, nav: ['Home', 'Introductions', 'Warm introductions', 'Your services', 'Directory'] },
  { username: 'commissioner', role: 'Commissioner', says: /The Living Well measures, the same in every locality/, nav: ['Home', 'Directory', 'Staffing', 'Gaps in provision', 'Evaluation'] },
];

async function navigationItems(page) {
  return page.locator('.nhsuk-header__navigation-list a').evaluateAll((as) =>
    as.map((a) => a.textContent.trim()),
  );
}

describe('pages by role', () => {
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

  for (const { username, role, says, nav } of kRoles) {
    it(`shows the ${role} their home page`, async () => {
      const page = await newPage(browser);
      await signIn(page, server.url, username);
      assert.equal(pathOf(page), '/home');
      assert.equal(await page.title(), 'Home – Living Well');
      assert.equal(await page.locator('h1').innerText(), 'Home');
      const main = await page.locator('main').innerText();
      assert.match(main, new RegExp(`Role\\s+${role}`));
      assert.match(main, says);
      assert.deepEqual(await navigationItems(page), nav);
      await expectAccessible(page, `the ${role} home page`);
      if (username === 'practitioner') await screenshot(page, 'home-practitioner.png');
      expectNoProblems(page);
      await page.context().close();
    });
  }

  it('lists the team\'s people and shows a record with its history', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, 'practitioner');
    await page.click('main a[href="/people"]');
    assert.equal(pathOf(page), '/people');
    assert.equal(await page.locator('h1').innerText(), 'People');
    const headers = await page.locator('table thead th').allInnerTexts();
    assert.deepEqual(headers, ['Name', 'Preferred name', 'Date of birth', 'Postcode']);
    const rows = page.locator('table tbody tr');
    assert.equal(await rows.count(), 6);
    await expectAccessible(page, 'the people list');
    await screenshot(page, 'people.png');

    const first = rows.first().locator('a');
    const name = await first.innerText();
    const href = await first.getAttribute('href');
    assert.match(href, /^\/people\/[^/]+$/);
    await first.click();
    assert.equal(pathOf(page), href);
    assert.equal(await page.locator('h1').innerText(), name);
    const record = await page.locator('dl.nhsuk-summary-list').innerText();
    assert.match(record, /Record version\s+\d+/);
    assert.equal(await page.locator('h2', { hasText: 'History' }).count(), 1);
    const versions = page.locator('table tbody tr');
    assert.ok((await versions.count()) >= 1, 'the history lists at least the first version');
    const newest = await versions.first().locator('td').allInnerTexts();
    assert.match(newest[1], /^\d{1,2} [A-Z][a-z]+ \d{4}, \d{1,2}:\d{2}(am|pm)$/, 'when, in London time');
    assert.ok(newest[3].length > 0, 'every version says why it was made');
    await expectAccessible(page, 'a person\'s record');
    await screenshot(page, 'person.png');
    expectNoProblems(page);
    await page.context().close();
  });

  it('gives a 404 page for a record that does not exist', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, 'teamlead');
    const response = await page.goto(`${server.url}/people/no-such-person`);
    assert.equal(response.status(), 404);
    assert.equal(await page.locator('h1').innerText(), 'Page not found');
    expectNoProblems(page);
    await page.context().close();
  });

  for (const username of ['partner', 'commissioner']) {
    it(`shows the ${username} the 404 page for /people`, async () => {
      const page = await newPage(browser);
      await signIn(page, server.url, username);
      const response = await page.goto(`${server.url}/people`);
      assert.equal(response.status(), 404);
      assert.equal(await page.title(), 'Page not found – Living Well');
      assert.equal(await page.locator('h1').innerText(), 'Page not found');
      assert.equal(await page.locator('table').count(), 0);
      await expectAccessible(page, `the 404 page (${username})`);
      expectNoProblems(page);
      await page.context().close();
    });
  }

  it('shows administrators the staff accounts', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, 'admin');
    await page.click('.nhsuk-header__navigation-list a[href="/accounts"]');
    assert.equal(pathOf(page), '/accounts');
    assert.equal(await page.locator('h1').innerText(), 'Staff accounts');
    const usernames = await page.locator('table tbody tr td:first-child').allInnerTexts();
    for (const { username } of kRoles) {
      assert.ok(usernames.some((u) => u.startsWith(username)), `${username} is listed`);
    }
    const roles = await page.locator('table tbody tr td:nth-child(4)').allInnerTexts();
    assert.ok(roles.includes('Network partner'));
    await expectAccessible(page, 'the staff accounts page');
    expectNoProblems(page);
    await page.context().close();
  });

  it('keeps people\'s records from administrators', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, 'admin');
    const response = await page.goto(`${server.url}/people`);
    assert.equal(response.status(), 404);
    await page.context().close();
  });

  it('shows a 404 page for an address that does not exist', async () => {
    const page = await newPage(browser);
    const response = await page.goto(`${server.url}/no-such-page?q=<script>alert(1)</script>`);
    assert.equal(response.status(), 404);
    assert.equal(await page.locator('h1').innerText(), 'Page not found');
    assert.equal((await page.content()).includes('alert(1)'), false);
    await expectAccessible(page, 'the 404 page (signed out)');
    await screenshot(page, 'not-found.png');
    expectNoProblems(page);
    await page.context().close();
  });

  it('shows a 405 page for the wrong method', async () => {
    const page = await newPage(browser);
    const response = await page.goto(`${server.url}/sign-out`);
    assert.equal(response.status(), 405);
    assert.equal(await page.locator('h1').innerText(), 'Sorry, that cannot be done on this page');
    await expectAccessible(page, 'the 405 page');
    expectNoProblems(page);
    await page.context().close();
  });
});
