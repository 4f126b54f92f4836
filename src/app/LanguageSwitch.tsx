import { LANGUAGES, useLanguageStore, useT } from "../i18n";

export function LanguageSwitch() {
  const t = useT();
  const language = useLanguageStore((state) => state.language);
  const setLanguage = useLanguageStore((state) => state.setLanguage);
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{t("header.language")}</legend>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={language === option}
          className="segmented-option"
          onClick={() => void setLanguage(option)}
        >
          {t(option === "ja" ? "lang.ja" : "lang.en")}
        </button>
      ))}
    </fieldset>
  );
}
