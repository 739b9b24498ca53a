import type { ReactNode } from "react";
import { RolloutBanner } from "@/app/(user)/_components/rollout-banner";
import { getSessionUser } from "@/lib/auth/session";
import { shouldShowRolloutBanner } from "@/lib/rollouts/communications";

export default async function UserLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  const banner = user ? await shouldShowRolloutBanner(user.id) : null;
  return (
    <>
      {banner && <RolloutBanner rolloutId={banner.rolloutId} />}
      {children}
    </>
  );
}
