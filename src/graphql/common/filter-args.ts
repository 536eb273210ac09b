import { Arg } from "type-graphql";
import { Level, ResponsibleRole } from "./enums.js";

// Multi-value filters of relationship fields. A single value is accepted too: GraphQL coerces
// `role: LEAD` to `[LEAD]`. An empty or absent list keeps everything.

/** `role: [ResponsibleRole!]` on the fields that follow RESPONSIBLE. */
export function RoleFilter() {
  return Arg("role", () => [ResponsibleRole], {
    nullable: true,
    description: "Keeps only responsibilities of these roles (e.g. [LEAD]); all when omitted.",
  });
}

/** `level: [Level!]` on the fields that reach documents. */
export function LevelFilter() {
  return Arg("level", () => [Level], {
    nullable: true,
    description: "Keeps only documents of these levels (e.g. [NATIONAL, PROVINCIAL]); all when omitted.",
  });
}
