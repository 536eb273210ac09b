import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { evidenceLink, textFragmentLink } from "../../citations/links.js";
import type { Context } from "../context.js";
import type { EvidenceRecord } from "../records.js";
import { Evidence } from "./evidence.type.js";

/** Links to an evidence's words: in this service's reader, and on the document's official page. */
@Resolver(() => Evidence)
export class EvidenceLinksResolver {
  @FieldResolver(() => String, {
    description:
      "Stable deep link to the quote: this service's reader of the document's normalised text, the quote marked and scrolled to (PUBLIC_URL/documents/<id>?start=S&end=E#quote).",
  })
  link(@Root() e: EvidenceRecord, @Ctx() ctx: Context): string {
    return evidenceLink(ctx.publicUrl, e.documentId, e.start, e.end);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The document's official page (sourceUrl) with a text fragment (#:~:text=…) that supporting browsers highlight; null when the document has no sourceUrl. A quote with punctuation is reduced to its longest run without it, since the page may write punctuation full-width.",
  })
  async sourceLink(@Root() e: EvidenceRecord, @Ctx() ctx: Context): Promise<string | null> {
    const doc = await ctx.loaders.nodeWith(e.documentId, ["sourceUrl"]);
    const url = doc?.sourceUrl;
    return typeof url === "string" && url !== "" ? textFragmentLink(url, e.quote) : null;
  }
}
