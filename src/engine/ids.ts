/**
 * Resource ids as ECS writes them: `<prefix>-<20 lowercase alphanumerics>`, where the first
 * characters encode the region (`sg-bp1...` lives in cn-hangzhou). Seedable, so tests and demo
 * data reproduce the same ids; unseeded generators draw their seed from crypto.
 */
export type IdPrefix = "sg" | "sgr" | "pl" | "eni" | "i" | "vpc" | "vsw" | "sgsp" | "sgs";

export interface IdGenerator {
  next(prefix: IdPrefix, regionId?: string): string;
  requestId(): string;
}

const REGION_CODES: Readonly<Record<string, string>> = {
  "cn-hangzhou": "bp1",
  "cn-shanghai": "uf6",
  "cn-qingdao": "m5e",
  "cn-beijing": "2ze",
  "cn-shenzhen": "wz9",
  "cn-hongkong": "j6c",
  "ap-northeast-1": "6we",
  "ap-southeast-1": "t4n",
  "us-west-1": "rj9",
  "eu-central-1": "gw8",
};

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
const ID_BODY_LENGTH = 20;

/** mulberry32: small, fast and good enough for ids (not for secrets). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomSeed(): number {
  const buffer = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buffer);
  return buffer[0] ?? 1;
}

export function createIdGenerator(seed: number = randomSeed()): IdGenerator {
  const random = mulberry32(seed);
  const chars = (count: number, alphabet: string) => {
    let out = "";
    for (let i = 0; i < count; i++) out += alphabet[Math.floor(random() * alphabet.length)];
    return out;
  };
  return {
    next(prefix, regionId) {
      const regionCode = (regionId && REGION_CODES[regionId]) ?? "";
      return `${prefix}-${regionCode}${chars(ID_BODY_LENGTH - regionCode.length, ALPHABET)}`;
    },
    requestId() {
      const hex = chars(32, "0123456789ABCDEF");
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    },
  };
}
