import '@/lib/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/styles.css';
import { Popup } from '@/components/Popup';

document.documentElement.style.minWidth = '380px';
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup search={location.search} />
  </StrictMode>,
);
