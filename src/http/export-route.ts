import cors from "cors";
import type { Request, RequestHandler, Response } from "express";
import type { Database } from "../db/database.js";
import { ErrorCode } from "../errors/error-code.js";
import {
  EXPORT_FORMAT_INFO,
  ExportFormat,
  type GexfVersion,
  parseExportFormat,
  parseGexfVersion,
} from "../export/index.js";
import type { Renderer } from "../export/render-pool.js";
import type { RenderTask } from "../export/render-task.js";
import { fetchExportSubgraph } from "../subgraph/subgraph-queries.js";
import { DRAWING, EXPORT } from "../subgraph/subgraph-rows.js";
import { fetchFullGraph, parseRdfFormat, RDF_FORMAT_INFO } from "../rdf/index.js";
import { sendJsonError } from "./json-errors.js";
import { sendClientError } from "./route-errors.js";

/** The query parameters of an export, or what is wrong with them. */
type ExportParams = { around?: string; depth: number; gexfVersion?: GexfVersion } | { problem: string };

const PARAMETERS = ["around", "depth", "gexfVersion"];

/**
 * Reads `?around=<id>&depth=<1-3>&gexfVersion=<1.2|1.3>`. Each may be given once; `around` must be a
 * non-empty id, `depth` a whole number, and only with `around`. Anything else is a mistake worth a
 * 400, not a silent whole-graph export.
 */
export function parseExportParams(query: Request["query"]): ExportParams {
  const unknown = Object.keys(query).filter((k) => !PARAMETERS.includes(k));
  if (unknown.length > 0)
    return {
      problem: `Unknown parameter ${unknown.map((k) => `"${k.slice(0, 50)}"`).join(", ")}; an export takes only around=<id>, depth=<1-3> and gexfVersion=<1.2|1.3>.`,
    };
  const { around, depth, gexfVersion } = query;
  for (const [name, value] of [
    ["around", around],
    ["depth", depth],
    ["gexfVersion", gexfVersion],
  ] as const) {
    if (value !== undefined && typeof value !== "string")
      return {
        problem: `${name} must be given once, as a plain value (?${name}=…), but was ${Array.isArray(value) ? `repeated ${value.length} times` : "malformed"}.`,
      };
  }
  if (around !== undefined && (around as string).trim() === "")
    return { problem: 'around must be a node id such as "Zone:huangpu-chain-valley", but was empty.' };
  if (depth !== undefined && around === undefined)
    return { problem: "depth applies only with around=<id>; without it the export is the whole graph." };
  if (depth !== undefined && !/^\d{1,2}$/.test(depth as string))
    return { problem: `depth must be a whole number from 1 to 3, but was "${(depth as string).slice(0, 50)}".` };
  const version = gexfVersion === undefined ? undefined : parseGexfVersion(gexfVersion as string);
  if (gexfVersion !== undefined && !version)
    return {
      problem: `gexfVersion must be 1.2 (the default, GEXF 1.2draft) or 1.3, but was "${(gexfVersion as string).slice(0, 50)}".`,
    };
  return { around: around as string | undefined, depth: depth === undefined ? 1 : Number(depth), gexfVersion: version };
}

/**
 * CORS for /export/*: any origin may read. The exports are public, read-only GET downloads that
 * carry no credentials and change nothing, so a notebook or web app anywhere may fetch them; that is
 * what `Access-Control-Allow-Origin: *` says, and `*` also means no `Vary: Origin`, so one cached
 * copy serves every site. CORS_ORIGINS keeps governing /graphql, whose POSTs are where an allow-list
 * matters. The download's file name, ETag and request id are exposed to scripts.
 */
export function exportCors(): RequestHandler {
  return cors({
    origin: "*",
    methods: ["GET", "HEAD"],
    exposedHeaders: ["Content-Disposition", "ETag", "X-Request-Id"],
  });
}

/**
 * A download may be reused for a minute without asking, by the browser and by shared caches (the
 * data are public); after that, the ETag Express computes from the body lets a client revalidate
 * with `If-None-Match` and get a bodiless 304 when nothing changed. A minute bounds how stale an
 * export can be after an ingest. Errors carry no Cache-Control, so nothing caches them.
 */
const EXPORT_CACHE_CONTROL = "public, max-age=60";

/**
 * `GET /export/graph.<ext>` downloads the whole graph, `?around=<id>&depth=<1-3>` a neighbourhood,
 * in the format the extension names: cyjs (or json), graphml, gexf, nodes.csv, edges.csv, or the RDF
 * ones, ttl and jsonld (IRIs under `publicUrl`). The reading and rendering wait for this client's
 * turn and the rendering runs off the event loop (`render`, src/export/render-pool.ts).
 */
export function exportRoute(db: Database, publicUrl: string, render: Renderer) {
  return async (req: Request, res: Response): Promise<void> => {
    const file = String(req.params.file ?? "");
    const ext = file.startsWith("graph.") ? file.slice("graph.".length) : undefined;
    const format = ext === undefined ? undefined : parseExportFormat(ext);
    const rdf = ext === undefined ? undefined : parseRdfFormat(ext);
    if (!format && !rdf) {
      const known = [
        ...Object.values(ExportFormat).map((f) => EXPORT_FORMAT_INFO[f]),
        ...Object.values(RDF_FORMAT_INFO),
      ]
        .map((i) => `graph.${i.fileExtension}`)
        .join(", ");
      sendJsonError(res, 400, ErrorCode.BAD_USER_INPUT, `Unknown export "${file.slice(0, 100)}"; use one of ${known}.`);
      return;
    }
    const params = parseExportParams(req.query);
    if ("problem" in params) {
      sendJsonError(res, 400, ErrorCode.BAD_USER_INPUT, params.problem);
      return;
    }
    try {
      const info = rdf ? RDF_FORMAT_INFO[rdf] : EXPORT_FORMAT_INFO[format!];
      const body = await render(async (): Promise<RenderTask> => {
        // RDF reads every stored property of the chosen nodes itself (fetchFullGraph), so choosing
        // them needs only the drawing's few fields, not a first full read.
        const g = await fetchExportSubgraph(db, params.around, params.depth, rdf ? DRAWING : EXPORT);
        if (rdf) return { kind: "rdf", graph: await fetchFullGraph(db, g), format: rdf, publicUrl };
        return { kind: "subgraph", graph: g, format: format!, gexfVersion: params.gexfVersion, publicUrl };
      });
      res.setHeader("Content-Type", info.contentType);
      res.setHeader("Content-Disposition", `attachment; filename="policy-graph.${info.fileExtension}"`);
      res.setHeader("Cache-Control", EXPORT_CACHE_CONTROL);
      res.send(body);
    } catch (error) {
      if (!sendClientError(res, error)) throw error;
    }
  };
}
