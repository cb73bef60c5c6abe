/** The titles of the communities pages and their menu entries: the only texts of the feature in the first load (routes and menu name them). Spread into `i18n/messages.ts` as the section `communityTitles`. */
const id = { communityTitles: { organizer: 'Komunitas', mine: 'Komunitas saya', records: 'Catatan JP luar' } };
const en: typeof id = { communityTitles: { organizer: 'Communities', mine: 'My communities', records: 'External JP records' } };
export const communityTitleMessages = { id, en };
