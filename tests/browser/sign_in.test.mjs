// Signing in and out in a real browser against the real server, by
// keyboard, with axe-core checking every page visited.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import {
  expectAccessible,
  expectNoProblems,
  kDemoPassword,
  launchBrowser,
  newPage,
  pathOf,
  screenshot,
  tabTo,
} from './helpers.mjs';
import { startServer } from './server.mjs';

describe('signing in and out', () => {
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

  it('sends a visitor from the start page to an accessible, styled sign-in page', async () => {
    const page = await newPage(browser);
    const response = await page.goto(`${server.url}/`);
    assert.equal(response.status(), 200);
    assert.equal(pathOf(page), '/sign-in');
    assert.equal(await page.title(), 'Sign in – Living Well');
    assert.equal(await page.locator('h1').innerText(), 'Sign in');
    // app.js ran (no inline script needed) and the NHS.UK CSS applies.
    const bodyClass = await page.evaluate(() => document.body.className);
    assert.match(bodyClass, /\bjs-enabled\b/);
    assert.match(bodyClass, /\bnhsuk-frontend-supported\b/);
    const headerColour = await page
      .locator('header.nhsuk-header')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(headerColour, 'rgb(0, 94, 184)');
    // The frontend's password component initialised: its Show button appears.
    assert.equal(await page.locator('.nhsuk-password-input__toggle').isVisible(), true);
    await expectAccessible(page, 'the sign-in page');
    await screenshot(page, 'sign-in.png');
    expectNoProblems(page);
    await page.context().close();
  });

  it('signs in and out with the keyboard only', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/sign-in`);

    await tabTo(page, '#username');
    await page.keyboard.type('practitioner');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'password');
    await page.keyboard.type(kDemoPassword);
    const [landed] = await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.equal(landed.status(), 200);
    assert.equal(pathOf(page), '/home');
    assert.equal(await page.locator('h1').innerText(), 'Home');

    await tabTo(page, 'button.nhsuk-header__account-button');
    assert.equal(await page.locator('button.nhsuk-header__account-button').innerText(), 'Sign out');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.equal(pathOf(page), '/sign-in');
    assert.equal(new URL(page.url()).search, '?signed-out=1');
    assert.match(await page.locator('.nhsuk-notification-banner').innerText(), /You have signed out/);
    await expectAccessible(page, 'the sign-in page after signing out');

    // The session really ended: a signed-in page now asks to sign in again.
    await page.goto(`${server.url}/home`);
    assert.equal(pathOf(page), '/sign-in');
    expectNoProblems(page);
    await page.context().close();
  });

  it('works without JavaScript', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(`${server.url}/sign-in`);
    assert.doesNotMatch(await page.evaluate(() => document.body.className), /js-enabled/);
    await page.fill('#username', 'frontdoor');
    await page.fill('#password', kDemoPassword);
    await Promise.all([page.waitForNavigation(), page.click('form[action="/sign-in"] button[type=submit]')]);
    assert.equal(pathOf(page), '/home');
    await page.click('.nhsuk-header__navigation-list a[href="/people"]');
    assert.equal(pathOf(page), '/people');
    await Promise.all([page.waitForNavigation(), page.click('button.nhsuk-header__account-button')]);
    assert.equal(pathOf(page), '/sign-in');
    assert.match(await page.locator('main').innerText(), /You have signed out/);
    expectNoProblems(page);
    await page.context().close();
  });

  it('shows a focused error summary for a wrong password, without saying which part was wrong', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/sign-in`);
    await page.fill('#username', 'practitioner');
    await page.fill('#password', 'not-the-password');
    const [response] = await Promise.all([page.waitForNavigation(), page.press('#password', 'Enter')]);
    assert.equal(response.status(), 401);
    assert.equal(await page.title(), 'Error: Sign in – Living Well');

    const summary = page.locator('.nhsuk-error-summary');
    assert.equal(await summary.isVisible(), true);
    assert.match(await summary.innerText(), /There is a problem/);
    const link = summary.locator('a');
    assert.equal(await link.innerText(), 'Enter a correct username and password');
    assert.equal(await link.getAttribute('href'), '#username');
    // The frontend moves focus to the summary so screen readers announce it.
    assert.equal(
      await page.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary')),
      true,
    );
    // The username typed is kept; the password is not sent back.
    assert.equal(await page.inputValue('#username'), 'practitioner');
    assert.equal(await page.inputValue('#password'), '');
    await expectAccessible(page, 'the sign-in page with an error');
    await screenshot(page, 'sign-in-error.png');

    // Following the link (by keyboard) puts the cursor in the field.
    await link.focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'username');

    // An unknown account gets exactly the same answer.
    await page.fill('#username', 'nobody-by-this-name');
    await page.fill('#password', 'not-the-password');
    const [unknown] = await Promise.all([page.waitForNavigation(), page.press('#password', 'Enter')]);
    assert.equal(unknown.status(), 401);
    assert.equal(await page.locator('.nhsuk-error-summary a').innerText(), 'Enter a correct username and password');
    expectNoProblems(page);
    await page.context().close();
  });

  it('asks for both fields when they are empty', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/sign-in`);
    const [response] = await Promise.all([
      page.waitForNavigation(),
      page.click('form[action="/sign-in"] button[type=submit]'),
    ]);
    assert.equal(response.status(), 422);
    const links = await page.locator('.nhsuk-error-summary a').evaluateAll((as) =>
      as.map((a) => [a.getAttribute('href'), a.textContent]),
    );
    assert.deepEqual(links, [
      ['#username', 'Enter your username'],
      ['#password', 'Enter your password'],
    ]);
    assert.match(await page.locator('#username-error').innerText(), /Enter your username/);
    assert.match(await page.locator('#password-error').innerText(), /Enter your password/);
    await expectAccessible(page, 'the sign-in page with empty fields');
    expectNoProblems(page);
    await page.context().close();
  });

  it('returns to the page that was asked for after signing in', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/people`);
    assert.equal(pathOf(page), '/sign-in');
    assert.equal(new URL(page.url()).searchParams.get('next'), '/people');
    await page.fill('#username', 'teamlead');
    await page.fill('#password', kDemoPassword);
    await Promise.all([page.waitForNavigation(), page.press('#password', 'Enter')]);
    assert.equal(pathOf(page), '/people');
    expectNoProblems(page);
    await page.context().close();
  });

  it('never redirects off the site after signing in', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/sign-in?next=//example.com/`);
    assert.equal(await page.locator('input[name=next]').count(), 0);
    // Even a forged field in the form is refused.
    await page.evaluate(() => {
      const next = document.createElement('input');
      next.type = 'hidden';
      next.name = 'next';
      next.value = '/\\example.com/';
      document.querySelector('form[action="/sign-in"]').append(next);
    });
    await page.fill('#username', 'peer');
    await page.fill('#password', kDemoPassword);
    await Promise.all([page.waitForNavigation(), page.press('#password', 'Enter')]);
    assert.equal(new URL(page.url()).origin, new URL(server.url).origin);
    assert.equal(pathOf(page), '/home');
    await page.context().close();
  });
});
