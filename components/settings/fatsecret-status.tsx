/** Placeholder until the FatSecret connection (integrations work) lands: the honest status is "not linked". */
export function FatSecretStatus() {
  return (
    <p className="text-sm text-stone-700" data-testid="fatsecret-status">
      Not linked. Linking your FatSecret account puts your planned meals in your food diary.
    </p>
  );
}
