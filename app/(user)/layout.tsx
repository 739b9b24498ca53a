import type { ReactNode } from "react";
import { RolloutBanner } from "@/app/(user)/_components/rollout-banner";
import { getSessionUser } from "@/lib/auth/session";
import { shouldShowRolloutBanner } from "@/lib/users";

export default async function UserLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  const isBannerShown = user ? await shouldShowRolloutBanner(user.id) : false;
  return (
    <>
      {isBannerShown && <RolloutBanner />}
      {children}
    </>
  );
}
