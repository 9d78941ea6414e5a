// A warm introduction, followed until it lands, in a real browser against
// the real server and its demo data: the practitioner finds debt advice
// near Dan Hughes's postcode from his record, introduces him with his
// consent to share how to contact him, and sees it waiting; the network
// partner signs in, sees what Dan agreed to share and nothing else, and
// records that they met; the practitioner sees it landed. The huddle shows
// the demo's introduction that has not landed after twelve days. axe-core
// checks every page visited.
import assert from 'node:assert/strict';
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

describe('warm introductions', () => {
  let server;
  let browser;
  let introduction;  // the path of the introduction made

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('introduces Dan to debt advice near his postcode, with his consent', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, 'practitioner');
    await page.goto(`${server.url}/caseload`);
    await follow(page, page.getByRole('link', { name: 'Dan Hughes' }));
    await follow(page, page.getByRole('link', { name: 'Warm introductions into the network' }));
    assert.equal(await page.locator('h1').innerText(), 'Warm introductions for Dan Hughes');
    // The demo's walking group: met, on a visit together.
    assert.match(await page.locator('main table').innerText(), /Hyde Walking for Health\s+\S+\s+Met: connected/);
    await expectAccessible(page, "Dan's warm introductions");

    await follow(page, page.getByRole('button', { name: 'Find a service and introduce them' }));
    assert.equal(pathOf(page), '/directory');
    assert.equal(await page.locator('input[name="postcode"]').inputValue(), 'SK14 2QR');
    await page.locator('input[name="q"]').fill('debt');
    await page.locator('select[name="within"]').selectOption('10000');
    await press(page, 'Search');
    const result = page.locator('.lw-results > li', { hasText: 'Millbrook Money Advice' })
      .filter({ hasText: 'Debt advice appointments' });
    assert.match(await result.innerText(), /\d+ k?m away/);
    await expectAccessible(page, 'the directory, finding a place for Dan');
    await follow(page, result.getByRole('link', { name: /^Introduce them/ }));
    assert.equal(await page.locator('h1').innerText(), 'Introduce Dan Hughes to Debt advice appointments');
    await expectAccessible(page, 'the consent form');

    // Nothing filled in: every problem at once, and nothing made.
    await press(page, 'Make the introduction');
    const summary = page.locator('.nhsuk-error-summary');
    assert.match(await summary.innerText(), /Write a note for the service/);
    assert.match(await summary.innerText(), /Say how they gave their consent/);
    assert.match(await summary.innerText(), /Confirm they have agreed/);
    assert.equal(await page.title(), 'Error: Introduce Dan Hughes to Debt advice appointments – Living Well');
    await expectAccessible(page, 'the consent form with errors');

    await page.locator('textarea[name="note"]').fill('Dan is behind on his rent and worried about a letter from the landlord.');
    await page.getByLabel('How to contact them').check();
    await page.getByLabel('In person').check();
    await page.getByLabel('They have agreed to this introduction').check();
    await screenshot(page, 'warm-consent.png');
    await press(page, 'Make the introduction');
    assert.match(pathOf(page), /\/warm-introductions$/);
    assert.match(await page.locator('.nhsuk-notification-banner, .nhsuk-panel, main').first().innerText(), /Introduction made/);
    const row = page.locator('main table tr', { hasText: 'Debt advice appointments' });
    assert.match(await row.innerText(), /Waiting for the service/);
    await follow(page, row.getByRole('link', { name: 'Debt advice appointments' }));
    introduction = pathOf(page);
    const main = await page.locator('main').innerText();
    assert.match(main, /Shared with the service\s+Their name, the note and how it is made, and:\s+How to contact them/);
    await expectAccessible(page, 'the introduction, as the team sees it');
    expectNoProblems(page);
    await page.context().close();
  });

  it('shows the partner only what Dan agreed to share, and they record that they met', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, 'partner');
    await follow(page, page.locator('.nhsuk-header__navigation-list').getByRole('link', { name: 'Warm introductions' }));
    const list = await page.locator('main table').innerText();
    assert.match(list, /Dan Hughes\s+Debt advice appointments/);
    assert.match(list, /Siobhan Kelly\s+Debt advice appointments\s+\S+\s+Not landed after 12 days/);
    assert.doesNotMatch(list, /Walking/, 'introductions to other services are not theirs');
    await expectAccessible(page, "the partner's warm introductions");

    await follow(page, page.getByRole('link', { name: 'Dan Hughes' }));
    assert.equal(pathOf(page), introduction);
    const main = await page.locator('main').innerText();
    assert.match(main, /What they agreed to share with you/);
    assert.match(main, /How to contact them/);
    assert.match(main, /behind on his rent/);
    for (const hidden of ['Date of birth', 'Address', 'My story so far', 'My goals', 'Pronouns', '1981', 'Every version']) {
      assert.ok(!main.includes(hidden), `${hidden} was not consented to`);
    }
    await expectAccessible(page, 'the introduction, as the partner sees it');

    await page.getByLabel('Met: they are connected with the service').check();
    await page.locator('textarea[name="note"]').fill('First appointment done; a plan for the arrears.');
    await press(page, 'Save');
    assert.match(await page.locator('main').innerText(), /Saved\. The other side can see it\./);
    assert.match(await page.locator('main').innerText(), /Met: connected/);
    await screenshot(page, 'warm-partner.png');
    await expectAccessible(page, 'the introduction after meeting');

    // Another service's introduction is not there for them at all.
    const other = await page.goto(`${server.url}/warm-introductions/aaaaaaaaaaaaaaaaaaaaaa`);
    assert.equal(other.status(), 404);
    expectNoProblems(page);
    await page.context().close();
  });

  it("shows the practitioner it landed, and the huddle the one that has not", async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, 'practitioner');
    await page.goto(`${server.url}${introduction}`);
    const main = await page.locator('main').innerText();
    assert.match(main, /Met: connected/);
    assert.match(main, /recorded by Chris Ellis \(the service\)/);
    assert.match(main, /First appointment done/);

    // Dan's own view of how it went.
    await page.getByLabel('It went well').check();
    await page.locator('textarea[name="words"]').fill('They did not judge me.');
    await press(page, 'Save their view');
    assert.match(await page.locator('main').innerText(), /How it went, in their view\s+It went well\s+They did not judge me\./);
    await expectAccessible(page, "the introduction with Dan's view");

    await page.goto(`${server.url}/huddle`);
    const board = await page.locator('main').innerText();
    assert.match(board, /Warm introduction to Debt advice appointments made 12 days ago/);
    await follow(page, page.getByRole('link', { name: 'See the introduction for Siobhan Kelly' }));
    assert.match(pathOf(page), /^\/warm-introductions\/[^/]+$/);
    assert.match(await page.locator('main').innerText(), /Not landed yet/);
    await expectAccessible(page, 'an introduction that has not landed');
    expectNoProblems(page);
    await page.context().close();
  });
});
