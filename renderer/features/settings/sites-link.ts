import { pageLink } from '../../app/url-state';

/** Settings, scrolled to the supervised-sites editor: where a refusal sends the user. */
export const SITES_SECTION = 'sites';
export const SITES_LINK = pageLink('settings', { section: SITES_SECTION });
