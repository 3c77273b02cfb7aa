// Scenarios that run Cloudflare's official TypeScript SDK 7.3.0, unchanged, against the cfregions
// fake: the release that speaks the v2 family (/zones/{zone}/origin/cloud_regions), installed
// beside 6.0.0 under the npm alias `cloudflare7`. Each scenario starts from a reset fake, talks to
// it through `client.cache.originCloudRegions.*` (7.3.0's v2 methods: list, get, update, delete,
// bulkUpdate, bulkDelete, supportedRegions), plus the /__fake control API for seeding, faults and
// the request journal, and asserts what the SDK hands back and what it put on the wire.
//
// Two scenarios also use SDK 6.0.0 (v1), to show both families are views of one store and how a
// retired v1 looks to an SDK.
//
// Environment: see harness.mjs. Usage: node scenarios-v2.mjs [name-filter]; OfficialSdkTest runs it.

import assert from 'node:assert/strict';
import Cloudflare from 'cloudflare7';
import CloudflareV1 from 'cloudflare';
import {
  env, BASE_URL, ZONE, OTHER_ZONE, LIMIT, RFC3339, control, storedMappings, seed, injectStatus, journal, header,
  manyMappings, errorExpectations, scenario, runScenarios,
} from './harness.mjs';

const { expectApiError, expectConnectionError } = errorExpectations(Cloudflare);
const SDK_VERSION = '7.3.0';

// ---------------------------------------------------------------- helpers

/** A 7.3.0 client that never picks up CLOUDFLARE_* credentials from the environment. */
function sdk({ apiToken = env.FAKE_TOKEN, apiEmail = null, apiKey = null, maxRetries = 0, ...rest } = {}) {
  return new Cloudflare({ apiToken, apiEmail, apiKey, userServiceKey: null, baseURL: BASE_URL, maxRetries, ...rest });
}

function regions(client = sdk()) {
  return client.cache.originCloudRegions;
}

/** The same resource through SDK 6.0.0: the v1 family. */
function v1regions() {
  return new CloudflareV1({ apiToken: env.FAKE_TOKEN, apiEmail: null, apiKey: null, userServiceKey: null, baseURL: BASE_URL,
    maxRetries: 0 }).cache.originCloudRegions;
}

function assertMapping(m, ip, vendor, region) {
  assert.equal(m.origin_ip, ip);
  assert.equal(m.vendor, vendor);
  assert.equal(m.region, region);
  assert.match(m.modified_on, RFC3339);
  assert.equal('origin-ip' in m, false, 'v2 names the IP origin_ip, never "origin-ip"');
  assert.equal('id' in m || 'value' in m, false, 'v2 results are flat, with no v1 wrapper');
}

function update(ip, vendor, region, { bodyIp = ip, client } = {}) {
  return regions(client).update(ip, { zone_id: ZONE, origin_ip: bodyIp, vendor, region });
}

const storedIps = async (zone = ZONE) => (await storedMappings(zone)).map((m) => m.ip);

/** Every item of an auto-paginated list, and the pages the SDK asked for. */
async function listAll(params) {
  await control('DELETE', '/journal');
  const items = [];
  for await (const m of regions().list({ zone_id: ZONE, ...params })) {
    items.push(m);
  }
  const pages = (await journal()).filter((r) => r.method === 'GET').map((r) => Object.fromEntries(new URLSearchParams(r.query ?? '')));
  return { items, pages };
}

// ---------------------------------------------------------------- scenarios

// --- every endpoint's happy path and shapes

scenario('v2 list of an empty zone: result [] and result_info with zero pages', async () => {
  const page = await regions().list({ zone_id: ZONE });
  assert.deepEqual(page.result, []);
  assert.deepEqual(page.getPaginatedItems(), []);
  assert.deepEqual(page.result_info, { count: 0, page: 1, per_page: 20, total_count: 0, total_pages: 0 });
  assert.equal(page.hasNextPage(), false);
});

scenario('v2 update (PUT) creates, then replaces in place, and returns the stored entry', async () => {
  const created = await update('192.0.2.1', 'aws', 'us-east-1');
  assertMapping(created, '192.0.2.1', 'aws', 'us-east-1');
  await update('2001:db8::1', 'gcp', 'us-central1');
  await control('POST', '/clock', { advance_seconds: 60 });
  const replaced = await update('192.0.2.1', 'azure', 'westeurope');
  assertMapping(replaced, '192.0.2.1', 'azure', 'westeurope');
  assert.notEqual(replaced.modified_on, created.modified_on, 'every write refreshes modified_on');
  const stored = await storedMappings();
  assert.deepEqual(stored.map((m) => [m.ip, m.vendor]), [['192.0.2.1', 'azure'], ['2001:db8::1', 'gcp']],
    'an update keeps its place in the list');
});

