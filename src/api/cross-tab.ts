/**
 * UX-3: tabs on the same workspace see each other's changes. Each tab runs its own engine over
 * the shared IndexedDB; after a write commits, its tab says so on a BroadcastChannel and the
 * other tabs refetch what they show.
 */
const CHANNEL_NAME = "sg-console.workspace";

let channel: BroadcastChannel | undefined;

function workspaceChannel(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === "undefined") return undefined;
  channel ??= new BroadcastChannel(CHANNEL_NAME);
  return channel;
}

export function announceWorkspaceChange(): void {
  workspaceChannel()?.postMessage("changed");
}

/** Calls `onChange` whenever another tab changed the workspace. A BroadcastChannel never hears itself. */
export function onWorkspaceChangedElsewhere(onChange: () => void): void {
  workspaceChannel()?.addEventListener("message", onChange);
}
