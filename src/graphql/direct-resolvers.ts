import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from "graphql";
import { getMetadataStorage } from "type-graphql";

/**
 * type-graphql wraps every field resolver of a resolver class: each call builds a resolver-data
 * object, sorts the parameter declarations, maps them to values and checks them for promises
 * before it calls the method. On a nested read that is one call per relationship field per node;
 * measured, the sort alone made 7% of what the request allocated. For the field resolvers whose
 * parameters are only `@Root()`, `@Ctx()` and `@Info()` (every relationship field), with no
 * middleware and no roles, the schema calls the same method directly, with the same arguments in
 * the same order. What the wrapper would do for them beyond that is nothing: no validation, no
 * conversion (these roots declare no type), no middleware.
 */

type Kind = "root" | "context" | "info";
/** Where each parameter comes from among graphql-js's (root, args, context, info). */
const FROM: Record<Kind, number> = { root: 0, context: 2, info: 3 };

interface ParamDeclaration {
  kind: string;
  index: number;
  propertyName?: string;
  getType?: unknown;
}
interface FieldResolverDeclaration {
  kind: string;
  target: new () => Record<string, (...xs: unknown[]) => unknown>;
  methodName: string;
  schemaName: string;
  params?: ParamDeclaration[];
  middlewares?: unknown[];
  roles?: unknown[];
  getObjectType?: () => unknown;
}

const isPlain = (p: ParamDeclaration): p is ParamDeclaration & { kind: Kind } =>
  p.kind in FROM && !p.propertyName && !p.getType;

/**
 * The type-graphql release whose internal metadata (not a public API) the declarations above
 * describe. package.json pins it; a test fails when either differs from what is installed.
 */
export const TYPE_GRAPHQL_WRITTEN_FOR = "2.0.0-rc.4";

/** The version of the type-graphql that Node loads from here, read from its package.json. */
export function installedTypeGraphQLVersion(): string {
  // The package does not export its package.json: find it above the entry file Node resolves.
  for (
    let dir = path.dirname(createRequire(import.meta.url).resolve("type-graphql"));
    dir !== path.dirname(dir);
    dir = path.dirname(dir)
  ) {
    const file = path.join(dir, "package.json");
    const pkg = fs.existsSync(file)
      ? (JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string; version?: string })
      : {};
    if (pkg.name === "type-graphql" && pkg.version) return pkg.version;
  }
  throw new Error("type-graphql's package.json was not found above the module Node resolves for it.");
}

/**
 * Refuses to read type-graphql's metadata when another version than {@link TYPE_GRAPHQL_WRITTEN_FOR}
 * is installed: its internals may have moved, and a wrong guess would call resolvers with the wrong
 * arguments instead of failing.
 */
export function assertTypeGraphQLVersion(installed = installedTypeGraphQLVersion()): void {
  if (installed === TYPE_GRAPHQL_WRITTEN_FOR) return;
  throw new Error(
    `src/graphql/direct-resolvers.ts reads type-graphql's internal metadata as type-graphql ${TYPE_GRAPHQL_WRITTEN_FOR} lays it out, but ${installed} is installed. ` +
      `Install ${TYPE_GRAPHQL_WRITTEN_FOR} again (npm ci), or check that getMetadataStorage().fieldResolvers still has the fields declared there and then update TYPE_GRAPHQL_WRITTEN_FOR.`,
  );
}

/** Replaces type-graphql's wrapper by a direct call where that changes nothing but the cost; returns how many. */
export function callFieldResolversDirectly(schema: GraphQLSchema, resolverClasses: readonly Function[]): number {
  assertTypeGraphQLVersion();
  const storage = getMetadataStorage() as unknown as {
    fieldResolvers: FieldResolverDeclaration[];
    objectTypes: { target: unknown; name: string }[];
  };
  const instances = new Map<Function, Record<string, (...xs: unknown[]) => unknown>>();
  let replaced = 0;
  for (const def of storage.fieldResolvers) {
    if (
      def.kind !== "external" ||
      !resolverClasses.includes(def.target) ||
      def.middlewares?.length ||
      def.roles?.length
    )
      continue;
    const params = [...(def.params ?? [])].sort((a, b) => a.index - b.index);
    if (!params.every(isPlain) || def.target.length > 0) continue;
    const typeName = storage.objectTypes.find((o) => o.target === def.getObjectType?.())?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    const field = isObjectType(type) ? type.getFields()[def.schemaName] : undefined;
    if (!field) continue;
    let instance = instances.get(def.target);
    if (!instance) instances.set(def.target, (instance = new def.target()));
    field.resolve = direct(
      instance,
      def.methodName,
      params.map((p) => FROM[p.kind as Kind]),
    );
    replaced++;
  }
  return replaced;
}

function direct(
  instance: Record<string, (...xs: unknown[]) => unknown>,
  methodName: string,
  from: number[],
): GraphQLFieldResolver<unknown, unknown> {
  const method = instance[methodName]!;
  if (from.join() === "0,2,3") return (root, _args, context, info) => method.call(instance, root, context, info);
  return (...xs: unknown[]) =>
    method.apply(
      instance,
      from.map((i) => xs[i]),
    );
}
