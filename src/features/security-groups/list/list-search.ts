import { type PageSearch, pageSearchValues, readPageSearch } from "../../../components/url-paging";
import type { GroupListFilters } from "../api";

/** What the list's URL holds: `?by=name&q=prod&vpc=…&type=…&size=20&token=…`. */
export type SearchBy = "name" | "id" | "tag";

export interface ListSearch extends PageSearch {
  by: SearchBy;
  text: string;
  vpc: string;
  type: "" | "normal" | "enterprise";
}

export function readListSearch(params: URLSearchParams): ListSearch {
  const by = params.get("by");
  const type = params.get("type");
  return {
    by: by === "id" || by === "tag" ? by : "name",
    text: params.get("q")?.trim() ?? "",
    vpc: params.get("vpc") ?? "",
    type: type === "normal" || type === "enterprise" ? type : "",
    ...readPageSearch(params),
  };
}

/** URL values of a search, defaults left out so the plain list has the plain URL. */
export function listSearchValues(search: ListSearch): Record<string, string | number | undefined> {
  return {
    by: search.text && search.by !== "name" ? search.by : undefined,
    q: search.text || undefined,
    vpc: search.vpc || undefined,
    type: search.type || undefined,
    ...pageSearchValues(search),
  };
}

export function toFilters(search: ListSearch): GroupListFilters {
  const [tagKey, ...rest] = search.by === "tag" ? search.text.split("=") : [];
  return {
    name: search.by === "name" && search.text ? search.text : undefined,
    id: search.by === "id" && search.text ? search.text : undefined,
    tagKey: tagKey?.trim() || undefined,
    tagValue: rest.length > 0 ? rest.join("=").trim() : undefined,
    vpcId: search.vpc || undefined,
    type: search.type || undefined,
    size: search.size,
    token: search.token || undefined,
  };
}

export function hasFilters(search: ListSearch): boolean {
  return search.text !== "" || search.vpc !== "" || search.type !== "";
}
