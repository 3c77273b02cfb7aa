// What every official-SDK scenario script shares: the environment, the fake's /__fake control
// API, the request journal, error expectations and the scenario runner. Each script
// (scenarios.mjs for SDK 6.0.0 and the v1 family, scenarios-v2.mjs for SDK 7.3.0 and the v2
// family) declares its scenarios with `scenario(name, run)` and ends with `await runScenarios()`.
//
// Environment:
//   FAKE_BASE_URL     the fake's base URL, ending in /client/v4
//   FAKE_TOKEN        a token registered on the fake for every zone (survives /__fake/reset)
//   FAKE_ZONE         the zone most scenarios use
//   FAKE_OTHER_ZONE   a second zone
//   FAKE_OTHER_TOKEN  a token for FAKE_OTHER_ZONE only; each scenario (re)registers it after the reset

import assert from 'node:assert/strict';

export const env = readEnv(['FAKE_BASE_URL', 'FAKE_TOKEN', 'FAKE_ZONE', 'FAKE_OTHER_ZONE', 'FAKE_OTHER_TOKEN']);
export const BASE_URL = env.FAKE_BASE_URL;
export const ZONE = env.FAKE_ZONE;
export const OTHER_ZONE = env.FAKE_OTHER_ZONE;
// The control API sits beside /client/v4, not under it.
const CONTROL_URL = BASE_URL.replace(/\/client\/v4\/?$/, '') + '/__fake';
export const LIMIT = 3500;
export const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function readEnv(names) {
  const out = {};
  const missing = names.filter((n) => !process.env[n]);
  if (missing.length > 0) {
    console.error(`Missing environment variables: ${missing.join(', ')}`);
    process.exit(2);
  }
  for (const n of names) out[n] = process.env[n];
  return out;
}

export async function control(method, path, body) {
  const res = await fetch(CONTROL_URL + path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok || json.ok !== true) {
    throw new Error(`control ${method} ${path} failed: ${res.status} ${JSON.stringify(json)}`);
  }
  return json;
}

/** The zone's mappings as the fake holds them (`ip`, `vendor`, `region`, `modified_on`), in list order. */
export async function storedMappings(zone = ZONE) {
  return (await control('GET', `/zones/${zone}/mappings`)).mappings;
}

/** Puts mappings (`{ip, vendor, region}`) straight into the zone. */
export async function seed(mappings, zone = ZONE) {
  return control('POST', `/zones/${zone}/mappings`, mappings);
}

/** Schedules `times` responses of `status` with `headers` for requests matching method and path. */
export async function injectStatus({ method = '*', path = '**', times = 1, status, headers = {} }) {
  return control('POST', '/faults', { method, path, times, fault: { type: 'status', status, headers } });
}

/** The API requests the fake received since the last reset, oldest first. */
export async function journal() {
  return (await control('GET', '/journal')).requests;
}

export function header(recorded, name) {
  const key = Object.keys(recorded.headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : recorded.headers[key][0];
}

/** `count` distinct IPv4 addresses in 10.0.0.0/16, mapped to aws us-east-1, as the control API seeds them. */
export function manyMappings(count) {
  return Array.from({ length: count }, (_, i) => ({
    ip: `10.0.${Math.floor(i / 256)}.${i % 256}`, vendor: 'aws', region: 'us-east-1',
  }));
}

/** Error expectations against one SDK's error classes (`Cloudflare` is that SDK's default export). */
export function errorExpectations(Cloudflare) {
  /** Awaits `promise`, expecting the SDK to throw `errorClass` with this HTTP status and first error code. */
  async function expectApiError(promise, errorClass, status, code) {
    let caught;
    try {
      await promise;
    } catch (e) {
      caught = e;
    }
    assert.ok(caught, `expected ${errorClass.name} ${status}/${code}, but the call succeeded`);
    assert.ok(caught instanceof errorClass, `expected ${errorClass.name}, got ${caught?.constructor?.name}: ${caught?.message}`);
    assert.ok(caught instanceof Cloudflare.APIError, 'every HTTP error is an APIError');
    assert.equal(caught.status, status);
    assert.ok(Array.isArray(caught.errors) && caught.errors.length > 0, `errors[] should be non-empty: ${caught.message}`);
    assert.equal(caught.errors[0].code, code, `first error code in ${JSON.stringify(caught.errors)}`);
    assert.equal(caught.error.success, false);
    assert.equal(caught.error.result, null);
    return caught;
  }

  /** Awaits `promise`, expecting the SDK to report that no HTTP response arrived. */
  async function expectConnectionError(promise) {
    let caught;
    await promise.catch((e) => { caught = e; });
    assert.ok(caught instanceof Cloudflare.APIConnectionError, `expected APIConnectionError, got ${caught}`);
    assert.equal(caught.status, undefined);
  }

  return { expectApiError, expectConnectionError };
}

// ---------------------------------------------------------------- scenarios and the runner

const scenarios = [];

/** Declares a scenario. OfficialSdkTest reads the names from `scenario('…'` in each script. */
export function scenario(name, run) {
  scenarios.push({ name, run });
}

/**
 * Runs the declared scenarios whose name contains argv[2] (all without it), each from a reset
 * fake; prints one line per scenario, then "N passed, M failed"; sets the exit code to 1 when
 * any failed.
 */
export async function runScenarios() {
  const filter = process.argv[2];
  const selected = filter ? scenarios.filter((s) => s.name.includes(filter)) : scenarios;
  let passed = 0;
  let failed = 0;
  for (const s of selected) {
    const started = performance.now();
    try {
      await control('POST', '/reset');
      await control('POST', '/tokens', { token: env.FAKE_OTHER_TOKEN, zones: [OTHER_ZONE] });
      await s.run();
      passed++;
      console.log(`PASS ${s.name} (${(performance.now() - started).toFixed(0)} ms)`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${s.name}: ${String(e?.stack ?? e).split('\n').slice(0, 6).join('\n    ')}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}
