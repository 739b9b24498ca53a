/**
 * Folds what a person types for a food to a comparable form: lower case, no accents or punctuation,
 * each word singular ("Cherry Tomatoes" → "cherry tomato", "jalapeños" → "jalapeno"). Both sides of
 * every comparison are folded the same way, so a rule only has to map a plural and its singular to
 * the same stem, not to correct English ("berries" and "berry" both become "berry").
 */
const IRREGULAR: Readonly<Record<string, string>> = {
  leaves: "leaf",
  loaves: "loaf",
  halves: "half",
  chillies: "chilli",
  chilies: "chilli",
  chili: "chilli",
  chile: "chilli",
  yoghurt: "yogurt",
};

/** Words whose final "s" is not a plural. */
const KEEP_S = /(ss|us|is|ous)$/;

function singular(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (word.length <= 2) return word;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.endsWith("ie")) return `${word.slice(0, -2)}y`;
  if (word.endsWith("oes")) return word.slice(0, -2);
  if (/(ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !KEEP_S.test(word)) return word.slice(0, -1);
  return word;
}

export function foldWords(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((word) => word.length > 0)
    .map(singular);
}

export function foldTerm(text: string): string {
  return foldWords(text).join(" ");
}

/** Whether `needle`'s words occur, in order and next to each other, among `haystack`'s words. */
export function containsWords(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let i = 0; i < needle.length; i++) if (haystack[start + i] !== needle[i]) continue outer;
    return true;
  }
  return false;
}
