import { DataFactory, type Literal, type NamedNode } from "n3";
import { documentTypeIri, type Iris } from "./iris.js";
import { EN, expand, ZH } from "./namespaces.js";
import type { ValueKind } from "./property-terms.js";

const { literal, namedNode } = DataFactory;

const XSD_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A number as xsd:integer when whole, else xsd:double (what JSON-LD's native numbers round-trip to). */
export function numberLiteral(n: number): Literal {
  return Number.isInteger(n)
    ? literal(String(n), namedNode(expand("xsd:integer")))
    : literal(String(n), namedNode(expand("xsd:double")));
}

/** One stored scalar as the RDF object its {@link ValueKind} asks for. */
export function objectFor(value: string | number | boolean, kind: ValueKind, iris: Iris): Literal | NamedNode {
  if (typeof value === "number" && kind !== "gYear") return numberLiteral(value);
  if (typeof value === "boolean") return literal(String(value), namedNode(expand("xsd:boolean")));
  const text = String(value);
  switch (kind) {
    case "zh":
      return literal(text, ZH);
    case "en":
      return literal(text, EN);
    case "date":
      return XSD_DATE.test(text) ? literal(text, namedNode(expand("xsd:date"))) : literal(text);
    case "gYear":
      return /^\d{4}$/.test(text) ? literal(text, namedNode(expand("xsd:gYear"))) : literal(text);
    case "entity":
      return namedNode(iris.entity(text));
    case "url":
      return namedNode(text);
    case "documentType":
      return namedNode(documentTypeIri(text));
    case "string":
    case "number":
    case "boolean":
      return literal(text);
    default: {
      const unknown: never = kind;
      throw new TypeError(`Expected a ValueKind, got ${String(unknown)}.`);
    }
  }
}