scenario('v2 update canonicalizes the path and body IPs and compares them after that', async () => {
  const r = await update('2001:DB8:0:0::1', 'gcp', 'us-central1', { bodyIp: '2001:db8::0001' });
  assertMapping(r, '2001:db8::1', 'gcp', 'us-central1');
  assert.deepEqual(await storedIps(), ['2001:db8::1']);
});

scenario('v2 get returns the flat entry', async () => {
  await seed([{ ip: '198.51.100.7', vendor: 'oci', region: 'us-ashburn-1' }]);
  const r = await regions().get('198.51.100.7', { zone_id: ZONE });
  assertMapping(r, '198.51.100.7', 'oci', 'us-ashburn-1');
});

scenario('v2 delete returns only {origin_ip}; deleting the last one empties the zone', async () => {
  await seed([{ ip: '2001:db8::5', vendor: 'aws', region: 'us-west-2' }]);
  const r = await regions().delete('2001:DB8::5', { zone_id: ZONE });
  assert.deepEqual(r, { origin_ip: '2001:db8::5' });
  assert.deepEqual(await storedMappings(), []);
  const page = await regions().list({ zone_id: ZONE });
  assert.equal(page.result_info.total_count, 0);
});

scenario('v2 bulkUpdate merges: listed items upserted in order, unlisted kept, last copy wins', async () => {
  await seed([{ ip: '198.51.100.1', vendor: 'aws', region: 'us-east-1' }]);
  const r = await regions().bulkUpdate({ zone_id: ZONE, body: [
    { origin_ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' },
    { origin_ip: '2001:DB8::1', vendor: 'gcp', region: 'us-central1' },
    { origin_ip: '192.0.2.1', vendor: 'oci', region: 'us-ashburn-1' },
  ] });
  assert.deepEqual(r.failed, []);
  assert.deepEqual(r.succeeded, [
    { origin_ip: '192.0.2.1', region: 'us-east-1', vendor: 'aws' },
    { origin_ip: '2001:db8::1', region: 'us-central1', vendor: 'gcp' },
    { origin_ip: '192.0.2.1', region: 'us-ashburn-1', vendor: 'oci' },
  ]);
  const stored = await storedMappings();
  assert.deepEqual(stored.map((m) => [m.ip, m.vendor]), [['198.51.100.1', 'aws'], ['192.0.2.1', 'oci'], ['2001:db8::1', 'gcp']]);
});

scenario('v2 bulkUpdate reports each bad item in failed[] with its raw IP and applies the rest', async () => {
  const r = await regions().bulkUpdate({ zone_id: ZONE, body: [
    { origin_ip: 'not-an-ip', vendor: 'aws', region: 'us-east-1' },
    { origin_ip: '192.0.2.7', vendor: 'aws', region: 'us-west-2' },
    { origin_ip: '2001:db8::7', vendor: 'gcp', region: 'us-east-1' },
    { origin_ip: 1e21, vendor: 'aws', region: 'us-east-1' },
  ] });
  assert.deepEqual(r.succeeded, [{ origin_ip: '192.0.2.7', region: 'us-west-2', vendor: 'aws' }]);
  assert.deepEqual(r.failed.map((f) => [f.origin_ip, f.error]), [
    ['not-an-ip', 'Invalid or missing origin IP address.'],
    ['2001:db8::7', 'The vendor provided doesn\'t exist or the region provided does not exist for the specified cloud vendor'],
    ['1e+21', 'Invalid or missing origin IP address.'],
  ], 'a number is echoed as JSON.stringify wrote it');
  r.failed.forEach((f) => assert.deepEqual(Object.keys(f).sort(), ['error', 'origin_ip']));
  assert.deepEqual(await storedIps(), ['192.0.2.7']);
});

scenario('v2 bulkDelete as the SDK sends it (no body) is 400/1146 and deletes nothing', async () => {
  await seed([{ ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' }]);
  await control('DELETE', '/journal');
  const e = await expectApiError(regions().bulkDelete({ zone_id: ZONE }), Cloudflare.BadRequestError, 400, 1146);
  assert.equal(e.errors[0].message, 'Request body must be a JSON array');
  const [sent] = await journal();
  assert.equal(sent.method, 'DELETE');
  assert.match(sent.path, /\/origin\/cloud_regions\/batch$/);
  assert.equal(sent.body, '', '7.3.0 sends no body');
  assert.equal(header(sent, 'content-type'), undefined, '7.3.0 sends Content-Type only with a body');
  assert.deepEqual(await storedIps(), ['192.0.2.1']);
});

scenario('v2 bulkDelete with the IPs as the request option body deletes them, item by item', async () => {
  await seed([{ ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' }, { ip: '2001:db8::1', vendor: 'gcp', region: 'us-central1' },
    { ip: '198.51.100.1', vendor: 'oci', region: 'us-ashburn-1' }]);
  await control('DELETE', '/journal');
  const r = await regions().bulkDelete({ zone_id: ZONE }, { body: ['192.0.2.1', '2001:DB8::1', '192.0.2.1', '203.0.113.9', 'nope'] });
  assert.deepEqual(r.succeeded, [
    { origin_ip: '192.0.2.1', region: 'us-east-1', vendor: 'aws' },
    { origin_ip: '2001:db8::1', region: 'us-central1', vendor: 'gcp' },
  ]);
  const notFound = 'Unable to retrieve origin_public_cloud_region setting value. The zone setting does not exist.';
  assert.deepEqual(r.failed, [
    { origin_ip: '192.0.2.1', error: notFound },
    { origin_ip: '203.0.113.9', error: notFound },
    { origin_ip: 'nope', error: 'Invalid or missing origin IP address.' },
  ]);
  const [sent] = await journal();
  assert.equal(sent.body, JSON.stringify(['192.0.2.1', '2001:DB8::1', '192.0.2.1', '203.0.113.9', 'nope']));
  assert.equal(header(sent, 'content-type'), 'application/json');
  assert.deepEqual(await storedIps(), ['198.51.100.1']);
});

scenario('v2 supportedRegions returns the catalog, the same as v1\'s', async () => {
  const r = await regions().supportedRegions({ zone_id: ZONE });
  assert.equal(r.obtained_codes, true);
  assert.deepEqual(Object.keys(r.vendors).sort(), ['aws', 'azure', 'gcp', 'oci']);
  r.vendors.aws.forEach((region) => {
    assert.equal(typeof region.name, 'string');
    assert.ok(Array.isArray(region.upper_tier_colos));
  });
  assert.deepEqual(await v1regions().supportedRegions({ zone_id: ZONE }), r);
});

scenario('v2 supportedRegions of a zone without Tiered Cache is 400/1148', async () => {
  await control('PUT', `/zones/${ZONE}/tiered_cache`, { enabled: false });
  await expectApiError(regions().supportedRegions({ zone_id: ZONE }), Cloudflare.BadRequestError, 400, 1148);
  assert.equal((await regions().supportedRegions({ zone_id: OTHER_ZONE })).obtained_codes, true);
});

// --- pagination

scenario('v2 auto-pagination walks 250 mappings in order, asking until an empty page (per_page 100)', async () => {
  const all = manyMappings(250);
  await seed(all);
  const { items, pages } = await listAll({ per_page: 100 });
  assert.deepEqual(items.map((m) => m.origin_ip), all.map((m) => m.ip));
  items.forEach((m) => assertMapping(m, m.origin_ip, 'aws', 'us-east-1'));
  assert.deepEqual(pages, [
    { per_page: '100' }, { per_page: '100', page: '2' }, { per_page: '100', page: '3' }, { per_page: '100', page: '4' },
  ], 'the SDK ignores total_pages: the last request is for the empty page 4');
});

scenario('v2 auto-pagination at the default per_page (20) takes 13 pages and one empty page', async () => {
  await seed(manyMappings(250));
  const { items, pages } = await listAll({});
  assert.equal(items.length, 250);
  assert.equal(new Set(items.map((m) => m.origin_ip)).size, 250, 'no mapping twice');
  assert.equal(pages.length, 14);
  assert.deepEqual(pages.at(-1), { page: '14' });
});

scenario('v2 auto-pagination over an exact multiple of per_page ends on an empty page', async () => {
  await seed(manyMappings(250));
  const { items, pages } = await listAll({ per_page: 50 });
  assert.equal(items.length, 250);
  assert.equal(pages.length, 6);
});

scenario('v2 list pages carry result_info; a page past the end is empty with the real totals', async () => {
  await seed(manyMappings(5));
  const first = await regions().list({ zone_id: ZONE, per_page: 2 });
  assert.deepEqual(first.result.map((m) => m.origin_ip), ['10.0.0.0', '10.0.0.1']);
  assert.deepEqual(first.result_info, { count: 2, page: 1, per_page: 2, total_count: 5, total_pages: 3 });
  const third = await regions().list({ zone_id: ZONE, page: 3, per_page: 2 });
  assert.deepEqual(third.result_info, { count: 1, page: 3, per_page: 2, total_count: 5, total_pages: 3 });
  const past = await regions().list({ zone_id: ZONE, page: 99, per_page: 2 });
  assert.deepEqual(past.result, []);
  assert.deepEqual(past.result_info, { count: 0, page: 99, per_page: 2, total_count: 5, total_pages: 3 });
  assert.equal(past.hasNextPage(), false);
  const second = await first.getNextPage();
  assert.deepEqual(second.result.map((m) => m.origin_ip), ['10.0.0.2', '10.0.0.3']);
});

scenario('v2 list with per_page outside 1..100 or page below 1 is 400/1146', async () => {
  for (const query of [{ per_page: 101 }, { per_page: 0 }, { per_page: -5 }, { page: 0 }, { page: -1 }, { per_page: 'ten' }]) {
    const e = await expectApiError(regions().list({ zone_id: ZONE, ...query }), Cloudflare.BadRequestError, 400, 1146);
    assert.match(e.errors[0].message, /^invalid (per_)?page parameter/, JSON.stringify(query));
  }
});

// --- errors

scenario('v2 update with a body origin_ip that differs from the path is 400/1146 and stores nothing', async () => {
  const e = await expectApiError(update('192.0.2.2', 'aws', 'us-east-1', { bodyIp: '192.0.2.1' }),
    Cloudflare.BadRequestError, 400, 1146);
  assert.equal(e.errors[0].message, 'body origin_ip does not match URL');
  assert.deepEqual(await storedMappings(), []);
});

scenario('v2 update with an unknown vendor or region is 400/1157; an invalid IP 400/1146', async () => {
  await expectApiError(update('192.0.2.1', 'gcp', 'us-east-1'), Cloudflare.BadRequestError, 400, 1157);
  await expectApiError(update('192.0.2.1', 'ibm', 'us-south'), Cloudflare.BadRequestError, 400, 1157);
  const bad = await expectApiError(update('192.0.2.256', 'aws', 'us-east-1'), Cloudflare.BadRequestError, 400, 1146);
  assert.equal(bad.errors[0].message, 'Invalid or missing origin IP address.');
  await expectApiError(update('fe80::1%eth0', 'aws', 'us-east-1'), Cloudflare.BadRequestError, 400, 1146);
  assert.deepEqual(await storedMappings(), []);
});

scenario('v2 get and delete of an unknown IP are NotFoundError 404/1142', async () => {
  await expectApiError(regions().get('192.0.2.1', { zone_id: ZONE }), Cloudflare.NotFoundError, 404, 1142);
  await seed([{ ip: '192.0.2.2', vendor: 'aws', region: 'us-east-1' }]);
  await expectApiError(regions().delete('192.0.2.1', { zone_id: ZONE }), Cloudflare.NotFoundError, 404, 1142);
  await expectApiError(regions().get('not-an-ip', { zone_id: ZONE }), Cloudflare.BadRequestError, 400, 1146);
  assert.deepEqual(await storedIps(), ['192.0.2.2']);
});

scenario('v2 bulkUpdate with more than 100 items, or bulkDelete with a non-array body, is 400/1146', async () => {
  const tooMany = manyMappings(101).map((m) => ({ origin_ip: m.ip, vendor: m.vendor, region: m.region }));
  await expectApiError(regions().bulkUpdate({ zone_id: ZONE, body: tooMany }), Cloudflare.BadRequestError, 400, 1146);
  await expectApiError(regions().bulkDelete({ zone_id: ZONE }, { body: { items: ['192.0.2.1'] } }),
    Cloudflare.BadRequestError, 400, 1146);
  assert.deepEqual(await storedMappings(), []);
});

// --- the limit

scenario('v2 the limit: a new IP at 3,500 is PermissionDeniedError 403/1164, updates still work', async () => {
  const full = manyMappings(LIMIT);
  await seed(full);
  await expectApiError(update('192.0.2.1', 'aws', 'us-east-1'), Cloudflare.PermissionDeniedError, 403, 1164);
  const updated = await update(full[7].ip, 'gcp', 'us-central1');
  assertMapping(updated, full[7].ip, 'gcp', 'us-central1');
  await expectApiError(regions().bulkUpdate({ zone_id: ZONE, body: [
    { origin_ip: full[1].ip, vendor: 'oci', region: 'us-ashburn-1' },
    { origin_ip: '192.0.2.9', vendor: 'aws', region: 'us-east-1' },
  ] }), Cloudflare.PermissionDeniedError, 403, 1164);
  const stored = await storedMappings();
  assert.equal(stored.length, LIMIT);
  assert.equal(stored[1].vendor, 'aws', 'a batch refused for the limit applies nothing');
  const last = await regions().list({ zone_id: ZONE, page: 35, per_page: 100 });
  assert.deepEqual(last.result_info, { count: 100, page: 35, per_page: 100, total_count: LIMIT, total_pages: 35 });
});

// --- authentication and authorization

scenario('v2 authentication: no credentials 400/9106, unknown token 403/10000, API key accepted', async () => {
  await expectApiError(regions(sdk({ apiToken: null, defaultHeaders: { Authorization: null } })).list({ zone_id: ZONE }),
    Cloudflare.BadRequestError, 400, 9106);
  await expectApiError(regions(sdk({ apiToken: 'not-registered' })).list({ zone_id: ZONE }),
    Cloudflare.PermissionDeniedError, 403, 10000);
  await control('POST', '/api_keys', { email: 'user@example.com', key: '0123456789abcdef' });
  const viaKey = await regions(sdk({ apiToken: null, apiEmail: 'user@example.com', apiKey: '0123456789abcdef' }))
    .list({ zone_id: ZONE });
  assert.deepEqual(viaKey.result, []);
});

scenario('v2 authorization: a token scoped to another zone gets 403/10000; a read-only token cannot write', async () => {
  await expectApiError(regions(sdk({ apiToken: env.FAKE_OTHER_TOKEN })).list({ zone_id: ZONE }),
    Cloudflare.PermissionDeniedError, 403, 10000);
  assert.deepEqual((await regions(sdk({ apiToken: env.FAKE_OTHER_TOKEN })).list({ zone_id: OTHER_ZONE })).result, []);
  await control('POST', '/tokens', { token: 'reader', read_only: true });
  await seed([{ ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' }]);
  const reader = sdk({ apiToken: 'reader' });
  assert.equal((await regions(reader).get('192.0.2.1', { zone_id: ZONE })).vendor, 'aws');
  await expectApiError(update('192.0.2.1', 'gcp', 'us-central1', { client: reader }), Cloudflare.PermissionDeniedError, 403, 9109);
  await expectApiError(regions(reader).delete('192.0.2.1', { zone_id: ZONE }), Cloudflare.PermissionDeniedError, 403, 9109);
  await expectApiError(regions(reader).bulkDelete({ zone_id: ZONE }, { body: ['192.0.2.1'] }),
    Cloudflare.PermissionDeniedError, 403, 9109);
  assert.deepEqual((await storedMappings()).map((m) => m.vendor), ['aws']);
});

scenario('v2 a malformed zone id is NotFoundError 404/7003', async () => {
  await expectApiError(regions().list({ zone_id: 'not-a-zone' }), Cloudflare.NotFoundError, 404, 7003);
});

// --- rate limit, faults, retries

scenario('v2 the rate limiter answers RateLimitError 429/971 with Retry-After', async () => {
  await control('PUT', '/rate_limit', { requests: 2, window_seconds: 300 });
  await regions().list({ zone_id: ZONE });
  await regions().get('192.0.2.1', { zone_id: ZONE }).catch(() => {});
  const e = await expectApiError(regions().list({ zone_id: ZONE }), Cloudflare.RateLimitError, 429, 971);
  assert.match(e.headers.get('retry-after'), /^\d+$/);
});

scenario('v2 retry: a 503 with retry-after 0 is retried by the SDK and the PUT lands once', async () => {
  await injectStatus({ method: 'PUT', path: '/zones/*/origin/cloud_regions/*', status: 503, headers: { 'retry-after': '0' } });
  await control('DELETE', '/journal');
  const r = await update('192.0.2.1', 'aws', 'us-east-1', { client: sdk({ maxRetries: 1 }) });
  assertMapping(r, '192.0.2.1', 'aws', 'us-east-1');
  const sent = await journal();
  assert.deepEqual(sent.map((s) => header(s, 'x-stainless-retry-count')), ['0', '1']);
  assert.deepEqual(await storedIps(), ['192.0.2.1']);
});

scenario('v2 retry: a dropped connection on list is an APIConnectionError', async () => {
  await control('POST', '/faults', { method: 'GET', times: 1, fault: { type: 'drop_connection' } });
  await expectConnectionError(regions().list({ zone_id: ZONE }));
});

// --- both families, one store; a retired v1

scenario('v2 and v1 are one store: written through SDK 6.0.0 (v1), read through 7.3.0 (v2), and back', async () => {
  await v1regions().create({ zone_id: ZONE, ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' });
  await v1regions().bulkEdit({ zone_id: ZONE, body: [{ ip: '2001:db8::1', vendor: 'gcp', region: 'us-central1' }] });
  const page = await regions().list({ zone_id: ZONE });
  assert.deepEqual(page.result.map((m) => m.origin_ip), ['192.0.2.1', '2001:db8::1']);
  const viaV1 = await v1regions().get('2001:db8::1', { zone_id: ZONE });
  assert.equal((await regions().get('2001:db8::1', { zone_id: ZONE })).modified_on, viaV1.value.modified_on);

  await update('198.51.100.1', 'oci', 'us-ashburn-1');
  await regions().delete('192.0.2.1', { zone_id: ZONE });
  const list = await v1regions().list({ zone_id: ZONE });
  assert.deepEqual(list.value.map((m) => m['origin-ip']), ['2001:db8::1', '198.51.100.1']);
});

scenario('v2 with v1 retired: SDK 6.0.0 gets 410 (APIError) or 404 (NotFoundError) with 7000, 7.3.0 works on', async () => {
  await seed([{ ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' }]);
  await control('PUT', '/retire_v1', { status: 410 });
  const gone = await errorExpectations(CloudflareV1)
    .expectApiError(v1regions().list({ zone_id: ZONE }), CloudflareV1.APIError, 410, 7000);
  assert.equal(gone.errors[0].message, 'No route for that URI');
  await control('PUT', '/retire_v1', { status: 404 });
  await errorExpectations(CloudflareV1)
    .expectApiError(v1regions().delete('192.0.2.1', { zone_id: ZONE }), CloudflareV1.NotFoundError, 404, 7000);
  assert.deepEqual(await storedIps(), ['192.0.2.1'], 'a retired v1 changes nothing');
  assertMapping(await regions().get('192.0.2.1', { zone_id: ZONE }), '192.0.2.1', 'aws', 'us-east-1');
  await control('DELETE', '/retire_v1');
  assert.equal((await v1regions().get('192.0.2.1', { zone_id: ZONE })).value['origin-ip'], '192.0.2.1');
});

// --- what the SDK puts on the wire is accepted

scenario('v2 the SDK\'s wire: compact JSON bodies, IPv6 colons unescaped in the path, its headers', async () => {
  await control('DELETE', '/journal');
  await update('2001:db8::7', 'aws', 'us-east-1');
  await regions().get('2001:db8::7', { zone_id: ZONE });
  await regions().list({ zone_id: ZONE, page: 2, per_page: 10 });
  const [put, get, list] = await journal();
  assert.equal(put.method, 'PUT');
  assert.match(put.path, /\/origin\/cloud_regions\/2001:db8::7$/);
  assert.equal(put.body, JSON.stringify({ origin_ip: '2001:db8::7', vendor: 'aws', region: 'us-east-1' }));
  assert.equal(header(put, 'content-type'), 'application/json');
  assert.equal(get.body, '');
  assert.equal(list.query, 'page=2&per_page=10');
  for (const sent of [put, get, list]) {
    assert.equal(header(sent, 'user-agent'), `Cloudflare/JS ${SDK_VERSION}`);
    assert.equal(header(sent, 'x-stainless-package-version'), SDK_VERSION);
    assert.equal(header(sent, 'x-stainless-retry-count'), '0');
    assert.equal(header(sent, 'authorization'), 'Bearer [redacted]');
  }
});

// ---------------------------------------------------------------- runner

await runScenarios();
