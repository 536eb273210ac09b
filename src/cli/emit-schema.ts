// `npm run schema`: writes schema.graphql from the code (sorted, with a "generated" header).
import fs from "node:fs";
import path from "node:path";
import { buildGraphQLSchema, printSortedSchema } from "../graphql/schema.js";

const target = path.resolve(import.meta.dirname, "../../schema.graphql");
fs.writeFileSync(target, printSortedSchema(await buildGraphQLSchema()));
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
