// The front door in a real browser: a person introduces themselves with the
// keyboard only and gets a reference; a front-door worker finds that
// introduction, books and records the initial conversation and starts
// Living Well support; someone coming back is recognised and their earlier
// story is on their record. axe-core checks every page visited.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import {
  expectAccessible,
  expectNoProblems,
  launchBrowser,
  londonToday,
  newPage,
  pathOf,
  screenshot,
  signIn,
  tabTo,
} from './helpers.mjs';
import { startServer } from './server.mjs';

// Tab to a field and type into it, as someone without a mouse would.
async function typeInto(page, selector, text) {
  await tabTo(page, selector, 60);
  await page.keyboard.type(text);
}

// Tab to a radio or checkbox and select it with the space bar.
async function choose(page, selector) {
  await tabTo(page, selector, 60);
  await page.keyboard.press('Space');
  assert.equal(await page.locator(selector).isChecked(), true, `${selector} is chosen`);
}

// A radio group is one Tab stop: Tab to its first radio, then the arrow
// keys move to (and select) the one wanted.
async function chooseRadio(page, name, value) {
  const first = page.locator(`input[type=radio][name="${name}"]`).first();
  const id = await first.getAttribute('id');
  await tabTo(page, `#${id}`, 60);
  const values = await page
    .locator(`input[type=radio][name="${name}"]`)
    .evaluateAll((inputs) => inputs.map((i) => i.value));
  const index = values.indexOf(value);
  assert.ok(index >= 0, `${name} offers ${value}`);
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; ++i) await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator(`input[name="${name}"][value="${value}"]`).isChecked(), true);
}

// Press Enter on the focused control and wait for the next page.
async function submitWithEnter(page) {
  const [response] = await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  return response;
}

async function expectStep(page, heading, label) {
  assert.match(await page.locator('h1').innerText(), heading);
  assert.match(await page.locator('main').innerText(), /If you need help now/);
  await expectAccessible(page, label);
}

async function submitForm(page, action, button) {
  const form = page.locator(`form[action$="/${action}"]`);
  const [response] = await Promise.all([
    page.waitForNavigation(),
    form.getByRole('button', { name: button }).click(),
  ]);
  return response;
}

