import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lintas/shared';
import { backoffDelay, webhookConfig } from './webhook.config.js';
import { newWebhookSecret, signatureHeader, signWebhook, verifyWebhook } from './webhook.signature.js';
import { checkWebhookUrl, isPrivateAddress } from './webhook.url.js';

describe('webhook signatures', () => {
  it('are HMAC-SHA256 over "timestamp.body", as the guide tells receivers to check', () => {
    const secret = newWebhookSecret();
    const body = '{"id":"x","type":"person.imported"}';
    const manual = createHmac('sha256', secret).update(`1795000000.${body}`).digest('hex');
    expect(signWebhook(secret, 1795000000, body)).toBe(`v1=${manual}`);
  });

  it('verify only the same body, secret and a fresh timestamp', () => {
    const secret = newWebhookSecret();
    const now = Date.now();
    const ts = Math.floor(now / 1000);
    const sig = signWebhook(secret, ts, '{}');
    expect(verifyWebhook(secret, String(ts), '{}', sig, 300, now)).toBe(true);
    expect(verifyWebhook(secret, String(ts), '{ }', sig, 300, now)).toBe(false);
    expect(verifyWebhook(newWebhookSecret(), String(ts), '{}', sig, 300, now)).toBe(false);
    expect(verifyWebhook(secret, String(ts), '{}', sig, 300, now + 301_000)).toBe(false);
  });
});

describe('webhook addresses', () => {
  it('take only http(s) without credentials', () => {
    expect(checkWebhookUrl('https://portal.example.go.id/hook', false)).toEqual({ ok: true, url: 'https://portal.example.go.id/hook' });
    for (const bad of ['ftp://example.org/x', 'javascript:alert(1)', 'not a url', 'https://u:p@example.org/']) {
      expect(checkWebhookUrl(bad, true)).toMatchObject({ ok: false, code: ERROR_CODES.WEBHOOK_URL_INVALID });
    }
  });

  it('refuse private, loopback and link-local addresses unless allowed', () => {
    for (const host of ['127.0.0.1', '10.1.2.3', '192.168.0.10', '172.16.5.4', '169.254.169.254', '[::1]', '[fd00::1]', 'localhost', '0.0.0.0', '[::ffff:127.0.0.1]']) {
      expect(checkWebhookUrl(`http://${host}/x`, false)).toMatchObject({ ok: false, code: ERROR_CODES.WEBHOOK_URL_PRIVATE });
      expect(checkWebhookUrl(`http://${host}/x`, true).ok).toBe(true);
    }
    expect(isPrivateAddress('8.8.8.8')).toBe(false);
    expect(isPrivateAddress('100.64.0.1')).toBe(true);
  });

  it('are allowed private by default outside production only', () => {
    expect(webhookConfig({}).allowPrivate).toBe(false);
    expect(webhookConfig({ NODE_ENV: 'production' }).allowPrivate).toBe(false);
    expect(webhookConfig({ NODE_ENV: 'production', LINTAS_WEBHOOK_ALLOW_PRIVATE: '1' }).allowPrivate).toBe(true);
    expect(webhookConfig({ NODE_ENV: 'test' }).allowPrivate).toBe(true);
    expect(webhookConfig({ NODE_ENV: 'test', LINTAS_WEBHOOK_ALLOW_PRIVATE: '0' }).allowPrivate).toBe(false);
  });
});

describe('retention settings', () => {
  it('keep 30 days in batches of 1,000, hourly, unless configured; 0 days keeps everything', () => {
    expect(webhookConfig({})).toMatchObject({ retentionDays: 30, retentionBatch: 1000, retentionIntervalMs: 3600_000 });
    expect(webhookConfig({ LINTAS_WEBHOOK_RETENTION_DAYS: '90', LINTAS_WEBHOOK_RETENTION_BATCH: '50' })).toMatchObject({ retentionDays: 90, retentionBatch: 50 });
    expect(webhookConfig({ LINTAS_WEBHOOK_RETENTION_DAYS: '0' }).retentionDays).toBe(0);
    // Nonsense falls back to the default; a batch is capped.
    expect(webhookConfig({ LINTAS_WEBHOOK_RETENTION_DAYS: '-3', LINTAS_WEBHOOK_RETENTION_BATCH: '0' })).toMatchObject({ retentionDays: 30, retentionBatch: 1000 });
    expect(webhookConfig({ LINTAS_WEBHOOK_RETENTION_BATCH: '1000000' }).retentionBatch).toBe(10_000);
  });
});

describe('signatures during a rotation', () => {
  it('list one v1= per secret, the current first, and verify with either', () => {
    const [current, previous] = [newWebhookSecret(), newWebhookSecret()];
    const now = Date.now();
    const ts = Math.floor(now / 1000);
    const header = signatureHeader([current, previous], ts, '{}');
    expect(header).toBe(`${signWebhook(current, ts, '{}')} ${signWebhook(previous, ts, '{}')}`);
    expect(verifyWebhook(current, String(ts), '{}', header, 300, now)).toBe(true);
    expect(verifyWebhook(previous, String(ts), '{}', header, 300, now)).toBe(true);
    expect(verifyWebhook(newWebhookSecret(), String(ts), '{}', header, 300, now)).toBe(false);
  });
});

describe('retry backoff', () => {
  it('doubles up to the cap, between half and all of it', () => {
    const c = { backoffMs: 1000, backoffMaxMs: 10_000 };
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(c, n, () => 1))).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
    expect([1, 2, 3].map((n) => backoffDelay(c, n, () => 0))).toEqual([500, 1000, 2000]);
  });
});
