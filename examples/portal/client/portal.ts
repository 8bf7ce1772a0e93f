// The portal's one page script (bundled by esbuild into /assets/portal/portal.js; no inline script
// anywhere, so the CSP needs no 'unsafe-inline'). Each page says in `data-page` what it needs.
import { showReceivedXml } from './received-xml.js';
import { enhanceSearch } from './service-search-box.js';
import { connectServiceForm } from './submit-application.js';

switch (document.body.dataset.page) {
  case 'start':
    enhanceSearch(document);
    break;
  case 'service':
    connectServiceForm(document);
    break;
  case 'confirmation':
    void showReceivedXml(document);
    break;
}
