import { Field, InputType, Int, ObjectType } from "type-graphql";
import { Level } from "../common/enums.js";

@InputType({
  description: "Facts about the document that its text lacks or states wrongly; each wins over what the text implies.",
})
export class IngestMetadata {
  @Field(() => Level, { nullable: true })
  level?: Level | null;

  @Field(() => String, {
    nullable: true,
    description: "Issuing body, e.g. 广州市黄埔区人民政府; also the jurisdiction its unit names are read in.",
  })
  issuer?: string | null;

  @Field(() => String, { nullable: true, description: "Date of issue, YYYY-MM-DD." })
  issuedOn?: string | null;

  @Field(() => String, { nullable: true, description: "文号 in any bracket style, e.g. 粤府办〔2021〕57号." })
  docNumber?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The document's official web page (absolute http(s) URL); becomes PolicyDocument.sourceUrl and the URL of its citations.",
  })
  sourceUrl?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The title, for a text without a recognisable title line (no `…关于印发《标题》的通知`, no title line before a salutation).",
  })
  title?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Marks the document as an invented example (also detected from a `# 虚构示例…` first line).",
  })
  example?: boolean | null;
}

@ObjectType({ description: "A document the ingested one cites, and whether it is still only a placeholder." })
export class LinkedDocument {
  @Field(() => String) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) docNumber?: string | null;
  @Field(() => Boolean, { description: "True while the cited document has not been ingested itself." })
  placeholder!: boolean;
  @Field(() => String, { description: "The citation as written." }) quote!: string;
}

@ObjectType({
  description: "An entity the gazetteer lacks, found by the patterns official documents use; curators may add it.",
})
export class DiscoveredEntity {
  @Field(() => String) id!: string;
  @Field(() => String, { description: "Agency, Organization, Platform or Zone." }) label!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => Boolean, { description: "True when nameEn was composed from the glossary of standard unit names." })
  nameEnComposed!: boolean;
  @Field(() => String, { description: "The words it was found in." }) quote!: string;
}

@ObjectType({ description: "A node in an ingest diff: what it is, so a person can check the change." })
export class IngestDiffNode {
  @Field(() => String) id!: string;
  @Field(() => String, { description: "Its label: Task, Target, Measure, Agency…" }) kind!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: "A relationship the new text no longer makes, by type and the names of its ends." })
export class IngestDiffRelationship {
  @Field(() => String) id!: string;
  @Field(() => String) type!: string;
  @Field(() => String, { description: "Name of its start node." }) from!: string;
  @Field(() => String, { description: "Name of its end node." }) to!: string;
}

@ObjectType({ description: "What a document had at its last load." })
export class IngestCounts {
  @Field(() => Int, { description: "Its own nodes: actions, tasks, measures, targets." }) nodes!: number;
  @Field(() => Int) relationships!: number;
}

@ObjectType({ description: "What the ingest adds, changes and removes, by name, against the document's last load." })
export class IngestDiff {
  @Field(() => [IngestDiffNode]) added!: IngestDiffNode[];
  @Field(() => [IngestDiffNode], {
    description: "Nodes already in the graph that this document writes or adds evidence to.",
  })
  changed!: IngestDiffNode[];
  @Field(() => [IngestDiffNode]) removed!: IngestDiffNode[];
  @Field(() => [IngestDiffRelationship]) removedRelationships!: IngestDiffRelationship[];
  @Field(() => IngestCounts) before!: IngestCounts;
}

@ObjectType({ description: "What ingestDocument did, or in a dry run would do." })
export class IngestReport {
  @Field(() => String) documentId!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) docNumber?: string | null;
  @Field(() => String, {
    description: "ADDED, UPGRADED (was a placeholder), UPDATED (changed text) or UNCHANGED (same content hash).",
  })
  status!: string;
  @Field(() => Boolean) dryRun!: boolean;
  @Field(() => Boolean, { description: "True for an invented example document." }) example!: boolean;
  @Field(() => [String], { description: "Ids of nodes that were not in the graph." }) added!: string[];
  @Field(() => [String], {
    description: "Ids of nodes already in the graph that this document writes or adds evidence to.",
  })
  changed!: string[];
  @Field(() => [String], { description: "Ids of nodes this document produced before and no longer does." })
  removed!: string[];
  @Field(() => Int) relationships!: number;
  @Field(() => Int) removedRelationships!: number;
  @Field(() => IngestDiff, { description: "The same with kinds and names, and what the document had before." })
  diff!: IngestDiff;
  @Field(() => Boolean, {
    description:
      "True when the update removes more than 10% of the document's nodes (at least 3) or relationships (at least 10): written only with replace: true.",
  })
  removesTooMuch!: boolean;
  @Field(() => [LinkedDocument]) linked!: LinkedDocument[];
  @Field(() => [DiscoveredEntity]) discovered!: DiscoveredEntity[];
  @Field(() => [String]) warnings!: string[];
}
