// Starts GraphiQL from the copies this server serves (no CDN): React, ReactDOM and GraphiQL are
// the globals of their UMD builds, which the page loads (deferred) before this file. A served file
// rather than an inline script, so the page's Content-Security-Policy can say script-src 'self'.
"use strict";

/** What the editor shows on a first visit (GraphiQL keeps the user's own query after that). */
const DEFAULT_QUERY = `# The seed plan's title and its first action's tasks.
# Run it with ▶ (Ctrl-Enter). Docs (top left) lists the schema.
query SeedPlan {
  node(id: "PolicyDocument:gz-ai-plan-2020-2022") {
    ... on PolicyDocument {
      name
      nameEn
    }
  }
  actions(partOf: "PolicyDocument:gz-ai-plan-2020-2022", first: 1) {
    edges {
      node {
        name
        tasks {
          ordinal
          name
        }
      }
    }
  }
}
`;

const endpoint = new URL("/graphql", location.href).href;
document.getElementById("sandbox").href =
  `https://studio.apollographql.com/sandbox/explorer?endpoint=${encodeURIComponent(endpoint)}`;

ReactDOM.createRoot(document.getElementById("graphiql")).render(
  React.createElement(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url: endpoint }),
    defaultQuery: DEFAULT_QUERY,
  }),
);
