import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Neo4jState } from "../db/supervisor.js";

/** What the gauges read when Prometheus scrapes. */
export interface MetricSources {
  /** Database queries running and waiting for a slot, over all clients. */
  slots: () => { running: number; waiting: number };
  neo4jState: () => Neo4jState;
}

const STATES: readonly Neo4jState[] = ["up", "restarting", "down"];
/** Distinct operation names kept as labels; later ones count as `other`, so clients cannot grow the registry without end. */
const MAX_OPERATIONS = 200;
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

/**
 * The service's Prometheus metrics, in a registry of its own (several servers may share a test
 * process): HTTP requests by route and status with their latency, GraphQL operations by name and
 * outcome code, the database slots in use, Neo4j's state, and Node's process metrics
 * (`process_*`, `nodejs_*`: heap, event-loop lag, GC).
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly httpRequests = new Counter({
    name: "policy_graph_http_requests_total",
    help: "HTTP requests answered, by route and status code.",
    labelNames: ["route", "status"] as const,
    registers: [this.registry],
  });
  private readonly httpDuration = new Histogram({
    name: "policy_graph_http_request_duration_seconds",
    help: "Time from a request's arrival to the end of its response, by route.",
    labelNames: ["route"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  private readonly graphqlOperations = new Counter({
    name: "policy_graph_graphql_operations_total",
    help: "GraphQL operations answered, by operation name (anonymous, or other past 200 names) and code: OK, or the first error's extensions.code.",
    labelNames: ["operation", "code"] as const,
    registers: [this.registry],
  });

  constructor(sources: MetricSources) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: "policy_graph_db_slots",
      help: "Database queries of all clients running (state=running) or waiting for a slot of their client's share (state=waiting).",
      labelNames: ["state"] as const,
      registers: [this.registry],
      collect() {
        const { running, waiting } = sources.slots();
        this.set({ state: "running" }, running);
        this.set({ state: "waiting" }, waiting);
      },
    });
    new Gauge({
      name: "policy_graph_neo4j_state",
      help: "1 for Neo4j's current state (up, restarting: the embedded one is being restarted, down: unreachable or given up), 0 for the others.",
      labelNames: ["state"] as const,
      registers: [this.registry],
      collect() {
        const now = sources.neo4jState();
        for (const state of STATES) this.set({ state }, state === now ? 1 : 0);
      },
    });
  }

  /** One HTTP request answered. */
  observeHttp(route: string, status: number, seconds: number): void {
    this.httpRequests.inc({ route, status: String(status) });
    this.httpDuration.observe({ route }, seconds);
  }

  /** One GraphQL operation answered. */
  observeOperation(name: string | undefined, code: string): void {
    this.graphqlOperations.inc({ operation: this.operationLabel(name), code });
  }

  private operationLabel(name: string | undefined): string {
    if (name === undefined) return "anonymous";
    if (!OPERATION_NAME.test(name)) return "other";
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATIONS) return "other";
    this.operations.add(name);
    return name;
  }
}
