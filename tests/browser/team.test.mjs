// A practitioner's day with the Living Well team, in a real browser against
// the real server and its demo data: the huddle board and a team decision
// (and the error summary when only one person was there), the caseload, a
// contact on a person's record, a new keyworker, an ending as a planned
// transition in the person's own words, and the person coming back with
// their earlier story in view. The team lead's view of how the work is
// shared, and break-glass for someone outside the team. axe-core checks
// every page visited.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import {
  expectAccessible,
  expectNoProblems,
  kDemoPassword,
  fillDate,
  launchBrowser,
  londonToday,
  newPage,
  pathOf,
  screenshot,
  signIn,
  submit,
} from './helpers.mjs';
import { startServer } from './server.mjs';


// The huddle card for a person in one of the board's sections.
function card(page, sectionId, name) {
  return page
    .locator(`h2#${sectionId} ~ .nhsuk-card`)
    .filter({ has: page.locator('h3', { hasText: name }) })
    .first();
}

// Follows an item's "Record a team decision" link to the item's own page.
async function openDecisionPage(page, item) {
  await Promise.all([
    page.waitForNavigation(),
    item.getByRole('link', { name: /^Record a team decision/ }).click(),
  ]);
  assert.match(pathOf(page), /^\/huddle\/items\/waiting-past-target\//);
  assert.match(await page.locator('h1').innerText(), /Record a team decision/);
  assert.match(await page.locator('main').innerText(), /Jordan Ellis/);
  await expectAccessible(page, "a huddle item's page");
}

describe("a practitioner's day", () => {
  let server;
  let browser;
  let page;

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

  it('opens the huddle board from the navigation', async () => {
    await Promise.all([
      page.waitForNavigation(),
      page.locator('.nhsuk-header__navigation-list a', { hasText: 'Huddle' }).click(),
    ]);
    assert.equal(pathOf(page), '/huddle');
    assert.equal(await page.title(), "Today's huddle – Living Well");
    const main = await page.locator('main').innerText();
    assert.match(main, /Millbrook North Living Well Team/);
    // The demo: Jordan waits past the 14-day target; Sam's concern about
    // Siobhan, with yesterday's decision carried over; Dan's review is due.
    assert.match(await card(page, 'waiting-past-target', 'Jordan Ellis').innerText(), /past the 14-day target/);
    const siobhan = await card(page, 'concerns', 'Siobhan Kelly').innerText();
    assert.match(siobhan, /Visit Siobhan with her sister's agreement/);
    assert.match(siobhan, /Not done yet/);
    assert.match(await card(page, 'due-this-week', 'Dan Hughes').innerText(), /[Rr]eview/);
    await expectAccessible(page, 'the huddle board');
    await screenshot(page, 'huddle.png');
    expectNoProblems(page);
  });

  it('asks for a second person before recording a team decision', async () => {
    await openDecisionPage(page, card(page, 'waiting-past-target', 'Jordan Ellis'));
    const form = page.locator('main form[method="post"]');
    await form.locator('textarea[name="what"], input[name="what"]').fill('Ring Jordan today and offer a walk on Thursday');
    await form.locator('select[name="who_does_it"]').selectOption({ label: 'Priya Desai' });
    await fillDate(form, 'by_when', londonToday());
    await form.getByLabel('Priya Desai', { exact: true }).check();
    const response = await submit(page, form, 'Record decision');
    assert.equal(response.status(), 422);
    assert.match(await page.title(), /^Error: /);
    const summary = page.locator('.nhsuk-error-summary');
    assert.match(await summary.innerText(), /at least two people/);
    await expectAccessible(page, 'a team decision with one person present');
    expectNoProblems(page);
  });

  it('records a team decision, which then shows on the item', async () => {
    await page.goto(`${server.url}/huddle`);
    await openDecisionPage(page, card(page, 'waiting-past-target', 'Jordan Ellis'));
    const form = page.locator('main form[method="post"]');
    await form.locator('textarea[name="what"], input[name="what"]').fill('Ring Jordan today and offer a walk on Thursday');
    await form.locator('select[name="who_does_it"]').selectOption({ label: 'Priya Desai' });
    await fillDate(form, 'by_when', londonToday());
    await form.getByLabel('Priya Desai', { exact: true }).check();
    await form.getByLabel('Sam Carter', { exact: true }).check();
    const response = await submit(page, form, 'Record decision');
    assert.equal(response.status(), 200);
    assert.equal(pathOf(page), '/huddle');
    const text = await card(page, 'waiting-past-target', 'Jordan Ellis').innerText();
    assert.match(text, /Ring Jordan today and offer a walk on Thursday/);
    assert.match(text, /Priya Desai/);
    assert.doesNotMatch(text, /No team decision recorded yet/);
    await expectAccessible(page, 'the huddle board with a decision');
    expectNoProblems(page);
  });

  it("finds Dan on the caseload and records a contact on his record", async () => {
    await page.goto(`${server.url}/caseload`);
    assert.equal(await page.locator('h1').innerText(), 'My caseload');
    await expectAccessible(page, 'my caseload');
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Dan Hughes' }).click()]);
    assert.match(pathOf(page), /^\/people\/[^/]+\/record$/);
    await expectAccessible(page, "Dan's record");
    await screenshot(page, 'record.png');

    const form = page.locator('form[action$="/contacts"]');
    // Yesterday morning: a contact cannot be in the future, whatever the
    // time the test runs.
    await fillDate(form, 'occurred_on', londonToday(1));
    await form.locator('input[name="occurred_time"]').fill('10:30');
    await form.locator('input[name="duration_minutes"]').fill('45');
    await form.locator('input[name="mode"][value="face-to-face"]').check();
    await form.locator('input[name="place"][value="outdoors"]').check();
    await form.locator('input[name="attendance"][value="attended"]').check();
    await form.locator('textarea[name="note"]').fill('Walked round the park; he slept better this week.');
    const response = await submit(page, form, 'Record contact');
    assert.equal(response.status(), 200);
    // Newest first: the contact heads the timeline.
    const newest = await page.locator('h2#timeline ~ ol > li').first().innerText();
    assert.match(newest, /Walked round the park; he slept better this week\./);
    assert.match(newest, /By Priya Desai/);
    await expectAccessible(page, "Dan's record after a contact");
    expectNoProblems(page);
  });

  it('hands Dan to a new keyworker and keeps who held him before', async () => {
    const form = page.locator('form[action$="/keyworker"]');
    await form.locator('select[name="keyworker_user_id"]').selectOption({ label: 'Sam Carter' });
    await fillDate(form, 'from', londonToday());
    await form.locator('input[name="reason"]').fill('Dan asked for a peer worker');
    const response = await submit(page, form, 'Change keyworker');
    assert.equal(response.status(), 200);
    const episodes = await page.locator('main').innerText();
    assert.match(episodes, /Keyworker\s+Sam Carter/);
    assert.match(episodes, /Priya Desai/, 'the earlier keyworker stays in the history');
    assert.match(episodes, /Dan asked for a peer worker/);
    await expectAccessible(page, "Dan's record with a new keyworker");
    expectNoProblems(page);
  });

  it("ends Dan's episode as a planned transition in his own words", async () => {
    const form = page.locator('form[action$="/ending"]');
    await form.locator('input[name="reason"][value="moving-on"]').check();
    await form.locator('input[name="moving_on_to"]').fill('Millbrook walking group');
    await fillDate(form, 'ended_on', londonToday());
    await form
      .locator('textarea[name="persons_words"]')
      .fill('I have my walking group now and I know who to ring.');
    const response = await submit(page, form, /^End episode/);
    assert.equal(response.status(), 200);
    const main = await page.locator('main').innerText();
    assert.match(main, /Millbrook walking group/);
    assert.match(main, /I have my walking group now and I know who to ring\./);
    assert.equal(await page.locator('form[action$="/ending"]').count(), 0, 'nothing left to end');
    await expectAccessible(page, "Dan's record after the ending");
    expectNoProblems(page);
  });

  it('lets Dan come back: a second episode opens with the first in view', async () => {
    const form = page.locator('form[action$="/episodes"]');
    assert.equal(await form.count(), 1, 'the record offers a new episode');
    await form.locator('select[name="keyworker_user_id"]').selectOption({ label: 'Priya Desai' });
    await fillDate(form, 'started_on', londonToday());
    const buttonName = await form.locator('button[type=submit]').innerText();
    const response = await submit(page, form, buttonName.trim());
    assert.equal(response.status(), 200);
    const main = await page.locator('main').innerText();
    assert.match(main, /Episode 2/);
    assert.match(main, /Episode 1/);
    assert.match(main, /I have my walking group now and I know who to ring\./, 'the old story stays');
    assert.match(main, /Walked round the park/);
    await expectAccessible(page, "Dan's record after he came back");
    await screenshot(page, 'record-came-back.png');
    expectNoProblems(page);
  });
});

describe("the team lead's view and break-glass", () => {
  let server;
  let browser;

  before(async () => {
    server = await startServer({
      users: [
        {
          name: 'south',
          displayName: 'Ben Okoro',
          role: 'practitioner',
          team: 'Millbrook South Living Well Team',
          organisation: 'Millbrook NHS Foundation Trust',
          password: kDemoPassword,
        },
      ],
    });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows how the team's work is shared", async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, 'teamlead');
    await page.goto(`${server.url}/team/caseload`);
    const main = await page.locator('main').innerText();
    assert.match(main, /Priya Desai/);
    assert.match(main, /Sam Carter/);
    await expectAccessible(page, "the team's caseload");
    await screenshot(page, 'team-caseload.png');
    expectNoProblems(page);
  });

  it('asks for a reason before anyone outside the team reads a record', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, 'south');
    // A record held by the North team: the South practitioner gets the
    // same "not found" as for nobody, then may break the glass.
    const lead = await newPage(browser);
    await signIn(lead, server.url, 'practitioner');
    await lead.goto(`${server.url}/caseload`);
    const href = await lead.getByRole('link', { name: 'Dan Hughes' }).getAttribute('href');
    const personPath = href.replace(/\/record$/, '');

    const refused = await page.goto(`${server.url}${personPath}/record`);
    assert.equal(refused.status(), 404);
    await page.goto(`${server.url}${personPath}/break-glass`);
    await expectAccessible(page, 'the break-glass page');
    const form = page.locator(`form[action="${personPath}/break-glass"]`);
    await form.locator('textarea[name="reason"]').fill('short');
    let response = await submit(page, form, /.+/);
    assert.equal(response.status(), 422);
    assert.match(await page.locator('.nhsuk-error-summary').innerText(), /in 10 to 500 characters/);
    await expectAccessible(page, 'the break-glass page with an error');
    await page
      .locator(`form[action="${personPath}/break-glass"] textarea[name="reason"]`)
      .fill('Crisis line call out of hours: he gave this service as his support');
    response = await submit(page, page.locator(`form[action="${personPath}/break-glass"]`), /.+/);
    assert.equal(response.status(), 200);
    assert.equal(pathOf(page), `${personPath}/record`);
    assert.match(await page.locator('main').innerText(), /under break-glass until/);
    assert.equal(await page.locator('form[action$="/contacts"]').count(), 0, 'read only');
    await expectAccessible(page, 'a record under break-glass');
    expectNoProblems(page);
  });
});
