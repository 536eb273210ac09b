import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from "type-graphql";
import { fromEvidenceProperties } from "../../model/evidence-properties.js";
import { BadUserInputError } from "../../errors/client-errors.js";
import type { Context } from "../context.js";
import type { NodeRecord } from "../records.js";
import { CitationDirection, CitationHop } from "./citation-chain.type.js";
import { PolicyDocument } from "./policy-document.type.js";

const MAX_DEPTH = 6;

@Resolver(() => PolicyDocument)
export class CitationChainResolver {
  @FieldResolver(() => [CitationHop], {
    description:
      "The chain of IMPLEMENTS citations from this document UP to the documents it carries out, or DOWN to those carrying it out, hop by hop with evidence.",
  })
  async citationChain(
    @Root() d: NodeRecord,
    @Arg("direction", () => CitationDirection, { defaultValue: CitationDirection.UP }) direction: CitationDirection,
    @Arg("depth", () => Int, { defaultValue: MAX_DEPTH, description: `Hops to follow, 1–${MAX_DEPTH}.` }) depth: number,
    @Ctx() ctx: Context,
  ): Promise<CitationHop[]> {
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH)
      throw new BadUserInputError(`depth must be from 1 to ${MAX_DEPTH}, but is ${depth}.`, "depth");
    const rows = await ctx.db.read(
      direction === CitationDirection.UP ? "find-citation-chain-up" : "find-citation-chain-down",
      { id: d.id, depth },
    );
    return rows.map((row) => {
      const rel = row.rel as Record<string, unknown>;
      return {
        hop: row.hop as number,
        citingId: rel.startId as string,
        citedId: rel.endId as string,
        evidence: fromEvidenceProperties(rel),
      };
    });
  }

  @FieldResolver(() => Boolean, {
    description: "True for an invented example document (test fixtures, demos): never real policy.",
  })
  example(@Root() d: NodeRecord): boolean {
    return d.example === true;
  }

  @FieldResolver(() => Boolean, {
    description: "True for a document only cited so far: ingesting it fills in this same node.",
  })
  placeholder(@Root() d: NodeRecord): boolean {
    return d.placeholder === true;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The jurisdiction its unit names were read in (china, guangdong, guangzhou, huangpu, …).",
  })
  jurisdiction(@Root() d: NodeRecord): string | null {
    return (d.jurisdiction as string | undefined) ?? null;
  }
}

@Resolver(() => CitationHop)
export class CitationHopResolver {
  @FieldResolver(() => PolicyDocument, { description: "The document that cites." })
  citing(@Root() h: CitationHop, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.node(h.citingId, info);
  }

  @FieldResolver(() => PolicyDocument, { description: "The document cited." })
  cited(@Root() h: CitationHop, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.node(h.citedId, info);
  }
}
