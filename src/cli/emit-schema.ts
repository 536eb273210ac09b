// `npm run schema`: writes schema.graphql from the code (sorted, with a "generated" header).
import fs from "node:fs";
import path from "node:path";
import { buildGraphQLSchema, printSortedSchema } from "../graphql/schema.js";
import { PROJECT_ROOT } from "../project-root.js";

const target = path.join(PROJECT_ROOT, "schema.graphql");
fs.writeFileSync(target, printSortedSchema(await buildGraphQLSchema()));
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
