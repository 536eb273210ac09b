import type { Request, Response } from "express";
import { evidenceLink } from "../citations/links.js";
import { ErrorCode } from "../errors/error-code.js";
import { sendJsonError } from "./json-errors.js";

/**
 * `GET /id/<id>` makes the RDF export's IRIs dereferenceable, the linked-data way (a 303 See Other
 * to a description of the thing, never the thing itself): a node's IRI leads to the RDF of its
 * one-hop neighbourhood, a relationship's (`TYPE|from|to`) to that of its start node (which
 * includes the relationship). Turtle unless the client prefers JSON-LD (`Accept: application/ld+json`).
 * A client that prefers HTML (a browser) goes to the explorer instead, showing that node (a
 * relationship's start node) with its neighbours and selected: its `#x=<id>&s=<id>` view.
 */
export function idRoute(publicUrl: string) {
  return (req: Request, res: Response): void => {
    const id = String(req.params.id ?? "");
    const relationship = /^[A-Z_]+\|([^|]+)\|[^|]+$/.exec(id);
    const node = relationship ? relationship[1]! : id;
    // RDF/XML is not served; its clients get Turtle, as every RDF client without a preference does.
    const preferred = req.accepts(["text/turtle", "application/ld+json", "application/rdf+xml", "text/html"]);
    res.vary("Accept");
    if (preferred === "text/html") {
      res.redirect(
        303,
        `${publicUrl}/#${new URLSearchParams([
          ["x", node],
          ["s", node],
        ])}`,
      );
      return;
    }
    const ext = preferred === "application/ld+json" ? "jsonld" : "ttl";
    res.redirect(303, `${publicUrl}/export/graph.${ext}?around=${encodeURIComponent(node)}&depth=1`);
  };
}

/** `GET /id/<document id>/quote/<start>-<end>` (a quotation's IRI) leads to the quoted words in the document reader. */
export function quotationRoute(publicUrl: string) {
  return (req: Request, res: Response): void => {
    const doc = String(req.params.doc ?? "");
    const span = /^(\d+)-(\d+)$/.exec(String(req.params.span ?? ""));
    if (!span) {
      sendJsonError(
        res,
        404,
        ErrorCode.NOT_FOUND,
        `A quotation is named /id/<document id>/quote/<start>-<end>, but the span was "${String(req.params.span).slice(0, 50)}".`,
      );
      return;
    }
    res.redirect(303, evidenceLink(publicUrl, doc, Number(span[1]), Number(span[2])));
  };
}
