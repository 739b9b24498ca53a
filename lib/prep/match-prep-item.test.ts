import { describe, expect, it } from "vitest";
import type { Aisle } from "@/lib/catalogue/types";
import { matchPrepItem } from "./match-prep-item";

const match = (slug: string, aisle: Aisle) => {
  const item = matchPrepItem({ slug, aisle });
  return item && [item.kind, item.entry.key];
};

describe("matchPrepItem", () => {
  it("matches grains and legumes by the end of the slug, most specific first", () => {
    expect(match("basmati-rice", "grains-pasta")).toEqual(["batch-cook", "rice"]);
    expect(match("brown-rice", "grains-pasta")).toEqual(["batch-cook", "brown-rice"]);
    expect(match("red-lentils", "grains-pasta")).toEqual(["batch-cook", "lentil"]);
    expect(match("rice-noodles", "grains-pasta")).toBeNull();
  });

  it("matches hardy vegetables only in the produce aisle", () => {
    expect(match("red-onion", "produce")).toEqual(["pre-chop", "onion"]);
    expect(match("spring-onions", "produce")).toEqual(["pre-chop", "spring-onion"]);
    expect(match("black-pepper", "spices-condiments")).toBeNull();
    expect(match("rice-vinegar", "oils-vinegars")).toBeNull();
    expect(match("basil", "produce")).toBeNull();
  });
});
