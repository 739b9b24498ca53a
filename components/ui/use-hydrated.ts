"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server's HTML and until React has hydrated it, true afterwards. A control whose click is
 * handled by React can stay disabled until then, so a quick click on a slow connection is not lost (the
 * browser would toggle a checkbox that React then puts back).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
