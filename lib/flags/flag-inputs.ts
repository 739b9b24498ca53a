/** Input schemas shared by the flag use cases, so every write path rejects the same bad values. */
import { z } from "zod";
import { flagSnapshotSchema } from "@/lib/flags/flag-snapshot";

export const FlagNameSchema = z
  .string()
  .min(1, "flag name is required")
  .max(100)
  .regex(/^[a-z0-9_.-]+$/, "flag names use lower-case letters, digits, '_', '.' and '-'");

/** 0–100 with at most two decimals: the sticky bucket has 10 000 slots (basis points). */
export const RolloutPercentageSchema = flagSnapshotSchema.shape.rolloutPercentage;

export const UserIdsSchema = z
  .array(z.string().min(1))
  .min(1, "give at least one user id")
  .max(100_000)
  .transform((ids) => [...new Set(ids)]);

export const EnrolmentSourceSchema = z.string().min(1).max(60);
