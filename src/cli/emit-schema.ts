// `npm run schema`: writes schema.graphql from the code (sorted, with a "generated" header), and the
// client kit in client/ (Apollo and urql cache configurations) from the same schema.
import fs from "node:fs";
import path from "node:path";
import { clientKitFiles } from "../graphql/client-kit/client-kit.js";
import { buildGraphQLSchema, printSortedSchema } from "../graphql/schema.js";
import { PROJECT_ROOT } from "../project-root.js";

const schema = await buildGraphQLSchema();
const outputs: Record<string, string> = { "schema.graphql": printSortedSchema(schema) };
for (const [name, text] of Object.entries(clientKitFiles(schema))) outputs[path.join("client", name)] = text;

for (const [name, text] of Object.entries(outputs)) {
  const target = path.join(PROJECT_ROOT, name);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
  console.log(`Wrote ${path.relative(process.cwd(), target)}`);
}
