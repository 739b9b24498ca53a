/**
 * A loopback stand-in for Tandoor's REST API: `GET /api/recipe/?page=&page_size=` answering
 * `{count, next, previous, results}` (RecipeOverview shape) and `GET /api/recipe/{id}/` (Recipe shape with
 * steps[].ingredients[], keywords, nutrition, properties, food_properties), behind
 * `Authorization: Bearer <token>`. The catalogue is generated from the seed recipes, cycling through them,
 * with three nutrition styles in turn: `nutrition` filled (older servers), `nutrition: null` with recipe
 * `properties` (newer servers), and neither (the app computes it). Faults on demand: HTTP status bursts,
 * timeouts, malformed JSON, and a catalogue that changes between page requests.
 */
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { SEED_CATALOGUE, SEED_INGREDIENTS } from "../../lib/catalogue/seed-catalogue";

export interface TandoorIngredientJson {
  food: { name: string } | null;
  unit: { name: string } | null;
  amount: number;
  note: string;
  is_header: boolean;
  no_amount: boolean;
}

export interface TandoorRecipeJson {
  id: number;
  name: string;
  servings: number;
  working_time: number;
  waiting_time: number;
  created_at: string;
  updated_at: string;
  keywords: { id: number; name: string; label: string }[];
  steps: { instruction: string; ingredients: TandoorIngredientJson[] }[];
  nutrition: {
    calories: number;
    proteins: number;
    carbohydrates: number;
    fats: number;
    source: string;
  } | null;
  properties: {
    id: number;
    property_amount: number | null;
    property_type: { id: number; name: string; unit: string };
  }[];
  food_properties: Record<
    string,
    { id: number; name: string; total_value: number; missing_value: boolean; unit: string }
  >;
}

export type TandoorFault = { kind: "status"; status: number } | { kind: "timeout" } | { kind: "malformed" };

export interface FakeTandoor {
  url: string;
  token: string;
  recipes: TandoorRecipeJson[];
  calls: { path: string; status: number | "timeout" }[];
  detailCalls(): number;
  /** Change a recipe and bump its updated_at, as an edit in Tandoor would. */
  edit(id: number, change: (recipe: TandoorRecipeJson) => void): void;
  /** Add a recipe (at the front of the listing) right after the next list page is served. */
  insertAfterNextPage(recipe: TandoorRecipeJson): void;
  failNext(fault: TandoorFault, times?: number): void;
  close(): Promise<void>;
}

const NAME_BY_SLUG = new Map(SEED_INGREDIENTS.map((i) => [i.slug, i.name]));
const SLOTS = ["breakfast", "lunch", "dinner", "snack"];
let clock = Date.parse("2026-11-01T00:00:00Z");
const tick = () => new Date((clock += 1000)).toISOString();

/** The n-th generated recipe (1-based id), built from a seed recipe. */
export function generateTandoorRecipe(id: number): TandoorRecipeJson {
  const seed = SEED_CATALOGUE[(id - 1) % SEED_CATALOGUE.length];
  if (!seed) throw new Error("empty seed catalogue");
  const style = id % 3;
  const m = seed.perServing;
  const updated = tick();
  return {
    id,
    name: `${seed.name} #${id}`,
    servings: seed.servings,
    working_time: seed.prepMinutes,
    waiting_time: seed.cookMinutes,
    created_at: updated,
    updated_at: updated,
    keywords: seed.slots.filter((s) => SLOTS.includes(s)).map((s, i) => ({ id: i + 1, name: s, label: s })),
    steps: [
      {
        instruction: (seed.steps ?? ["Cook."]).join("\n"),
        ingredients: [
          { food: null, unit: null, amount: 0, note: "", is_header: true, no_amount: true },
          ...seed.ingredients.map((line) => ({
            food: { name: NAME_BY_SLUG.get(line.ingredientSlug) ?? line.ingredientSlug },
            unit: line.quantity === null ? null : { name: line.unit },
            amount: line.quantity ?? 0,
            note: line.note ?? "",
            is_header: false,
            no_amount: line.quantity === null,
          })),
        ],
      },
    ],
    nutrition:
      style === 0
        ? { calories: m.kcal, proteins: m.proteinG, carbohydrates: m.carbsG, fats: m.fatG, source: "fake" }
        : null,
    properties:
      style === 1
        ? [
            { id: 1, property_amount: m.kcal, property_type: { id: 1, name: "Calories", unit: "kcal" } },
            { id: 2, property_amount: m.proteinG, property_type: { id: 2, name: "Proteins", unit: "g" } },
            { id: 3, property_amount: m.carbsG, property_type: { id: 3, name: "Carbohydrates", unit: "g" } },
            { id: 4, property_amount: m.fatG, property_type: { id: 4, name: "Fats", unit: "g" } },
          ]
        : [],
    food_properties: {},
  };
}

