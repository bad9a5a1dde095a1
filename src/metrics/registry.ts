/**
 * Prometheus metrics, served at /metrics. One registry per process; modules import the
 * metric they update from here so every name is declared once.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'yuqing_' });

export const httpRequests = new Counter({
  name: 'yuqing_http_requests_total',
  help: 'HTTP requests answered, by method, route and status.',
  labelNames: ['method', 'route', 'status'] as const,
  registers: [registry],
});

export const httpDuration = new Histogram({
  name: 'yuqing_http_request_duration_seconds',
  help: 'Time to answer HTTP requests.',
  labelNames: ['method', 'route'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});

export const intakeItems = new Counter({
  name: 'yuqing_intake_items_total',
  help: 'Items offered to intake, by result (accepted, duplicate, rejected) and origin kind.',
  labelNames: ['result', 'origin'] as const,
  registers: [registry],
});

export const pipelineItems = new Counter({
  name: 'yuqing_pipeline_items_total',
  help: 'Inbox items the pipeline finished, by result (stored, duplicate, retried, failed).',
  labelNames: ['result'] as const,
  registers: [registry],
});

export const inboxPending = new Gauge({
  name: 'yuqing_inbox_pending',
  help: 'Inbox items waiting for the pipeline (sampled at scrape time by the server).',
  registers: [registry],
});
