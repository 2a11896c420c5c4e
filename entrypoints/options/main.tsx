import '@/lib/zod-config';
import { mountPage } from '@/components/mount';
import { OptionsPage } from '@/components/OptionsPage';

mountPage(<OptionsPage />);
