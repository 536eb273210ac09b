import path from "node:path";
import { extractDocument } from "../../src/ingest/extract.js";
import { loadGazetteer } from "../../src/ingest/gazetteer.js";
import { PROJECT_ROOT } from "./project-root.js";

const gazetteer = loadGazetteer(path.join(PROJECT_ROOT, "seeds/gazetteer"));

/**
 * Extracts an invented document given as lines (discovery on) and reads back what the unit tests
 * of issuers and units compare: the document's properties, and [name, level, role] of each
 * ISSUED_BY and RESPONSIBLE target.
 */
export function readLines(lines: string[]) {
  const g = extractDocument(lines.join("\n"), gazetteer, { discover: true });
  const props = (id: string) => g.nodes.find((n) => n.id === id)!.props;
  const rel = (type: string) =>
    g.relationships.filter((r) => r.type === type).map((r) => [props(r.to).name, props(r.to).level, r.props.role]);
  return { doc: props(g.documentId), issued: rel("ISSUED_BY"), units: rel("RESPONSIBLE") };
}
