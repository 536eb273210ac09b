# The API for docker-compose.yml. It talks to the neo4j service (NEO4J_URI is required in the
# container: the embedded Neo4j needs Java and Maven, which this image leaves out).
#
# Two stages: the first installs every dependency and compiles src/ (scripts/build.mjs, esbuild);
# the second holds only the runtime dependencies (`npm ci --omit=dev`: no esbuild, tsx, vitest or
# linters), the compiled code and the files the service reads at run time.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts/build.mjs ./scripts/
COPY src ./src
RUN node scripts/build.mjs

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# Read at run time: the Cypher statements, the seed and gazetteer, and the explorer's and GraphiQL's static files.
COPY cypher ./cypher
COPY seeds ./seeds
COPY src/explorer/public ./src/explorer/public
COPY src/http/graphiql ./src/http/graphiql
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=6 \
  CMD node -e "fetch('http://127.0.0.1:4000/ready').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "dist/src/main.js"]
