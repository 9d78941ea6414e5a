// Peer matching in a real browser against the real server and its demo
// data: Sam Carter (peer worker) records, with his consent, the lived
// experience he is willing to share; Priya (practitioner) records what Dan
// would like from a peer mentor, sees Sam suggested with the reasons in
// words, and records the choice made with Dan (refused first without the
// confirmation that Dan chose with her). axe-core checks every page.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { expectAccessible, expectNoProblems, launchBrowser, newPage, pathOf, signIn, submit } from './helpers.mjs';
import { startServer } from './server.mjs';

describe('peer matching', () => {
  let server;
  let browser;
  let sam;
  let priya;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    sam = await newPage(browser);
    priya = await newPage(browser);
    await signIn(sam, server.url, 'peer');
    await signIn(priya, server.url, 'practitioner');
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a peer worker records what they are willing to share, with consent', async () => {
    await Promise.all([sam.waitForNavigation(), sam.getByRole('link', { name: 'My lived experience' }).click()]);
    assert.equal(pathOf(sam), '/my/lived-experience');
    await expectAccessible(sam, 'my lived experience');

    const form = sam.locator('form[action="/my/lived-experience"]');
    await form.getByLabel('Loneliness').check();
    // Without ticking consent again, nothing is saved.
    await submit(sam, form, 'Save and give consent');
    assert.match(await sam.locator('.nhsuk-error-summary').innerText(), /Confirm that you agree to share/);
    await expectAccessible(sam, 'my lived experience with an error');

    const again = sam.locator('form[action="/my/lived-experience"]');
    assert.equal(await again.getByLabel('Loneliness').isChecked(), true);
    await again.getByLabel(/I agree that the team may see these experiences/).check();
    await submit(sam, again, 'Save and give consent');
    assert.match(await sam.locator('.nhsuk-notification-banner').innerText(), /Thank you for sharing/);
    assert.match(await sam.locator('.nhsuk-summary-list').innerText(), /loneliness/);
    await expectAccessible(sam, 'my lived experience saved');
    expectNoProblems(sam);
  });

  it("a practitioner records Dan's wish, sees Sam suggested and records the choice made with Dan", async () => {
    await priya.goto(`${server.url}/people`);
    const href = await priya.getByRole('link', { name: 'Daniel Hughes' }).getAttribute('href');
    await priya.goto(`${server.url}${href}/record`);
    await Promise.all([priya.waitForNavigation(), priya.getByRole('link', { name: 'peer mentor' }).click()]);
    assert.match(pathOf(priya), /\/peer-mentor$/);
    assert.match(await priya.locator('h1').innerText(), /Peer mentor for Daniel Hughes/);
    await expectAccessible(priya, "Dan's peer mentor page");

    const wish = priya.locator('form[action$="/peer-mentor/wish"]');
    await wish.getByLabel('Loneliness').check();
    await submit(priya, wish, 'Save what they would like');
    const main = await priya.locator('main').innerText();
    assert.match(main, /What they would like is saved/);
    const suggestion = priya.locator('.nhsuk-card').filter({ hasText: 'Sam Carter' });
    assert.match(await suggestion.innerText(), /Shares: bereavement, being a carer, loneliness/);
    assert.match(await suggestion.innerText(), /on their caseload/);
    assert.doesNotMatch(main, /Owen Price/);  // withdrew his consent
    assert.match(main, /suggestions, not a decision/);
    await expectAccessible(priya, 'the suggestions');

    const choice = priya.locator('form[action$="/peer-mentor/choice"]');
    await choice.getByLabel('Sam Carter').check();
    await submit(priya, choice, 'Record the choice');
    assert.match(await priya.locator('.nhsuk-error-summary').innerText(), /made this choice with you/);
    await expectAccessible(priya, 'the choice with an error');

    const again = priya.locator('form[action$="/peer-mentor/choice"]');
    await again.getByLabel('Sam Carter').check();
    await again.getByLabel('The person made this choice with me').check();
    await submit(priya, again, 'Record the choice');
    const chosen = await priya.locator('main').innerText();
    assert.match(chosen, /The choice is recorded/);
    assert.match(chosen, /Chosen together with the person/);
    assert.match(chosen, /Waiting for their answer/);
    await expectAccessible(priya, 'the choice recorded');
    expectNoProblems(priya);
  });
});
