/** The fixed region catalogue (SPEC 1): real ids, display names in en and ja, and their zones. */
export interface RegionInfo {
  RegionId: string;
  LocalName: { en: string; ja: string };
  Zones: readonly string[];
}

export const DEFAULT_REGION_ID = "cn-hangzhou";

export const REGIONS: readonly RegionInfo[] = [
  { RegionId: "cn-hangzhou", LocalName: { en: "China (Hangzhou)", ja: "中国 (杭州)" }, Zones: ["h", "i", "j", "k"] },
  { RegionId: "cn-shanghai", LocalName: { en: "China (Shanghai)", ja: "中国 (上海)" }, Zones: ["e", "f", "g", "l"] },
  { RegionId: "cn-qingdao", LocalName: { en: "China (Qingdao)", ja: "中国 (青島)" }, Zones: ["b", "c"] },
  { RegionId: "cn-beijing", LocalName: { en: "China (Beijing)", ja: "中国 (北京)" }, Zones: ["g", "h", "i", "k"] },
  { RegionId: "cn-shenzhen", LocalName: { en: "China (Shenzhen)", ja: "中国 (深セン)" }, Zones: ["a", "c", "d"] },
  { RegionId: "cn-hongkong", LocalName: { en: "China (Hong Kong)", ja: "中国 (香港)" }, Zones: ["b", "c", "d"] },
  { RegionId: "ap-northeast-1", LocalName: { en: "Japan (Tokyo)", ja: "日本 (東京)" }, Zones: ["a", "b", "c"] },
  { RegionId: "ap-southeast-1", LocalName: { en: "Singapore", ja: "シンガポール" }, Zones: ["a", "b", "c"] },
  { RegionId: "us-west-1", LocalName: { en: "US (Silicon Valley)", ja: "米国 (シリコンバレー)" }, Zones: ["a", "b"] },
  {
    RegionId: "eu-central-1",
    LocalName: { en: "Germany (Frankfurt)", ja: "ドイツ (フランクフルト)" },
    Zones: ["a", "b", "c"],
  },
];

const byId = new Map(REGIONS.map((region) => [region.RegionId, region]));

export function findRegion(regionId: string): RegionInfo | undefined {
  return byId.get(regionId);
}

/** Zone ids as ECS writes them: `cn-hangzhou-h`. */
export function zoneIds(region: RegionInfo): string[] {
  return region.Zones.map((zone) => `${region.RegionId}-${zone}`);
}
