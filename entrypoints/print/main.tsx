import '@/lib/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/styles.css';
import { PrintView } from '@/components/PrintView';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PrintView />
  </StrictMode>,
);
