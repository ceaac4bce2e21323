// The back-office API, /api/v1/admin/…: API-key authentication, then one sub-app per resource.
import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';
import { apiKeyAuth } from './auth.js';

export function adminApi(): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  api.use('*', apiKeyAuth);
  return api;
}
