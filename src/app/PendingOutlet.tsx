import { Outlet, useLocation, useNavigation } from "react-router";
import { useT } from "../i18n";
import { Spinner } from "../ui/Spinner";
import { PageSkeleton } from "./PageSkeleton";
import { useDelayed } from "./use-delayed";

/** Loads shorter than this show nothing (no flash); longer ones the skeleton of the page to come. */
const SKELETON_AFTER_MS = 150;
/** PROTO-5 "slow": the spinner comes only once a load takes noticeably long. */
const SPINNER_AFTER_MS = 1_000;
/** Path segments that open a drawer over the page they belong to, not a page of their own. */
const DRAWER_SEGMENTS = new Set(["new", "launch"]);

/** The page a path shows: region, area and resource (`/cn-hangzhou/security-groups/sg-1`); tabs and drawers share it. */
function pageOf(pathname: string): { key: string; detail: boolean } {
  const [, region = "", area = "", resource = ""] = pathname.split("/");
  const own = DRAWER_SEGMENTS.has(resource) ? "" : resource;
  return { key: `${region}/${area}/${own}`, detail: own !== "" };
}

/**
 * The routed page, or while the router loads another page's data (its loaders), the skeleton of
 * that page; a load that lasts gets a spinner. Loads within the same page (a tab, a filter, a
 * drawer) keep the page and only get the spinner.
 */
export function PendingOutlet() {
  const t = useT();
  const navigation = useNavigation();
  const location = useLocation();
  const target = navigation.state === "loading" ? navigation.location : undefined;
  const targetPage = target ? pageOf(target.pathname) : undefined;
  const otherPage = targetPage !== undefined && targetPage.key !== pageOf(location.pathname).key;
  const skeleton = useDelayed(otherPage, SKELETON_AFTER_MS);
  const slow = useDelayed(navigation.state !== "idle", SPINNER_AFTER_MS);
  return (
    <>
      {slow && (
        <div className="page-slow">
          <Spinner label={t("pageState.slow")} />
        </div>
      )}
      {skeleton && target && targetPage ? (
        <PageSkeleton pathname={target.pathname} detail={targetPage.detail} />
      ) : (
        <Outlet />
      )}
    </>
  );
}
