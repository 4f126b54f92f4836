import { create } from "zustand";
import { paramsFromUrl, withoutFaultQuery } from "../../api/faults/wire-form";
import { type Problem, toProblem } from "../../components/problem";
import { modifyFaultSettings } from "./api";

/** A link's settings that the API refused (PROTO-3): the banner says why, until dismissed. */
export const useLinkProblem = create<{ problem?: Problem; dismiss: () => void }>()((set) => ({
  dismiss: () => set({ problem: undefined }),
}));

/**
 * PROTO-3: a prototype link (`?latency=300-800&fail=DeleteSecurityGroup:DependencyViolation:100`)
 * opens in its situation. Applied once at start, before the first page's loaders run, through
 * ModifyFaultSettings (which checks the values); then removed from the address, so a reload keeps
 * the settings as they are now (the banner may have turned them off) instead of applying them again.
 */
export async function applyLinkFaultSettings(): Promise<void> {
  const params = paramsFromUrl(new URLSearchParams(window.location.search));
  if (!params) return;
  try {
    await modifyFaultSettings(params);
  } catch (error) {
    useLinkProblem.setState({ problem: toProblem(error) });
  }
  const rest = withoutFaultQuery(new URLSearchParams(window.location.search)).toString();
  const url = `${window.location.pathname}${rest ? `?${rest}` : ""}${window.location.hash}`;
  window.history.replaceState(window.history.state, "", url);
}
