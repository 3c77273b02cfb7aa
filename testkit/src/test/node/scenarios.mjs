// Scenarios that run Cloudflare's official TypeScript SDK, unchanged, against the cfregions fake.
//
// The SDK at 6.0.0 is the one that speaks the v1 family (/zones/{zone}/cache/origin_cloud_regions);
// scenarios-v2.mjs does the same with 7.3.0 for the v2 family. Each scenario starts from a reset fake, talks to it only through
// `client.cache.originCloudRegions.*` (plus the fake's /__fake control API for seeding, faults and
// the request journal), and asserts what the SDK hands back: results, error classes, codes.
//
// Environment: see harness.mjs.
//
// Usage: node scenarios.mjs [name-filter]. Prints one line per scenario, then "N passed, M failed";
// exits 1 when any scenario failed, 2 when the environment is incomplete. OfficialSdkTest runs it
// from Maven; by hand, start FakeCloudflareMain --port 8787 --token t and set FAKE_TOKEN=t,
// FAKE_BASE_URL=http://127.0.0.1:8787/client/v4 and any two zone ids and another token.

import assert from 'node:assert/strict';
import Cloudflare from 'cloudflare';
import {
  env, BASE_URL, ZONE, OTHER_ZONE, LIMIT, RFC3339, control, storedMappings, seed, injectStatus, journal, header,
  manyMappings, errorExpectations, scenario, runScenarios,
} from './harness.mjs';

const RECORD_ID = 'origin_public_cloud_region';
const { expectApiError, expectConnectionError } = errorExpectations(Cloudflare);

// ---------------------------------------------------------------- helpers

/** A client that never picks up CLOUDFLARE_* credentials from the environment. */
function sdk({ apiToken = env.FAKE_TOKEN, apiEmail = null, apiKey = null, maxRetries = 0, ...rest } = {}) {
  return new Cloudflare({ apiToken, apiEmail, apiKey, userServiceKey: null, baseURL: BASE_URL, maxRetries, ...rest });
}

function regions(client = sdk()) {
  return client.cache.originCloudRegions;
}

function assertMapping(m, ip, vendor, region) {
  assert.equal(m['origin-ip'], ip);
  assert.equal(m.vendor, vendor);
  assert.equal(m.region, region);
  assert.match(m.modified_on, RFC3339);
  assert.equal('ip' in m, false, 'responses name the IP "origin-ip", never "ip"');
}

function assertWrapper(r, editable = true) {
  assert.equal(r.id, RECORD_ID);
  assert.equal(r.editable, editable);
}

// ---------------------------------------------------------------- scenarios

// --- every endpoint's happy path and shapes

scenario('list of an empty zone: wrapper, value [] and modified_on null', async () => {
  const r = await regions().list({ zone_id: ZONE });
  assertWrapper(r);
  assert.deepEqual(r.value, []);
  assert.equal(r.modified_on, null);
});

