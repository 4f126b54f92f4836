import { compileEni, type Decision, type Packet, type PacketProtocol } from "../decide";
import { addressFamilyOf } from "../decide/addresses";
import { ecsError } from "../errors/ecs-error";
import { optional, optionalInt, type RequestParams, required, requireRegion } from "../params";
import type { Tx } from "../store/workspace-db";
import type { AddressFamily, Direction, NetworkInterfaceRecord } from "../types";
import { hasPorts, parseIpProtocol } from "../validate/rules";
import { type ActionTable, read } from "./context";
import { loadEniContext } from "./diagnose-context";

/** One end of the checked traffic: a workspace ENI (an instance stands for its primary ENI) or an outside address. */
interface Endpoint {
  eni?: NetworkInterfaceRecord;
  address: string;
  family: AddressFamily;
  /** The request parameter that named it. */
  field: string;
}

interface EndpointFields {
  instance: string;
  eni: string;
  ip: string;
}

const SOURCE: EndpointFields = { instance: "SourceInstanceId", eni: "SourceNetworkInterfaceId", ip: "SourceIp" };
const DEST: EndpointFields = { instance: "DestInstanceId", eni: "DestNetworkInterfaceId", ip: "DestIp" };

const PORT_RANGE = { min: 1, max: 65535 };

const STATEFUL_NOTE =
  "Security groups are stateful: replies to an allowed connection are allowed, so only the initiating direction is judged.";

function readPacketProtocol(params: RequestParams): PacketProtocol {
  const protocol = parseIpProtocol(required(params, "IpProtocol"));
  if (protocol === "ALL") {
    throw ecsError("InvalidParameter", {
      args: ["IpProtocol", "A packet has one protocol: TCP, UDP, ICMP, ICMPv6 or GRE."],
      field: "IpProtocol",
    });
  }
  return protocol;
}

async function readEndpoint(
  tx: Tx,
  regionId: string,
  params: RequestParams,
  fields: EndpointFields,
): Promise<Endpoint> {
  const given = [fields.instance, fields.eni, fields.ip].filter((name) => optional(params, name) !== undefined);
  if (given.length === 0) {
    throw ecsError("MissingParameter", {
      args: [`${fields.instance}, ${fields.eni} or ${fields.ip}`],
      field: fields.instance,
    });
  }
  if (given.length > 1) {
    throw ecsError("InvalidParameter", {
      args: [given[1] as string, `Give only one of ${fields.instance}, ${fields.eni} and ${fields.ip}.`],
      field: given[1],
    });
  }
  const field = given[0] as string;
  const value = required(params, field);
  if (field === fields.ip) {
    const family = addressFamilyOf(value);
    if (!family) {
      throw ecsError("InvalidParameter", { args: [field, "It must be an IPv4 or IPv6 address."], field });
    }
    return { address: value, family, field };
  }
  let eniId = value;
  if (field === fields.instance) {
    const instance = await tx.objectStore("instances").get(value);
    if (!instance || instance.RegionId !== regionId) throw ecsError("InvalidInstanceId.NotFound", { field });
    eniId = instance.PrimaryNetworkInterfaceId;
  }
  const eni = await tx.objectStore("networkInterfaces").get(eniId);
  if (!eni || eni.RegionId !== regionId) throw ecsError("InvalidEniId.NotFound", { field });
  return { eni, address: eni.PrimaryIpAddress, family: "IPv4", field };
}

/** ICMP and ICMPv6 belong to their family at each end, and both ends speak one family. */
function checkFamilies(source: Endpoint, dest: Endpoint, protocol: PacketProtocol): AddressFamily {
  for (const end of [source, dest]) {
    if (protocol === "ICMP" && end.family === "IPv6") {
      throw ecsError("InvalidParam.Ipv4ProtocolConflictWithIpv6Address", { args: ["ICMP"], field: "IpProtocol" });
    }
    if (protocol === "ICMPv6" && end.family === "IPv4") {
      throw ecsError("InvalidParam.Ipv6ProtocolConflictWithIpv4Address", { args: ["ICMPv6"], field: "IpProtocol" });
    }
  }
  if (source.family !== dest.family) {
    throw ecsError("InvalidParameter.Conflict", { field: dest.eni ? source.field : dest.field });
  }
  return source.family;
}

async function judgeHop(tx: Tx, eni: NetworkInterfaceRecord, packet: Packet) {
  const decision: Decision = compileEni(await loadEniContext(tx, eni, packet.direction)).decide(packet);
  return {
    NetworkInterfaceId: eni.NetworkInterfaceId,
    Direction: packet.direction,
    Verdict: decision.verdict,
    Reason: decision.reason,
    SecurityGroupId: decision.securityGroupId ?? "",
    SecurityGroupRuleId: decision.decidingRule?.SecurityGroupRuleId ?? "",
    Priority: decision.decidingRule?.Priority ?? "",
    Policy: decision.decidingRule?.Policy ?? ("" as const),
    Explanation: decision.explanation,
    MatchedRules: { MatchedRule: decision.matchedRules.map((rule) => ({ ...rule })) },
  };
}

function outsideNote(outside: Endpoint, judged: Direction): string {
  const side = judged === "ingress" ? "the destination's inbound" : "the source's outbound";
  return (
    `${outside.address} is outside the workspace: only ${side} rules are judged, as if the packet reached the ` +
    "network interface (routing, public IP reachability and network ACLs are not modelled)."
  );
}

export const diagnoseActions = {
  /**
   * DIAG-1, DIAG-2 (DEC-1..DEC-7): judges one packet at the source's outbound hop and the
   * destination's inbound hop, in that order; an outside address has no hop of its own.
   */
  DiagnoseTraffic: read(async ({ tx, params }) => {
    const region = requireRegion(params);
    const protocol = readPacketProtocol(params);
    const withPorts = hasPorts(protocol);
    if (withPorts) required(params, "DestPort");
    const dstPort = withPorts ? optionalInt(params, "DestPort", PORT_RANGE) : undefined;
    const srcPort = withPorts ? optionalInt(params, "SourcePort", PORT_RANGE) : undefined;
    const source = await readEndpoint(tx, region.RegionId, params, SOURCE);
    const dest = await readEndpoint(tx, region.RegionId, params, DEST);
    if (!source.eni && !dest.eni) {
      throw ecsError("InvalidParameter", {
        args: [dest.field, "At least one side must be an instance or a network interface of the workspace."],
        field: dest.field,
      });
    }
    const family = checkFamilies(source, dest, protocol);

    const packet = { family, protocol, srcAddress: source.address, dstAddress: dest.address, dstPort, srcPort };
    const hops = [];
    const notes = [STATEFUL_NOTE];
    if (source.eni) hops.push(await judgeHop(tx, source.eni, { ...packet, direction: "egress" }));
    else notes.push(outsideNote(source, "ingress"));
    if (dest.eni) hops.push(await judgeHop(tx, dest.eni, { ...packet, direction: "ingress" }));
    else notes.push(outsideNote(dest, "egress"));

    return {
      Verdict: hops.every((hop) => hop.Verdict === "Allowed") ? ("Allowed" as const) : ("Blocked" as const),
      Hops: { Hop: hops },
      Notes: { Note: notes },
    };
  }),
} satisfies ActionTable;
