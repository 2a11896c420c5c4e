import { mountPage } from '@/components/shared/mount';
import { lookUpTab, Popup } from '@/components/popup/Popup';

document.documentElement.style.minWidth = '380px';
const lookup = lookUpTab(location.search);
void mountPage(<Popup search={location.search} lookup={lookup} />);
