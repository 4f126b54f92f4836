import { data, type Params } from "react-router";
import { prefetch, q } from "../api/queries";
import { type Language, useLanguageStore } from "../i18n";

/** The region catalogue in the reader's language (DescribeRegions answers with LocalName in it). */
export function regionsQuery(language: Language) {
  return q("DescribeRegions", {
    AcceptLanguage: language === "ja" ? "ja-JP" : "en-US",
  });
}

/**
 * First line of every area loader: the URL's region, once known to exist. An unknown region is
 * a 404 before any request is made with it (the engine would answer InvalidRegionId.NotFound).
 */
export async function knownRegion(params: Params): Promise<string> {
  const regionId = params.regionId ?? "";
  const catalogue = await prefetch(regionsQuery(useLanguageStore.getState().language));
  if (!catalogue.Regions.Region.some((region) => region.RegionId === regionId)) throw data(null, { status: 404 });
  return regionId;
}
