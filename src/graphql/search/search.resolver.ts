import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Info, Int, Query, Resolver } from "type-graphql";
import { BadUserInputError } from "../../errors/client-errors.js";
import { toSimplified } from "../../ingest/normalise.js";
import { LIMITS } from "../../arguments/limits.js";
import { checkRange } from "../../arguments/validate.js";
import type { Context } from "../context.js";
import { searchPlan } from "../engine/plans.js";
import { toLuceneQueries } from "./lucene.js";
import { SearchHit } from "./search-hit.type.js";
import { snippetFor } from "./snippet.js";

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      "Full-text search over every entity's names (Chinese and English), aliases and texts. Traditional characters are converted to Simplified first, so 區塊鏈 finds 区块链. Hits holding every word of the query come first (a Chinese word counts when all its pairs of adjacent characters are there, as the index reads it); when they are fewer than `first`, hits holding any word or part of one follow, the exact text ranked highest among them.",
  })
  async search(
    @Arg("query", () => String) query: string,
    @Arg("first", () => Int, { defaultValue: 10, description: "Number of hits, 1–50." }) first: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchHit[]> {
    checkRange("first", first, 1, LIMITS.maxSearchResults);
    if (query.length > LIMITS.maxSearchQueryLength) {
      throw new BadUserInputError(
        `query must be at most ${LIMITS.maxSearchQueryLength} characters, but has ${query.length}.`,
        "query",
      );
    }
    const simplified = toSimplified(query);
    const lucene = toLuceneQueries(simplified);
    if (!lucene) return [];
    const props = searchPlan(info);
    // Hits with every word come first; the looser reading (any word, any pair of its
    // characters) fills the page only when they are too few, so a hit holding one word never
    // outranks one holding all of them.
    const rows = await ctx.db.read("search-entities", { query: lucene.strict, limit: first, props });
    if (rows.length < first) {
      const seen = new Set(rows.map((r) => JSON.stringify(r.values)));
      const more = await ctx.db.read("search-entities", { query: lucene.loose, limit: first, props });
      rows.push(...more.filter((r) => !seen.has(JSON.stringify(r.values))).slice(0, first - rows.length));
    }
    const words = [simplified.trim(), ...simplified.split(/\s+/)].filter(Boolean);
    return rows.map((r) => {
      const node = ctx.loaders.store.remember(props, r.values as unknown[]);
      return { node, score: r.score as number, snippet: snippetFor(node, words) } as unknown as SearchHit;
    });
  }
}
