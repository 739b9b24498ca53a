import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export const metadata = { title: "Reset password · Meal Planner" };

export default function ForgotPasswordPage() {
  return <ForgotPasswordForm />;
}
