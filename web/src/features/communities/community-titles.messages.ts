/** The titles of the communities pages and their menu entries: the only texts of the feature in the first load (routes and menu name them; the person page's JP by source). Spread into `i18n/messages.ts` as the section `communityTitles`. */
const id = { communityTitles: { organizer: 'Komunitas', mine: 'Komunitas saya', records: 'Catatan JP luar', bySource: 'Sesi Lintas {lintas} JP · belajar mikro {micro} JP · catatan luar {external} JP' } };
const en: typeof id = { communityTitles: { organizer: 'Communities', mine: 'My communities', records: 'External JP records', bySource: 'Lintas sessions {lintas} JP · micro-learning {micro} JP · external records {external} JP' } };
export const communityTitleMessages = { id, en };
