const AISLE_NAMES: Record<string, string> = {
  produce: "Fruit & vegetables",
  meat: "Meat",
  seafood: "Fish & seafood",
  "dairy-eggs": "Dairy & eggs",
  bakery: "Bakery",
  "grains-pasta": "Grains & pasta",
  "canned-jarred": "Cans & jars",
  baking: "Baking",
  "spices-condiments": "Spices & condiments",
  "oils-vinegars": "Oils & vinegars",
  "nuts-seeds": "Nuts & seeds",
  frozen: "Frozen",
  beverages: "Drinks",
  other: "Other",
};

export function aisleLabel(aisle: string): string {
  return AISLE_NAMES[aisle] ?? aisle;
}

interface TextItem {
  name: string;
  aisle: string;
  note: string | null;
  isPantryStaple: boolean;
  isChecked: boolean;
}

/** Plain text for a notes app or a message: aisles as headings, ticked items left out. */
export function groceryListAsText(items: readonly TextItem[]): string {
  const open = items.filter((i) => !i.isChecked);
  const lines: string[] = [];
  for (const aisle of [...new Set(open.filter((i) => !i.isPantryStaple).map((i) => i.aisle))]) {
    lines.push(`${aisleLabel(aisle)}:`);
    for (const item of open.filter((i) => !i.isPantryStaple && i.aisle === aisle)) {
      lines.push(`- ${item.name}${item.note ? ` (${item.note})` : ""}`);
    }
    lines.push("");
  }
  const pantry = open.filter((i) => i.isPantryStaple);
  if (pantry.length) lines.push("Check your pantry:", ...pantry.map((i) => `- ${i.name}`));
  return lines.join("\n").trim();
}
