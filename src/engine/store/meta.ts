import type { QuotaName } from "../types";
import type { MetaEntry } from "./schema";
import type { Tx } from "./workspace-db";

export const DEFAULT_QUOTAS: Readonly<Record<QuotaName, number>> = {
  "q_security-groups": 1000,
};

async function readMeta<T>(tx: Tx, key: string, fallback: T): Promise<T> {
  const entry = await tx.objectStore("meta").get(key);
  return entry === undefined ? fallback : (entry.value as T);
}

async function writeMeta(tx: Tx, key: string, value: unknown): Promise<void> {
  await tx.objectStore("meta").put({ key, value });
}

/** The next creation-order number; lists page on it. */
export async function nextSeq(tx: Tx): Promise<number> {
  const seq = (await readMeta(tx, "seq", 0)) + 1;
  await writeMeta(tx, "seq", seq);
  return seq;
}

/** Reserves `count` consecutive creation-order numbers in one read and one write; returns the first. */
export async function reserveSeqs(tx: Tx, count: number): Promise<number> {
  const last = await readMeta(tx, "seq", 0);
  await writeMeta(tx, "seq", last + count);
  return last + 1;
}

export async function readQuotas(tx: Tx): Promise<Record<QuotaName, number>> {
  return { ...DEFAULT_QUOTAS, ...(await readMeta(tx, "quotas", {})) };
}

export async function writeQuota(tx: Tx, name: QuotaName, value: number): Promise<void> {
  await writeMeta(tx, "quotas", { ...(await readQuotas(tx)), [name]: value });
}

/** Fast-forward of the engine clock (ms), kept with the workspace so it survives reloads. */
export async function readClockOffset(tx: Tx): Promise<number> {
  return readMeta(tx, "clockOffset", 0);
}

export async function writeClockOffset(tx: Tx, offset: number): Promise<void> {
  await writeMeta(tx, "clockOffset", offset);
}

/** Set by ResetWorkspace: a fresh database has no workspace yet and gets the demo data. */
export async function isInitialised(tx: Tx): Promise<boolean> {
  return readMeta(tx, "initialised", false);
}

export async function markInitialised(tx: Tx): Promise<void> {
  await writeMeta(tx, "initialised", true);
}

/**
 * Settings of the API layer in front of the engine (PROTO-1 fault settings), kept in the
 * workspace's database so a reload keeps them. The engine stores them as opaque values and never
 * reads them; they are not workspace data: reset and import keep them, export leaves them out.
 */
const API_SETTING_PREFIX = "api:";

export function isApiSettingKey(key: string): boolean {
  return key.startsWith(API_SETTING_PREFIX);
}

export async function readApiSetting(tx: Tx, name: string): Promise<unknown> {
  return readMeta<unknown>(tx, API_SETTING_PREFIX + name, undefined);
}

export async function writeApiSetting(tx: Tx, name: string, value: unknown): Promise<void> {
  if (value === undefined) await tx.objectStore("meta").delete(API_SETTING_PREFIX + name);
  else await writeMeta(tx, API_SETTING_PREFIX + name, value);
}

/** Every API-layer setting, to carry across a reset or an import of the workspace. */
export async function readAllApiSettings(tx: Tx): Promise<MetaEntry[]> {
  const entries = await tx.objectStore("meta").getAll();
  return entries.filter((entry) => isApiSettingKey(entry.key));
}

export async function restoreApiSettings(tx: Tx, entries: readonly MetaEntry[]): Promise<void> {
  for (const entry of entries) await tx.objectStore("meta").put(entry);
}
