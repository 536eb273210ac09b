import type { Request, Response } from "express";
import type { Database } from "../db/database.js";
import { ClientError } from "../errors/client-errors.js";
import { EXPORT_FORMAT_INFO, ExportFormat, parseExportFormat, renderSubgraph } from "../export/index.js";
import { fetchExportSubgraph } from "../graph/subgraph-queries.js";

/**
 * `GET /export/graph.<ext>` downloads the whole graph, `?around=<id>&depth=<1-3>` a neighbourhood,
 * in the format the extension names: cyjs (or json), graphml, gexf, nodes.csv, edges.csv.
 */
export function exportRoute(db: Database) {
  return async (req: Request, res: Response): Promise<void> => {
    const file = String(req.params.file ?? "");
    const format = file.startsWith("graph.") ? parseExportFormat(file.slice("graph.".length)) : undefined;
    if (!format) {
      const known = Object.values(ExportFormat).map((f) => `graph.${EXPORT_FORMAT_INFO[f].fileExtension}`).join(", ");
      res.status(400).json({ error: { code: "BAD_USER_INPUT", message: `Unknown export "${file}"; use one of ${known}.` } });
      return;
    }
    try {
      const around = typeof req.query.around === "string" ? req.query.around : undefined;
      const g = await fetchExportSubgraph(db, around, Number(req.query.depth ?? 1));
      const info = EXPORT_FORMAT_INFO[format];
      res.setHeader("Content-Type", info.contentType);
      res.setHeader("Content-Disposition", `attachment; filename="policy-graph.${info.fileExtension}"`);
      res.send(renderSubgraph(g, format));
    } catch (error) {
      if (error instanceof ClientError) {
        const code = String(error.extensions.code);
        res.status(code === "NOT_FOUND" ? 404 : code === "UNAVAILABLE" ? 503 : 400).json({ error: { code, message: error.message } });
        return;
      }
      throw error;
    }
  };
}
