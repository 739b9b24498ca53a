/**
 * `npm run dev` without real FatSecret or Tandoor credentials: the loopback fakes from test/fakes stand in,
 * so a person can link a (fake) FatSecret account and watch entries land, and staff can sync a (fake)
 * Tandoor catalogue. A real base URL (or credentials) in the environment wins; the fakes then stay off.
 */
import { startFakeFatSecret } from "../../test/fakes/fatsecret-server";
import { startFakeTandoor } from "../../test/fakes/tandoor-server";

export async function startDevFakes(
  env: NodeJS.ProcessEnv,
  say: (line: string) => void,
): Promise<{ env: Record<string, string>; close: () => Promise<void> }> {
  const extra: Record<string, string> = {};
  const closers: (() => Promise<void>)[] = [];
  if (!env.FATSECRET_BASE_URL && !env.FATSECRET_CLIENT_ID) {
    const fatsecret = await startFakeFatSecret();
    Object.assign(extra, fatsecret.env);
    closers.push(fatsecret.close);
    let printed = 0;
    setInterval(() => {
      for (const entry of fatsecret.allEntries().slice(printed)) {
        say(
          `FatSecret stand-in: diary entry "${entry.food_entry_name}" (${entry.meal}, day ${entry.date_int})`,
        );
      }
      printed = fatsecret.allEntries().length;
    }, 2000).unref();
    say(
      `FatSecret goes to a local stand-in at ${fatsecret.url} (set FATSECRET_CLIENT_ID/SECRET for the real one)`,
    );
  }
  if (!env.TANDOOR_BASE_URL) {
    const tandoor = await startFakeTandoor({ recipeCount: 120 });
    extra.TANDOOR_BASE_URL = tandoor.url;
    extra.TANDOOR_API_TOKEN = tandoor.token;
    closers.push(tandoor.close);
    say(
      `Tandoor goes to a local stand-in with 120 recipes at ${tandoor.url} (set TANDOOR_BASE_URL for yours)`,
    );
  }
  return { env: extra, close: async () => void (await Promise.all(closers.map((close) => close()))) };
}
