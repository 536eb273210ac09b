import { ArgsType, Field, ID, Int } from "type-graphql";
import { RankBy } from "./count-spec.js";
import { Level, OrderBy } from "./enums.js";

@ArgsType()
export class ListArgs {
  @Field(() => Int, { nullable: true, description: "Page size when paging forward, 0 to 100 (default 20)." })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Cursor to start after (pageInfo.endCursor of the previous page).",
  })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Page size when paging backward (Relay's last/before): the last items before `before`, or of the whole list; 0 to 100. Not with first.",
  })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Cursor to end before (pageInfo.startCursor of the page after), paging backward.",
  })
  before?: string | null;

  @Field(() => OrderBy, { nullable: true, description: "Default POSITION (order of first appearance in the source)." })
  orderBy?: OrderBy | null;

  @Field(() => RankBy, {
    nullable: true,
    description:
      'Ranks the list by a count of each item\'s relationships instead (largest first, ties by id), e.g. agencies by the measures they lead: {types: ["RESPONSIBLE"], direction: IN, roles: ["LEAD"], otherKinds: ["Measure"]}. Not with orderBy.',
  })
  rankBy?: RankBy | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Keeps items whose Chinese name contains this text or whose English name contains it (case-insensitive).",
  })
  nameContains?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "Keeps items with a relationship (either direction) to this node, e.g. tasks related to Technology:blockchain.",
  })
  relatedTo?: string | null;
}

@ArgsType()
export class LevelListArgs extends ListArgs {
  @Field(() => [Level], {
    nullable: true,
    description:
      "Keeps items of these levels of government (one, e.g. NATIONAL, or several, e.g. [NATIONAL, PROVINCIAL]).",
  })
  level?: Level[] | null;
}

@ArgsType()
export class CategoryListArgs extends ListArgs {
  @Field(() => String, {
    nullable: true,
    description: "Keeps items of this category (e.g. PARK, LABORATORY, ENTERPRISE).",
  })
  category?: string | null;
}

@ArgsType()
export class ZoneListArgs extends LevelListArgs {
  @Field(() => String, {
    nullable: true,
    description:
      "Keeps zones of this category (PARK, PILOT_ZONE, DEMONSTRATION_ZONE, BASE, INNOVATION_CENTRE, DEMONSTRATION_CITY).",
  })
  category?: string | null;
}

@ArgsType()
export class DocumentListArgs extends LevelListArgs {
  @Field(() => String, {
    nullable: true,
    description: "Keeps documents of this type (PLAN, ACTION_PLAN, IMPLEMENTATION_PLAN, NOTICE).",
  })
  type?: string | null;
}

@ArgsType()
export class PartListArgs extends ListArgs {
  @Field(() => ID, {
    nullable: true,
    description: "Keeps parts of this whole (tasks of an action, actions of a document).",
  })
  partOf?: string | null;
}
