// A practitioner and a person working on the person's progress, in a real
// browser against the real server and its demo data: two goals set in the
// person's words and rated again, the Wheel of Life completed twice (and
// the error summary when nothing was rated), ReQoL-10 given at baseline and
// at review with the person answering on a shared screen, and the change
// on their progress page. axe-core checks every page, the charts included.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import {
  expectAccessible,
  expectNoProblems,
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


const kAreas = ['home', 'money', 'work-and-learning', 'health', 'relationships',
  'community-and-leisure', 'mental-wellbeing', 'personal-growth'];
const kReversed = new Set(['q1', 'q3', 'q6', 'q9']);

describe("a person's progress", () => {
  let server;
  let browser;
  let page;
  let person;  // /people/{id}

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await newPage(browser);
    await signIn(page, server.url, 'practitioner');
    await page.goto(`${server.url}/people`);
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Siobhan Kelly' }).first().click()]);
    person = pathOf(page).match(/^\/people\/[^/?#]+/)[0];
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sets two goals in their words and rates them again', async () => {
    for (const [text, area, first] of [['Go to the library group on Tuesdays', 'Community and leisure', '2'],
      ['Talk to my brother again', 'Relationships', '1']]) {
      await page.goto(`${server.url}${person}/goals`);
      const form = page.locator('main form[method="post"]');
      await form.locator('textarea[name="text"]').fill(text);
      await form.locator('select[name="life_area"]').selectOption({ label: area });
      await form.locator(`input[name="first_rating"][value="${first}"]`).check();
      await form.locator('input[name="entered_by"][value="person"]').check();
      const response = await submit(page, form, 'Set the goal');
      assert.equal(response.status(), 200);
      assert.match(await page.locator('main').innerText(), /Goal set/);
    }
    await expectAccessible(page, 'their goals');
    for (const [text, rating] of [['Go to the library group on Tuesdays', '5'], ['Talk to my brother again', '4']]) {
      await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: text }).click()]);
      await expectAccessible(page, 'a goal');
      const form = page.locator('main form[action$="/ratings"]');
      await form.locator(`input[name="rating"][value="${rating}"]`).check();
      await form.locator('input[name="entered_by"][value="person"]').check();
      const response = await submit(page, form, 'Save the rating');
      assert.equal(response.status(), 200);
      assert.match(await page.locator('main').innerText(), /Rating saved/);
      await page.goto(`${server.url}${person}/goals`);
    }
    const table = await page.locator('main table').innerText();
    assert.match(table, /Go to the library group on Tuesdays/);
    assert.match(table, /2 \(.*\), 5 \(/);
    assert.match(table, /1 \(.*\), 4 \(/);
  });

  it('completes the Wheel of Life twice and compares the check-ins', async () => {
    await page.goto(`${server.url}${person}/wheel`);
    let form = page.locator('main form[method="post"]');
    let response = await submit(page, form, 'Save the check-in');
    assert.equal(response.status(), 422);
    assert.match(await page.locator('.nhsuk-error-summary').innerText(), /Rate at least one life area/);
    await expectAccessible(page, 'a check-in with nothing rated');

    for (const [daysAgo, base] of [[30, 3], [0, 6]]) {
      await page.goto(`${server.url}${person}/wheel`);
      form = page.locator('main form[method="post"]');
      for (const [i, area] of kAreas.entries()) {
        await form.locator(`input[name="area_${area}"][value="${Math.min(10, base + (i % 3))}"]`).check();
      }
      if (daysAgo > 0) await fillDate(form, 'on', londonToday(daysAgo));
      await form.locator('input[name="entered_by"][value="person"]').check();
      response = await submit(page, form, 'Save the check-in');
      assert.equal(response.status(), 200);
      assert.match(await page.locator('main').innerText(), /Check-in saved/);
    }
    const chart = page.locator('main svg[role="img"]').first();
    assert.match(await chart.locator('title').textContent(), /Wheel of Life/);
    assert.equal(await chart.locator('polygon[fill="none"][stroke-width="3"]').count(), 2);
    assert.match(await page.locator('.lw-chart-legend').innerText(), /solid blue line[\s\S]*dashed red line/);
    assert.match(await page.locator('main table').innerText(), /Mental wellbeing/);
    await expectAccessible(page, 'the Wheel of Life with its chart');
    await screenshot(page, 'wheel.png');
    expectNoProblems(page);
  });

  it('gives ReQoL-10 at baseline and at review, the person answering', async () => {
    for (const [occasion, daysAgo, plain, reversed, score] of [['baseline', 30, 2, 2, '20'], ['review', 0, 3, 1, '30']]) {
      await page.goto(`${server.url}${person}/questionnaires`);
      await expectAccessible(page, 'their questionnaires');
      const choose = page.locator('main form[method="get"]');
      await choose.locator('select[name="instrument"]').selectOption({ value: 'reqol-10' });
      await choose.locator(`input[name="occasion"][value="${occasion}"]`).check();
      await choose.locator('input[name="entered_by"][value="person"]').check();
      await submit(page, choose, 'Start');
      assert.match(pathOf(page), /\/questionnaires\/new$/);
      await expectAccessible(page, 'ReQoL-10, item by item');
      const form = page.locator('main form[method="post"]');
      for (let i = 1; i <= 10; i++) {
        const item = `q${i}`;
        await form.locator(`input[name="${item}"][value="${kReversed.has(item) ? reversed : plain}"]`).check();
      }
      if (daysAgo > 0) await fillDate(form, 'on', londonToday(daysAgo));
      const response = await submit(page, form, 'Save the answers');
      assert.equal(response.status(), 200);
      const main = await page.locator('main').innerText();
      assert.match(main, /Answers saved/);
      assert.match(main, new RegExp(`Score\\s+${score}`));
      await expectAccessible(page, 'a questionnaire response');
    }
  });

  it('shows the change on their progress page', async () => {
    await page.goto(`${server.url}${person}/progress`);
    const main = await page.locator('main').innerText();
    assert.match(main, /Reliable recovery \(clinically significant improvement\)/);
    assert.match(main, /\+10/);
    assert.match(main, /A change of 5 or more is reliable/);
    assert.match(main, /Talk to my brother again/);
    assert.ok(await page.locator('main svg[role="img"] polyline').count() >= 1);
    await expectAccessible(page, 'their progress with its chart');
    await screenshot(page, 'progress.png');
    expectNoProblems(page);
  });
});
