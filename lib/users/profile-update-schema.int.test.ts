import { describe, expect, it } from "vitest";
import { ProfileUpdateSchema } from "@/lib/users/update-profile";

const VALID = {
  kcal: 2000,
  proteinG: 150,
  carbsG: 200,
  fatG: 67,
  diet: "omnivore",
  allergens: [],
  mealsPerDay: 3,
  householdSize: 1,
  timeZone: "UTC",
  planWeekday: 5,
  planHour: 6,
  emailOptIn: true,
};

describe("ProfileUpdateSchema targets", () => {
  it("accepts macros that carry the energy target", () => {
    expect(ProfileUpdateSchema.safeParse(VALID).success).toBe(true);
  });

  it("rejects 350 g protein at 1 200 kcal with both numbers, on the energy field", () => {
    const result = ProfileUpdateSchema.safeParse({
      ...VALID,
      kcal: 1200,
      proteinG: 350,
      carbsG: 10,
      fatG: 10,
    });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path).toEqual(["kcal"]);
    expect(issue?.message).toMatch(
      /^Protein, carbs and fat add up to 1530 kcal .* energy target is 1200 kcal/,
    );
  });
});
