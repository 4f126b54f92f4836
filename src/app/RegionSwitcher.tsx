import { useId } from "react";
import { useLocation, useNavigate } from "react-router";
import { usePrefetchedQuery } from "../api/queries";
import { regionsQuery } from "../components/regions";
import { useLanguage, useT } from "../i18n";
import { regionSwitchPath } from "../paths";
import { Icon } from "../ui/Icon";

/** The region lives in the URL; switching opens the same area's list in the other region. */
export function RegionSwitcher({ regionId }: { regionId: string }) {
  const t = useT();
  const id = useId();
  const language = useLanguage();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const regions = usePrefetchedQuery(regionsQuery(language)).Regions.Region;
  return (
    <div className="header-control">
      <Icon name="globe" className="header-control-icon" />
      <label htmlFor={id} className="visually-hidden">
        {t("header.region")}
      </label>
      <select id={id} value={regionId} onChange={(event) => navigate(regionSwitchPath(pathname, event.target.value))}>
        {regions.map((region) => (
          <option key={region.RegionId} value={region.RegionId}>
            {region.LocalName}
          </option>
        ))}
      </select>
    </div>
  );
}
