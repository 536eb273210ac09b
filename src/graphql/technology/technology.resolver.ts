import { mentionedEntityResolver } from "../mentioned/mentioned-entity.resolver.js";
import { Technology } from "./technology.type.js";

export const TechnologyResolver = mentionedEntityResolver(
  Technology,
  "Technology",
  "technologies",
  "Technologies the text names (5G, IoT, blockchain, VR, …).",
);
