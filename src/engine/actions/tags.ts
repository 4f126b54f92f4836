import { numberedObjects, type RequestParams } from "../params";
import type { Tag } from "../types";
import { checkTags } from "../validate/names";

/** `Tag.N.Key/Value` of a request, validated. */
export function readTags(params: RequestParams): Tag[] {
  const tags = numberedObjects(params, "Tag").map((entry) => ({
    TagKey: entry.Key ?? "",
    TagValue: entry.Value ?? "",
  }));
  checkTags(tags);
  return tags;
}

/** Tag filters match when every given key is present with the given value (value optional). */
export function matchesTags(tags: readonly Tag[], filters: readonly Tag[]): boolean {
  return filters.every((filter) =>
    tags.some((tag) => tag.TagKey === filter.TagKey && (filter.TagValue === "" || tag.TagValue === filter.TagValue)),
  );
}

export function tagsView(tags: readonly Tag[]) {
  return { Tag: tags.map((tag) => ({ TagKey: tag.TagKey, TagValue: tag.TagValue })) };
}
