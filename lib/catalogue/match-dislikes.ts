/**
 * Dislikes are words a person types ("chicken", "Mushrooms", "nuts"), not ingredient slugs. A word
 * covers an ingredient when its words occur in one of the ingredient's terms:
 * - its name, and each aside in brackets ("Courgette (zucchini)" → "courgette", "zucchini"),
 * - its slug ("lean-beef-mince"),
 * - its families and other names (`Ingredient.families`: "beef", "red meat", "shrimp"),
 * - its allergens ("nuts", "dairy", "gluten"…), and its diet class: "meat" for meat and poultry,
 *   "seafood" for fish and shellfish.
 * Case, accents, punctuation and plurals do not matter (see fold-term.ts). The settings and
 * onboarding picker uses `searchIngredients`; plan requests use `matchDislikes`.
 */
import type { Ingredient } from "./types";
import { containsWords, foldTerm, foldWords } from "./fold-term";

export type MatchedVia = "name" | "family" | "allergen" | "diet";

export interface IngredientMatch {
  slug: string;
  name: string;
  /** the term the query was found in, e.g. "poultry" or "chicken breast" */
  term: string;
  via: MatchedVia;
}

export interface UnknownDislike {
  word: string;
  /** known words closest to it, nearest first (at most 5) */
  suggestions: string[];
  /** for people: `"chiken" matches no ingredient. Did you mean chicken?` */
  message: string;
}

export interface DislikeMatch {
  /** every ingredient covered by at least one word, in table order */
  slugs: string[];
  byWord: { word: string; slugs: string[] }[];
  unknown: UnknownDislike[];
}

interface IndexedTerm {
  words: string[];
  text: string;
  via: MatchedVia;
}

interface IndexedIngredient {
  slug: string;
  name: string;
  terms: IndexedTerm[];
}

interface IngredientIndex {
  ingredients: IndexedIngredient[];
  /** every word and phrase a suggestion may offer */
  vocabulary: string[];
}

const MAX_SUGGESTIONS = 5;
const DIET_TERMS: Partial<Record<Ingredient["diet"], string>> = { omnivore: "meat", pescatarian: "seafood" };

const indexes = new WeakMap<readonly Ingredient[], IngredientIndex>();

/** "gluten-free oats" are not gluten: a word followed by "free" names what the food lacks. */
function withoutAbsences(words: readonly string[]): string[] {
  return words.filter((word, i) => word !== "free" && words[i + 1] !== "free");
}

function term(text: string, via: MatchedVia): IndexedTerm | null {
  const words = withoutAbsences(foldWords(text));
  return words.length > 0 ? { words, text: words.join(" "), via } : null;
}

// Asides of one or two words are other names ("zucchini", "bok choy"); longer ones describe the
// measure ("shelled meat weight") and would make "meat" cover mussels.
const MAX_ALIAS_WORDS = 2;

function termsOf(ingredient: Ingredient): IndexedTerm[] {
  const asides = [...ingredient.name.matchAll(/\(([^)]*)\)/g)]
    .flatMap((m) => (m[1] ?? "").split(","))
    .filter((aside) => foldWords(aside).length <= MAX_ALIAS_WORDS);
  const bareName = ingredient.name.replace(/\([^)]*\)/g, " ");
  const candidates = [
    term(bareName, "name"),
    ...asides.map((aside) => term(aside, "name")),
    term(ingredient.slug, "name"),
    ...(ingredient.families ?? []).map((family) => term(family, "family")),
    ...ingredient.allergens.map((allergen) => term(allergen, "allergen")),
  ];
  const dietTerm = DIET_TERMS[ingredient.diet];
  if (dietTerm) candidates.push(term(dietTerm, "diet"));
  if (ingredient.allergens.some((a) => a === "fish" || a === "shellfish"))
    candidates.push(term("seafood", "diet"));
  const seen = new Set<string>();
  return candidates.filter((t): t is IndexedTerm => {
    if (!t || seen.has(t.text)) return false;
    seen.add(t.text);
    return true;
  });
}

function indexOf(ingredients: readonly Ingredient[]): IngredientIndex {
  const cached = indexes.get(ingredients);
  if (cached) return cached;
  const indexed = ingredients.map((ingredient) => ({
    slug: ingredient.slug,
    name: ingredient.name,
    terms: termsOf(ingredient),
  }));
  const vocabulary = new Set<string>();
  for (const ingredient of indexed) {
    for (const t of ingredient.terms) {
      if (t.via !== "name" || t.words.length > 1) vocabulary.add(t.text);
      for (const word of t.words) if (word.length > 2 && !/\d/.test(word)) vocabulary.add(word);
    }
  }
  const index = { ingredients: indexed, vocabulary: [...vocabulary].sort() };
  indexes.set(ingredients, index);
  return index;
}

