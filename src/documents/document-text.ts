import type { Database } from "../db/database.js";

/** A policy document as its reader page shows it. `text` is null for a document only cited. */
export interface DocumentText {
  id: string;
  title: string;
  titleEn: string | null;
  docNumber: string | null;
  issueDate: string | null;
  sourceUrl: string | null;
  example: boolean;
  text: string | null;
}

/** The document with `id` and its normalised text, or undefined when no policy document has that id. */
export async function findDocumentText(db: Database, id: string): Promise<DocumentText | undefined> {
  const [row] = await db.read("find-document-text", { id });
  return row as unknown as DocumentText | undefined;
}
