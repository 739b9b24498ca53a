/**
 * What a new password must be: at least MIN_PASSWORD_LENGTH characters, not one of the ~49,000 most common
 * passwords (zxcvbn-ts's list, shipped in the package, so it works offline), and not the account's own e-mail
 * or its local part. Pure.
 */
import { dictionary } from "@zxcvbn-ts/language-common";

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));
  return common;
}

/** Null when the password is acceptable, otherwise the sentence to show the person. */
export function checkPassword(password: string, email?: string | null): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `Use at least ${MIN_PASSWORD_LENGTH} characters for your password.`;
  if (password.length > MAX_PASSWORD_LENGTH)
    return `Use at most ${MAX_PASSWORD_LENGTH} characters for your password.`;
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower))
    return "That password is one of the most common ones and easy to guess: choose another.";
  const address = email?.trim().toLowerCase();
  if (address && (lower === address || lower === address.split("@")[0]))
    return "Your password must not be your e-mail address.";
  return null;
}
