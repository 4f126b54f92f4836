import ipaddr from "ipaddr.js";
import type { ErrorCode } from "../errors/catalogue";
import { ecsError } from "../errors/ecs-error";
import type { Tx } from "../store/workspace-db";
import type { VSwitchRecord } from "../types";

/**
 * Private IPv4 addresses of one vSwitch (ENI-1, ENI-4). Usable: the CIDR block without its
 * network address, the three addresses after it and its broadcast address (project decision);
 * each address belongs to at most one ENI of the vSwitch.
 */
export interface AddressErrors {
  malformed: ErrorCode;
  /** Outside the block, or one of its reserved addresses. */
  unusable: ErrorCode;
  inUse: ErrorCode;
  /** Given twice in one request. */
  repeated: ErrorCode;
}

export const RUN_INSTANCES_ADDRESS_ERRORS: AddressErrors = {
  malformed: "InvalidPrivateIpAddress.Malformed",
  unusable: "InvalidPrivateIpAddress",
  inUse: "InvalidPrivateIpAddress.Duplicated",
  repeated: "InvalidPrivateIpAddress.Duplicated",
};

export const ENI_ADDRESS_ERRORS: AddressErrors = {
  malformed: "InvalidPrivateIpAddress.Malformed",
  unusable: "InvalidVSwitchId.IpInvalid",
  inUse: "InvalidIp.IpAssigned",
  repeated: "InvalidIp.IpRepeated",
};

const RESERVED_AFTER_NETWORK = 3;

function toNumber(address: string): number | undefined {
  if (!ipaddr.IPv4.isValidFourPartDecimal(address)) return undefined;
  return ipaddr.IPv4.parse(address)
    .toByteArray()
    .reduce((value, byte) => value * 256 + byte, 0);
}

function toText(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join(".");
}

export class AddressPool {
  /** Addresses handed out so far, by claim or allocation, with those already in use. */
  private readonly used: Set<number>;
  private readonly claimed = new Set<number>();
  private cursor: number;

  private constructor(
    private readonly vswitch: VSwitchRecord,
    private readonly first: number,
    private readonly last: number,
    used: Set<number>,
  ) {
    this.used = used;
    this.cursor = first;
  }

  /** The pool of `vswitch`, with the addresses of every ENI in it marked as used. */
  static async load(tx: Tx, vswitch: VSwitchRecord): Promise<AddressPool> {
    const [network, length] = vswitch.CidrBlock.split("/");
    const base = toNumber(network ?? "") ?? 0;
    const size = 2 ** (32 - Number(length));
    const used = new Set<number>();
    // No vSwitch index on ENIs: the region's ENIs are walked once per request.
    const range = IDBKeyRange.bound([vswitch.RegionId, 0], [vswitch.RegionId, Number.MAX_SAFE_INTEGER]);
    for (const eni of await tx.objectStore("networkInterfaces").index("byRegion").getAll(range)) {
      if (eni.VSwitchId !== vswitch.VSwitchId) continue;
      for (const address of [eni.PrimaryIpAddress, ...eni.SecondaryIpAddresses]) {
        const value = toNumber(address);
        if (value !== undefined) used.add(value);
      }
    }
    return new AddressPool(vswitch, base + 1 + RESERVED_AFTER_NETWORK, base + size - 2, used);
  }

  /** Takes an address the request names, or throws the path's error for `field`. */
  claim(address: string, errors: AddressErrors, field: string): string {
    const value = toNumber(address.trim());
    if (value === undefined) throw ecsError(errors.malformed, { field });
    const text = toText(value);
    if (value < this.first || value > this.last) {
      throw ecsError(errors.unusable, { args: [text, this.vswitch.CidrBlock], field });
    }
    if (this.claimed.has(value)) throw ecsError(errors.repeated, { args: [text], field });
    if (this.used.has(value)) throw ecsError(errors.inUse, { args: [text], field });
    this.claimed.add(value);
    this.used.add(value);
    return text;
  }

  /** The lowest free address, or InvalidVSwitchId.IpNotEnough. */
  allocate(field = "VSwitchId"): string {
    while (this.cursor <= this.last && this.used.has(this.cursor)) this.cursor++;
    if (this.cursor > this.last) {
      throw ecsError("InvalidVSwitchId.IpNotEnough", { args: [this.vswitch.VSwitchId], field });
    }
    const value = this.cursor;
    this.used.add(value);
    return toText(value);
  }
}
