import { describe, expect, it } from "vitest";
import { checkPassword } from "@/lib/auth/password-policy";

describe("checkPassword", () => {
  it.each([
    ["password", "ann@example.com", /at least 10/],
    ["12345678", "ann@example.com", /at least 10/],
    ["1234567890", "ann@example.com", /most common/],
    ["Password123", "ann@example.com", /most common/],
    ["qwertyuiop", "ann@example.com", /most common/],
    ["ann.longname@example.com", "ann.longname@example.com", /e-mail/],
    ["ANN.LONGNAME@EXAMPLE.COM", "ann.longname@example.com", /e-mail/],
    ["annlongname42", "annlongname42@example.com", /e-mail/],
  ])("refuses %j", (password, email, message) => {
    expect(checkPassword(password, email)).toMatch(message);
  });

  it("accepts a long, uncommon password", () => {
    expect(checkPassword("plum-kettle-orbit-9", "ann@example.com")).toBeNull();
  });
});
