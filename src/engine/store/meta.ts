import type { QuotaName } from "../types";
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
