import '@/lib/extension/zod-config';
import { mountPage } from '@/components/shared/mount';
import { PrintView } from '@/components/print/PrintView';

void mountPage(<PrintView />);
