import type { Permission } from "@/api/types";

/** Remote-administration ports the quick setup can open (ENI-2's warning). */
export type RemotePort = "ssh" | "rdp";

const PORTS: Readonly<Record<RemotePort, number>> = { ssh: 22, rdp: 3389 };

function opensToEveryone(rule: Permission): boolean {
  return rule.SourceCidrIp === "0.0.0.0/0" || rule.Ipv6SourceCidrIp === "::/0";
}

function coversPort(rule: Permission, port: number): boolean {
  if (rule.IpProtocol === "ALL") return true;
  if (rule.IpProtocol !== "TCP") return false;
  const [from, to] = rule.PortRange.split("/").map(Number);
  return from !== undefined && to !== undefined && from <= port && port <= to;
}

/**
 * ENI-2 / RULE-7: the remote-administration ports a group's inbound rules allow from anywhere
 * (0.0.0.0/0 or ::/0). Derived from the rules each time, so the warning goes away as soon as
 * the rules are restricted, with no state of its own.
 */
export function exposedRemotePorts(rules: readonly Permission[]): RemotePort[] {
  const open = rules.filter(
    (rule) => rule.Direction === "ingress" && rule.Policy === "Accept" && opensToEveryone(rule),
  );
  return (Object.keys(PORTS) as RemotePort[]).filter((port) => open.some((rule) => coversPort(rule, PORTS[port])));
}
