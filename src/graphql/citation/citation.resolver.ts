import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { type CitationSource, findCitationSources, renderCitations } from "../../citations/index.js";
import { ClientError } from "../../errors/client-errors.js";
import { ErrorCode } from "../../errors/error-code.js";
import type { Context } from "../context.js";
import { PolicyDocument } from "../document/policy-document.type.js";
import type { NodeRecord } from "../records.js";
import { CitationFormat } from "./citation-format.enum.js";

/** Citations of policy documents, the same files as /export/citations.{json,bib,ris,txt}. */
@Resolver(() => PolicyDocument)
export class CitationResolver {
  @Query(() => String, {
    description:
      "Citations of policy documents as one file (CSL-JSON, BibTeX, RIS or a GB/T 7714-2015 reference list): those with `ids`, in that order, or all of them in listing order. The same as GET /export/citations.{json,bib,ris,txt}?ids=….",
  })
  async citations(
    @Arg("format", () => CitationFormat) format: CitationFormat,
    @Arg("ids", () => [ID], { nullable: true, description: "PolicyDocument ids; all documents when omitted." })
    ids: string[] | null,
    @Ctx() ctx: Context,
  ): Promise<string> {
    return renderCitations(await citationSourcesOrFail(ctx, ids ?? undefined), format);
  }

  @FieldResolver(() => String, {
    description:
      "This document's citation in `format` (CSL-JSON: an array of one item; GB/T 7714: a list of one, numbered [1]).",
  })
  async citation(
    @Root() d: NodeRecord,
    @Arg("format", () => CitationFormat) format: CitationFormat,
    @Ctx() ctx: Context,
  ): Promise<string> {
    const source = await ctx.loaders.citationSources.load(d.id);
    if (!source) throw new ClientError(`${d.id} is not a policy document.`, ErrorCode.NOT_FOUND, { id: d.id });
    return renderCitations([source], format);
  }
}

/** The documents with `ids` (all when undefined); a NOT_FOUND error naming every id that is no policy document. */
export async function citationSourcesOrFail(ctx: Context, ids?: string[]): Promise<CitationSource[]> {
  const sources = await findCitationSources(ctx.db, ids);
  const missing = (ids ?? []).filter((id) => !sources.some((s) => s.id === id));
  if (missing.length > 0) {
    throw new ClientError(
      `No policy document has the id ${missing.map((m) => `"${m.slice(0, 200)}"`).join(", ")}. Ids look like "PolicyDocument:gz-ai-plan-2020-2022".`,
      ErrorCode.NOT_FOUND,
      { ids: missing },
    );
  }
  return sources;
}