export async function startFakeTandoor(
  options: { recipeCount?: number; token?: string; port?: number } = {},
): Promise<FakeTandoor> {
  const token = options.token ?? "fake-tandoor-token";
  const recipes = Array.from({ length: options.recipeCount ?? 60 }, (_, i) => generateTandoorRecipe(i + 1));
  const calls: FakeTandoor["calls"] = [];
  let faults: TandoorFault[] = [];
  let pendingInsert: TandoorRecipeJson | null = null;
  const sockets = new Set<Socket>();

  function send(response: ServerResponse, status: number, body: unknown): number {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(JSON.stringify(body));
    return status;
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://fake");
    const record = { path: url.pathname + url.search, status: 200 as number | "timeout" };
    calls.push(record);
    if (request.headers.authorization !== `Bearer ${token}`) {
      record.status = send(response, 401, { detail: "Authentication credentials were not provided." });
      return;
    }
    const fault = faults.shift();
    if (fault?.kind === "timeout") {
      record.status = "timeout";
      return;
    }
    if (fault?.kind === "status") {
      record.status = send(response, fault.status, { detail: `HTTP ${fault.status}` });
      return;
    }
    if (fault?.kind === "malformed") {
      response.writeHead(200, { "content-type": "application/json" });
      response.end('{"count": 3, "results": [');
      return;
    }
    const detail = /^\/api\/recipe\/(\d+)\/$/.exec(url.pathname);
    if (detail) {
      const recipe = recipes.find((r) => r.id === Number(detail[1]));
      record.status = recipe ? send(response, 200, recipe) : send(response, 404, { detail: "Not found." });
      return;
    }
    if (url.pathname === "/api/recipe/") {
      const page = Number(url.searchParams.get("page") ?? "1");
      const size = Number(url.searchParams.get("page_size") ?? "10");
      const ordered = [...recipes].sort((a, b) => b.id - a.id);
      const slice = ordered.slice((page - 1) * size, page * size);
      const base = `http://${request.headers.host}/api/recipe/?page_size=${size}`;
      record.status = send(response, 200, {
        count: ordered.length,
        next: page * size < ordered.length ? `${base}&page=${page + 1}` : null,
        previous: page > 1 ? `${base}&page=${page - 1}` : null,
        results: slice.map((r) => ({
          id: r.id,
          name: r.name,
          description: "",
          image: null,
          keywords: r.keywords,
          working_time: r.working_time,
          waiting_time: r.waiting_time,
          created_at: r.created_at,
          updated_at: r.updated_at,
          internal: true,
          servings: r.servings,
        })),
      });
      // Newest first, as Tandoor lists them: a recipe added now pushes every later page down by one.
      if (pendingInsert) {
        recipes.push(pendingInsert);
        pendingInsert = null;
      }
      return;
    }
    record.status = send(response, 404, { detail: "Not found." });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    token,
    recipes,
    calls,
    detailCalls: () => calls.filter((c) => /^\/api\/recipe\/\d+\/$/.test(c.path)).length,
    edit(id, change) {
      const recipe = recipes.find((r) => r.id === id);
      if (!recipe) throw new Error(`no recipe ${id}`);
      change(recipe);
      recipe.updated_at = tick();
    },
    insertAfterNextPage(recipe) {
      pendingInsert = recipe;
    },
    failNext(fault, times = 1) {
      for (let i = 0; i < times; i++) faults.push(fault);
    },
    close: () =>
      new Promise<void>((resolve) => {
        faults = [];
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
