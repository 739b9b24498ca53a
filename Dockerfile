# Production image for the single-host trial in compose.yaml (docs/deploy.md). Needs internet at build time
# (npm registry; Prisma downloads its engines); the app itself talks only to the services configured in env.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
# tsx and the migration tooling stay in the image: `npm run db:migrate`, `npm run preflight` run from it.
COPY --from=build /app ./
USER node
EXPOSE 3000
CMD ["npm", "start"]
