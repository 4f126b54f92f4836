import type { IdGenerator } from "../ids";
import type { Tx } from "../store/workspace-db";

/** Public IPs come from one block of Alibaba Cloud's (project decision): 47.96.0.0/16. */
const PUBLIC_PREFIX = "47.96";

/**
 * Picks `count` unused public addresses, drawn from the engine's seeded id generator so tests and
 * demos reproduce them. Host parts .0 and .255 are skipped.
 */
export async function pickPublicIps(tx: Tx, ids: IdGenerator, count: number): Promise<string[]> {
  const taken = new Set<string>();
  for (const instance of await tx.objectStore("instances").getAll()) {
    if (instance.PublicIpAddress) taken.add(instance.PublicIpAddress);
  }
  const picked: string[] = [];
  while (picked.length < count) {
    const value = Number.parseInt(ids.requestId().slice(0, 4), 16);
    const host = value % 256;
    const address = `${PUBLIC_PREFIX}.${Math.floor(value / 256)}.${host}`;
    if (host === 0 || host === 255 || taken.has(address)) continue;
    taken.add(address);
    picked.push(address);
  }
  return picked;
}
