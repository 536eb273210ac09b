/**
 * The fields of each edge type that resolve its start and its end node. The engine reads those at
 * the far end of a relationship field, to fetch that node's properties in the same statement. An
 * end with several fields lists the most general first (`assignment`, an interface both `measure`
 * and `task` implement): the fields below them are planned on that type.
 */
export const EDGE_ENDS: Readonly<Record<string, { start: readonly string[]; end: readonly string[] }>> = {
  IssuedBy: { start: ["document"], end: ["agency"] },
  Responsible: { start: ["assignment", "measure", "task", "action"], end: ["agency"] },
  Supports: { start: ["task"], end: ["platform"] },
  Develops: { start: ["task"], end: ["zone"] },
  OperatedBy: { start: ["platform"], end: ["organization"] },
  Implements: { start: ["document"], end: ["implemented"] },
  Repeals: { start: ["document"], end: ["repealed"] },
  Sets: { start: ["document"], end: ["target"] },
  HasPart: { start: ["whole"], end: ["part"] },
  Mentions: { start: ["mentioner"], end: ["mentioned"] },
};
