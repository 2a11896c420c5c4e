import '@/lib/zod-config';
import { mountPage } from '@/components/mount';
import { Popup } from '@/components/Popup';

document.documentElement.style.minWidth = '380px';
mountPage(<Popup search={location.search} />);
