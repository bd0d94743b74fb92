import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { i18n } from './i18n';
import { AppStatusProvider } from './state/app-status';
import { cssVariablesResolver, theme } from './theme';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
        <I18nextProvider i18n={i18n}>
          <AppStatusProvider>
            <App />
          </AppStatusProvider>
        </I18nextProvider>
      </MantineProvider>
    </StrictMode>,
  );
}
