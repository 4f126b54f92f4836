import { useState } from "react";

/** Rows per page of a group's member tabs. */
export const MEMBER_PAGE_SIZE = 20;

/**
 * Token paging kept in the tab's state: the current token and the tokens of earlier pages, so
 * "Previous" needs no request. (The tab's URL stays the group's; a reload starts at page 1.)
 */
export function useTokenTrail() {
  const [trail, setTrail] = useState<string[]>([]);
  const [token, setToken] = useState<string>();
  return {
    token,
    page: trail.length + 1,
    hasPrevious: trail.length > 0,
    next: (nextToken: string) => {
      setTrail((current) => [...current, token ?? ""]);
      setToken(nextToken);
    },
    previous: () => {
      setToken(trail.at(-1) || undefined);
      setTrail((current) => current.slice(0, -1));
    },
  };
}
