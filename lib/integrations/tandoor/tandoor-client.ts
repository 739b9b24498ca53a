/**
 * Tandoor's REST API: `GET /api/recipe/?page=&page_size=` (`{count, next, previous, results}`) and
 * `GET /api/recipe/{id}/`, with `Authorization: Bearer <token>`, a timeout on every call, and each call
 * measured in `tandoor_api_call_duration_seconds`.
 */
import type { z } from "zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import {
  RecipeDetailSchema,
  RecipePageSchema,
  type RecipePage,
  type TandoorRecipe,
} from "@/lib/integrations/tandoor/tandoor-schemas";
import { tandoorApiCallDurationSeconds } from "@/lib/observability/prometheus";
import { SpanKind, withSpan } from "@/lib/observability/tracing";

export class TandoorError extends Error {
  constructor(
    readonly endpoint: string,
    message: string,
    readonly isRetryable: boolean,
  ) {
    super(`Tandoor ${endpoint}: ${message}`);
    this.name = "TandoorError";
  }
}

function config(): { baseUrl: string; token: string } {
  if (!env.TANDOOR_BASE_URL || !env.TANDOOR_API_TOKEN) {
    throw new AppError(
      "UNAVAILABLE",
      "Tandoor is not configured (set TANDOOR_BASE_URL and TANDOOR_API_TOKEN).",
    );
  }
  return { baseUrl: env.TANDOOR_BASE_URL.replace(/\/$/, ""), token: env.TANDOOR_API_TOKEN };
}

async function getJson<T extends z.ZodType>(
  endpoint: "list" | "detail",
  path: string,
  schema: T,
): Promise<z.infer<T>> {
  const { baseUrl, token } = config();
  const attributes = { "peer.service": "tandoor", "app.operation": `recipes.${endpoint}` };
  return withSpan(`tandoor recipes.${endpoint}`, { kind: SpanKind.CLIENT, attributes }, () =>
    measuredGet(endpoint, `${baseUrl}${path}`, token, path, schema),
  );
}

async function measuredGet<T extends z.ZodType>(
  endpoint: "list" | "detail",
  url: string,
  token: string,
  path: string,
  schema: T,
): Promise<z.infer<T>> {
  const started = performance.now();
  let outcome = "ok";
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { authorization: `Bearer ${token}`, accept: "application/json" },
        signal: AbortSignal.timeout(env.TANDOOR_TIMEOUT_MS),
      });
    } catch (error) {
      outcome = "timeout";
      throw new TandoorError(endpoint, `no answer (${(error as Error).message})`, true);
    }
    if (!response.ok) {
      outcome = `http_${response.status}`;
      // 401/403/404 will not change by asking again; 429 and 5xx may.
      throw new TandoorError(
        endpoint,
        `HTTP ${response.status} for ${path}`,
        response.status === 429 || response.status >= 500,
      );
    }
    let body: unknown;
    try {
      body = JSON.parse(await response.text());
    } catch {
      outcome = "malformed";
      throw new TandoorError(endpoint, `the answer to ${path} was not JSON`, true);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      outcome = "malformed";
      throw new TandoorError(endpoint, `the answer to ${path} did not have the documented shape`, false);
    }
    return parsed.data;
  } finally {
    tandoorApiCallDurationSeconds.observe({ endpoint, outcome }, (performance.now() - started) / 1000);
  }
}

export function fetchRecipePage(page: number, pageSize: number): Promise<RecipePage> {
  return getJson("list", `/api/recipe/?page=${page}&page_size=${pageSize}`, RecipePageSchema);
}

export function fetchRecipe(id: number): Promise<TandoorRecipe> {
  return getJson("detail", `/api/recipe/${id}/`, RecipeDetailSchema);
}
