// Open Referral UK 3.0 conformance, checked the way the ORUK validator
// checks a feed (docs/interop.md §3.4, §5.5), against the real server with
// its demo directory: every response validates against the profile's own
// schemas in ../shared/standards/oruk-3.0 (Ajv 8, formats on), lists carry
// the paging envelope, a middle and the last page are fetched, every
// response allows any origin, and unknown ids are 404 with a JSON body.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { startServer, repoRoot } from '../browser/server.mjs';

const schemaDir = path.resolve(repoRoot, '..', 'shared', 'standards', 'oruk-3.0');
const load = (name) => JSON.parse(readFileSync(path.join(schemaDir, name), 'utf8'));

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(load('taxonomy_term.json'), 'taxonomy_term.json');
const validators = {
  service: ajv.compile(load('compiled/service.json')),
  serviceListItem: ajv.compile(load('compiled/service_list.json')),
  serviceAtLocation: ajv.compile(load('compiled/service_at_location.json')),
  organization: ajv.compile(load('compiled/organization.json')),
  taxonomy: ajv.compile(load('taxonomy.json')),
  taxonomyTerm: ajv.getSchema('taxonomy_term.json'),
  page: ajv.compile({
    type: 'object',
    required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page',
      'empty', 'contents'],
    properties: {
      total_items: { type: 'integer', minimum: 0 }, total_pages: { type: 'integer', minimum: 0 },
      page_number: { type: 'integer', minimum: 1 }, size: { type: 'integer', minimum: 0 },
      first_page: { type: 'boolean' }, last_page: { type: 'boolean' }, empty: { type: 'boolean' },
      contents: { type: 'array' },
    },
  }),
  apiDetails: ajv.compile({
    type: 'object', required: ['version', 'profile', 'openapi_url'],
    properties: { version: { type: 'string' }, profile: { type: 'string', format: 'uri' },
      openapi_url: { type: 'string', format: 'uri' } },
  }),
};

function check(validator, body, what) {
  const ok = validator(body);
  assert.ok(ok, `${what}: ${ajv.errorsText(validator.errors, { separator: '\n' })}`);
}

// Where people reach the server, as an operator would set it: /oruk/ names
// its openapi.json from it.
const kPublicUrl = 'https://directory.example.org';

let server;
before(async () => { server = await startServer({ serveArgs: ['--public-url', kPublicUrl] }); });
after(async () => { await server?.stop(); });

async function get(pathAndQuery) {
  const response = await fetch(new URL(pathAndQuery, server.url));
  assert.equal(response.headers.get('access-control-allow-origin'), '*', `CORS on ${pathAndQuery}`);
  const body = await response.json();
  return { status: response.status, body, type: response.headers.get('content-type') };
}

// Fetches page 1, a middle page and the last page of a list, validating the
// envelope and each item; returns every item seen on page 1.
async function checkPaged(listPath, itemValidator, what) {
  const sep = listPath.includes('?') ? '&' : '?';
  const first = await get(`${listPath}${sep}page=1&per_page=10`);
  assert.equal(first.status, 200, `${listPath}: ${JSON.stringify(first.body)}`);
  check(validators.page, first.body, `${what} page 1 envelope`);
  assert.equal(first.body.page_number, 1);
  assert.equal(first.body.first_page, true);
  first.body.contents.forEach((item, i) => check(itemValidator, item, `${what} page 1 item ${i}`));
  const pages = first.body.total_pages;
  const extra = pages > 2 ? [Math.ceil(pages / 2), pages] : pages === 2 ? [2] : [];
  for (const n of extra) {
    const page = await get(`${listPath}${sep}page=${n}&per_page=10`);
    assert.equal(page.status, 200);
    check(validators.page, page.body, `${what} page ${n} envelope`);
    assert.equal(page.body.page_number, n);
    assert.equal(page.body.last_page, n === pages);
    page.body.contents.forEach((item, i) => check(itemValidator, item, `${what} page ${n} item ${i}`));
  }
  return first.body;
}

test('GET /oruk/ declares HSDS-UK-3.0', async () => {
  const { status, body } = await get('/oruk/');
  assert.equal(status, 200);
  check(validators.apiDetails, body, 'api details');
  assert.equal(body.version, 'HSDS-UK-3.0');
  assert.equal(body.openapi_url, 'https://directory.example.org/oruk/openapi.json');
});