const VIA_RANK: Record<MatchedVia, number> = { name: 0, family: 1, allergen: 2, diet: 3 };

function firstMatch(
  ingredient: IndexedIngredient,
  matches: (t: IndexedTerm) => boolean,
): IndexedTerm | undefined {
  let best: IndexedTerm | undefined;
  for (const t of ingredient.terms) {
    if (matches(t) && (!best || VIA_RANK[t.via] < VIA_RANK[best.via])) best = t;
  }
  return best;
}

/** The ingredients a whole word or phrase covers (no partial words), in table order. */
function ingredientsCoveredBy(words: readonly string[], index: IngredientIndex): IndexedIngredient[] {
  if (words.length === 0) return [];
  return index.ingredients.filter((ingredient) =>
    ingredient.terms.some((t) => containsWords(t.words, words)),
  );
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Known words and phrases within a few typos of `word` (or starting with it), nearest first. */
export function suggestTerms(
  word: string,
  ingredients: readonly Ingredient[],
  limit = MAX_SUGGESTIONS,
): string[] {
  const folded = foldTerm(word);
  if (folded.length === 0) return [];
  const allowed = folded.length <= 4 ? 1 : folded.length <= 8 ? 2 : 3;
  const scored: { text: string; score: number }[] = [];
  for (const text of indexOf(ingredients).vocabulary) {
    if (text === folded) continue;
    const distance = editDistance(folded, text);
    const isPrefix = folded.length >= 3 && text.startsWith(folded);
    if (distance <= allowed || isPrefix)
      scored.push({ text, score: isPrefix ? Math.min(distance, 1.5) : distance });
  }
  scored.sort((a, b) => a.score - b.score || a.text.localeCompare(b.text));
  return scored.slice(0, limit).map((s) => s.text);
}

function unknownDislike(word: string, ingredients: readonly Ingredient[]): UnknownDislike {
  const suggestions = suggestTerms(word, ingredients);
  const message =
    suggestions.length > 0
      ? `"${word}" matches no ingredient. Did you mean ${suggestions.join(", ")}?`
      : `"${word}" matches no ingredient in the catalogue.`;
  return { word, suggestions, message };
}

/**
 * Resolves a person's dislike words to the ingredient slugs they cover. A word that covers nothing
 * is reported with the nearest known words, never silently dropped.
 */
export function matchDislikes(words: readonly string[], ingredients: readonly Ingredient[]): DislikeMatch {
  const index = indexOf(ingredients);
  const covered = new Set<string>();
  const byWord: DislikeMatch["byWord"] = [];
  const unknown: UnknownDislike[] = [];
  for (const word of words) {
    if (word.trim().length === 0) continue;
    const slugs = ingredientsCoveredBy(foldWords(word), index).map((i) => i.slug);
    if (slugs.length === 0) unknown.push(unknownDislike(word, ingredients));
    for (const slug of slugs) covered.add(slug);
    byWord.push({ word, slugs });
  }
  return {
    slugs: index.ingredients.filter((i) => covered.has(i.slug)).map((i) => i.slug),
    byWord,
    unknown,
  };
}

/**
 * What a picker shows while a person types: ingredients whose terms contain the query, the last
 * word of which may be unfinished ("chick" → chicken, chickpeas). Names before families, families
 * before allergens and diet; then alphabetical. `limit` caps the list (default 20).
 */
export function searchIngredients(
  query: string,
  ingredients: readonly Ingredient[],
  options: { limit?: number } = {},
): IngredientMatch[] {
  const words = foldWords(query);
  if (words.length === 0) return [];
  const head = words.slice(0, -1);
  const last = words[words.length - 1] ?? "";
  const isMatch = (t: IndexedTerm): boolean => {
    if (containsWords(t.words, words)) return true;
    for (let start = 0; start + words.length <= t.words.length; start++) {
      const candidate = t.words[start + head.length] ?? "";
      if (!head.every((w, i) => t.words[start + i] === w)) continue;
      if (candidate.startsWith(last)) return true;
    }
    return false;
  };
  const results: (IngredientMatch & { rank: number })[] = [];
  for (const ingredient of indexOf(ingredients).ingredients) {
    const hit = firstMatch(ingredient, isMatch);
    if (!hit) continue;
    const isWhole = containsWords(hit.words, words);
    results.push({
      slug: ingredient.slug,
      name: ingredient.name,
      term: hit.text,
      via: hit.via,
      rank: VIA_RANK[hit.via] * 2 + (isWhole ? 0 : 1),
    });
  }
  results.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));
  return results
    .slice(0, options.limit ?? 20)
    .map((r) => ({ slug: r.slug, name: r.name, term: r.term, via: r.via }));
}
