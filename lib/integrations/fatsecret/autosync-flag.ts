/** The operational kill switch the rollout guard engages on FatSecret error storms (lib/rollouts/disable-autosync). */
export const AUTOSYNC_KILL_SWITCH = "fatsecret_autosync";
