import { Arg, Ctx, Extensions, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { Evidence } from "../common/evidence.type.js";
import { LIMITS } from "../../arguments/limits.js";
import { checkRange } from "../../arguments/validate.js";
import type { Context } from "../context.js";
import type { EvidenceRecord, NodeRecord } from "../records.js";
import { Node } from "./node.interface.js";

/**
 * A node's evidence, paged: a node named by thousands of documents has thousands of quotes, stored
 * apart from it (one record per quote) and read a page at a time, with the count beside it. The
 * fields read no stored property of the node (`reads: []`), so the engine fetches none for them.
 */
@Resolver(() => Node)
export class NodeEvidenceResolver {
  @FieldResolver(() => [Evidence], {
    description:
      "Where the source texts name this entity, a page at a time (by document id, then place in its text); `evidenceCount` says how many there are. " +
      "Empty for facts that come only from curated data.",
  })
  @Extensions({ reads: [] })
  evidence(
    @Root() n: NodeRecord,
    @Arg("first", () => Int, {
      defaultValue: LIMITS.defaultPageSize,
      description: `How many quotes (1–${LIMITS.maxPageSize}).`,
    })
    first: number,
    @Arg("offset", () => Int, { defaultValue: 0, description: "How many quotes to skip first." }) offset: number,
    @Ctx() ctx: Context,
  ): Promise<EvidenceRecord[]> {
    checkRange("first", first, 1, LIMITS.maxPageSize);
    checkRange("offset", offset, 0, Number.MAX_SAFE_INTEGER);
    return ctx.loaders.nodeEvidence.load({ id: n.id, first, offset }).then((p) => p.items);
  }

  @FieldResolver(() => Int, {
    description: "How many quotes of source texts name this entity: the length of `evidence` paged to the end.",
  })
  @Extensions({ reads: [] })
  evidenceCount(@Root() n: NodeRecord, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.nodeEvidence.load({ id: n.id, first: 0, offset: 0 }).then((p) => p.total);
  }
}
