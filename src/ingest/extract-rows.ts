// The rows of a document's task tables as tasks, apart from extract-parts.ts so each stays short.
import type { Gazetteer } from "./gazetteer.js";
import type { GraphBuilder } from "./graph-builder.js";
import { addTask, freeId, type Owner, pad, relateUnits, type UnitResolver } from "./extract-parts.js";
import type { Section } from "./structure-types.js";

/**
 * The rows of a section's task tables are tasks of the document, with the units of their 牵头/配合
 * cells; rows under a section row of their table (`一、夯实数字底座`) are tasks of the action it
 * names, which becomes an Action of the document the first time a row under it is read. A row
 * that restates an item of the text by its name (a 重点任务分工表 in an attachment) is that item:
 * its units become the item's, and no second task is made.
 */
export function extractRows(
  b: GraphBuilder,
  text: string,
  section: Section,
  docId: string,
  docKey: string,
  t: Gazetteer["translations"],
  owners: Owner[],
  units: UnitResolver,
): void {
  const groupIds = new Map<number, string>();
  for (const row of section.rows) {
    const restated = restatedItem(b, row.item.name ?? row.item.title.text);
    if (restated) {
      // The row is that item, never a second task: its units join those the text gave it (a unit named in both keeps the text's role).
      if (row.clause) relateUnits(b, restated, row.clause, units);
      continue;
    }
    const group = row.group;
    if (group && !groupIds.has(group.full.start)) {
      const gid = freeId(b, "Action", docKey, [
        `action-${group.ordinal}`,
        `action-${section.ordinal}-${group.ordinal}`,
        `action-row-${group.full.start}`,
      ]);
      groupIds.set(group.full.start, gid);
      b.node(
        gid,
        "Action",
        { name: group.title.text, nameEn: null, ordinal: group.ordinal, document: docId, ord: group.full.start },
        group.title,
      );
      b.relate("HAS_PART", docId, gid, { ordinal: group.ordinal }, group.full);
    }
    const id = freeId(b, "Task", docKey, [
      `task-${pad(row.item.ordinal)}`,
      `task-${section.ordinal}-row-${pad(row.item.ordinal)}`,
      `task-row-${row.line.start}`,
    ]);
    addTask(
      b,
      text,
      row.item,
      group ? groupIds.get(group.full.start)! : docId,
      id,
      docId,
      t,
      owners,
      units,
      row.clause,
    );
  }
}

/** The one task or measure of the text so far named `name`, or null. */
function restatedItem(b: GraphBuilder, name: string): string | null {
  const ids = [...b.idsNamed("Task", name), ...b.idsNamed("Measure", name)];
  return ids.length === 1 ? ids[0]! : null;
}
