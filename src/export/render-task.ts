import type { Subgraph } from "../subgraph/subgraph.js";
import { type FullGraph, rdfText, type RdfFormat } from "../rdf/index.js";
import { withEvidenceLinks } from "./evidence-links.js";
import type { ExportFormat } from "./export-format.js";
import { renderSubgraph } from "./index.js";
import type { GexfVersion } from "./to-gexf.js";

/**
 * A rendering to do, as plain data: what a render worker receives (structured-cloned), everything
 * read from the database already. Rendering is CPU only: for the whole seed graph, GEXF and GraphML
 * take 60–70 ms, JSON-LD about 450 ms; on the event loop that time is every other request's wait.
 */
export type RenderTask =
  | {
      kind: "subgraph";
      /** The subgraph as read (the evidence links are added in the worker). */
      graph: Subgraph;
      format: ExportFormat;
      gexfVersion?: GexfVersion;
      /** Base URL of the evidence links. */
      publicUrl: string;
    }
  | {
      kind: "rdf";
      /** The subgraph with every stored property (rdf/rdf-graph.ts). */
      graph: FullGraph;
      format: RdfFormat;
      /** Base URL of the IRIs. */
      publicUrl: string;
    };

/** The text of a task: the same function runs in a worker (render-worker.ts) or, without a pool, in place. */
export async function renderTask(task: RenderTask): Promise<string> {
  if (task.kind === "rdf") return rdfText(task.graph, task.format, task.publicUrl);
  return renderSubgraph(withEvidenceLinks(task.graph, task.publicUrl), task.format, { gexfVersion: task.gexfVersion });
}
