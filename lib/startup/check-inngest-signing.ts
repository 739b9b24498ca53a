/**
 * A production server without INNGEST_SIGNING_KEY starts, then refuses every call Inngest makes to
 * /api/inngest (or, worse, a misconfigured one runs unsigned calls): stop at start-up and say what to set.
 * Pure, so it is tested without starting a server.
 */
export interface InngestSigningEnv {
  NODE_ENV: "development" | "test" | "production";
  INNGEST_DEV?: boolean;
  INNGEST_SIGNING_KEY?: string;
}

export function inngestSigningProblem(env: InngestSigningEnv): string | null {
  if (env.NODE_ENV !== "production" || env.INNGEST_DEV === true || env.INNGEST_SIGNING_KEY) return null;
  return (
    "INNGEST_SIGNING_KEY is not set: in production Inngest signs every call to /api/inngest and the app " +
    "must verify it. Set INNGEST_SIGNING_KEY (Inngest Cloud or your self-hosted server's key), or INNGEST_DEV=1 " +
    "only for a local Inngest Dev Server."
  );
}

export function assertInngestSigning(env: InngestSigningEnv): void {
  const problem = inngestSigningProblem(env);
  if (problem) throw new Error(problem);
}
