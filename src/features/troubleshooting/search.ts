import type { IpProtocol } from "../../engine/types";

/**
 * The page's state in the URL, so a reload or a shared link shows the same checks: the picked
 * instance and ENI, the one-click checks' source, the custom check and the instance-to-instance
 * check once run.
 */

/** A sample public address (TEST-NET-3, RFC 5737) for the one-click checks until the user sets theirs. */
export const DEFAULT_SOURCE = "203.0.113.10";

export type CheckProtocol = Exclude<IpProtocol, "ALL">;
export const CHECK_PROTOCOLS: readonly CheckProtocol[] = ["TCP", "UDP", "ICMP", "ICMPv6", "GRE"];

export interface CustomCheckState {
  source: string;
  protocol: CheckProtocol;
  /** "" for protocols without ports. */
  port: string;
}

/** "in": from the other instance to the picked one; "out": from the picked one to the other. */
export type PeerDirection = "in" | "out";

export interface PeerCheckState {
  instanceId: string;
  direction: PeerDirection;
  protocol: CheckProtocol;
  port: string;
}

export interface DiagSearch {
  instanceId: string;
  eniId: string;
  /** Opened from a group's page: its first member instance is picked. */
  groupId: string;
  source: string;
  custom?: CustomCheckState;
  peer?: PeerCheckState;
}

function protocolOf(raw: string | null): CheckProtocol {
  return CHECK_PROTOCOLS.find((protocol) => protocol === raw) ?? "TCP";
}

export function readDiagSearch(params: URLSearchParams): DiagSearch {
  const get = (name: string) => params.get(name)?.trim() ?? "";
  const customSource = get("csource");
  const peerInstance = get("peer");
  return {
    instanceId: get("instance"),
    eniId: get("eni"),
    groupId: get("group"),
    source: get("source") || DEFAULT_SOURCE,
    custom: customSource
      ? { source: customSource, protocol: protocolOf(params.get("cproto")), port: get("cport") }
      : undefined,
    peer: peerInstance
      ? {
          instanceId: peerInstance,
          direction: params.get("pdir") === "out" ? "out" : "in",
          protocol: protocolOf(params.get("pproto")),
          port: get("pport"),
        }
      : undefined,
  };
}

/** The URL's search values of a state; defaults are left out so equal states give equal URLs. */
export function diagSearchValues(search: DiagSearch): Record<string, string | undefined> {
  return {
    instance: search.instanceId || undefined,
    eni: search.eniId || undefined,
    group: search.instanceId ? undefined : search.groupId || undefined,
    source: search.source === DEFAULT_SOURCE ? undefined : search.source,
    csource: search.custom?.source,
    cproto: search.custom?.protocol,
    cport: search.custom?.port || undefined,
    peer: search.peer?.instanceId,
    pdir: search.peer?.direction,
    pproto: search.peer?.protocol,
    pport: search.peer?.port || undefined,
  };
}
