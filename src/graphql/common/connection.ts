import type { ClassType } from "type-graphql";
import { Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "./page-info.type.js";

/** A Relay connection type for `Item`: `edges { node cursor }`, `pageInfo`, `totalCount`. */
export function connectionOf<T extends object>(Item: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => Item)
    node!: T;

    @Field(() => String)
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    /** Counted only when asked for: the value is a lazy thenable that runs its query on first use. */
    @Field(() => Int, { description: "Number of items matching the filters, across all pages." })
    totalCount!: number | PromiseLike<number>;
  }
  return Connection;
}

/**
 * A promise-like that starts `run` only when awaited: graphql-js awaits a field's value only when the
 * client selected that field, so an unrequested totalCount never reaches the database.
 */
export function lazy<T>(run: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | undefined;
  return { then: (ok, fail) => (started ??= run()).then(ok, fail) };
}
