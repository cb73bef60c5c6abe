import { noticeConfig } from '../notices/notice.config.js';

/** The public base address (LINTAS_PUBLIC_URL, read as the notices read it), without a trailing slash. */
export const publicUrl = (): string => noticeConfig().publicUrl;
