import { notFound } from "next/navigation";
import { SettingsForm } from "@/app/(user)/settings/settings-form";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { requireUser } from "@/lib/auth/session";
import { getProfile } from "@/lib/users";

export const metadata = { title: "Settings · Meal Planner" };

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const profile = await getProfile(user.id);
  if (!profile) notFound();
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <SettingsForm profile={profile} />
      <ChangePasswordForm />
    </section>
  );
}