describe('the front door', () => {
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

  let reference;

  it('lets a person introduce themselves with the keyboard only and gives a reference', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/introduce`);
    await expectStep(page, /Introduce yourself/, 'the start page');

    await chooseRadio(page, 'source', 'self');
    await tabTo(page, 'form#introduce button[type=submit]');
    await submitWithEnter(page);
    assert.equal(pathOf(page), '/introduce/about');
    await expectStep(page, /About you/i, 'the about-you step');

    // Enter on an empty step: the NHS error summary, focused, names each field.
    await tabTo(page, 'form#introduce button[type=submit]', 60);
    const bad = await submitWithEnter(page);
    assert.equal(bad.status(), 422);
    assert.match(await page.title(), /^Error: /);
    const summary = page.locator('.nhsuk-error-summary');
    assert.match(await summary.innerText(), /first name/i);
    await expectAccessible(page, 'the about-you step with errors');

    await typeInto(page, '#given_name', 'Robin');
    await typeInto(page, '#family_name', 'Hale <b>');
    await typeInto(page, '#date_of_birth_day', '3');
    await typeInto(page, '#date_of_birth_month', '4');
    await typeInto(page, '#date_of_birth_year', '1988');
    await typeInto(page, '#postcode', 'ml1 4aa');
    const north = await page.locator('label', { hasText: 'Millbrook North' }).getAttribute('for');
    await chooseRadio(page, 'neighbourhood', await page.locator(`#${north}`).getAttribute('value'));
    await tabTo(page, 'form#introduce button[type=submit]', 60);
    await submitWithEnter(page);
    await expectStep(page, /./, 'the story step');

    await typeInto(page, '#in_their_words', 'Since the flood I cannot sleep. <script>alert(1)</script>');
    await typeInto(page, '#help_wanted', 'Someone to talk to');
    await tabTo(page, 'form#introduce button[type=submit]', 60);
    await submitWithEnter(page);
    await expectStep(page, /./, 'the contact step');

    await choose(page, '#contact_methods');  // Phone call
    await typeInto(page, '#phone', '07700 900456');
    await chooseRadio(page, 'may_leave_message', 'no');
    await typeInto(page, '#safe_times', 'Mornings');
    await tabTo(page, 'form#introduce button[type=submit]', 60);
    await submitWithEnter(page);
    await expectStep(page, /./, 'the equality step');

    // Every equality question can be skipped.
    await tabTo(page, 'form#introduce button[type=submit]', 80);
    await submitWithEnter(page);
    await expectStep(page, /Check/i, 'the check-your-answers page');
    const answers = await page.locator('main').innerText();
    assert.match(answers, /Hale <b>/);  // shown as text, never as markup
    assert.match(answers, /<script>alert\(1\)<\/script>/);
    await screenshot(page, 'introduce-check.png');

    await choose(page, '#privacy_agreed');
    await tabTo(page, 'form#introduce button[type=submit]', 80);
    const sent = await submitWithEnter(page);
    assert.equal(sent.status(), 200);
    const panel = await page.locator('.nhsuk-panel').innerText();
    const found = panel.match(/LW-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    assert.ok(found, `a reference on the confirmation page: ${panel}`);
    reference = found[0];
    assert.match(await page.locator('main').innerText(), /within 14 days/);
    await expectStep(page, /sent/i, 'the confirmation page');
    await screenshot(page, 'introduce-sent.png');
    expectNoProblems(page);
    await page.context().close();
  });

  it('lets a front-door worker book and record the conversation and start support', async () => {
    assert.ok(reference, 'the previous test made an introduction');
    const page = await newPage(browser);
    await signIn(page, server.url, 'frontdoor');
    await page.getByRole('link', { name: 'Front door' }).click();
    await page.waitForURL(/\/front-door$/);
    assert.match(await page.locator('main').innerText(), /past the 14-day target/);
    assert.ok(await page.locator('.nhsuk-tag--red').count() > 0, 'past-target introductions stand out');
    await expectAccessible(page, 'the front-door list');
    await screenshot(page, 'front-door-list.png');

    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: reference }).click()]);
    assert.match(await page.locator('h1').innerText(), /Robin Hale/);
    assert.match(await page.locator('main').innerText(), /Since the flood I cannot sleep\. <script>/);
    await expectAccessible(page, 'an open introduction');

    const tomorrow = londonToday(-1);
    await page.fill('#book-date-day', tomorrow.day);
    await page.fill('#book-date-month', tomorrow.month);
    await page.fill('#book-date-year', tomorrow.year);
    await page.fill('#book-time', '10:30');
    await page.check('input[name=place][value=phone]');
    await page.selectOption('#book-with_user_id', { label: 'Fatima Begum' });
    const booked = await submitForm(page, 'book', 'Book conversation');
    assert.equal(booked.status(), 200);
    assert.match(await page.locator('.nhsuk-notification-banner').innerText(), /book/i);
    assert.match(await page.locator('main').innerText(), /Conversation booked/);
    await expectAccessible(page, 'a booked introduction');

    await page.fill('#held-what_matters', 'Getting back to my allotment');
    await page.fill('#held-what_would_help', 'A walking group and someone to check in');
    const held = await submitForm(page, 'held', 'Record conversation');
    assert.equal(held.status(), 200);
    assert.match(await page.locator('main').innerText(), /Getting back to my allotment/);
    await expectAccessible(page, 'an introduction after the conversation');

    await page.check('input[name=ending][value=support-begins]');
    await page.selectOption('select[name=keyworker_user_id]', { label: 'Priya Desai' });
    const closed = await submitForm(page, 'close', 'Close introduction');
    assert.equal(closed.status(), 200);
    const main = await page.locator('main').innerText();
    assert.match(main, /Living Well support begins/);
    assert.equal(await page.locator('form[action$="/close"]').count(), 0, 'nothing more to do');
    await expectAccessible(page, 'a closed introduction');
    await screenshot(page, 'front-door-closed.png');
    expectNoProblems(page);
    await page.context().close();
  });

  it('recognises someone coming back and shows their earlier story', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, 'frontdoor');
    await page.goto(`${server.url}/front-door?sort=source`);
    // Priya introduced herself again yesterday (the demo data).
    const row = page.locator('tr', { hasText: 'Priya Sharma' });
    await Promise.all([page.waitForNavigation(), row.getByRole('link').first().click()]);
    assert.match(await page.locator('main').innerText(), /Is this someone we know\?/);
    assert.match(await page.locator('main').innerText(), /Same date of birth/);
    await expectAccessible(page, 'an introduction with a likely match');
    await screenshot(page, 'front-door-match.png');

    const linked = await submitForm(page, 'link', /This is them/);
    assert.equal(linked.status(), 200);
    await Promise.all([
      page.waitForNavigation(),
      page.locator('main a[href^="/people/"]').first().click(),
    ]);
    assert.match(pathOf(page), /^\/people\//);
    const record = await page.locator('main').innerText();
    assert.match(record, /story so far/i);
    // Her words from a year ago: nobody asks her to repeat them.
    assert.match(record, /Finishing my course/);
    assert.match(record, /the panic is back/);
    await expectAccessible(page, 'a person record with their story');
    await screenshot(page, 'person-story.png');
    expectNoProblems(page);
    await page.context().close();
  });
});
