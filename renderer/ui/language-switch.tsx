import { type Lang, useLangStore, useT } from '../i18n/index';

const langs: readonly Lang[] = ['th', 'en'];

/** Thai first; the choice is kept for the next start. */
export function LanguageSwitch() {
  const t = useT();
  const lang = useLangStore((s) => s.lang);
  const setLang = useLangStore((s) => s.setLang);
  return (
    <fieldset className="lang-switch">
      <legend className="visually-hidden">{t('lang.label')}</legend>
      {langs.map((l) => (
        <button key={l} type="button" className="lang-switch__option" aria-pressed={lang === l} lang={l} onClick={() => setLang(l)}>
          {t(`lang.${l}`)}
        </button>
      ))}
    </fieldset>
  );
}
