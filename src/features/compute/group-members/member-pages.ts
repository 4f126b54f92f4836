import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { type LoaderFunctionArgs, useParams } from "react-router";
import { type EcsQuery, prefetch } from "../../../api/queries";

/** Rows per page of a group's member tabs. */
export const MEMBER_PAGE_SIZE = 20;

/**
 * Token paging kept in the tab's state: the current token and the tokens of earlier pages, so
 * "Previous" needs no request. (The tab's URL stays the group's; a reload starts at page 1.)
 */
export interface TokenTrail {
  token: string | undefined;
  page: number;
  hasPrevious: boolean;
  next: (nextToken: string) => void;
  previous: () => void;
}

export function useTokenTrail(): TokenTrail {
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

/** A page of one group's members (DescribeInstances or DescribeNetworkInterfaces by SecurityGroupId). */
type MemberQuery<T> = (regionId: string, securityGroupId: string, size: number, token?: string) => EcsQuery<T>;

/** A member tab's loader: the first page, for the group in the URL. */
export function memberTabLoader<T>(query: MemberQuery<T>) {
  return async ({ params }: LoaderFunctionArgs) => {
    await prefetch(query(params.regionId ?? "", params.securityGroupId ?? "", MEMBER_PAGE_SIZE));
    return null;
  };
}

/** The group in the URL and the tab's current page of members (the last page stays up while the next loads). */
export function useMemberPage<T>(query: MemberQuery<T>) {
  const params = useParams();
  const regionId = params.regionId ?? "";
  const securityGroupId = params.securityGroupId ?? "";
  const trail = useTokenTrail();
  const page = useQuery({
    ...query(regionId, securityGroupId, MEMBER_PAGE_SIZE, trail.token),
    placeholderData: keepPreviousData,
  });
  return { regionId, securityGroupId, trail, page };
}
