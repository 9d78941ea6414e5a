// Changing a person's fuller details, in a real browser against the real
// server and its demo data: the practitioner finds Dan Hughes on their
// caseload, follows a Change link on his record, changes his pronouns, adds
// his sister (who may be contacted) with "Add another person", answers an
// equality question "Prefer not to say", meets the error summary for a
// postcode that is not one, saves by pressing Enter, and sees it all on his
// record. axe-core
// checks every page visited.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { expectAccessible, expectNoProblems, launchBrowser, newPage, pathOf, screenshot, signIn } from './helpers.mjs';
import { startServer } from './server.mjs';

// Clicks the button and waits for the page that follows.
async function press(page, button) {
  const [response] = await Promise.all([
    page.waitForNavigation(),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return response;
}

describe("changing a person's details", () => {
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

  it("changes Dan's pronouns, adds his sister and keeps an answer private", async () => {
    await page.goto(`${server.url}/caseload`);
    await expectAccessible(page, 'my caseload');
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Dan Hughes' }).click()]);
    assert.match(pathOf(page), /^\/people\/[^/]+\/record$/);
    const record = pathOf(page);
    await expectAccessible(page, "Dan's record");

    // The summary's Change link goes to the field on the form.
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Change Pronouns' }).click()]);
    assert.equal(pathOf(page), record.replace(/\/record$/, '/details'));
    assert.equal(new URL(page.url()).hash, '#pronouns');
    assert.equal(await page.locator('h1').innerText(), "Change Daniel Hughes's details");
    await expectAccessible(page, "the form for Dan's details");
    await screenshot(page, 'details-form.png');

    await page.locator('input[name="pronouns"]').fill('he/him');
    await page.locator('input[name="corner_0_name"]').fill('Sue Hughes');
    await page.locator('select[name="corner_0_relationship"]').selectOption('family');
    await page.locator('input[name="corner_0_relationship_detail"]').fill('Sister');
    await page.locator('input[name="corner_0_may_contact"]').check();
    await page.locator('input[name="corner_0_phone"]').fill('07700 900456');
    // One more row, without JavaScript's help: what was typed stays.
    let response = await press(page, 'Add another person');
    assert.equal(response.status(), 200);
    assert.equal(await page.locator('input[name="corner_0_name"]').inputValue(), 'Sue Hughes');
    assert.equal(await page.locator('input[name="corner_0_may_contact"]').isChecked(), true);
    assert.equal(await page.locator('input[name="corner_1_name"]').inputValue(), '');
    await expectAccessible(page, 'the form with another row');

    await page.locator('input[name="equality_religion"][value="prefer-not-to-say"]').check();
    await page.locator('input[name="address_postcode"]').fill('NOT A POSTCODE');
    await page.locator('input[name="reason"]').fill('Dan told me at our walk');
    response = await press(page, 'Save details');
    assert.equal(response.status(), 422);
    assert.match(await page.title(), /^Error: /);
    const summary = page.locator('.nhsuk-error-summary');
    assert.match(await summary.innerText(), /Enter a real postcode/);
    assert.equal(await summary.locator('a').first().getAttribute('href'), '#address_postcode');
    // Everything typed is still there.
    assert.equal(await page.locator('input[name="pronouns"]').inputValue(), 'he/him');
    assert.equal(await page.locator('input[name="corner_0_name"]').inputValue(), 'Sue Hughes');
    assert.equal(
      await page.locator('input[name="equality_religion"][value="prefer-not-to-say"]').isChecked(),
      true,
    );
    await expectAccessible(page, 'the form with a bad postcode');
    expectNoProblems(page);

    // Enter in a text field saves (the form's default button), rather than
    // adding another person.
    await page.locator('input[name="address_postcode"]').fill('ML2 7BD');
    [response] = await Promise.all([
      page.waitForNavigation(),
      page.locator('input[name="address_postcode"]').press('Enter'),
    ]);
    assert.equal(response.status(), 200);
    assert.equal(pathOf(page), record);
    const main = await page.locator('main').innerText();
    assert.match(main, /Their details have been saved/);
    assert.match(main, /Pronouns\s+he\/him/);
    assert.match(main, /Sue Hughes\s+Family: Sister\s+No\s+Yes\s+07700 900456/);
    assert.match(main, /What is your religion or belief\?\s+Prefer not to say/);
    assert.match(main, /What is your sex\?\s+Not asked/);
    await expectAccessible(page, "Dan's record with his details changed");
    await screenshot(page, 'record-details-changed.png');
    expectNoProblems(page);
  });
});
