import { type ClassType, FieldResolver, Resolver, Root } from "type-graphql";
import { Action } from "../action/action.type.js";
import { Measure } from "../measure/measure.type.js";
import type { NodeRecord } from "../records.js";
import { Target } from "../target/target.type.js";
import { Task } from "../task/task.type.js";

// The parts of an invented example document carry its `example` mark too, so a client that lists
// tasks or targets across documents can leave the fiction out.
const DESCRIPTION = "True when it belongs to an invented example document (test fixtures, demos): never real policy.";

/** The `example` field of `type`: true only where the stored mark is (absent means real policy). */
function exampleMarkResolver(type: ClassType): ClassType {
  @Resolver(() => type)
  class ExampleMarkResolver {
    @FieldResolver(() => Boolean, { description: DESCRIPTION })
    example(@Root() n: NodeRecord): boolean {
      return n.example === true;
    }
  }
  return ExampleMarkResolver;
}

export const TaskExampleResolver = exampleMarkResolver(Task);
export const MeasureExampleResolver = exampleMarkResolver(Measure);
export const ActionExampleResolver = exampleMarkResolver(Action);
export const TargetExampleResolver = exampleMarkResolver(Target);
