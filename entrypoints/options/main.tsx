import '@/lib/extension/zod-config';
import { mountPage } from '@/components/shared/mount';
import { OptionsPage } from '@/components/options/OptionsPage';

void mountPage(<OptionsPage />);
