import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-md space-y-3 text-center">
      <h1 className="text-2xl font-semibold">403 · Staff only</h1>
      <p className="text-stone-600">This page is part of the internal rollout console.</p>
      <Link href="/" className="text-brand-700 underline">
        Back to your meal plan
      </Link>
    </div>
  );
}
