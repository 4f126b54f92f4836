import { ANY_PORT } from "@/engine/validate";
import type { IpProtocol } from "../../../engine/types";

/** Public images the simplified purchase page offers (ids as the real catalogue writes them). */
export const IMAGES = [
  { id: "aliyun_3_x64_20G_alibase_20250629.vhd", label: "Alibaba Cloud Linux 3.2104 LTS 64-bit", os: "linux" },
  { id: "ubuntu_22_04_x64_20G_alibase_20250415.vhd", label: "Ubuntu 22.04 64-bit", os: "linux" },
  { id: "debian_12_9_x64_20G_alibase_20250117.vhd", label: "Debian 12.9 64-bit", os: "linux" },
  { id: "win2022_21H2_x64_dtc_en-us_40G_alibase_20250417.vhd", label: "Windows Server 2022 Datacenter", os: "windows" },
] as const;

export type Image = (typeof IMAGES)[number];

/** A few instance types of common families (vCPU / memory as the console lists them). */
export const INSTANCE_TYPES = [
  { id: "ecs.t6-c1m1.large", spec: "2 vCPU, 2 GiB (burstable)" },
  { id: "ecs.e-c1m2.large", spec: "2 vCPU, 4 GiB (economy)" },
  { id: "ecs.g7.large", spec: "2 vCPU, 8 GiB (general purpose)" },
  { id: "ecs.c7.large", spec: "2 vCPU, 4 GiB (compute optimised)" },
  { id: "ecs.r7.xlarge", spec: "4 vCPU, 32 GiB (memory optimised)" },
] as const;

/** ENI-2 quick setup: common ports opened to 0.0.0.0/0 with one checkbox each. */
export type QuickPortId = "ssh" | "rdp" | "http" | "https" | "icmp";

export interface QuickSetupPort {
  id: QuickPortId;
  label: string;
  IpProtocol: IpProtocol;
  PortRange: string;
}

export const QUICK_SETUP_PORTS: readonly QuickSetupPort[] = [
  { id: "ssh", label: "SSH (22)", IpProtocol: "TCP", PortRange: "22/22" },
  { id: "rdp", label: "RDP (3389)", IpProtocol: "TCP", PortRange: "3389/3389" },
  { id: "http", label: "HTTP (80)", IpProtocol: "TCP", PortRange: "80/80" },
  { id: "https", label: "HTTPS (443)", IpProtocol: "TCP", PortRange: "443/443" },
  { id: "icmp", label: "ICMP (IPv4)", IpProtocol: "ICMP", PortRange: ANY_PORT },
];

/** The remote-login port the purchase page ticks first: SSH for Linux images, RDP for Windows. */
export function defaultQuickPorts(image: Image): QuickPortId[] {
  return image.os === "windows" ? ["rdp"] : ["ssh"];
}

const pad = (value: number) => String(value).padStart(2, "0");

function stamp(now: Date): string {
  return `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
}

/** The purchase page's default instance name: `launch-advisor-<yyyymmdd>`. */
export function defaultInstanceName(now: Date): string {
  return `launch-advisor-${stamp(now)}`;
}

/** A new group's default name: `sg-<yyyymmdd>-<hhmm>` (editable; the API needs a letter first). */
export function defaultGroupName(now: Date): string {
  return `sg-${stamp(now)}-${pad(now.getHours())}${pad(now.getMinutes())}`;
}
