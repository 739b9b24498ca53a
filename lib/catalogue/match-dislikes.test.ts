import { describe, expect, it } from "vitest";
import { matchDislikes, searchIngredients } from "@/lib/catalogue/match-dislikes";
import { SEED_INGREDIENTS } from "@/lib/catalogue/seed-catalogue";
import type { Ingredient } from "@/lib/catalogue/types";

const slugsFor = (...words: string[]) => matchDislikes(words, SEED_INGREDIENTS).slugs;

describe("matchDislikes", () => {
  it("covers every ingredient whose name holds the word: chicken is breast, thigh, roast and stock", () => {
    expect(slugsFor("chicken")).toEqual([
      "chicken-stock",
      "chicken-breast",
      "chicken-thigh",
      "cooked-chicken",
    ]);
  });

  it("covers a family through the taxonomy, not only names: beef includes sirloin steak", () => {
    const beef = slugsFor("beef");
    expect(beef).toEqual(
      expect.arrayContaining(["lean-beef-mince", "beef-mince", "stewing-beef", "sirloin-steak"]),
    );
    expect(beef).not.toContain("pork-mince");
    expect(slugsFor("poultry")).toEqual(
      expect.arrayContaining(["turkey-mince", "chicken-thigh", "chicken-stock"]),
    );
    expect(slugsFor("red meat")).toContain("lamb-leg");
    expect(slugsFor("red meat")).not.toContain("chicken-breast");
    expect(slugsFor("shrimp")).toEqual(["prawns"]);
  });

  it("covers allergens and diet classes as families: nuts, dairy, meat, seafood", () => {
    expect(slugsFor("nuts")).toEqual(expect.arrayContaining(["almonds", "walnuts", "cashews", "pesto"]));
    expect(slugsFor("nuts")).not.toContain("peanuts"); // peanuts are their own allergen
    expect(slugsFor("dairy")).toEqual(expect.arrayContaining(["milk", "cheddar", "butter"]));
    expect(slugsFor("meat")).toEqual(expect.arrayContaining(["bacon", "chicken-breast", "lamb-mince"]));
    expect(slugsFor("meat")).not.toContain("mussels");
    expect(slugsFor("seafood")).toEqual(expect.arrayContaining(["prawns", "cod-fillet", "fish-sauce"]));
  });

  it("ignores case, accents, punctuation and plurals", () => {
    expect(slugsFor("Mushrooms")).toEqual(["mushrooms"]);
    expect(slugsFor("mushroom")).toEqual(["mushrooms"]);
    expect(slugsFor("CHICKENS")).toEqual(slugsFor("chicken"));
    expect(slugsFor("cherry tomato")).toEqual(["cherry-tomatoes"]);
    expect(slugsFor("Tomatoes")).toEqual(slugsFor("tomato"));
    expect(slugsFor("berries")).toEqual(slugsFor("berry"));
    expect(slugsFor("jalapeños")).toEqual(["jalapeno"]);
    expect(slugsFor("zucchini")).toEqual(["courgette"]);
    expect(slugsFor("lean-beef-mince")).toEqual(["lean-beef-mince"]);
  });

  it("does not read 'gluten-free' or 'dairy-free' as containing gluten or dairy", () => {
    expect(slugsFor("gluten")).not.toContain("gluten-free-oats");
    expect(slugsFor("gluten")).not.toContain("gluten-free-pasta");
    expect(slugsFor("gluten")).toContain("pasta");
    expect(slugsFor("dairy")).not.toContain("dark-chocolate");
  });

  it("reports an unknown word with the nearest known words, never drops it silently", () => {
    const result = matchDislikes(["chicken", "chiken", "brocoli", "xyzzy"], SEED_INGREDIENTS);
    expect(result.unknown.map((u) => u.word)).toEqual(["chiken", "brocoli", "xyzzy"]);
    expect(result.unknown[0]?.suggestions[0]).toBe("chicken");
    expect(result.unknown[0]?.message).toBe('"chiken" matches no ingredient. Did you mean chicken, chive?');
    expect(result.unknown[1]?.suggestions).toEqual(["broccoli"]);
    expect(result.unknown[2]?.message).toBe('"xyzzy" matches no ingredient in the catalogue.');
    expect(result.byWord.map((w) => [w.word, w.slugs.length > 0])).toEqual([
      ["chicken", true],
      ["chiken", false],
      ["brocoli", false],
      ["xyzzy", false],
    ]);
  });

  it("uses families stored on any ingredient table, not only the seed's", () => {
    const table: Ingredient[] = [
      {
        slug: "oxtail",
        name: "Oxtail",
        aisle: "meat",
        per100g: { kcal: 262, proteinG: 30, carbsG: 0, fatG: 14 },
        diet: "omnivore",
        allergens: [],
        families: ["beef", "offal"],
      },
    ];
    expect(matchDislikes(["Offal", "beef", "meat"], table).byWord.map((w) => w.slugs)).toEqual([
      ["oxtail"],
      ["oxtail"],
      ["oxtail"],
    ]);
  });
});

describe("searchIngredients (the picker)", () => {
  it("finds ingredients while a word is still being typed, names first", () => {
    const slugs = searchIngredients("chick", SEED_INGREDIENTS).map((m) => m.slug);
    expect(slugs).toEqual(expect.arrayContaining(["chicken-breast", "chickpeas"]));
    const poultry = searchIngredients("poult", SEED_INGREDIENTS);
    expect(poultry.every((m) => m.via === "family" && m.term === "poultry")).toBe(true);
    expect(poultry.length).toBeGreaterThanOrEqual(6);
  });

  it("ranks matches by name before matches by family or allergen and caps the list", () => {
    const results = searchIngredients("nut", SEED_INGREDIENTS, { limit: 4 });
    expect(results).toHaveLength(4);
    expect(results[0]?.via).toBe("name");
    expect(searchIngredients("   ", SEED_INGREDIENTS)).toEqual([]);
  });
});