// Sample values for every query parameter our openapi.json declares.
async function sampleValues() {
  const terms = await get('/oruk/taxonomy_terms?per_page=100');
  const services = await get('/oruk/services?per_page=1');
  const full = await get(`/oruk/services/${services.body.contents[0].id}`);
  return {
    search: 'debt', page: '1', per_page: '5', taxonomy_term_id: terms.body.contents[0].id,
    taxonomy_id: terms.body.contents[0].taxonomy_id ?? (await get('/oruk/taxonomies')).body.contents[0].id,
    minimum_age: '18', maximum_age: '65', start_time: '09:00', end_time: '17:00', day: 'MO',
    postcode: 'SK14 2QR', proximity: '5000', organization_id: full.body.organization.id,
    modified_after: '2020-01-01', format: 'json', parent_id: terms.body.contents[0].id,
  };
}

test('our openapi.json describes exactly what /oruk/ serves', async () => {
  const details = await get('/oruk/');
  const openapiPath = new URL(details.body.openapi_url).pathname;
  const response = await fetch(new URL(openapiPath, server.url));
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /openapi\+json/);
  const doc = await response.json();
  assert.match(doc.openapi, /^3\.0\./);
  assert.equal(doc.servers.length, 1);
  assert.equal(doc.servers[0].url, 'https://directory.example.org/oruk');
  assert.match(doc.info.description, /CC BY-SA 4\.0/, 'the attribution the licence asks');

  // Every path the UK profile requires or offers, and ours, is served; every
  // parameter it declares is taken.
  for (const required of ['/', '/services', '/services/{id}', '/service_at_locations',
    '/service_at_locations/{id}', '/taxonomies', '/taxonomies/{id}', '/taxonomy_terms',
    '/taxonomy_terms/{id}', '/organizations', '/organizations/{id}']) {
    assert.ok(doc.paths[required], `openapi.json has ${required}`);
  }
  const samples = await sampleValues();
  const parameter = (p) => (p.$ref ? doc.components.parameters[p.$ref.split('/').pop()] : p);
  for (const [route, item] of Object.entries(doc.paths)) {
    if (route.includes('{id}')) {
      const list = await get(`/oruk${route.replace('/{id}', '')}?per_page=1`);
      const id = list.body.contents[0].id;
      const one = await get(`/oruk${route.replace('{id}', encodeURIComponent(id))}`);
      assert.equal(one.status, 200, `${route} for ${id}`);
      continue;
    }
    const plain = await get(`/oruk${route}`);
    assert.equal(plain.status, 200, route);
    for (const p of item.get.parameters ?? []) {
      const { name, in: where } = parameter(p);
      assert.equal(where, 'query');
      assert.ok(name in samples, `a sample value for ${name}`);
      const query = name === 'proximity' ? `postcode=SK14%202QR&proximity=5000`
        : `${name}=${encodeURIComponent(samples[name])}`;
      const r = await get(`/oruk${route}?${query}`);
      assert.equal(r.status, 200, `${route}?${query}: ${JSON.stringify(r.body)}`);
    }
  }
});

test('format=ndjson gives every result, one per line, unpaged', async () => {
  const paged = await get('/oruk/services?per_page=1');
  const response = await fetch(new URL('/oruk/services?format=ndjson&per_page=1', server.url));
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /application\/x-ndjson/);
  const lines = (await response.text()).split('\n');
  assert.equal(lines.pop(), '', 'each line ends with a line break');
  assert.equal(lines.length, paged.body.total_items);
  lines.slice(0, 20).forEach((line, i) => check(validators.serviceListItem, JSON.parse(line), `line ${i}`));
  const bad = await get('/oruk/services?format=xml');
  assert.equal(bad.status, 400);
});

test('day, start_time and end_time find services by their opening times', async () => {
  const all = (await get('/oruk/services?per_page=1')).body.total_items;
  const saturday = await get('/oruk/services?day=SA&per_page=100');
  assert.equal(saturday.status, 200);
  assert.ok(saturday.body.total_items > 0 && saturday.body.total_items < all,
    `${saturday.body.total_items} of ${all} open on Saturdays`);
  for (const s of saturday.body.contents.slice(0, 10)) {
    const full = (await get(`/oruk/services/${s.id}`)).body;
    assert.ok(full.schedules.some((x) => x.byday === 'SA'), `${full.name} opens on Saturdays`);
  }
  const morning = await get('/oruk/services?day=monday&start_time=09:00&end_time=12:00&per_page=100');
  assert.equal(morning.status, 200);
  assert.ok(morning.body.total_items > 0 && morning.body.total_items < all,
    `${morning.body.total_items} of ${all} open on Monday mornings`);
  for (const s of morning.body.contents.slice(0, 10)) {
    const full = (await get(`/oruk/services/${s.id}`)).body;
    assert.ok(full.schedules.some((x) => x.byday === 'MO' && x.opens_at >= '09:00' &&
      x.closes_at <= '12:00' && x.closes_at !== '00:00'), `${full.name} has a Monday morning`);
  }
  for (const bad of ['day=Funday', 'start_time=9am', 'end_time=25:00']) {
    const r = await get(`/oruk/services?${bad}`);
    assert.equal(r.status, 400, bad);
    assert.match(r.body.detail, /day|start_time|end_time/);
  }
});

