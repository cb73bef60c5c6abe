export * from './generations.js';
export * from './eselon.js';
export * from './statuses.js';
export * from './timezones.js';
export * from './errors.js';
export * from './nip.js';
export * from './access.js';
export * from './webhooks.js';
