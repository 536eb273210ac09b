import { FieldResolver, Resolver, Root } from "type-graphql";
import { Action } from "../action/action.type.js";
import { Measure } from "../measure/measure.type.js";
import type { NodeRecord } from "../records.js";
import { Target } from "../target/target.type.js";
import { Task } from "../task/task.type.js";

// The parts of an invented example document carry its `example` mark too, so a client that lists
// tasks or targets across documents can leave the fiction out.
const DESCRIPTION = "True when it belongs to an invented example document (test fixtures, demos): never real policy.";
const isExample = (n: NodeRecord): boolean => n.example === true;

@Resolver(() => Task)
export class TaskExampleResolver {
  @FieldResolver(() => Boolean, { description: DESCRIPTION }) example(@Root() n: NodeRecord) { return isExample(n); }
}

@Resolver(() => Measure)
export class MeasureExampleResolver {
  @FieldResolver(() => Boolean, { description: DESCRIPTION }) example(@Root() n: NodeRecord) { return isExample(n); }
}

@Resolver(() => Action)
export class ActionExampleResolver {
  @FieldResolver(() => Boolean, { description: DESCRIPTION }) example(@Root() n: NodeRecord) { return isExample(n); }
}

@Resolver(() => Target)
export class TargetExampleResolver {
  @FieldResolver(() => Boolean, { description: DESCRIPTION }) example(@Root() n: NodeRecord) { return isExample(n); }
}