test('/oruk/services pages validate and each service validates in full', async () => {
  const firstPage = await checkPaged('/oruk/services', validators.serviceListItem, 'services');
  assert.ok(firstPage.total_items >= 300, `the demo directory has ${firstPage.total_items}`);
  for (const item of firstPage.contents.slice(0, 5)) {
    const { status, body } = await get(`/oruk/services/${item.id}`);
    assert.equal(status, 200);
    check(validators.service, body, `service ${item.id}`);
    assert.equal(body.id, item.id);
  }
});

test('/oruk/services filters by search text, taxonomy term and organisation', async () => {
  const debt = await get('/oruk/services?search=debt&per_page=50');
  assert.equal(debt.status, 200);
  assert.ok(debt.body.total_items > 0, 'someone offers debt advice');
  const all = await get('/oruk/services?per_page=1');
  assert.ok(debt.body.total_items < all.body.total_items);
  const legacy = await get('/oruk/services?text=debt&per_page=50');
  assert.equal(legacy.body.total_items, debt.body.total_items, 'text is an alias of search');

  const terms = await get('/oruk/taxonomy_terms?per_page=100');
  const money = terms.body.contents.find((t) => t.name === 'Money and debt');
  assert.ok(money, 'the needs taxonomy has Money and debt');
  const byTerm = await get(`/oruk/services?taxonomy_term_id=${money.id}&per_page=50`);
  assert.ok(byTerm.body.total_items > 0);
  for (const s of byTerm.body.contents) {
    const full = await get(`/oruk/services/${s.id}`);
    const termIds = (full.body.attributes || []).map((a) => a.taxonomy_term_id);
    assert.ok(termIds.includes(money.id), `${s.name} is about money and debt`);
  }
  const orgId = byTerm.body.contents[0].organization?.id ??
    (await get(`/oruk/services/${byTerm.body.contents[0].id}`)).body.organization.id;
  const byOrg = await get(`/oruk/services?organization_id=${orgId}`);
  assert.ok(byOrg.body.total_items >= 1);
});

test('/oruk/service_at_locations validates and answers postcode and proximity', async () => {
  await checkPaged('/oruk/service_at_locations', validators.serviceAtLocation, 'service_at_locations');
  const near = await get('/oruk/service_at_locations?postcode=SK14%202QR&proximity=3000&per_page=50');
  assert.equal(near.status, 200, JSON.stringify(near.body));
  const far = await get('/oruk/service_at_locations?postcode=SK14%202QR&proximity=100000&per_page=1');
  assert.ok(near.body.total_items <= far.body.total_items);
  const unknown = await get('/oruk/service_at_locations?postcode=ZZ99%209ZZ&proximity=1000');
  assert.equal(unknown.status, 400);
});

test('taxonomies and terms validate', async () => {
  const taxonomies = await checkPaged('/oruk/taxonomies', validators.taxonomy, 'taxonomies');
  assert.ok(taxonomies.contents.some((t) => t.name === 'livingwell-needs'));
  const id = taxonomies.contents[0].id;
  const one = await get(`/oruk/taxonomies/${id}`);
  assert.equal(one.status, 200);
  check(validators.taxonomy, one.body, 'taxonomy');
  const terms = await checkPaged('/oruk/taxonomy_terms', validators.taxonomyTerm, 'taxonomy terms');
  const term = await get(`/oruk/taxonomy_terms/${terms.contents[0].id}`);
  assert.equal(term.status, 200);
  check(validators.taxonomyTerm, term.body, 'taxonomy term');
});

test('organisations validate', async () => {
  const orgs = await checkPaged('/oruk/organizations', validators.organization, 'organizations');
  const one = await get(`/oruk/organizations/${orgs.contents[0].id}`);
  assert.equal(one.status, 200);
  check(validators.organization, one.body, 'organization');
});

test('unknown ids and bad parameters are answered in JSON, never a crash', async () => {
  const missing = await get('/oruk/services/00000000-0000-4000-8000-000000000000');
  assert.equal(missing.status, 404);
  assert.ok(missing.type.includes('json'));
  const notUuid = await get('/oruk/services/not-a-uuid');
  assert.equal(notUuid.status, 404);
  for (const bad of ['page=0', 'page=abc', 'per_page=-1', 'per_page=100000', 'modified_after=yesterday',
    `search=${'x'.repeat(5000)}`]) {
    const r = await get(`/oruk/services?${bad}`);
    assert.equal(r.status, 400, bad);
    assert.ok(r.type.includes('json'), bad);
  }
});
