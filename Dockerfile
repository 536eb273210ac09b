# The API for docker-compose.yml. It talks to the neo4j service (NEO4J_URI is required in the
# container: the embedded Neo4j needs Java and Maven, which this image leaves out).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts/build.mjs ./scripts/
COPY src ./src
COPY cypher ./cypher
COPY seeds ./seeds
# Compiled once here, as `npm start` does before it starts (scripts/build.mjs).
RUN node scripts/build.mjs
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=6 \
  CMD node -e "fetch('http://127.0.0.1:4000/ready').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "dist/src/main.js"]
