import { type Quad, Writer, type WriterOptions } from "n3";
import { PREFIXES } from "./namespaces.js";

/** Turtle text of the statements, written by N3.js with the project's prefixes. */
export function toTurtle(quads: Quad[]): Promise<string> {
  return write(quads, { format: "text/turtle", prefixes: { ...PREFIXES } });
}

/** N-Quads text of the statements (the interchange form JSON-LD is made from). */
export function toNQuads(quads: Quad[]): Promise<string> {
  return write(quads, { format: "N-Quads" });
}

function write(quads: Quad[], options: WriterOptions): Promise<string> {
  const writer = new Writer(options);
  writer.addQuads(quads);
  return new Promise((resolve, reject) => writer.end((error, text) => (error ? reject(error) : resolve(text))));
}
