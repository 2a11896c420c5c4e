import '@/lib/extension/zod-config';
import { mountPage } from '@/components/shared/mount';
import { Popup } from '@/components/popup/Popup';

document.documentElement.style.minWidth = '380px';
void mountPage(<Popup search={location.search} />);
