import { hasPorts, parseCidr } from "../../engine/validate";
import type { MessageKey } from "../../i18n";
import type { TrafficCheck } from "./api";
import type { CheckProtocol } from "./search";

/** DIAG-1's one-click checks: the ports the documentation's tool checks, and ping. */
export interface OneClickCheck {
  id: string;
  label: MessageKey;
  protocol: CheckProtocol;
  port?: number;
}

export const ONE_CLICK_CHECKS: readonly OneClickCheck[] = [
  { id: "http", label: "diag.check.http", protocol: "TCP", port: 80 },
  { id: "https", label: "diag.check.https", protocol: "TCP", port: 443 },
  { id: "ssh", label: "diag.check.ssh", protocol: "TCP", port: 22 },
  { id: "rdp", label: "diag.check.rdp", protocol: "TCP", port: 3389 },
  { id: "web8080", label: "diag.check.web8080", protocol: "TCP", port: 8080 },
  { id: "ping", label: "diag.check.ping", protocol: "ICMP" },
];

/** Why a typed source address cannot be checked, as a message key; undefined when it can. */
export function sourceProblem(text: string): MessageKey | undefined {
  const value = text.trim();
  if (value === "") return "diag.source.required";
  const parsed = parseCidr(value);
  if (!parsed || value.includes("/")) return "diag.source.invalid";
  // Network interfaces here have IPv4 addresses only: an IPv6 packet could never reach them.
  if (parsed.family === "IPv6") return "diag.source.ipv6";
  return undefined;
}

/** Why a typed destination port cannot be checked (TCP and UDP only need one). */
export function portProblem(protocol: CheckProtocol, text: string): MessageKey | undefined {
  if (!hasPorts(protocol)) return undefined;
  const value = text.trim();
  if (!/^\d{1,5}$/.test(value) || Number(value) < 1 || Number(value) > 65535) return "diag.port.invalid";
  return undefined;
}

/** The port part of a check, for protocols that have ports. */
export function portOf(protocol: CheckProtocol, port: string | number | undefined): { DestPort?: number } {
  return hasPorts(protocol) && port !== undefined && port !== "" ? { DestPort: Number(port) } : {};
}

/** A packet from an outside address to the picked ENI (one-click and custom checks). */
export function inboundCheck(
  eniId: string,
  source: string,
  protocol: CheckProtocol,
  port?: string | number,
): TrafficCheck {
  return { IpProtocol: protocol, SourceIp: source.trim(), DestNetworkInterfaceId: eniId, ...portOf(protocol, port) };
}

/** DIAG-2: between the picked ENI and another instance, in the chosen direction. */
export function peerCheck(
  eniId: string,
  peerInstanceId: string,
  direction: "in" | "out",
  protocol: CheckProtocol,
  port: string,
): TrafficCheck {
  const ends =
    direction === "in"
      ? { SourceInstanceId: peerInstanceId, DestNetworkInterfaceId: eniId }
      : { SourceNetworkInterfaceId: eniId, DestInstanceId: peerInstanceId };
  return { IpProtocol: protocol, ...ends, ...portOf(protocol, port) };
}
