import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { ErrorCode } from "../../errors/error-code.js";
import { BadUserInputError, ClientError } from "../../errors/client-errors.js";
import { isHttpUrl } from "../../ingest/gazetteer.js";
import { checkTitle, IngestError } from "../../ingest/ingest-errors.js";
import type { Context } from "../context.js";
import { IngestMetadata, IngestReport } from "./ingest.type.js";

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestReport, {
    description:
      "Ingests one policy document, given as `text` or fetched from `url` (an HTML article page, a PDF, a Word .docx or plain text): normalise, extract, resolve, then load in one transaction (dryRun: report only, with the diff). " +
      "A url must be public: private, loopback and link-local addresses are refused with URL_REFUSED unless INGEST_URL_ALLOW lists them; a fetch that fails is FETCH_FAILED. " +
      "An update that would remove more than 10% of what the document said before is refused with UPDATE_REMOVES_TOO_MUCH unless replace is true. " +
      "Needs `Authorization: Bearer <INGEST_TOKEN>`; disabled when no token is configured.",
  })
  async ingestDocument(
    @Arg("text", () => String, {
      nullable: true,
      description: "The document's text (UTF-8). Give text or url, not both.",
    })
    text: string | null,
    @Arg("url", () => String, {
      nullable: true,
      description:
        "An http(s) URL of the document: a government article page, a PDF, a .docx or a text file. It becomes the document's sourceUrl unless metadata gives one.",
    })
    url: string | null,
    @Arg("metadata", () => IngestMetadata, { nullable: true }) metadata: IngestMetadata | null,
    @Arg("dryRun", () => Boolean, { nullable: true, defaultValue: false }) dryRun: boolean,
    @Arg("replace", () => Boolean, {
      nullable: true,
      defaultValue: false,
      description:
        "Write an update even when it removes more than the safe share of the document (see removesTooMuch).",
    })
    replace: boolean,
    @Ctx() ctx: Context,
  ): Promise<IngestReport> {
    const access = ctx.ingest;
    if (!access?.enabled)
      throw new ClientError(
        "ingestDocument is disabled on this server: set INGEST_TOKEN to enable it.",
        ErrorCode.FORBIDDEN,
      );
    if (access.authorized === null)
      throw new ClientError(
        "ingestDocument needs the header `Authorization: Bearer <token>`.",
        ErrorCode.UNAUTHENTICATED,
      );
    if (!access.authorized)
      throw new ClientError("The bearer token is not valid for ingestDocument.", ErrorCode.UNAUTHENTICATED);
    if ((text == null) === (url == null))
      throw new BadUserInputError("Give the document as text or as url (one of them).", text == null ? "text" : "url");
    if (metadata?.issuedOn && !/^\d{4}-\d{2}-\d{2}$/.test(metadata.issuedOn))
      throw new BadUserInputError(`metadata.issuedOn must be YYYY-MM-DD, but is "${metadata.issuedOn}".`, "metadata");
    if (metadata?.sourceUrl && !isHttpUrl(metadata.sourceUrl))
      throw new BadUserInputError(
        `metadata.sourceUrl must be an absolute http(s) URL, but is "${metadata.sourceUrl.slice(0, 200)}".`,
        "metadata",
      );
    let title: string | undefined;
    try {
      title = metadata?.title == null ? undefined : checkTitle(metadata.title, "metadata.title");
    } catch (error) {
      throw new BadUserInputError((error as Error).message, "metadata");
    }
    const input = {
      dryRun: dryRun ?? false,
      replace: replace ?? false,
      example: metadata?.example ?? false,
      // Absent fields are dropped where metadata is merged (provenance.ts), so a page's own facts still apply.
      metadata: {
        level: metadata?.level ?? undefined,
        issuer: metadata?.issuer ?? undefined,
        issuedOn: metadata?.issuedOn ?? undefined,
        docNumber: metadata?.docNumber ?? undefined,
        sourceUrl: metadata?.sourceUrl ?? undefined,
        title,
      },
    };
    try {
      // A URL from a client is fetched with the address guard: the server must not be a way into its own network.
      if (url != null) return await access.pipeline.ingestUrl(url, input, { guarded: true });
      return await access.pipeline.ingest({ ...input, text: text!, source: "text" });
    } catch (error) {
      if (error instanceof IngestError && error.problem === "UPDATE_REMOVES_TOO_MUCH" && error.report) {
        // What it would remove, for a client to show before a person decides on replace: true.
        const { documentId, diff } = error.report;
        throw new ClientError(error.message, ErrorCode.UPDATE_REMOVES_TOO_MUCH, {
          argument: "text",
          problem: error.problem,
          documentId,
          before: diff.before,
          removed: diff.removed,
          removedRelationships: diff.removedRelationships,
        });
      }
      if (error instanceof IngestError)
        throw new ClientError(error.message, ErrorCode.BAD_USER_INPUT, {
          argument: url != null ? "url" : "text",
          problem: error.problem,
        });
      throw error;
    }
  }
}
