import { Field, ObjectType } from "type-graphql";

@ObjectType({
  simpleResolvers: true,
  description:
    "Relay page info. Page forward with first/after (pass endCursor as `after`), or backward with last/before (pass startCursor as `before`).",
})
export class PageInfo {
  @Field(() => Boolean, {
    description:
      "Paging forward: more items follow this page. Paging backward: true when the page was requested with `before` (items exist after it).",
  })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description:
      "Paging backward: more items precede this page. Paging forward: true when the page was requested with `after` (items exist before it).",
  })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the page's first item: `before` for the page before it.",
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the page's last item: `after` for the page after it.",
  })
  endCursor!: string | null;
}
