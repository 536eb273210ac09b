import { expand, PG } from "./namespaces.js";

/**
 * The standard classes of each node label. Every node is also of the project class `pg:<Label>`
 * (see {@link nodeClasses}), so each label can be counted exactly even where two labels share a
 * standard class (actions, tasks and measures are all ELI subdivisions). Platforms and targets
 * have no standard class that fits well enough: they carry their project class only, besides the
 * target's schema:QuantitativeValue for its value and unit.
 */
const STANDARD_CLASSES: Readonly<Record<string, readonly string[]>> = {
  PolicyDocument: [expand("eli:LegalResource")],
  Agency: [expand("schema:GovernmentOrganization")],
  Organization: [expand("schema:Organization")],
  Platform: [],
  Zone: [expand("schema:Place")],
  Target: [expand("schema:QuantitativeValue")],
  Action: [expand("eli:LegalResourceSubdivision")],
  Task: [expand("eli:LegalResourceSubdivision")],
  Measure: [expand("eli:LegalResourceSubdivision")],
  Technology: [expand("skos:Concept")],
  Domain: [expand("skos:Concept")],
};

/** The project class of a node label: `pg:Task`. */
export function projectClass(label: string): string {
  return `${PG}${encodeURIComponent(label)}`;
}

/** Every rdf:type of a node: its project class first, then its standard classes (none for a label not in the model). */
export function nodeClasses(label: string): string[] {
  return [projectClass(label), ...(STANDARD_CLASSES[label] ?? [])];
}

/**
 * The predicate of the direct triple `(from) predicate (to)` a relationship is written as.
 *
 * - IMPLEMENTS is `eli:applies`: ELI deprecated `eli:implements` in 1.1 in favour of `applies`, whose
 *   definition names this case ("a legislation from a local authority conforms with a national
 *   legislation"); `eli:based_on` means legal empowerment by an enabling act, which 为贯彻落实 is not.
 * - REPEALS is `eli:repeals` ("this resource repeals the target resource"): 原《…》(…号)同时废止 ends
 *   the cited document's force, which is what ELI means by it.
 * - ISSUED_BY is `eli:passed_by` for the ISSUER (the body that made and signed it) and
 *   `eli:responsibility_of_agent` for an APPROVER (经…同意), which is responsible without authoring.
 * - HAS_PART is `eli:has_part`; MENTIONS is `schema:mentions`.
 * - SETS, RESPONSIBLE, SUPPORTS, DEVELOPS and OPERATED_BY have no standard equivalent close enough,
 *   and use project terms, as does any type a future version adds (`pg:<camelCase type>`).
 */
export function relationshipPredicate(type: string, props: Record<string, unknown>): string {
  switch (type) {
    case "IMPLEMENTS":
      return expand("eli:applies");
    case "REPEALS":
      return expand("eli:repeals");
    case "ISSUED_BY":
      return props.role === "APPROVER" ? expand("eli:responsibility_of_agent") : expand("eli:passed_by");
    case "HAS_PART":
      return expand("eli:has_part");
    case "MENTIONS":
      return expand("schema:mentions");
    default:
      return `${PG}${encodeURIComponent(camelCase(type))}`;
  }
}

/** The class of a relationship's qualified resource: `pg:Implements`, `pg:IssuedBy`, … (each a kind of `pg:Relationship`). */
export function relationshipClass(type: string): string {
  const camel = camelCase(type);
  return `${PG}${encodeURIComponent(camel.charAt(0).toUpperCase() + camel.slice(1))}`;
}

/** `OPERATED_BY` → `operatedBy`. */
function camelCase(type: string): string {
  return type.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
