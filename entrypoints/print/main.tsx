import '@/lib/zod-config';
import { mountPage } from '@/components/mount';
import { PrintView } from '@/components/PrintView';

mountPage(<PrintView />);
