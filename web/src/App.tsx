/** Providers (language, antd theme and locale, session) around the page shell. */
import { App as AntApp, ConfigProvider } from 'antd';
import { useEffect } from 'react';
import { setAcceptLanguage } from './api/client.js';
import { Shell } from './app/Shell.js';
import { SessionProvider } from './app/session.js';
import { theme } from './app/theme.js';
import { antdLocales } from './i18n/antd-locales.js';
import { I18nProvider, langTags, useI18n } from './i18n/index.js';

function LocalisedApp() {
  const { lang } = useI18n();
  useEffect(() => setAcceptLanguage(langTags[lang]), [lang]);
  return (
    <ConfigProvider locale={antdLocales[lang]} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <SessionProvider>
          <Shell />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <LocalisedApp />
    </I18nProvider>
  );
}
