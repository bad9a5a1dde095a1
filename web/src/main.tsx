import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { setAcceptLanguage } from './api/client.js';
import { langTags, storedLang } from './i18n/index.js';
import './global.css';

// The first requests go out before any effect runs: start them in the stored language.
setAcceptLanguage(langTags[storedLang()]);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
