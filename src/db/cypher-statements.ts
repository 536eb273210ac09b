import fs from "node:fs";
import path from "node:path";

/**
 * The project's Cypher, one statement per `.cypher` file, loaded once at start-up and looked up by
 * file name without extension (`find-neighbours`). Sub-folders group statements (`schema/`) and are
 * part of the name (`schema/create-entity-id-constraint`).
 */
export class CypherStatements {
  private constructor(private readonly byName: ReadonlyMap<string, string>) {}

  /** Reads every `.cypher` file under `dir`. */
  static load(dir: string): CypherStatements {
    const byName = new Map<string, string>();
    for (const file of fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
      if (!file.endsWith(".cypher")) continue;
      const name = file.slice(0, -".cypher".length).split(path.sep).join("/");
      byName.set(name, fs.readFileSync(path.join(dir, file), "utf8").trim());
    }
    return new CypherStatements(byName);
  }

  /** The statement text; an unknown name is a programming error and throws at once. */
  get(name: string): string {
    const text = this.byName.get(name);
    if (text === undefined)
      throw new Error(`No Cypher statement "${name}" in cypher/ (known: ${[...this.byName.keys()].join(", ")})`);
    return text;
  }

  /** All names, sorted; `prefix` keeps those in one folder (`schema/`). */
  names(prefix = ""): string[] {
    return [...this.byName.keys()].filter((n) => n.startsWith(prefix));
  }
}
