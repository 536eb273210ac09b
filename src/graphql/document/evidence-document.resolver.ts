import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import type { MaybePromise } from "../loaders.js";
import type { EvidenceRecord, NodeRecord } from "../records.js";
import { PolicyDocument } from "./policy-document.type.js";
import { Evidence } from "../common/evidence.type.js";

/** The `document` of an evidence: the policy document whose text its offsets index. */
@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => PolicyDocument, { description: "The document whose text the offsets index." })
  document(
    @Root() e: EvidenceRecord,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): MaybePromise<NodeRecord | null> {
    return ctx.loaders.node(e.documentId, info);
  }
}