scenario('create returns the wrapper around the one new mapping', async () => {
  const r = await regions().create({ zone_id: ZONE, ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' });
  assertWrapper(r);
  assertMapping(r.value, '192.0.2.1', 'aws', 'us-east-1');
  assert.equal(r.modified_on, r.value.modified_on);
  assert.deepEqual((await storedMappings()).map((m) => m.ip), ['192.0.2.1']);
});

scenario('edit upserts one IP and returns the whole list in insertion order', async () => {
  await regions().create({ zone_id: ZONE, ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' });
  const added = await regions().edit({ zone_id: ZONE, ip: '2001:db8::1', vendor: 'gcp', region: 'us-central1' });
  assertWrapper(added);
  assert.equal(added.value.length, 2);
  assertMapping(added.value[0], '192.0.2.1', 'aws', 'us-east-1');
  assertMapping(added.value[1], '2001:db8::1', 'gcp', 'us-central1');
  assert.match(added.modified_on, RFC3339);

  const updated = await regions().edit({ zone_id: ZONE, ip: '192.0.2.1', vendor: 'azure', region: 'eastus' });
  assert.deepEqual(updated.value.map((m) => [m['origin-ip'], m.vendor, m.region]),
    [['192.0.2.1', 'azure', 'eastus'], ['2001:db8::1', 'gcp', 'us-central1']]);
});

scenario('get returns the wrapper around one mapping', async () => {
  await regions().create({ zone_id: ZONE, ip: '198.51.100.7', vendor: 'oci', region: 'us-ashburn-1' });
  const r = await regions().get('198.51.100.7', { zone_id: ZONE });
  assertWrapper(r);
  assertMapping(r.value, '198.51.100.7', 'oci', 'us-ashburn-1');
  assert.equal(r.modified_on, r.value.modified_on);
});

scenario('list returns every mapping with the set\'s modified_on', async () => {
  await regions().create({ zone_id: ZONE, ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' });
  await regions().create({ zone_id: ZONE, ip: '192.0.2.2', vendor: 'gcp', region: 'us-central1' });
  const r = await regions().list({ zone_id: ZONE });
  assertWrapper(r);
  assert.deepEqual(r.value.map((m) => m['origin-ip']), ['192.0.2.1', '192.0.2.2']);
  r.value.forEach((m) => assert.match(m.modified_on, RFC3339));
  assert.match(r.modified_on, RFC3339);
});

scenario('delete returns the deleted entry; deleting the last one empties the zone', async () => {
  await regions().create({ zone_id: ZONE, ip: '192.0.2.1', vendor: 'aws', region: 'us-west-2' });
  const r = await regions().delete('192.0.2.1', { zone_id: ZONE });
  assertWrapper(r);
  assertMapping(r.value, '192.0.2.1', 'aws', 'us-west-2');
  assert.equal(r.modified_on, r.value.modified_on);
  const after = await regions().list({ zone_id: ZONE });
  assert.deepEqual(after.value, []);
  assert.equal(after.modified_on, null, 'no record once the last mapping is gone');
  await expectApiError(regions().get('192.0.2.1', { zone_id: ZONE }), Cloudflare.NotFoundError, 404, 1142);
});

scenario('supported regions: four vendors, each region with upper-tier colos', async () => {
  const r = await regions().supportedRegions({ zone_id: ZONE });
  assert.equal('id' in r, false, 'supported_regions has no v1 wrapper');
  assert.equal(typeof r.obtained_codes, 'boolean');
  assert.deepEqual(Object.keys(r.vendors).sort(), ['aws', 'azure', 'gcp', 'oci']);
  for (const [vendor, list] of Object.entries(r.vendors)) {
    assert.ok(list.length > 0, `${vendor} has regions`);
    for (const region of list) {
      assert.equal(typeof region.name, 'string');
      assert.ok(region.name.length > 0);
      assert.ok(Array.isArray(region.upper_tier_colos), `${vendor}/${region.name} colos`);
      region.upper_tier_colos.forEach((c) => assert.match(c, /^[A-Z]{3}$/));
    }
  }
  assert.ok(r.vendors.aws.some((x) => x.name === 'us-east-1'));
  assert.ok(r.vendors.gcp.some((x) => x.name === 'us-central1'));
});

scenario('bulkEdit applies every valid item and merges with existing mappings', async () => {
  await regions().create({ zone_id: ZONE, ip: '203.0.113.9', vendor: 'oci', region: 'us-ashburn-1' });
  const r = await regions().bulkEdit({
    zone_id: ZONE,
    body: [
      { ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' },
      { ip: '2001:DB8::2', vendor: 'gcp', region: 'us-central1' },
    ],
  });
  assertWrapper(r);
  assert.deepEqual(r.value.failed, []);
  assert.deepEqual(r.value.succeeded, [
    { 'origin-ip': '192.0.2.1', vendor: 'aws', region: 'us-east-1' },
    { 'origin-ip': '2001:db8::2', vendor: 'gcp', region: 'us-central1' },
  ]);
  assert.match(r.modified_on, RFC3339);
  assert.deepEqual((await storedMappings()).map((m) => m.ip), ['203.0.113.9', '192.0.2.1', '2001:db8::2']);
});

scenario('modified_on follows the fake\'s clock: entries keep theirs, the set moves on', async () => {
  await control('POST', '/clock', { now: '2026-03-01T12:00:00Z' });
  const first = await regions().create({ zone_id: ZONE, ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' });
  assert.equal(first.modified_on, '2026-03-01T12:00:00Z');
  await control('POST', '/clock', { advance_seconds: 90 });
  const edited = await regions().edit({ zone_id: ZONE, ip: '192.0.2.2', vendor: 'gcp', region: 'us-central1' });
  assert.equal(edited.modified_on, '2026-03-01T12:01:30Z');
  assert.deepEqual(edited.value.map((m) => m.modified_on), ['2026-03-01T12:00:00Z', '2026-03-01T12:01:30Z']);
  const got = await regions().get('192.0.2.1', { zone_id: ZONE });
  assert.equal(got.modified_on, '2026-03-01T12:00:00Z');
});

scenario('bulkEdit: [] changes nothing; duplicate spellings of one IP are sequential, the last wins', async () => {
  const empty = await regions().bulkEdit({ zone_id: ZONE, body: [] });
  assert.deepEqual(empty.value, { failed: [], succeeded: [] });
  assert.equal(empty.modified_on, null);
  const r = await regions().bulkEdit({
    zone_id: ZONE,
    body: [
      { ip: '2001:db8::9', vendor: 'aws', region: 'us-east-1' },
      { ip: '2001:DB8:0:0::9', vendor: 'gcp', region: 'us-central1' },
    ],
  });
  assert.deepEqual(r.value.succeeded.map((i) => [i['origin-ip'], i.vendor]), [['2001:db8::9', 'aws'], ['2001:db8::9', 'gcp']]);
  const stored = await storedMappings();
  assert.deepEqual(stored.map((m) => [m.ip, m.vendor, m.region]), [['2001:db8::9', 'gcp', 'us-central1']]);
});

scenario('supported regions with Tiered Cache off: BadRequestError 400/1148; other zones unaffected', async () => {
  await control('PUT', `/zones/${ZONE}/tiered_cache`, { enabled: false });
  await expectApiError(regions().supportedRegions({ zone_id: ZONE }), Cloudflare.BadRequestError, 400, 1148);
  const other = await regions().supportedRegions({ zone_id: OTHER_ZONE });
  assert.ok(other.vendors.aws.length > 0);
  const write = await regions().create({ zone_id: ZONE, ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' });
  assert.equal(write.value['origin-ip'], '192.0.2.1', 'writes do not need Tiered Cache');
});

scenario('a replaced catalog is what supported regions returns and what writes are checked against', async () => {
  await control('PUT', '/supported_regions', {
    obtained_codes: false,
    vendors: { aws: [{ name: 'us-east-1', upper_tier_colos: [] }], gcp: [{ name: 'us-central1', upper_tier_colos: [] }] },
  });
  const r = await regions().supportedRegions({ zone_id: ZONE });
  assert.deepEqual(r, {
    obtained_codes: false,
    vendors: { aws: [{ name: 'us-east-1', upper_tier_colos: [] }], gcp: [{ name: 'us-central1', upper_tier_colos: [] }] },
  });
  await expectApiError(regions().create({ zone_id: ZONE, ip: '192.0.2.1', vendor: 'aws', region: 'us-west-2' }),
    Cloudflare.BadRequestError, 400, 1157);
  await expectApiError(regions().create({ zone_id: ZONE, ip: '192.0.2.1', vendor: 'azure', region: 'eastus' }),
    Cloudflare.BadRequestError, 400, 1157);
  await regions().create({ zone_id: ZONE, ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' });
});

// --- canonical IPs

scenario('IPv6 is stored canonically and found under any spelling', async () => {
  const created = await regions().create({ zone_id: ZONE, ip: '2001:DB8:0::1', vendor: 'aws', region: 'us-east-1' });
  assert.equal(created.value['origin-ip'], '2001:db8::1');
  for (const spelling of ['2001:db8::1', '2001:0db8:0000:0000:0000:0000:0000:0001', '2001:Db8:0:0::0:1']) {
    const got = await regions().get(spelling, { zone_id: ZONE });
    assert.equal(got.value['origin-ip'], '2001:db8::1', `get ${spelling}`);
  }
  await expectApiError(regions().create({ zone_id: ZONE, ip: '2001:db8:0:0:0:0:0:1', vendor: 'aws', region: 'us-east-1' }),
    Cloudflare.BadRequestError, 400, 1145);
  const deleted = await regions().delete('2001:0DB8::0001', { zone_id: ZONE });
  assert.equal(deleted.value['origin-ip'], '2001:db8::1');
  assert.deepEqual(await storedMappings(), []);
});

scenario('IPv4-mapped IPv6 keeps RFC 5952 mixed notation', async () => {
  const created = await regions().create({ zone_id: ZONE, ip: '::ffff:c000:0201', vendor: 'gcp', region: 'us-central1' });
  assert.equal(created.value['origin-ip'], '::ffff:192.0.2.1');
  const got = await regions().get('::FFFF:192.0.2.1', { zone_id: ZONE });
  assert.equal(got.value['origin-ip'], '::ffff:192.0.2.1');
  await expectApiError(regions().get('192.0.2.1', { zone_id: ZONE }), Cloudflare.NotFoundError, 404, 1142);
});

// --- error codes and error classes

scenario('1145: create of an existing IP is a BadRequestError', async () => {
  await regions().create({ zone_id: ZONE, ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' });
  const e = await expectApiError(regions().create({ zone_id: ZONE, ip: '192.0.2.1', vendor: 'gcp', region: 'us-central1' }),
    Cloudflare.BadRequestError, 400, 1145);
  assert.match(e.message, /^400 /);
  const stored = await storedMappings();
  assert.deepEqual(stored.map((m) => [m.ip, m.vendor]), [['192.0.2.1', 'aws']], 'the original is untouched');
});

scenario('1146: an invalid IP in a body or a path is a BadRequestError', async () => {
  for (const ip of ['not-an-ip', '10.0.0.0/8', '192.000.002.001', '']) {
    await expectApiError(regions().create({ zone_id: ZONE, ip, vendor: 'aws', region: 'us-east-1' }),
      Cloudflare.BadRequestError, 400, 1146);
  }
  await expectApiError(regions().edit({ zone_id: ZONE, ip: '300.1.1.1', vendor: 'aws', region: 'us-east-1' }),
    Cloudflare.BadRequestError, 400, 1146);
  await expectApiError(regions().get('not-an-ip', { zone_id: ZONE }), Cloudflare.BadRequestError, 400, 1146);
  await expectApiError(regions().delete('1.2.3', { zone_id: ZONE }), Cloudflare.BadRequestError, 400, 1146);
  assert.deepEqual(await storedMappings(), []);
});

scenario('invalid path IPs the SDK sends raw: 400/1146, and nothing changes', async () => {
  // The 6.0.0 SDK interpolates path parameters without encoding, so a raw '[', ']' or a '%'
  // without two hex digits makes the request target an invalid URI (RFC 3986). The fake's own
  // HTTP server passes the target through as sent, and the router answers it like the
  // percent-encoded forms: 400/1146 in Cloudflare's envelope (README §15 #5).
  await regions().create({ zone_id: ZONE, ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' });
  for (const ip of ['fe80::1%eth0', '[2001:db8::1]']) {
    await expectApiError(regions().get(ip, { zone_id: ZONE }), Cloudflare.BadRequestError, 400, 1146);
    await expectApiError(regions().delete(ip, { zone_id: ZONE }), Cloudflare.BadRequestError, 400, 1146);
  }
  for (const ip of ['fe80::1%25eth0', '%5B2001:db8::1%5D', '192.0.2.1%2F32']) {
    await expectApiError(regions().get(ip, { zone_id: ZONE }), Cloudflare.BadRequestError, 400, 1146);
    await expectApiError(regions().delete(ip, { zone_id: ZONE }), Cloudflare.BadRequestError, 400, 1146);
  }
  assert.equal((await storedMappings()).length, 1);
});

scenario('1157: an unknown vendor or region is a BadRequestError', async () => {
  await expectApiError(regions().create({ zone_id: ZONE, ip: '192.0.2.1', vendor: 'aws', region: 'mars-north-1' }),
    Cloudflare.BadRequestError, 400, 1157);
  await expectApiError(regions().create({ zone_id: ZONE, ip: '192.0.2.1', vendor: 'ibm', region: 'us-south' }),
    Cloudflare.BadRequestError, 400, 1157);
  await expectApiError(regions().edit({ zone_id: ZONE, ip: '192.0.2.1', vendor: 'gcp', region: 'us-east-1' }),
    Cloudflare.BadRequestError, 400, 1157);
  assert.deepEqual(await storedMappings(), []);
});

scenario('1142: get of an unmapped IP is a NotFoundError, in an empty and in a non-empty zone', async () => {
  await expectApiError(regions().get('192.0.2.1', { zone_id: ZONE }), Cloudflare.NotFoundError, 404, 1142);
  await regions().create({ zone_id: ZONE, ip: '192.0.2.2', vendor: 'aws', region: 'us-east-1' });
  await expectApiError(regions().get('192.0.2.1', { zone_id: ZONE }), Cloudflare.NotFoundError, 404, 1142);
});

scenario('v1 delete of an unmapped IP is a NotFoundError with code 1163', async () => {
  await expectApiError(regions().delete('192.0.2.1', { zone_id: ZONE }), Cloudflare.NotFoundError, 404, 1163);
  await regions().create({ zone_id: ZONE, ip: '192.0.2.2', vendor: 'aws', region: 'us-east-1' });
  await expectApiError(regions().delete('192.0.2.1', { zone_id: ZONE }), Cloudflare.NotFoundError, 404, 1163);
  assert.equal((await storedMappings()).length, 1);
});

scenario('1164: at 3,500 mappings a new IP is a PermissionDeniedError, an existing one still updates', async () => {
  await seed(manyMappings(LIMIT));
  assert.equal((await storedMappings()).length, LIMIT);
  await expectApiError(regions().create({ zone_id: ZONE, ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' }),
    Cloudflare.PermissionDeniedError, 403, 1164);
  await expectApiError(regions().edit({ zone_id: ZONE, ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' }),
    Cloudflare.PermissionDeniedError, 403, 1164);
  await expectApiError(regions().bulkEdit({
    zone_id: ZONE,
    body: [{ ip: '10.0.0.1', vendor: 'gcp', region: 'us-central1' }, { ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' }],
  }), Cloudflare.PermissionDeniedError, 403, 1164);

  const updated = await regions().edit({ zone_id: ZONE, ip: '10.0.0.5', vendor: 'gcp', region: 'us-central1' });
  assert.equal(updated.value.length, LIMIT);
  assertMapping(updated.value[5], '10.0.0.5', 'gcp', 'us-central1');
  const batch = await regions().bulkEdit({ zone_id: ZONE, body: [{ ip: '10.0.0.6', vendor: 'azure', region: 'eastus' }] });
  assert.deepEqual(batch.value.succeeded, [{ 'origin-ip': '10.0.0.6', vendor: 'azure', region: 'eastus' }]);

  const stored = await storedMappings();
  assert.equal(stored.length, LIMIT);
  assert.equal(stored.some((m) => m.ip === '192.0.2.1'), false, 'nothing past the limit was stored');
  assert.equal(stored.find((m) => m.ip === '10.0.0.1').vendor, 'aws', 'the rejected batch applied nothing');
});

scenario('bulkEdit with mixed items: per-item succeeded and failed, in request order', async () => {
  const r = await regions().bulkEdit({
    zone_id: ZONE,
    body: [
      { ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' },
      { ip: 'not-an-ip', vendor: 'aws', region: 'us-east-1' },
      { ip: '2001:DB8::5', vendor: 'gcp', region: 'mars-central1' },
      { ip: '192.0.2.2', vendor: 'oci', region: 'us-ashburn-1' },
    ],
  });
  assertWrapper(r);
  assert.deepEqual(r.value.succeeded, [
    { 'origin-ip': '192.0.2.1', vendor: 'aws', region: 'us-east-1' },
    { 'origin-ip': '192.0.2.2', vendor: 'oci', region: 'us-ashburn-1' },
  ]);
  assert.equal(r.value.failed.length, 2);
  assert.equal(r.value.failed[0]['origin-ip'], 'not-an-ip', 'an unparseable IP comes back raw');
  assert.equal(r.value.failed[1]['origin-ip'], '2001:db8::5', 'a parseable IP comes back canonical');
  for (const f of r.value.failed) {
    assert.equal(typeof f.error, 'string');
    assert.ok(f.error.length > 0);
    assert.equal('vendor' in f || 'region' in f, false, 'failed items carry only the IP and the error');
  }
  assert.match(r.modified_on, RFC3339);
  assert.deepEqual((await storedMappings()).map((m) => m.ip), ['192.0.2.1', '192.0.2.2']);
});

scenario('bulkEdit where nothing succeeds: modified_on null, nothing stored', async () => {
  const r = await regions().bulkEdit({
    zone_id: ZONE,
    body: [{ ip: 'nope', vendor: 'aws', region: 'us-east-1' }, { ip: '192.0.2.1', vendor: 'aws', region: 'nowhere' }],
  });
  assert.deepEqual(r.value.succeeded, []);
  assert.equal(r.value.failed.length, 2);
  assert.equal(r.modified_on, null);
  assert.deepEqual(await storedMappings(), []);
});

scenario('bulkEdit with more than 100 items is a BadRequestError 1146 and applies nothing', async () => {
  const body = manyMappings(101);
  await expectApiError(regions().bulkEdit({ zone_id: ZONE, body }), Cloudflare.BadRequestError, 400, 1146);
  assert.deepEqual(await storedMappings(), []);
});

scenario('bulkDelete as the SDK sends it (no body) is a BadRequestError 1146 and deletes nothing', async () => {
  await regions().create({ zone_id: ZONE, ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' });
  await control('DELETE', '/journal');
  await expectApiError(regions().bulkDelete({ zone_id: ZONE }), Cloudflare.BadRequestError, 400, 1146);
  const [sent] = await journal();
  assert.equal(sent.method, 'DELETE');
  assert.match(sent.path, /\/cache\/origin_cloud_regions\/batch$/);
  assert.equal(sent.body, '', 'the SDK 6.0.0 sends no body on bulkDelete');
  assert.deepEqual((await storedMappings()).map((m) => m.ip), ['192.0.2.1']);
});

// --- authentication

scenario('no credentials: the SDK refuses unless told to omit them; then 400/9106', async () => {
  const bare = sdk({ apiToken: null });
  await assert.rejects(regions(bare).list({ zone_id: ZONE }), /Could not resolve authentication method/);
  await control('DELETE', '/journal');
  // Explicitly omitting the header is the SDK's own documented way to send no credentials.
  await expectApiError(regions(bare).list({ zone_id: ZONE }, { headers: { authorization: null } }),
    Cloudflare.BadRequestError, 400, 9106);
  const [sent] = await journal();
  for (const h of ['authorization', 'x-auth-email', 'x-auth-key', 'x-auth-user-service-key']) {
    assert.equal(header(sent, h), undefined, `${h} must not be sent`);
  }
});

scenario('wrong token: PermissionDeniedError 403/10000', async () => {
  await expectApiError(regions(sdk({ apiToken: 'not-a-registered-token' })).list({ zone_id: ZONE }),
    Cloudflare.PermissionDeniedError, 403, 10000);
  await expectApiError(regions(sdk({ apiToken: 'not-a-registered-token' }))
    .create({ zone_id: ZONE, ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' }), Cloudflare.PermissionDeniedError, 403, 10000);
  assert.deepEqual(await storedMappings(), []);
});

scenario('malformed Authorization header: BadRequestError 400/6003 with chain 6111', async () => {
  const client = sdk({ defaultHeaders: { Authorization: 'Token abc123' } });
  const e = await expectApiError(regions(client).list({ zone_id: ZONE }), Cloudflare.BadRequestError, 400, 6003);
  assert.equal(e.errors[0].error_chain[0].code, 6111);
});

scenario('a token limited to another zone: PermissionDeniedError 403/10000, its own zone works', async () => {
  const scoped = sdk({ apiToken: env.FAKE_OTHER_TOKEN });
  await expectApiError(regions(scoped).list({ zone_id: ZONE }), Cloudflare.PermissionDeniedError, 403, 10000);
  await expectApiError(regions(scoped).edit({ zone_id: ZONE, ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' }),
    Cloudflare.PermissionDeniedError, 403, 10000);
  const own = await regions(scoped).edit({ zone_id: OTHER_ZONE, ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' });
  assert.equal(own.value.length, 1);
  assert.deepEqual(await storedMappings(ZONE), []);
  assert.equal((await storedMappings(OTHER_ZONE)).length, 1);
});

scenario('read-only token: reads say editable false, writes get 403/9109', async () => {
  await control('POST', '/tokens', { token: 'read-only-token', zones: [ZONE], read_only: true });
  await seed([{ ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' }]);
  const reader = sdk({ apiToken: 'read-only-token' });
  const r = await regions(reader).get('192.0.2.1', { zone_id: ZONE });
  assertWrapper(r, false);
  assertWrapper(await regions(reader).list({ zone_id: ZONE }), false);
  await expectApiError(regions(reader).delete('192.0.2.1', { zone_id: ZONE }), Cloudflare.PermissionDeniedError, 403, 9109);
  assert.equal((await storedMappings()).length, 1);
});

scenario('legacy X-Auth-Email + X-Auth-Key credentials are accepted', async () => {
  await control('POST', '/api_keys', { email: 'ops@example.com', key: 'global-key-123' });
  const client = sdk({ apiToken: null, apiEmail: 'ops@example.com', apiKey: 'global-key-123' });
  const r = await regions(client).create({ zone_id: ZONE, ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' });
  assert.equal(r.value['origin-ip'], '192.0.2.1');
  await expectApiError(regions(sdk({ apiToken: null, apiEmail: 'ops@example.com', apiKey: 'wrong-key' })).list({ zone_id: ZONE }),
    Cloudflare.PermissionDeniedError, 403, 10000);
});

scenario('a malformed zone id: NotFoundError 404/7003', async () => {
  await expectApiError(regions().list({ zone_id: 'not-a-zone' }), Cloudflare.NotFoundError, 404, 7003);
});

// --- retries the SDK does itself

scenario('retry: a 503 with retry-after 0 is retried and the list succeeds', async () => {
  await seed([{ ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' }]);
  await injectStatus({ method: 'GET', path: '/zones/*/cache/origin_cloud_regions', status: 503, headers: { 'retry-after': '0' } });
  await control('DELETE', '/journal');
  const r = await regions(sdk({ maxRetries: 1 })).list({ zone_id: ZONE });
  assert.deepEqual(r.value.map((m) => m['origin-ip']), ['192.0.2.1']);
  const sent = await journal();
  assert.deepEqual(sent.map((s) => header(s, 'x-stainless-retry-count')), ['0', '1']);
});

scenario('retry: a 429 with retry-after-ms is waited for, then the create succeeds once', async () => {
  await injectStatus({ method: 'POST', status: 429, headers: { 'retry-after-ms': '600' } });
  await control('DELETE', '/journal');
  const started = performance.now();
  const r = await regions(sdk({ maxRetries: 1 })).create({ zone_id: ZONE, ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' });
  const waited = performance.now() - started;
  assert.equal(r.value['origin-ip'], '192.0.2.1');
  // The SDK's own first backoff is at most 500 ms, so 600 ms or more means it honoured retry-after-ms.
  assert.ok(waited >= 600, `waited ${waited.toFixed(0)} ms, expected at least 600`);
  assert.equal((await journal()).length, 2);
  assert.equal((await storedMappings()).length, 1);
});

scenario('retry: x-should-retry false stops the retry of a 503 (InternalServerError)', async () => {
  await injectStatus({ status: 503, headers: { 'x-should-retry': 'false' } });
  await control('DELETE', '/journal');
  await expectApiError(regions(sdk({ maxRetries: 2 })).list({ zone_id: ZONE }), Cloudflare.InternalServerError, 503, 1000);
  assert.equal((await journal()).length, 1);
});

scenario('retry: x-should-retry true makes the SDK retry even a 400', async () => {
  await injectStatus({ status: 400, headers: { 'x-should-retry': 'true', 'retry-after': '0' } });
  const r = await regions(sdk({ maxRetries: 1 })).supportedRegions({ zone_id: ZONE });
  assert.ok(r.vendors.aws.length > 0);
});

scenario('retry: retries run out after maxRetries + 1 attempts (InternalServerError 502)', async () => {
  await injectStatus({ times: 3, status: 502, headers: { 'retry-after': '0' } });
  await control('DELETE', '/journal');
  await expectApiError(regions(sdk({ maxRetries: 2 })).get('192.0.2.1', { zone_id: ZONE }), Cloudflare.InternalServerError, 502, 1000);
  assert.deepEqual((await journal()).map((s) => header(s, 'x-stainless-retry-count')), ['0', '1', '2']);
});

scenario('429 without retries left is a RateLimitError 971 carrying Retry-After', async () => {
  await control('POST', '/faults', { fault: { type: 'rate_limited', retry_after_seconds: 30 } });
  const e = await expectApiError(regions().list({ zone_id: ZONE }), Cloudflare.RateLimitError, 429, 971);
  assert.equal(e.headers['retry-after'], '30');
});

scenario('the rate limiter (1,200 per 5 minutes upstream) answers 429/971 with Retry-After once used up', async () => {
  await control('PUT', '/rate_limit', { requests: 3, window_seconds: 300 });
  for (let i = 0; i < 3; i++) {
    await regions().list({ zone_id: ZONE });
  }
  const e = await expectApiError(regions().list({ zone_id: ZONE }), Cloudflare.RateLimitError, 429, 971);
  assert.ok(Number(e.headers['retry-after']) > 0 && Number(e.headers['retry-after']) <= 300);
  await control('DELETE', '/rate_limit');
  await regions().list({ zone_id: ZONE });
});

scenario('retry: a retry-after HTTP date in the past means retry at once', async () => {
  await injectStatus({ status: 503, headers: { 'retry-after': new Date(Date.now() - 60_000).toUTCString() } });
  await control('DELETE', '/journal');
  const r = await regions(sdk({ maxRetries: 1 })).list({ zone_id: ZONE });
  assert.deepEqual(r.value, []);
  assert.equal((await journal()).length, 2);
});

scenario('retry: a documented 500/1140 on bulkEdit is retried; when it persists, InternalServerError 1140', async () => {
  const fault = { type: 'status', status: 500, code: 1140,
    message: 'Unable to update origin_public_cloud_region setting value. Internal error.', headers: { 'retry-after': '0' } };
  await control('POST', '/faults', { method: 'PATCH', path: '**/batch', times: 1, fault });
  const ok = await regions(sdk({ maxRetries: 1 }))
    .bulkEdit({ zone_id: ZONE, body: [{ ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' }] });
  assert.equal(ok.value.succeeded.length, 1);
  await control('POST', '/faults', { method: 'PATCH', path: '**/batch', times: 2, fault });
  await expectApiError(regions(sdk({ maxRetries: 1 }))
    .bulkEdit({ zone_id: ZONE, body: [{ ip: '192.0.2.2', vendor: 'aws', region: 'us-east-1' }] }),
  Cloudflare.InternalServerError, 500, 1140);
  assert.deepEqual((await storedMappings()).map((m) => m.ip), ['192.0.2.1']);
});

scenario('retry: a dropped connection is an APIConnectionError, retried by the SDK', async () => {
  await control('POST', '/faults', { method: 'GET', times: 1, fault: { type: 'drop_connection' } });
  await expectConnectionError(regions().list({ zone_id: ZONE }));
  await control('POST', '/faults', { method: 'GET', times: 1, fault: { type: 'drop_connection' } });
  const r = await regions(sdk({ maxRetries: 1 })).list({ zone_id: ZONE });
  assert.deepEqual(r.value, []);
});

scenario('an HTML 502 page from the edge is an InternalServerError with no errors[]', async () => {
  await control('POST', '/faults', { fault: { type: 'html_error_page', status: 502 } });
  let caught;
  await regions().list({ zone_id: ZONE }).catch((e) => { caught = e; });
  assert.ok(caught instanceof Cloudflare.InternalServerError, `got ${caught}`);
  assert.equal(caught.status, 502);
  assert.deepEqual(caught.errors, []);
  assert.match(caught.message, /^502 <!DOCTYPE html>/);
});

scenario('retry: a create that committed but timed out is re-sent and gets 1145', async () => {
  await control('POST', '/faults', { method: 'POST', path: '**', times: 1, fault: { type: 'delay', millis: 1500 } });
  const client = sdk({ maxRetries: 1, timeout: 300 });
  await expectApiError(regions(client).create({ zone_id: ZONE, ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' }),
    Cloudflare.BadRequestError, 400, 1145);
  assert.deepEqual((await storedMappings()).map((m) => m.ip), ['192.0.2.1'], 'the first attempt did land');
});

// --- what the SDK puts on the wire is accepted

scenario('the SDK\'s headers and pretty-printed bodies are accepted, Content-Type on a body-less DELETE too', async () => {
  await control('DELETE', '/journal');
  await regions().create({ zone_id: ZONE, ip: '192.0.2.1', vendor: 'aws', region: 'us-east-1' });
  await regions().delete('192.0.2.1', { zone_id: ZONE });
  const [post, del] = await journal();
  assert.equal(post.method, 'POST');
  assert.equal(header(post, 'content-type'), 'application/json');
  assert.match(post.body, /\n {2}"ip": "192\.0\.2\.1"/, 'the 6.0.0 SDK pretty-prints bodies');
  assert.equal(del.method, 'DELETE');
  assert.match(del.path, /\/origin_cloud_regions\/192\.0\.2\.1$/);
  assert.equal(header(del, 'content-type'), 'application/json');
  assert.equal(del.body, '');
  for (const sent of [post, del]) {
    assert.match(header(sent, 'api-version'), /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(header(sent, 'user-agent'), 'Cloudflare/JS 6.0.0');
    assert.equal(header(sent, 'x-stainless-lang'), 'js');
    assert.equal(header(sent, 'x-stainless-package-version'), '6.0.0');
    assert.equal(header(sent, 'x-stainless-retry-count'), '0');
    assert.equal(header(sent, 'accept'), 'application/json');
    assert.ok(header(sent, 'x-stainless-runtime'));
    assert.equal(header(sent, 'authorization'), 'Bearer [redacted]', 'a bearer token was sent (the journal redacts it)');
  }
  assert.deepEqual(await storedMappings(), []);
});

scenario('IPv6 path parameters go out raw (unencoded) and are understood', async () => {
  await seed([{ ip: '2001:db8::7', vendor: 'aws', region: 'us-east-1' }]);
  await control('DELETE', '/journal');
  const r = await regions().get('2001:db8::7', { zone_id: ZONE });
  assert.equal(r.value['origin-ip'], '2001:db8::7');
  const [sent] = await journal();
  assert.match(sent.path, /\/origin_cloud_regions\/2001:db8::7$/);
});

// ---------------------------------------------------------------- runner

await runScenarios();
