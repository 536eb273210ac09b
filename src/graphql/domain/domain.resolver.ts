import { mentionedEntityResolver } from "../mentioned/mentioned-entity.resolver.js";
import { Domain } from "./domain.type.js";

export const DomainResolver = mentionedEntityResolver(
  Domain,
  "Domain",
  "domains",
  "Application fields (transport, commerce, finance, education, health, government, …).",
);
