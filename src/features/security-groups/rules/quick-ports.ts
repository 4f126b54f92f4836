import { ANY_PORT } from "@/engine/validate";
import type { IpProtocol } from "../../../engine/types";

/** RULE-7 quick picks: the ports people open most, with the protocol they need. */
export interface QuickPort {
  label: string;
  IpProtocol: IpProtocol;
  PortRange: string;
  Description: string;
}

export const QUICK_PORTS: readonly QuickPort[] = [
  { label: "SSH (22)", IpProtocol: "TCP", PortRange: "22/22", Description: "SSH" },
  { label: "RDP (3389)", IpProtocol: "TCP", PortRange: "3389/3389", Description: "RDP" },
  { label: "HTTP (80)", IpProtocol: "TCP", PortRange: "80/80", Description: "HTTP" },
  { label: "HTTPS (443)", IpProtocol: "TCP", PortRange: "443/443", Description: "HTTPS" },
  { label: "ICMP", IpProtocol: "ICMP", PortRange: ANY_PORT, Description: "ICMP (ping)" },
  { label: "MySQL (3306)", IpProtocol: "TCP", PortRange: "3306/3306", Description: "MySQL" },
  { label: "PostgreSQL (5432)", IpProtocol: "TCP", PortRange: "5432/5432", Description: "PostgreSQL" },
  { label: "SQL Server (1433)", IpProtocol: "TCP", PortRange: "1433/1433", Description: "SQL Server" },
  { label: "Redis (6379)", IpProtocol: "TCP", PortRange: "6379/6379", Description: "Redis" },
];
