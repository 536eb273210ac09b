import type { GovernmentLevel } from "./gazetteer.js";

/** Facts about a document given by whoever ingests it; each wins over what the text implies. */
export interface DocumentMetadata {
  level?: GovernmentLevel;
  /** Issuing body (`广州市黄埔区人民政府`): also sets the jurisdiction its unit names are read in. */
  issuer?: string;
  /** ISO date of issue. */
  issuedOn?: string;
  /** 文号, in any bracket style. */
  docNumber?: string;
  /** The document's official web page (absolute http(s) URL), where its text was published. */
  sourceUrl?: string;
  /** The title, for a text that has none the extractor recognises (no notice line, no title line before a salutation). */
  title?: string;
}

/** A document already in the graph: a full one (it has text) or a placeholder that was only cited. */
export interface KnownDocument {
  id: string;
  full: boolean;
  title: string;
  docNumber: string | null;
  /** Its place in listings (the offset of its title), kept when another document cites it. */
  ord?: number | null;
}

/** Finds a document of the graph by normalised 文号, or failing that by normalised title. */
export type DocumentLookup = (docNumber: string | null, title: string) => KnownDocument | undefined;

export interface ExtractOptions {
  metadata?: DocumentMetadata;
  /** Documents already in the graph, so the document and those it cites keep their ids. */
  documents?: DocumentLookup;
  /** Find organisations, platforms and zones the gazetteer lacks by pattern (off for the curated seed). */
  discover?: boolean;
  /** Marks what this document creates as an invented example (`example: true`). */
  example?: boolean;
}

/** A document the text cites, and the node it became. */
export interface CitedDocument {
  id: string;
  title: string;
  docNumber: string | null;
  /** False when it matched a document already ingested in full. */
  placeholder: boolean;
  quote: string;
}
