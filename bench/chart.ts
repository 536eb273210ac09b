import * as vega from "vega";
import * as vegaLite from "vega-lite";
import type { TopLevelSpec } from "vega-lite";
import { PEER_TITLES, type PeerName } from "./peers/peer.js";
import type { BenchResults } from "./results.js";

/**
 * Two panels, rendered headless to SVG with vega-lite: throughput of each peer per workload at the
 * highest concurrency, and each operation's single-client latency against graph size (log scales).
 */
export async function renderChart(r: BenchResults): Promise<string> {
  const topC = Math.max(...(r.load?.summary.map((s) => s.connections) ?? [0]));
  const throughput = (r.load?.summary ?? [])
    .filter((s) => s.connections === topC)
    .flatMap((s) =>
      Object.entries(s.reqPerSec).map(([peer, v]) => ({
        workload: s.workload,
        peer: PEER_TITLES[peer as PeerName],
        reqPerSec: v,
      })),
    );
  const latency = r.scales.flatMap((s) =>
    s.costs
      .filter((c) => !c.error)
      .map((c) => ({
        scale: s.graph.scale,
        nodes: s.graph.nodes,
        workload: c.workload,
        peer: PEER_TITLES[c.peer],
        ms: Math.max(c.medianMs, 0.1),
      })),
  );
  const color = {
    field: "peer",
    type: "nominal",
    title: null,
    scale: { domain: Object.values(PEER_TITLES), range: ["#1f77b4", "#ff7f0e", "#7f7f7f"] },
  } as const;
  const spec: TopLevelSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    config: { font: "sans-serif", legend: { orient: "top", labelLimit: 400 } },
    vconcat: [
      {
        title: `Throughput at concurrency ${topC} (median of ${r.options.rounds} interleaved rounds; higher is better)`,
        width: 640,
        height: 220,
        data: { values: throughput },
        mark: "bar",
        encoding: {
          x: { field: "workload", type: "nominal", title: null, axis: { labelAngle: 0 } },
          xOffset: { field: "peer" },
          y: { field: "reqPerSec", type: "quantitative", title: "requests / s" },
          color,
        },
      },
      {
        title: "Single-client latency against graph size (median of sequential requests; lower is better)",
        data: { values: latency },
        facet: { field: "workload", type: "nominal", title: null },
        columns: 5,
        spec: {
          width: 110,
          height: 110,
          mark: { type: "line", point: true },
          encoding: {
            x: { field: "scale", type: "quantitative", scale: { type: "log" }, title: "× seed" },
            y: { field: "ms", type: "quantitative", scale: { type: "log" }, title: "ms" },
            color,
          },
        },
        resolve: { scale: { y: "independent" } },
      },
    ],
  } as TopLevelSpec;
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: "none" });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}
